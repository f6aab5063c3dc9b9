// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// The 32 W3C WebAuthn Level 3 test vectors (§16), as collected in
// tests/data/webauthn/w3c_l3_spec_vectors.json (copied from ../shared/conformance).
#include "support/TestSupport.h"

#include "webauthn/AuthenticationVerifier.h"
#include "webauthn/Base64Url.h"
#include "webauthn/RegistrationVerifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace keydesk;
using namespace keydesk::webauthn;

namespace {

QJsonObject vectors()
{
    QFile file(test::testDataPath(QStringLiteral("webauthn/w3c_l3_spec_vectors.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the W3C vectors");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue item : v.toArray())
        out << item.toString();
    return out;
}

CeremonyExpectations ceremony(const QJsonObject& v)
{
    CeremonyExpectations e;
    e.challenge = *fromBase64Url(v.value(u"expected_challenge_b64url").toString());
    e.rpId = v.value(u"rp_id").toString();
    e.origins = {v.value(u"expected_origin").toString()};
    e.allowCrossOrigin = v.value(u"allow_cross_origin").toBool();
    e.topOrigins = strings(v.value(u"allowed_top_origins"));
    e.requireUserVerification = v.value(u"require_user_verification").toBool();
    return e;
}

// The check each failing vector must fail at.
Check expectedFailure(const QString& id)
{
    if (id == u"AndroidKeyES256")
        return Check::AttestationStatement; // empty authorization lists: not KM_ORIGIN_GENERATED
    return Check::CrossOrigin;
}

QByteArray responseJson(const QJsonObject& v)
{
    return QJsonDocument(v.value(u"response").toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSpecVectors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registration_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        const QJsonArray all = vectors().value(u"registration").toArray();
        QCOMPARE(all.size(), 16);
        for (const QJsonValue v : all)
            QTest::newRow(qPrintable(v.toObject().value(u"id").toString())) << v.toObject();
    }

    void registration()
    {
        QFETCH(QJsonObject, vector);
        const QString id = vector.value(u"id").toString();
        RegistrationExpectations e;
        e.ceremony = ceremony(vector);
        for (const QJsonValue alg : vector.value(u"allowed_algs").toArray())
            e.algorithms << alg.toInt();
        if (vector.value(u"trust_anchor").toString() == u"w3c_test_ca") {
            e.trustAnchors << QByteArray::fromBase64(
                vectors().value(u"w3c_test_attestation_ca_der_b64").toString().toLatin1());
            e.requireTrustedAttestation = true; // the chain must really verify
        }
        e.verificationTime = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);

        const Verdict verdict = verifyRegistration(responseJson(vector), e);
        const bool expectPass = vector.value(u"expected_verdict").toString() == u"pass";
        if (expectPass) {
            QVERIFY2(verdict.verified(), qPrintable(verdict.errorCode() + u": " + verdict.failureDetail()));
            QCOMPARE(verdict.credential.attestationFormat, vector.value(u"fmt").toString());
            QCOMPARE(toBase64Url(verdict.credential.id),
                     vector.value(u"response").toObject().value(u"rawId").toString());
            QCOMPARE(verdict.credential.algorithm, e.algorithms.first());
            const bool chained = !e.trustAnchors.isEmpty();
            QCOMPARE(verdict.credential.attestationTrust,
                     chained ? AttestationTrust::Trusted : AttestationTrust::None);
        } else {
            QVERIFY(!verdict.verified());
            QCOMPARE(checkName(*verdict.failedCheck()), checkName(expectedFailure(id)));
        }
    }

    void attestationTypes_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("type");
        QTest::newRow("none") << "NoneES256"
                              << "none";
        QTest::newRow("packed self") << "PackedSelfES256"
                                     << "self";
        QTest::newRow("packed x5c") << "PackedES256WithMDS"
                                    << "basic";
        QTest::newRow("tpm") << "TPMES256"
                             << "AttCA";
        QTest::newRow("apple") << "AppleAnonymousES256"
                               << "AnonCA";
        QTest::newRow("fido-u2f") << "FIDOU2FES256"
                                  << "basic";
    }

    void attestationTypes()
    {
        QFETCH(QString, id);
        QFETCH(QString, type);
        for (const QJsonValue v : vectors().value(u"registration").toArray()) {
            if (v.toObject().value(u"id").toString() != id)
                continue;
            RegistrationExpectations e;
            e.ceremony = ceremony(v.toObject());
            const Verdict verdict = verifyRegistration(responseJson(v.toObject()), e);
            QVERIFY2(verdict.verified(), qPrintable(verdict.failureDetail()));
            QCOMPARE(attestationTypeName(*verdict.credential.attestationType), type);
            // Without trust anchors a chain is reported untrusted, and that is not fatal.
            QCOMPARE(verdict.credential.attestationTrust, verdict.credential.attestationChain.isEmpty()
                                                              ? AttestationTrust::None
                                                              : AttestationTrust::Untrusted);
            return;
        }
        QFAIL("vector not found");
    }

    void androidKeyLenientPolicy()
    {
        // The android-key vector's authorization lists are empty. Strict §8.4 checking (the
        // default) refuses it; an RP that opts out of the origin/purpose checks accepts it.
        for (const QJsonValue v : vectors().value(u"registration").toArray()) {
            if (v.toObject().value(u"id").toString() != u"AndroidKeyES256")
                continue;
            RegistrationExpectations e;
            e.ceremony = ceremony(v.toObject());
            Verdict strict = verifyRegistration(responseJson(v.toObject()), e);
            QCOMPARE(strict.failureDetail(),
                     QStringLiteral(
                         "the key was not generated in the keystore (origin is not KM_ORIGIN_GENERATED)"));
            e.strictAndroidKeyAuthorizations = false;
            const Verdict lenient = verifyRegistration(responseJson(v.toObject()), e);
            QVERIFY2(lenient.verified(), qPrintable(lenient.failureDetail()));
            return;
        }
        QFAIL("vector not found");
    }

    void authentication_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        const QJsonArray all = vectors().value(u"authentication").toArray();
        QCOMPARE(all.size(), 16);
        for (const QJsonValue v : all)
            QTest::newRow(qPrintable(v.toObject().value(u"id").toString())) << v.toObject();
    }

    void authentication()
    {
        QFETCH(QJsonObject, vector);
        AuthenticationExpectations e;
        e.ceremony = ceremony(vector);
        e.credential.id = *fromBase64Url(vector.value(u"response").toObject().value(u"rawId").toString());
        e.credential.publicKeyCose =
            *fromBase64Url(vector.value(u"credential_public_key_cose_b64url").toString());
        e.credential.signCount = quint32(vector.value(u"stored_sign_count").toInt());
        // Registration told us whether the credential is backup eligible; take it from the
        // assertion's own flags, as the vectors do not say.
        const QByteArray authData = *fromBase64Url(vector.value(u"response")
                                                       .toObject()
                                                       .value(u"response")
                                                       .toObject()
                                                       .value(u"authenticatorData")
                                                       .toString());
        e.credential.backupEligible = quint8(authData[32]) & 0x08;

        const Verdict verdict = verifyAuthentication(responseJson(vector), e);
        if (vector.value(u"expected_verdict").toString() == u"pass") {
            QVERIFY2(verdict.verified(), qPrintable(verdict.errorCode() + u": " + verdict.failureDetail()));
        } else {
            QVERIFY(!verdict.verified());
            QCOMPARE(checkName(*verdict.failedCheck()), checkName(Check::CrossOrigin));
        }
    }
};

QTEST_GUILESS_MAIN(TestSpecVectors)
#include "TestSpecVectors.moc"
