// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Real Windows Hello registrations (tests/data/webauthn/tpm, each file names where it comes
// from): their TPM attestation statements are signed with RS1 (RSASSA-PKCS1-v1_5 with SHA-1,
// COSE -65535, RFC 8812), which the relying party accepts for attestation statements. RS1 as a
// credential key's algorithm is still refused, by the check that judges the key.
#include "support/TestSupport.h"

#include "webauthn/Base64Url.h"
#include "webauthn/CoseKey.h"
#include "webauthn/RegistrationVerifier.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace keydesk;
using namespace keydesk::webauthn;

namespace {

QJsonObject capture(const QString& name)
{
    QFile file(test::testDataPath(QStringLiteral("webauthn/tpm/%1.json").arg(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing capture %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

RegistrationExpectations expectationsFor(const QJsonObject& c)
{
    RegistrationExpectations e;
    e.ceremony.challenge = *fromBase64Url(c.value(u"challenge").toString());
    e.ceremony.rpId = c.value(u"rpId").toString();
    e.ceremony.origins = {c.value(u"origin").toString()};
    e.ceremony.requireUserVerification = false;
    e.algorithms = {int(CoseAlgorithm::ES256), int(CoseAlgorithm::RS256)};
    // The captures' AIK certificates ran until 2025: judge them while they were valid.
    e.verificationTime = QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
    return e;
}

QString failures(const Verdict& v)
{
    return v.verified() ? QString() : v.errorCode() + QStringLiteral(": ") + v.failureDetail();
}

} // namespace

class TestWindowsHelloCaptures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tpmAttestationSignedWithRs1Passes_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList files =
            QDir(test::testDataPath(QStringLiteral("webauthn/tpm"))).entryList({QStringLiteral("*.json")});
        QVERIFY(files.size() >= 4);
        for (const QString& file : files)
            QTest::newRow(qPrintable(file)) << file.chopped(5);
    }

    void tpmAttestationSignedWithRs1Passes()
    {
        QFETCH(QString, name);
        const QJsonObject c = capture(name);
        QVERIFY(c.value(u"provenance").toString().startsWith(QStringLiteral("duo-labs/py_webauthn @ ")));
        const QByteArray response =
            QJsonDocument(c.value(u"response").toObject()).toJson(QJsonDocument::Compact);
        const Verdict v = verifyRegistration(response, expectationsFor(c));
        QVERIFY2(v.verified(), qPrintable(failures(v)));
        QCOMPARE(v.credential.attestationFormat, QStringLiteral("tpm"));
        QCOMPARE(v.credential.attestationType, std::optional(AttestationType::AttCA));
        // Windows Hello's keys are RSA, except on a TPM that makes ECC keys.
        QCOMPARE(v.credential.algorithm,
                 int(name.contains(QStringLiteral("ecc")) ? CoseAlgorithm::ES256 : CoseAlgorithm::RS256));
        QCOMPARE(toBase64Url(v.credential.id), c.value(u"response").toObject().value(u"id").toString());
    }

    // The same statement with its alg changed from RS1 to RS256 no longer verifies: the statement's
    // signature really is checked with SHA-1.
    void rs1IsWhatTheSignatureWasMadeWith()
    {
        const QJsonObject c = capture(QStringLiteral("windows-hello-surface-pro-4"));
        QJsonObject outer = c.value(u"response").toObject();
        QJsonObject inner = outer.value(u"response").toObject();
        QByteArray object = *fromBase64Url(inner.value(u"attestationObject").toString());
        const QByteArray rs1 = QByteArray::fromHex("63616c6739fffe");   // "alg": -65535
        const QByteArray rs256 = QByteArray::fromHex("63616c67390100"); // "alg": -257
        QCOMPARE(object.count(rs1), 1);
        object.replace(rs1, rs256);
        inner.insert(QStringLiteral("attestationObject"), toBase64Url(object));
        outer.insert(QStringLiteral("response"), inner);
        const Verdict v =
            verifyRegistration(QJsonDocument(outer).toJson(QJsonDocument::Compact), expectationsFor(c));
        QVERIFY(!v.verified());
        QCOMPARE(v.errorCode(), QStringLiteral("attestationStatement"));
    }

    // A credential key that says RS1 is refused where the key is read.
    void rs1IsNeverACredentialAlgorithm()
    {
        // A COSE RSA key (kty 3) with alg -65535 and a 2048-bit modulus.
        const QByteArray cose = QByteArray::fromHex("a401030339fffe20590100") + QByteArray(256, '\x01') +
                                QByteArray::fromHex("2143010001");
        Error error;
        const auto key = parseCoseKey(cose, &error);
        QVERIFY(!key);
        QCOMPARE(error.message(), QStringLiteral("algorithm RS1 is not supported"));
    }
};

QTEST_GUILESS_MAIN(TestWindowsHelloCaptures)
#include "TestWindowsHelloCaptures.moc"
