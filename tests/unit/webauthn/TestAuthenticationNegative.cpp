// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// One defect per case for §7.2, with the exact failing check and detail: credential and user
// handle matching, client data, flags, backup eligibility, strict signature parsing and the
// counter.
#include "CeremonyBuilder.h"

#include "authenticator/CborWriter.h"
#include "webauthn/AuthenticationVerifier.h"
#include "webauthn/Base64Url.h"

#include <QCryptographicHash>
#include <QTest>

#include <functional>

using namespace keydesk;
using namespace keydesk::test;
using namespace keydesk::webauthn;
using authenticator::CborWriter;

namespace {

using Make = std::function<QByteArray(AssertionBuilder&, AuthenticationExpectations&)>;

struct Case
{
    const char* name;
    Make make;
    Check check;
    QString detail;
    int algorithm = -7;
};

AuthenticationExpectations expectationsFor(const AssertionBuilder& b)
{
    AuthenticationExpectations e;
    e.ceremony.challenge = fixedChallenge();
    e.ceremony.rpId = QString::fromUtf16(kRpId);
    e.ceremony.origins = {QString::fromUtf16(kOrigin)};
    e.credential.id = b.credentialId;
    e.credential.publicKeyCose = b.key.coseKey();
    e.credential.signCount = 5;
    e.credential.userHandle = b.userHandle;
    return e;
}

// DER ECDSA-Sig-Value from raw big-endian integers, with no normalisation.
QByteArray derSignature(const QByteArray& r, const QByteArray& s)
{
    const auto integer = [](const QByteArray& v) -> QByteArray {
        return QByteArray(1, '\x02') + char(v.size()) + v;
    };
    const QByteArray body = integer(r) + integer(s);
    return QByteArray(1, '\x30') + char(body.size()) + body;
}

// The P-256 group order n.
QByteArray p256Order()
{
    return QByteArray::fromHex("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");
}

// Splits a DER signature into r and s (both as encoded, sign byte included).
std::pair<QByteArray, QByteArray> parts(const QByteArray& der)
{
    const int rLength = quint8(der[3]);
    const QByteArray r = der.mid(4, rLength);
    const QByteArray s = der.mid(4 + rLength + 2, quint8(der[4 + rLength + 1]));
    return {r, s};
}

QList<Case> cases()
{
    QList<Case> c;
    c.append({"response without signature",
              [](AssertionBuilder& b, auto&) { return b.json().replace("\"signature\"", "\"sig\""); },
              Check::Response, QStringLiteral("response.response.signature must be a base64url string")});
    c.append({"signature over 1 KiB",
              [](AssertionBuilder& b, auto&) {
                  b.signatureOverride = QByteArray(1025, '\x30');
                  return b.json();
              },
              Check::Response, QStringLiteral("response.response.signature is longer than 1024 bytes")});
    c.append({"user handle over 64 bytes",
              [](AssertionBuilder& b, auto&) {
                  b.userHandleText = toBase64Url(QByteArray(65, 'u'));
                  return b.json();
              },
              Check::Response, QStringLiteral("response.response.userHandle is longer than 64 bytes")});
    c.append({"authenticatorData over 16 KiB",
              [](AssertionBuilder& b, auto&) {
                  b.authDataOverride = QByteArray(16 * 1024 + 1, '\0');
                  return b.json();
              },
              Check::Response,
              QStringLiteral("response.response.authenticatorData is longer than 16384 bytes")});
    c.append({"id is not rawId",
              [](AssertionBuilder& b, auto&) {
                  b.id = QStringLiteral("AAAA");
                  return b.json();
              },
              Check::CredentialId, QStringLiteral("id AAAA is not rawId")});
    c.append({"credential not in the allow list",
              [](AssertionBuilder& b, auto&) {
                  b.id = b.rawId = QStringLiteral("BBBB");
                  return b.json();
              },
              Check::CredentialId, QStringLiteral("credential BBBB is not the one allowed")});
    c.append({"user handle of another user",
              [](AssertionBuilder& b, auto&) {
                  b.userHandleText = toBase64Url("someone else");
                  return b.json();
              },
              Check::UserHandle, QStringLiteral("user handle is not the credential owner's")});
    c.append({"type webauthn.create",
              [](AssertionBuilder& b, auto&) {
                  b.clientData.type = QStringLiteral("webauthn.create");
                  return b.json();
              },
              Check::Type, QStringLiteral("type is \"webauthn.create\", expected \"webauthn.get\"")});
    c.append({"replayed challenge",
              [](AssertionBuilder& b, auto&) {
                  b.clientData.challenge = QByteArray(32, '\x09');
                  return b.json();
              },
              Check::Challenge,
              QStringLiteral("challenge CQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQk is not the one issued")});
    c.append({"evil origin",
              [](AssertionBuilder& b, auto&) {
                  b.clientData.origin = QStringLiteral("https://evil.example");
                  return b.json();
              },
              Check::Origin, QStringLiteral("origin https://evil.example is not allowed")});
    c.append({"cross-origin iframe",
              [](AssertionBuilder& b, auto&) {
                  b.clientData.crossOrigin = true;
                  return b.json();
              },
              Check::CrossOrigin,
              QStringLiteral("crossOrigin is true and cross-origin ceremonies are not allowed")});
    c.append({"authData of 10 bytes",
              [](AssertionBuilder& b, auto&) {
                  b.authDataOverride = QByteArray(10, '\0');
                  return b.json();
              },
              Check::AuthenticatorData,
              QStringLiteral("authenticator data is 10 bytes; at least 37 are required")});
    c.append({"trailing byte after authData",
              [](AssertionBuilder& b, auto&) {
                  b.authDataSuffix = QByteArray(1, '\0');
                  return b.json();
              },
              Check::AuthenticatorData, QStringLiteral("1 trailing bytes after the authenticator data")});
    c.append({"attested credential data in an assertion",
              [](AssertionBuilder& b, auto&) {
                  b.flags |= 0x40;
                  b.authDataSuffix = QByteArray(16, '\0') + QByteArray::fromHex("0001aa") + b.key.coseKey();
                  return b.json();
              },
              Check::AuthenticatorData,
              QStringLiteral("assertion authenticator data must not carry attested credential data")});
    c.append({"RP ID hash of another site",
              [](AssertionBuilder& b, auto&) {
                  b.rpId = QStringLiteral("evil.example");
                  return b.json();
              },
              Check::RpIdHash, QStringLiteral("RP ID hash is not SHA-256(\"keydesk.example\")")});
    c.append({"UP clear",
              [](AssertionBuilder& b, auto&) {
                  b.flags = 0x04;
                  return b.json();
              },
              Check::UserPresent, QStringLiteral("user presence (UP) is not set; flags 0x04 (UV)")});
    c.append({"UV required but clear",
              [](AssertionBuilder& b, AuthenticationExpectations& e) {
                  e.ceremony.requireUserVerification = true;
                  b.flags = 0x01;
                  return b.json();
              },
              Check::UserVerified,
              QStringLiteral("user verification is required but UV is not set; flags 0x01 (UP)")});
    c.append({"BS without BE",
              [](AssertionBuilder& b, auto&) {
                  b.flags = 0x15;
                  return b.json();
              },
              Check::BackupState, QStringLiteral("backed up (BS) without being backup eligible (BE)")});
    c.append({"BE appeared after registration",
              [](AssertionBuilder& b, auto&) {
                  b.flags = 0x0d;
                  return b.json();
              },
              Check::BackupState,
              QStringLiteral("backup eligibility changed from not BE to BE since registration")});
    c.append({"BE vanished after registration",
              [](AssertionBuilder& b, AuthenticationExpectations& e) {
                  e.credential.backupEligible = true;
                  return b.json();
              },
              Check::BackupState,
              QStringLiteral("backup eligibility changed from BE to not BE since registration")});
    c.append({"extensions an array",
              [](AssertionBuilder& b, auto&) {
                  b.flags |= 0x80;
                  b.authDataSuffix = QByteArray::fromHex("8100");
                  return b.json();
              },
              Check::Extensions, QStringLiteral("authenticator extensions are not a CBOR map")});
    c.append({"stored key unusable",
              [](AssertionBuilder& b, AuthenticationExpectations& e) {
                  e.credential.publicKeyCose = QByteArray::fromHex("a0");
                  return b.json();
              },
              Check::CredentialPublicKey,
              QStringLiteral("stored public key is unusable: COSE key lacks an integer kty (1)")});

    // --- signatures ---------------------------------------------------------------------------
    c.append({"signature corrupted",
              [](AssertionBuilder& b, auto&) {
                  QByteArray sig = b.signature();
                  sig[sig.size() - 1] = char(sig[sig.size() - 1] ^ 1);
                  b.signatureOverride = sig;
                  return b.json();
              },
              Check::Signature, QStringLiteral("ES256 signature does not verify")});
    c.append({"signature by another key",
              [](AssertionBuilder& b, auto&) {
                  AssertionBuilder other;
                  b.signatureOverride = other.key.sign(
                      b.authenticatorData() +
                      QCryptographicHash::hash(b.clientData.json(), QCryptographicHash::Sha256));
                  return b.json();
              },
              Check::Signature, QStringLiteral("ES256 signature does not verify")});
    c.append({"signature over other client data",
              [](AssertionBuilder& b, auto&) {
                  ClientDataFields other = b.clientData;
                  other.origin = QStringLiteral("https://evil.example");
                  b.signatureOverride =
                      b.key.sign(b.authenticatorData() +
                                 QCryptographicHash::hash(other.json(), QCryptographicHash::Sha256));
                  return b.json();
              },
              Check::Signature, QStringLiteral("ES256 signature does not verify")});
    c.append({"flag flipped after signing",
              [](AssertionBuilder& b, auto&) {
                  b.signatureOverride = b.signature();
                  b.flags = 0x01;
                  return b.json();
              },
              Check::Signature, QStringLiteral("ES256 signature does not verify")});
    c.append({"raw r‖s",
              [](AssertionBuilder& b, auto&) {
                  auto [r, s] = parts(b.signature());
                  b.signatureOverride =
                      r.right(32).rightJustified(32, '\0') + s.right(32).rightJustified(32, '\0');
                  return b.json();
              },
              Check::Signature, QStringLiteral("signature is raw r‖s (64 bytes); WebAuthn requires DER")});
    c.append({"r = 0",
              [](AssertionBuilder& b, auto&) {
                  auto [r, s] = parts(b.signature());
                  b.signatureOverride = derSignature(QByteArray(1, '\0'), s);
                  return b.json();
              },
              Check::Signature, QStringLiteral("signature has r or s ≤ 0")});
    c.append({"r = s = 0",
              [](AssertionBuilder& b, auto&) {
                  b.signatureOverride = derSignature(QByteArray(1, '\0'), QByteArray(1, '\0'));
                  return b.json();
              },
              Check::Signature, QStringLiteral("signature has r or s ≤ 0")});
    c.append({"negative s",
              [](AssertionBuilder& b, auto&) {
                  auto [r, s] = parts(b.signature());
                  b.signatureOverride = derSignature(r, QByteArray::fromHex("ff01"));
                  return b.json();
              },
              Check::Signature, QStringLiteral("signature has r or s ≤ 0")});
    c.append({"s = n",
              [](AssertionBuilder& b, auto&) {
                  auto [r, s] = parts(b.signature());
                  b.signatureOverride = derSignature(r, QByteArray(1, '\0') + p256Order());
                  return b.json();
              },
              Check::Signature, QStringLiteral("signature has r or s not below the curve order")});
    c.append({"r = n + r (malleated)",
              [](AssertionBuilder& b, auto&) {
                  auto [r, s] = parts(b.signature());
                  b.signatureOverride = derSignature(QByteArray::fromHex("01") + QByteArray(32, '\0'), s);
                  return b.json();
              },
              Check::Signature, QStringLiteral("signature has r or s not below the curve order")});
    c.append({"r padded with a needless zero byte (non-canonical DER)",
              [](AssertionBuilder& b, auto&) {
                  auto [r, s] = parts(b.signature());
                  b.signatureOverride = derSignature(QByteArray(1, '\0') + r, s);
                  return b.json();
              },
              Check::Signature, QStringLiteral("signature DER is not canonical")});
    c.append({"long-form length (non-canonical DER)",
              [](AssertionBuilder& b, auto&) {
                  const QByteArray sig = b.signature();
                  b.signatureOverride = QByteArray::fromHex("3081") + sig.mid(1);
                  return b.json();
              },
              Check::Signature, QStringLiteral("signature DER is not canonical")});
    c.append({"byte after the DER signature",
              [](AssertionBuilder& b, auto&) {
                  b.signatureOverride = b.signature() + '\0';
                  return b.json();
              },
              Check::Signature, QStringLiteral("1 bytes follow the DER signature")});
    c.append({"DER truncated",
              [](AssertionBuilder& b, auto&) {
                  b.signatureOverride = b.signature().chopped(1);
                  return b.json();
              },
              Check::Signature, QStringLiteral("signature is not a DER ECDSA signature")});
    c.append({"Ed25519 signature of 63 bytes",
              [](AssertionBuilder& b, auto&) {
                  b.signatureOverride = b.signature().left(63);
                  return b.json();
              },
              Check::Signature, QStringLiteral("Ed25519 signature must be 64 bytes, got 63"), -8});
    c.append({"Ed25519 signature corrupted",
              [](AssertionBuilder& b, auto&) {
                  QByteArray sig = b.signature();
                  sig[0] = char(sig[0] ^ 0x40);
                  b.signatureOverride = sig;
                  return b.json();
              },
              Check::Signature, QStringLiteral("EdDSA signature does not verify"), -8});
    c.append({"RSA signature one byte short",
              [](AssertionBuilder& b, auto&) {
                  b.signatureOverride = b.signature().mid(1);
                  return b.json();
              },
              Check::Signature, QStringLiteral("RSA signature must be 256 bytes, got 255"), -257});
    c.append({"PS256 signature checked as RS256",
              [](AssertionBuilder& b, AuthenticationExpectations& e) {
                  // The stored key claims RS256 while the authenticator signed with PSS.
                  QByteArray cose = e.credential.publicKeyCose;
                  cose.replace(QByteArray::fromHex("033824"), QByteArray::fromHex("03390100"));
                  e.credential.publicKeyCose = cose;
                  return b.json();
              },
              Check::Signature, QStringLiteral("RS256 signature does not verify"), -37});

    // --- the counter --------------------------------------------------------------------------
    c.append({"counter repeated (cloned authenticator)",
              [](AssertionBuilder& b, auto&) {
                  b.signCount = 5;
                  return b.json();
              },
              Check::SignCount,
              QStringLiteral("possible cloned authenticator: sign count 5 is not above the stored 5")});
    c.append({"counter went back",
              [](AssertionBuilder& b, auto&) {
                  b.signCount = 2;
                  return b.json();
              },
              Check::SignCount,
              QStringLiteral("possible cloned authenticator: sign count 2 is not above the stored 5")});
    c.append({"counter reset to zero",
              [](AssertionBuilder& b, auto&) {
                  b.signCount = 0;
                  return b.json();
              },
              Check::SignCount,
              QStringLiteral("possible cloned authenticator: sign count 0 is not above the stored 5")});
    return c;
}

} // namespace

class TestAuthenticationNegative : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baselineVerifies_data()
    {
        QTest::addColumn<int>("algorithm");
        for (const int alg : {-7, -35, -36, -8, -257, -37})
            QTest::newRow(qPrintable(algorithmName(alg))) << alg;
    }

    void baselineVerifies()
    {
        QFETCH(int, algorithm);
        AssertionBuilder b(algorithm);
        const Verdict v = verifyAuthentication(b.json(), expectationsFor(b));
        QVERIFY2(v.verified(), qPrintable(v.errorCode() + u": " + v.failureDetail()));
        QCOMPARE(v.credential.signCount, 6u);
        QCOMPARE(v.credential.algorithm, algorithm);
        QCOMPARE(v.credential.userHandle, b.userHandle);
    }

    void counterBothZeroIsFine()
    {
        AssertionBuilder b;
        b.signCount = 0;
        AuthenticationExpectations e = expectationsFor(b);
        e.credential.signCount = 0;
        const Verdict v = verifyAuthentication(b.json(), e);
        QVERIFY(v.verified());
        QCOMPARE(v.checks.constLast().detail.message(), QStringLiteral("authenticator keeps no counter (0)"));
    }

    void defect_data()
    {
        QTest::addColumn<int>("index");
        const QList<Case> all = cases();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(all[i].name) << i;
    }

    void defect()
    {
        QFETCH(int, index);
        const Case testCase = cases().at(index);
        AssertionBuilder b(testCase.algorithm);
        AuthenticationExpectations e = expectationsFor(b);
        const QByteArray json = testCase.make(b, e);
        const Verdict v = verifyAuthentication(json, e);
        QVERIFY(!v.verified());
        QCOMPARE(checkName(*v.failedCheck()), checkName(testCase.check));
        QCOMPARE(v.failureDetail(), testCase.detail);
    }
};

QTEST_GUILESS_MAIN(TestAuthenticationNegative)
#include "TestAuthenticationNegative.moc"
