// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Ceremonies recorded from Debian's Chromium with the DevTools WebAuthn virtual authenticator
// (tests/browser/capture-webauthn.mjs) verify: attestation none, packed (Chromium's self-signed
// batch certificate) and fido-u2f, then two assertions each with a climbing counter.
#include "support/TestSupport.h"

#include "webauthn/AuthenticationVerifier.h"
#include "webauthn/Base64Url.h"
#include "webauthn/RegistrationVerifier.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace keydesk;
using namespace keydesk::webauthn;

namespace {

QJsonObject capture(const QString& scenario)
{
    QFile file(test::testDataPath(QStringLiteral("webauthn/chromium/%1.json").arg(scenario)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing capture");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray compact(const QJsonValue& v)
{
    return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

CeremonyExpectations ceremony(const QJsonObject& c, const QString& challenge)
{
    CeremonyExpectations e;
    e.challenge = *fromBase64Url(challenge);
    e.rpId = c.value(u"rpId").toString();
    e.origins = {c.value(u"origin").toString()};
    e.requireUserVerification = c.value(u"authenticator").toObject().value(u"hasUserVerification").toBool();
    return e;
}

RegistrationExpectations registrationExpectations(const QJsonObject& c)
{
    RegistrationExpectations e;
    const QJsonObject registration = c.value(u"registration").toObject();
    e.ceremony = ceremony(c, registration.value(u"challenge").toString());
    e.algorithms = {-7};
    return e;
}

// The Chromium batch certificate inside a packed capture's x5c.
QByteArray batchCertificate(const QJsonObject& c)
{
    const QByteArray object = *fromBase64Url(c.value(u"registration")
                                                 .toObject()
                                                 .value(u"response")
                                                 .toObject()
                                                 .value(u"response")
                                                 .toObject()
                                                 .value(u"attestationObject")
                                                 .toString());
    const qsizetype x5c = object.indexOf("cx5c") + 4; // 81 59 <len16> <der>
    const int length = (quint8(object[x5c + 2]) << 8) | quint8(object[x5c + 3]);
    return object.mid(x5c + 4, length);
}

} // namespace

class TestBrowserCaptures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void captures_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("type");
        QTest::addColumn<AttestationTrust>("trust");
        QTest::newRow("none") << "ctap2-none-es256"
                              << "none"
                              << "none" << AttestationTrust::None;
        QTest::newRow("packed") << "ctap2-direct-packed-es256"
                                << "packed"
                                << "basic" << AttestationTrust::Untrusted;
        QTest::newRow("no UV") << "ctap2-none-no-uv"
                               << "none"
                               << "none" << AttestationTrust::None;
        QTest::newRow("fido-u2f") << "u2f-direct-fido-u2f"
                                  << "fido-u2f"
                                  << "basic" << AttestationTrust::Untrusted;
        QCOMPARE(QDir(test::testDataPath(QStringLiteral("webauthn/chromium")))
                     .entryList({QStringLiteral("*.json")})
                     .size(),
                 4);
    }

    void captures()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, format);
        QFETCH(QString, type);
        QFETCH(AttestationTrust, trust);
        const QJsonObject c = capture(scenario);
        QVERIFY(c.value(u"capturedWith").toString().startsWith(u"Chromium "));

        const Verdict registration = verifyRegistration(
            compact(c.value(u"registration").toObject().value(u"response")), registrationExpectations(c));
        QVERIFY2(registration.verified(),
                 qPrintable(registration.errorCode() + u": " + registration.failureDetail()));
        QCOMPARE(registration.credential.attestationFormat, format);
        QCOMPARE(attestationTypeName(*registration.credential.attestationType), type);
        QCOMPARE(registration.credential.attestationTrust, trust);
        QCOMPARE(registration.credential.algorithm, -7);

        StoredCredential stored;
        stored.id = registration.credential.id;
        stored.publicKeyCose = registration.credential.publicKeyCose;
        stored.signCount = registration.credential.signCount;
        stored.backupEligible = registration.credential.flags.backupEligible();
        stored.userHandle = *fromBase64Url(c.value(u"userHandle").toString());
        for (const QJsonValue a : c.value(u"authentications").toArray()) {
            AuthenticationExpectations e;
            e.ceremony = ceremony(c, a.toObject().value(u"challenge").toString());
            e.credential = stored;
            const Verdict v = verifyAuthentication(compact(a.toObject().value(u"response")), e);
            QVERIFY2(v.verified(), qPrintable(v.errorCode() + u": " + v.failureDetail()));
            QVERIFY(v.credential.signCount > stored.signCount || v.credential.signCount == 0);
            stored.signCount = v.credential.signCount;
        }
    }

    void replayedAssertionIsCaught()
    {
        const QJsonObject c = capture(QStringLiteral("ctap2-none-es256"));
        const Verdict registration = verifyRegistration(
            compact(c.value(u"registration").toObject().value(u"response")), registrationExpectations(c));
        const QJsonArray assertions = c.value(u"authentications").toArray();
        const QJsonObject second = assertions.at(1).toObject();
        AuthenticationExpectations e;
        e.ceremony = ceremony(c, second.value(u"challenge").toString());
        e.credential.id = registration.credential.id;
        e.credential.publicKeyCose = registration.credential.publicKeyCose;
        const Verdict first = verifyAuthentication(compact(second.value(u"response")), e);
        QVERIFY(first.verified());
        // The same assertion again, after its count was stored: the counter did not climb.
        e.credential.signCount = first.credential.signCount;
        const Verdict again = verifyAuthentication(compact(second.value(u"response")), e);
        QCOMPARE(again.errorCode(), QStringLiteral("signCount"));
        // And the first assertion's challenge is not the second's.
        e.ceremony.challenge = *fromBase64Url(assertions.at(0).toObject().value(u"challenge").toString());
        e.credential.signCount = 0;
        QCOMPARE(verifyAuthentication(compact(second.value(u"response")), e).errorCode(),
                 QStringLiteral("challenge"));
    }

    void selfSignedBatchCertificateIsNoAnchorByItself()
    {
        const QJsonObject c = capture(QStringLiteral("ctap2-direct-packed-es256"));
        const QByteArray json = compact(c.value(u"registration").toObject().value(u"response"));
        RegistrationExpectations e = registrationExpectations(c);
        e.requireTrustedAttestation = true;
        // Some other root is configured: the self-signed certificate in x5c must not stand in.
        QFile vectors(test::testDataPath(QStringLiteral("webauthn/w3c_l3_spec_vectors.json")));
        QVERIFY(vectors.open(QIODevice::ReadOnly));
        e.trustAnchors = {QByteArray::fromBase64(QJsonDocument::fromJson(vectors.readAll())
                                                     .object()
                                                     .value(u"w3c_test_attestation_ca_der_b64")
                                                     .toString()
                                                     .toLatin1())};
        Verdict v = verifyRegistration(json, e);
        QCOMPARE(v.errorCode(), QStringLiteral("attestationTrust"));
        QCOMPARE(v.failureDetail(),
                 QStringLiteral("untrusted attestation: chain does not verify: self-signed certificate"));
        // Configured explicitly, the same certificate is trusted.
        e.trustAnchors = {batchCertificate(c)};
        v = verifyRegistration(json, e);
        QVERIFY2(v.verified(), qPrintable(v.failureDetail()));
        QCOMPARE(
            v.credential.attestationChain,
            QStringList{QStringLiteral("CN=Batch Certificate,OU=Authenticator Attestation,O=Chromium,C=US")});
    }
};

QTEST_GUILESS_MAIN(TestBrowserCaptures)
#include "TestBrowserCaptures.moc"
