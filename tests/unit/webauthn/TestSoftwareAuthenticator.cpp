// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// The software authenticator makes real ceremonies the relying party accepts, keeps a real
// counter, and each of its tamper modes is caught by the check it targets.
#include "authenticator/SoftwareAuthenticator.h"
#include "webauthn/AuthenticationVerifier.h"
#include "webauthn/RegistrationVerifier.h"

#include <QTest>

using namespace keydesk;
using namespace keydesk::authenticator;
using namespace keydesk::webauthn;

namespace {

const QString kRp = QStringLiteral("localhost");
const QString kOrigin = QStringLiteral("http://localhost:8620");

CreationRequest creation(int alg, AttestationMode mode, const QByteArray& challenge)
{
    CreationRequest r;
    r.challenge = challenge;
    r.rpId = kRp;
    r.origin = kOrigin;
    r.userHandle = QByteArray("user-42");
    r.algorithms = {alg};
    r.attestation = mode;
    return r;
}

RegistrationExpectations registrationExpectations(const QByteArray& challenge)
{
    RegistrationExpectations e;
    e.ceremony.challenge = challenge;
    e.ceremony.rpId = kRp;
    e.ceremony.origins = {kOrigin};
    e.ceremony.requireUserVerification = true;
    return e;
}

AuthenticationExpectations authenticationExpectations(const QByteArray& challenge,
                                                      const Verdict& registration, quint32 storedCount)
{
    AuthenticationExpectations e;
    e.ceremony.challenge = challenge;
    e.ceremony.rpId = kRp;
    e.ceremony.origins = {kOrigin};
    e.ceremony.requireUserVerification = true;
    e.credential.id = registration.credential.id;
    e.credential.publicKeyCose = registration.credential.publicKeyCose;
    e.credential.signCount = storedCount;
    e.credential.backupEligible = registration.credential.flags.backupEligible();
    e.credential.userHandle = QByteArray("user-42");
    return e;
}

} // namespace

class TestSoftwareAuthenticator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<int>("alg");
        QTest::addColumn<bool>("packed");
        // RS384, RS512 and PS384 too: verified when the RP is configured to offer them.
        for (const int alg : {-7, -8, -257, -37, -258, -259, -38}) {
            QTest::addRow("%s none", qPrintable(algorithmName(alg))) << alg << false;
            QTest::addRow("%s packed self", qPrintable(algorithmName(alg))) << alg << true;
        }
    }

    void roundTrip()
    {
        QFETCH(int, alg);
        QFETCH(bool, packed);
        SoftwareAuthenticator phone;
        const QByteArray challenge(32, '\x5a');
        QString error;
        auto made = phone.makeCredential(
            creation(alg, packed ? AttestationMode::PackedSelf : AttestationMode::None, challenge), &error);
        QVERIFY2(made, qPrintable(error));
        const Verdict registration =
            verifyRegistration(made->parts.toJson(), registrationExpectations(challenge));
        QVERIFY2(registration.verified(), qPrintable(registration.failureDetail()));
        QCOMPARE(registration.credential.algorithm, alg);
        QCOMPARE(registration.credential.aaguid, SoftwareAuthenticator::aaguid());
        QCOMPARE(*registration.credential.attestationType,
                 packed ? AttestationType::Self : AttestationType::None);

        // Three sign-ins: the counter climbs and each verdict hands back the count to store.
        quint32 stored = registration.credential.signCount;
        for (int i = 1; i <= 3; ++i) {
            const QByteArray next(32, char('a' + i));
            AssertionRequest request{next, kRp, kOrigin};
            auto assertion = phone.getAssertion(made->credential, request, &error);
            QVERIFY2(assertion, qPrintable(error));
            const Verdict v = verifyAuthentication(assertion->toJson(),
                                                   authenticationExpectations(next, registration, stored));
            QVERIFY2(v.verified(), qPrintable(v.failureDetail()));
            QCOMPARE(v.credential.signCount, stored + 1);
            stored = v.credential.signCount;
        }
    }

    void firstSupportedAlgorithmWins()
    {
        SoftwareAuthenticator phone;
        CreationRequest r = creation(-7, AttestationMode::None, QByteArray(16, 'c'));
        r.algorithms = {-65535, -8, -7};
        QString error;
        auto made = phone.makeCredential(r, &error);
        QVERIFY(made);
        QCOMPARE(made->credential.algorithm, -8);
        r.algorithms = {-65535};
        QVERIFY(!phone.makeCredential(r, &error));
        QCOMPARE(error, QStringLiteral("none of the requested algorithms is supported"));
    }

    void registrationTamper_data()
    {
        QTest::addColumn<Tamper>("tamper");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("detail");
        QTest::newRow("wrong origin") << Tamper::WrongOrigin << "origin"
                                      << "origin https://evil.example is not allowed";
        QTest::newRow("flipped flag") << Tamper::FlippedFlag << "userPresent"
                                      << "user presence (UP) is not set; flags 0x44 (UV AT)";
        QTest::newRow("bad signature") << Tamper::BadSignature << "attestationSignature"
                                       << "ES256 signature does not verify";
    }

    void registrationTamper()
    {
        QFETCH(Tamper, tamper);
        QFETCH(QString, check);
        QFETCH(QString, detail);
        SoftwareAuthenticator phone;
        CreationRequest r = creation(-7, AttestationMode::PackedSelf, QByteArray(32, 'r'));
        r.tamper = tamper;
        QString error;
        auto made = phone.makeCredential(r, &error);
        const Verdict v = verifyRegistration(made->parts.toJson(), registrationExpectations(r.challenge));
        QCOMPARE(v.errorCode(), check);
        QCOMPARE(v.failureDetail(), detail);
    }

    void assertionTamper_data()
    {
        QTest::addColumn<Tamper>("tamper");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("detail");
        QTest::newRow("wrong origin") << Tamper::WrongOrigin << "origin"
                                      << "origin https://evil.example is not allowed";
        // The replayed challenge is the honest sign-in's: 32 × "f".
        QTest::newRow("stale challenge")
            << Tamper::StaleChallenge << "challenge"
            << "challenge ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY is not the one issued";
        QTest::newRow("cloned counter")
            << Tamper::ClonedCounter << "signCount"
            << "possible cloned authenticator: sign count 1 is not above the stored 1";
        QTest::newRow("flipped flag") << Tamper::FlippedFlag << "userPresent"
                                      << "user presence (UP) is not set; flags 0x04 (UV)";
        QTest::newRow("bad signature") << Tamper::BadSignature << "signature"
                                       << "ES256 signature does not verify";
    }

    void assertionTamper()
    {
        QFETCH(Tamper, tamper);
        QFETCH(QString, check);
        QFETCH(QString, detail);
        SoftwareAuthenticator phone;
        QString error;
        auto made = phone.makeCredential(creation(-7, AttestationMode::None, QByteArray(32, 'r')), &error);
        const Verdict registration =
            verifyRegistration(made->parts.toJson(), registrationExpectations(QByteArray(32, 'r')));
        QVERIFY(registration.verified());
        // One honest sign-in first, so there is a counter to clone and a challenge to replay.
        const QByteArray first(32, 'f');
        auto honest = phone.getAssertion(made->credential, AssertionRequest{first, kRp, kOrigin}, &error);
        QVERIFY(verifyAuthentication(honest->toJson(), authenticationExpectations(first, registration, 0))
                    .verified());

        const QByteArray second(32, 's');
        AssertionRequest request{second, kRp, kOrigin};
        request.tamper = tamper;
        auto tampered = phone.getAssertion(made->credential, request, &error);
        const Verdict v =
            verifyAuthentication(tampered->toJson(), authenticationExpectations(second, registration, 1));
        QCOMPARE(v.errorCode(), check);
        QCOMPARE(v.failureDetail(), detail);
    }

    void credentialsSurviveJson()
    {
        SoftwareAuthenticator phone;
        QString error;
        auto made = phone.makeCredential(creation(-8, AttestationMode::None, QByteArray(32, 'j')), &error);
        made->credential.signCount = 41;
        auto restored = SoftwareCredential::fromJson(made->credential.toJson(), &error);
        QVERIFY2(restored, qPrintable(error));
        QCOMPARE(restored->id, made->credential.id);
        QCOMPARE(restored->signCount, 41u);
        auto assertion =
            phone.getAssertion(*restored, AssertionRequest{QByteArray(32, 'k'), kRp, kOrigin}, &error);
        QVERIFY(assertion);
        QCOMPARE(restored->signCount, 42u);

        QJsonObject broken = made->credential.toJson();
        broken.insert(QStringLiteral("alg"), -7); // an Ed25519 key claimed as ES256
        QVERIFY(!SoftwareCredential::fromJson(broken, &error));
        QCOMPARE(error,
                 QStringLiteral("credential entry is incomplete or its key does not match its algorithm"));
    }

    void tamperNamesRoundTrip()
    {
        for (const Tamper t : {Tamper::None, Tamper::WrongOrigin, Tamper::StaleChallenge,
                               Tamper::ClonedCounter, Tamper::FlippedFlag, Tamper::BadSignature})
            QCOMPARE(tamperFromName(tamperName(t)), t);
        QVERIFY(!tamperFromName(u"unknown"));
    }
};

QTEST_GUILESS_MAIN(TestSoftwareAuthenticator)
#include "TestSoftwareAuthenticator.moc"
