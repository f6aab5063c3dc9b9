// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// One defect per case; each asserts the exact failing check and its detail. Covers §7.1 step by
// step, libcbor's hazards and the known bugs of other relying parties.
#include "CeremonyBuilder.h"
#include "CertificateFactory.h"

#include "authenticator/CborWriter.h"
#include "webauthn/Base64Url.h"
#include "webauthn/RegistrationVerifier.h"

#include <QCryptographicHash>
#include <QTest>
#include <QUuid>

#include <functional>

using namespace keydesk;
using namespace keydesk::test;
using namespace keydesk::webauthn;
using authenticator::CborWriter;
using authenticator::SoftwareKey;

namespace {

using Make = std::function<QByteArray(RegistrationBuilder&, RegistrationExpectations&)>;

struct Case
{
    const char* name;
    Make make;
    Check check;
    QString detail;
    bool packedSelf = false;
};

RegistrationExpectations defaultExpectations()
{
    RegistrationExpectations e;
    e.ceremony.challenge = fixedChallenge();
    e.ceremony.rpId = QString::fromUtf16(kRpId);
    e.ceremony.origins = {QString::fromUtf16(kOrigin)};
    e.verificationTime = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    return e;
}

QByteArray sha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

// An EC2 COSE key with chosen fields.
QByteArray ec2Key(int alg, int crv, const QByteArray& x, const QByteArray& y)
{
    return CborWriter()
        .mapHeader(5)
        .integer(1)
        .integer(2)
        .integer(3)
        .integer(alg)
        .integer(-1)
        .integer(crv)
        .integer(-2)
        .bytes(x)
        .integer(-3)
        .bytes(y)
        .data();
}

// x and y of the builder's own P-256 key.
std::pair<QByteArray, QByteArray> coordinates(const RegistrationBuilder& b)
{
    const QByteArray cose = b.key->coseKey(); // a5 01 02 03 26 20 01 21 58 20 <x> 22 58 20 <y>
    return {cose.mid(10, 32), cose.mid(45, 32)};
}

QByteArray packedStatementWithX5c(int alg, const QByteArray& signature, const QList<QByteArray>& certs)
{
    CborWriter w;
    w.mapHeader(3).text("alg").integer(alg).text("sig").bytes(signature).text("x5c").arrayHeader(
        quint64(certs.size()));
    for (const QByteArray& der : certs)
        w.bytes(der);
    return w.data();
}

// An ECDSA P-256 / SHA-256 signature by any key.
QByteArray signatureBy(EVP_PKEY* key, const QByteArray& data)
{
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    size_t length = 0;
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.constData());
    EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key);
    EVP_DigestSign(ctx.get(), nullptr, &length, bytes, size_t(data.size()));
    QByteArray signature(qsizetype(length), '\0');
    EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, bytes,
                   size_t(data.size()));
    signature.truncate(qsizetype(length));
    return signature;
}

// A packed full attestation made by `leaf` over the builder's ceremony.
QByteArray signWithCertificate(RegistrationBuilder& b, const IssuedCertificate& leaf,
                               const QList<QByteArray>& chain)
{
    b.format = QStringLiteral("packed");
    b.packedSelf = false;
    const QByteArray signature =
        signatureBy(leaf.key.get(), b.authenticatorData() + sha256(b.clientData.json()));
    b.attStmtOverride = packedStatementWithX5c(-7, signature, chain);
    return b.json();
}

const IssuedCertificate& testRoot()
{
    static const IssuedCertificate root = [] {
        CertificateSpec spec;
        spec.subject = QStringLiteral("C=AA,O=KeyDesk Tests,CN=Attestation Root");
        spec.ca = true;
        return issueCertificate(spec, nullptr);
    }();
    return root;
}

// A packed full attestation whose leaf chains to a root other than the one anchor, testRoot.
QByteArray signedUnderAnotherRoot(RegistrationBuilder& b, RegistrationExpectations& e)
{
    CertificateSpec rootSpec;
    rootSpec.subject = QStringLiteral("C=AA,O=Other,CN=Other Root");
    rootSpec.ca = true;
    const IssuedCertificate other = issueCertificate(rootSpec, nullptr);
    const IssuedCertificate leaf = issueCertificate(CertificateSpec(), &other);
    e.trustAnchors = {testRoot().pem()};
    return signWithCertificate(b, leaf, {leaf.der()});
}

QString idOf(const RegistrationBuilder& b)
{
    return toBase64Url(b.credentialId);
}

QList<Case> cases()
{
    QList<Case> c;

    // --- the response JSON ------------------------------------------------------------------
    c.append({"response not JSON", [](auto&, auto&) { return QByteArray("{\"id\":"); }, Check::Response,
              QStringLiteral("response is not strict JSON: unexpected end at byte 6")});
    c.append({"response an array", [](auto&, auto&) { return QByteArray("[]"); }, Check::Response,
              QStringLiteral("response is not a JSON object")});
    c.append(
        {"type not public-key",
         [](RegistrationBuilder& b, auto&) { return b.json().replace("\"public-key\"", "\"password\""); },
         Check::Response, QStringLiteral("response.type must be \"public-key\"")});
    c.append({"id with standard base64",
              [](RegistrationBuilder& b, auto&) {
                  b.id = QStringLiteral("wP/uABEiM0RVZneImaq7zN3u/wARIjNEVWZ3iJmqu8w");
                  return b.json();
              },
              Check::Response, QStringLiteral("response.id is not base64url")});
    c.append({"rawId with padding",
              [](RegistrationBuilder& b, auto&) {
                  b.rawId = idOf(b) + QStringLiteral("=");
                  return b.json();
              },
              Check::Response, QStringLiteral("response.rawId is not base64url")});
    c.append({"base64url with stray bits",
              [](RegistrationBuilder& b, auto&) {
                  b.rawId = QStringLiteral("AB");
                  return b.json();
              },
              Check::Response, QStringLiteral("response.rawId is not base64url")});
    c.append({"clientDataJSON missing",
              [](RegistrationBuilder& b, auto&) { return b.json().replace("clientDataJSON", "clientData"); },
              Check::Response,
              QStringLiteral("response.response.clientDataJSON must be a base64url string")});
    c.append({"attestationObject not a string",
              [](RegistrationBuilder& b, auto&) {
                  QByteArray j = b.json();
                  const qsizetype start = j.indexOf("\"attestationObject\":\"") + 20;
                  const qsizetype end = j.indexOf('"', start + 1);
                  return j.replace(start, end - start + 1, "42");
              },
              Check::Response,
              QStringLiteral("response.response.attestationObject must be a base64url string")});
    c.append({"attestationObject over 64 KiB",
              [](RegistrationBuilder& b, auto&) {
                  b.attestationObjectOverride = QByteArray(64 * 1024 + 1, '\xa0');
                  return b.json();
              },
              Check::Response,
              QStringLiteral("response.response.attestationObject is longer than 65536 bytes")});
    c.append({"clientDataJSON over 16 KiB",
              [](RegistrationBuilder& b, auto&) {
                  b.clientData.override = QByteArray(16 * 1024 + 3, ' ');
                  return b.json();
              },
              Check::Response,
              QStringLiteral("response.response.clientDataJSON is longer than 16384 bytes")});
    c.append({"response over 256 KiB",
              [](RegistrationBuilder& b, auto&) {
                  return b.json().replace(
                      "\"type\"", QByteArray("\"padding\":\"" + QByteArray(256 * 1024, 'x') + "\",\"type\""));
              },
              Check::Response, QStringLiteral("response is 262817 bytes; at most 262144 are accepted")});

    // --- clientDataJSON ---------------------------------------------------------------------
    c.append({"response with id twice",
              [](RegistrationBuilder& b, auto&) {
                  const QByteArray j = b.json();
                  return QByteArray(j).replace("\"rawId\"", "\"id\":\"AAAA\",\"rawId\"");
              },
              Check::Response,
              QStringLiteral("response is not strict JSON: duplicate member \"id\" at byte 80")});
    c.append(
        {"response with trailing data",
         [](RegistrationBuilder& b, auto&) { return QByteArray(b.json() + "{}"); }, Check::Response,
         QStringLiteral("response is not strict JSON: unexpected data after the JSON value at byte 660")});
    c.append({"rawId spelled with a JSON escape",
              [](RegistrationBuilder& b, auto&) {
                  b.rawId = QStringLiteral("\\u0041") + idOf(b).mid(1);
                  return b.json();
              },
              Check::Response, QStringLiteral("response.rawId is not base64url")});
    c.append({"clientData with origin twice",
              [](RegistrationBuilder& b, auto&) {
                  b.clientData.override =
                      b.clientData.json().replace("{", "{\"origin\":\"https://keydesk.example\",");
                  return b.json();
              },
              Check::ClientData,
              QStringLiteral("clientDataJSON is not strict JSON: duplicate member \"origin\" at byte 118")});
    c.append({"clientData with an escaped second origin",
              [](RegistrationBuilder& b, auto&) {
                  b.clientData.override =
                      b.clientData.json().replace("{", "{\"\\u006frigin\":\"https://evil.example\",");
                  return b.json();
              },
              Check::ClientData,
              QStringLiteral("clientDataJSON is not strict JSON: duplicate member \"origin\" at byte 120")});
    c.append({"clientData with invalid UTF-8",
              [](RegistrationBuilder& b, auto&) {
                  b.clientData.override = b.clientData.json().replace("keydesk.example", "keydesk\xc0\xaf"
                                                                                         "example");
                  return b.json();
              },
              Check::ClientData,
              QStringLiteral("clientDataJSON is not strict JSON: invalid UTF-8 at byte 108")});
    c.append({"clientData with an unpaired surrogate",
              [](RegistrationBuilder& b, auto&) {
                  b.clientData.override =
                      b.clientData.json().replace("keydesk.example", "keydesk\\ud800example");
                  return b.json();
              },
              Check::ClientData,
              QStringLiteral("clientDataJSON is not strict JSON: unpaired surrogate at byte 114")});
    c.append(
        {"clientData nested 20 deep",
         [](RegistrationBuilder& b, auto&) {
             b.clientData.override = b.clientData.json().replace(
                 "{", QByteArray("{\"extra\":" + QByteArray(20, '[') + QByteArray(20, ']') + ","));
             return b.json();
         },
         Check::ClientData,
         QStringLiteral("clientDataJSON is not strict JSON: JSON nested deeper than 16 levels at byte 25")});
    c.append(
        {"clientData with 65 members",
         [](RegistrationBuilder& b, auto&) {
             QByteArray extra;
             for (int i = 0; i < 61; ++i)
                 extra += "\"x" + QByteArray::number(i) + "\":0,";
             b.clientData.override = b.clientData.json().replace("{", QByteArray("{" + extra));
             return b.json();
         },
         Check::ClientData,
         QStringLiteral("clientDataJSON is not strict JSON: more than 64 members in an object at byte 602")});

    c.append({"clientData not JSON",
              [](RegistrationBuilder& b, auto&) {
                  b.clientData.override = "{\"type\":";
                  return b.json();
              },
              Check::ClientData,
              QStringLiteral("clientDataJSON is not strict JSON: unexpected end at byte 8")});
    c.append({"clientData an array",
              [](RegistrationBuilder& b, auto&) {
                  b.clientData.override = "[1]";
                  return b.json();
              },
              Check::ClientData, QStringLiteral("clientDataJSON is not a JSON object")});
    c.append({"clientData lacks type",
              [](RegistrationBuilder& b, auto&) {
                  b.clientData.override = b.clientData.json().replace("\"type\"", "\"kind\"");
                  return b.json();
              },
              Check::ClientData, QStringLiteral("clientDataJSON.type must be a string")});
    c.append({"clientData origin a number",
              [](RegistrationBuilder& b, auto&) {
                  b.clientData.override = b.clientData.json().replace("\"https://keydesk.example\"", "443");
                  return b.json();
              },
              Check::ClientData, QStringLiteral("clientDataJSON.origin must be a string")});
    c.append({"crossOrigin a string",
              [](RegistrationBuilder& b, auto&) {
                  b.clientData.override =
                      b.clientData.json().replace("\"crossOrigin\":false", "\"crossOrigin\":\"false\"");
                  return b.json();
              },
              Check::ClientData, QStringLiteral("clientDataJSON.crossOrigin must be a boolean")});
    c.append({"topOrigin a number",
              [](RegistrationBuilder& b, auto&) {
                  b.clientData.override = b.clientData.json().replace("\"crossOrigin\":false",
                                                                      "\"crossOrigin\":true,\"topOrigin\":1");
                  return b.json();
              },
              Check::ClientData, QStringLiteral("clientDataJSON.topOrigin must be a string")});
    c.append({"type webauthn.get",
              [](RegistrationBuilder& b, auto&) {
                  b.clientData.type = QStringLiteral("webauthn.get");
                  return b.json();
              },
              Check::Type, QStringLiteral("type is \"webauthn.get\", expected \"webauthn.create\"")});
    c.append({"another challenge",
              [](RegistrationBuilder& b, auto&) {
                  b.clientData.challenge = QByteArray(32, '\x07');
                  return b.json();
              },
              Check::Challenge,
              QStringLiteral("challenge BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc is not the one issued")});
    c.append({"challenge a prefix of the issued one",
              [](RegistrationBuilder& b, auto&) {
                  b.clientData.challenge = fixedChallenge().left(16);
                  return b.json();
              },
              Check::Challenge, QStringLiteral("challenge a2V5ZGVzaGVscGRlc2sgYw is not the one issued")});
    c.append({"challenge not base64url",
              [](RegistrationBuilder& b, auto&) {
                  b.clientData.override =
                      b.clientData.json().replace(toBase64Url(fixedChallenge()).toLatin1(), "a+b/");
                  return b.json();
              },
              Check::Challenge, QStringLiteral("challenge is not base64url")});
    c.append({"no challenge issued",
              [](RegistrationBuilder& b, RegistrationExpectations& e) {
                  e.ceremony.challenge.clear();
                  b.clientData.challenge.clear();
                  return b.json();
              },
              Check::Challenge, QStringLiteral("challenge  is not the one issued")});
    c.append({"evil origin",
              [](RegistrationBuilder& b, auto&) {
                  b.clientData.origin = QStringLiteral("https://evil.example");
                  return b.json();
              },
              Check::Origin, QStringLiteral("origin https://evil.example is not allowed")});
    c.append({"origin with a path",
              [](RegistrationBuilder& b, auto&) {
                  b.clientData.origin = QStringLiteral("https://keydesk.example/");
                  return b.json();
              },
              Check::Origin, QStringLiteral("origin https://keydesk.example/ is not allowed")});
    c.append({"origin over http",
              [](RegistrationBuilder& b, auto&) {
                  b.clientData.origin = QStringLiteral("http://keydesk.example");
                  return b.json();
              },
              Check::Origin, QStringLiteral("origin http://keydesk.example is not allowed")});
    c.append({"cross-origin not allowed",
              [](RegistrationBuilder& b, auto&) {
                  b.clientData.crossOrigin = true;
                  return b.json();
              },
              Check::CrossOrigin,
              QStringLiteral("crossOrigin is true and cross-origin ceremonies are not allowed")});
    c.append({"topOrigin without crossOrigin",
              [](RegistrationBuilder& b, auto&) {
                  b.clientData.topOrigin = QStringLiteral("https://portal.example");
                  return b.json();
              },
              Check::CrossOrigin,
              QStringLiteral("topOrigin https://portal.example is given but crossOrigin is not true")});
    c.append({"top origin not allowed",
              [](RegistrationBuilder& b, RegistrationExpectations& e) {
                  e.ceremony.allowCrossOrigin = true;
                  e.ceremony.topOrigins = {QStringLiteral("https://portal.example")};
                  b.clientData.crossOrigin = true;
                  b.clientData.topOrigin = QStringLiteral("https://evil.example");
                  return b.json();
              },
              Check::CrossOrigin, QStringLiteral("top origin https://evil.example is not allowed")});

    // --- attestationObject: libcbor's hazards -------------------------------------------------
    c.append({"attestationObject truncated",
              [](RegistrationBuilder& b, auto&) {
                  b.attestationObjectOverride = b.attestationObject().chopped(1);
                  return b.json();
              },
              Check::AttestationObject,
              QStringLiteral("CBOR string at byte 28 declares 164 bytes but only 163 remain")});
    c.append({"attestationObject with a trailing byte",
              [](RegistrationBuilder& b, auto&) {
                  b.attestationObjectOverride = b.attestationObject() + '\0';
                  return b.json();
              },
              Check::AttestationObject, QStringLiteral("1 trailing bytes after the CBOR item")});
    c.append({"declared 2^24-element array",
              [](RegistrationBuilder& b, auto&) {
                  b.attestationObjectOverride = QByteArray::fromHex("9a01000000");
                  return b.json();
              },
              Check::AttestationObject,
              QStringLiteral("CBOR array at byte 0 declares 16777216 items but only 0 bytes remain")});
    c.append({"declared 2^32-entry map",
              [](RegistrationBuilder& b, auto&) {
                  b.attestationObjectOverride = QByteArray::fromHex("bb0000000100000000a0");
                  return b.json();
              },
              Check::AttestationObject,
              QStringLiteral("CBOR map at byte 0 declares 4294967296 entries but only 1 bytes remain")});
    c.append({"declared 4 GiB byte string",
              [](RegistrationBuilder& b, auto&) {
                  b.attestationObjectOverride = QByteArray::fromHex("a1634b65795affffffff00");
                  return b.json();
              },
              Check::AttestationObject,
              QStringLiteral("CBOR string at byte 5 declares 4294967295 bytes but only 1 remain")});
    c.append({"duplicate fmt key",
              [](RegistrationBuilder& b, auto&) {
                  QByteArray o = b.attestationObject();
                  o[0] = char(0xa4);
                  b.attestationObjectOverride = o + CborWriter().text("fmt").text("none").data();
                  return b.json();
              },
              Check::AttestationObject,
              QStringLiteral("CBOR map at byte 0 has a duplicate key at byte 194")});
    c.append({"indefinite-length map",
              [](RegistrationBuilder& b, auto&) {
                  b.attestationObjectOverride = QByteArray::fromHex("bf63666d74646e6f6e65ff");
                  return b.json();
              },
              Check::AttestationObject, QStringLiteral("CBOR indefinite length at byte 0 is not allowed")});
    c.append({"tagged item",
              [](RegistrationBuilder& b, auto&) {
                  b.attestationObjectOverride = QByteArray::fromHex("d818") + b.attestationObject();
                  return b.json();
              },
              Check::AttestationObject, QStringLiteral("CBOR tag at byte 0 is not allowed here")});
    c.append({"nested 40 deep",
              [](RegistrationBuilder& b, auto&) {
                  b.attestationObjectOverride = QByteArray(40, '\x81') + '\x00';
                  return b.json();
              },
              Check::AttestationObject, QStringLiteral("CBOR nested deeper than 16 levels")});
    c.append({"undefined simple value",
              [](RegistrationBuilder& b, auto&) {
                  b.attestationObjectOverride = QByteArray::fromHex("f7");
                  return b.json();
              },
              Check::AttestationObject, QStringLiteral("CBOR simple value 0xf7 at byte 0 is not allowed")});
    c.append({"attestationObject an array",
              [](RegistrationBuilder& b, auto&) {
                  b.attestationObjectOverride = QByteArray::fromHex("80");
                  return b.json();
              },
              Check::AttestationObject, QStringLiteral("attestationObject is not a CBOR map")});
    c.append(
        {"fmt a byte string",
         [](RegistrationBuilder& b, auto&) {
             b.attestationObjectOverride = CborWriter()
                                               .mapHeader(3)
                                               .text("fmt")
                                               .bytes("none")
                                               .text("attStmt")
                                               .mapHeader(0)
                                               .text("authData")
                                               .bytes(b.authenticatorData())
                                               .data();
             return b.json();
         },
         Check::AttestationObject,
         QStringLiteral("attestationObject needs a text fmt, a map attStmt and a byte string authData")});
    c.append(
        {"authData missing",
         [](RegistrationBuilder& b, auto&) {
             b.attestationObjectOverride =
                 CborWriter().mapHeader(2).text("fmt").text("none").text("attStmt").mapHeader(0).data();
             return b.json();
         },
         Check::AttestationObject,
         QStringLiteral("attestationObject needs a text fmt, a map attStmt and a byte string authData")});
    c.append({"unexpected top-level key",
              [](RegistrationBuilder& b, auto&) {
                  QByteArray o = b.attestationObject();
                  o[0] = char(0xa4);
                  b.attestationObjectOverride = o + CborWriter().text("epAtt").boolean(true).data();
                  return b.json();
              },
              Check::AttestationObject,
              QStringLiteral("attestationObject has a key other than fmt, attStmt and authData")});

    // --- authenticator data -------------------------------------------------------------------
    c.append({"authData of 36 bytes",
              [](RegistrationBuilder& b, auto&) {
                  b.authDataOverride = QByteArray(36, '\0');
                  return b.json();
              },
              Check::AuthenticatorData,
              QStringLiteral("authenticator data is 36 bytes; at least 37 are required")});
    c.append({"AT flag clear",
              [](RegistrationBuilder& b, auto&) {
                  b.authDataOverride = b.authenticatorData().left(37);
                  b.authDataOverride[32] = char(0x05);
                  return b.json();
              },
              Check::AuthenticatorData,
              QStringLiteral("authenticator data has no attested credential data (AT is not set)")});
    c.append({"attested data cut short",
              [](RegistrationBuilder& b, auto&) {
                  b.authDataOverride = b.authenticatorData().left(50);
                  return b.json();
              },
              Check::AuthenticatorData, QStringLiteral("attested credential data is cut short at byte 50")});
    c.append({"credential id length beyond the data",
              [](RegistrationBuilder& b, auto&) {
                  QByteArray a = b.authenticatorData();
                  a[53] = char(0xff);
                  a[54] = char(0xff);
                  b.authDataOverride = a;
                  return b.json();
              },
              Check::AuthenticatorData,
              QStringLiteral("credential id length 65535 exceeds the 109 bytes left")});
    c.append({"trailing byte after the COSE key",
              [](RegistrationBuilder& b, auto&) {
                  b.authDataSuffix = QByteArray(1, '\0');
                  return b.json();
              },
              Check::AuthenticatorData, QStringLiteral("1 trailing bytes after the authenticator data")});
    c.append({"ED set without extensions",
              [](RegistrationBuilder& b, auto&) {
                  b.flags |= 0x80;
                  return b.json();
              },
              Check::AuthenticatorData, QStringLiteral("the ED flag is set but there are no extensions")});
    c.append({"COSE key truncated",
              [](RegistrationBuilder& b, auto&) {
                  b.coseKey.chop(1);
                  return b.json();
              },
              Check::AuthenticatorData,
              QStringLiteral(
                  "credential public key: CBOR string at byte 43 declares 32 bytes but only 31 remain")});
    c.append({"COSE key declares 2^24 entries",
              [](RegistrationBuilder& b, auto&) {
                  b.coseKey = QByteArray::fromHex("ba01000000") + b.coseKey.mid(1);
                  return b.json();
              },
              Check::AuthenticatorData,
              QStringLiteral("credential public key: CBOR map at byte 0 declares 16777216 entries but only "
                             "76 bytes remain")});
    c.append({"COSE key with alg twice",
              [](RegistrationBuilder& b, auto&) {
                  b.coseKey = QByteArray::fromHex("a6") + b.coseKey.mid(1) + QByteArray::fromHex("0326");
                  return b.json();
              },
              Check::AuthenticatorData,
              QStringLiteral("credential public key: CBOR map at byte 0 has a duplicate key at byte 77")});
    c.append({"COSE key with kty twice, one non-minimal",
              [](RegistrationBuilder& b, auto&) {
                  b.coseKey = QByteArray::fromHex("a6") + b.coseKey.mid(1) + QByteArray::fromHex("180102");
                  return b.json();
              },
              Check::AuthenticatorData,
              QStringLiteral("credential public key: CBOR map at byte 0 has a duplicate key at byte 77")});
    c.append(
        {"extensions declare a huge string",
         [](RegistrationBuilder& b, auto&) {
             b.flags |= 0x80;
             b.extensions = QByteArray::fromHex("a16b6372656450726f746563745a7fffffff");
             return b.json();
         },
         Check::AuthenticatorData,
         QStringLiteral("extensions: CBOR string at byte 13 declares 2147483647 bytes but only 0 remain")});

    // --- flags and the RP ID ------------------------------------------------------------------
    c.append({"RP ID hash of another site (check skipped by some RPs)",
              [](RegistrationBuilder& b, auto&) {
                  b.rpId = QStringLiteral("evil.example");
                  return b.json();
              },
              Check::RpIdHash, QStringLiteral("RP ID hash is not SHA-256(\"keydesk.example\")")});
    c.append({"RP ID hash of a parent domain",
              [](RegistrationBuilder& b, auto&) {
                  b.rpId = QStringLiteral("example");
                  return b.json();
              },
              Check::RpIdHash, QStringLiteral("RP ID hash is not SHA-256(\"keydesk.example\")")});
    c.append({"UP clear",
              [](RegistrationBuilder& b, auto&) {
                  b.flags = 0x44;
                  return b.json();
              },
              Check::UserPresent, QStringLiteral("user presence (UP) is not set; flags 0x44 (UV AT)")});
    c.append({"UV required but clear",
              [](RegistrationBuilder& b, RegistrationExpectations& e) {
                  e.ceremony.requireUserVerification = true;
                  b.flags = 0x41;
                  return b.json();
              },
              Check::UserVerified,
              QStringLiteral("user verification is required but UV is not set; flags 0x41 (UP AT)")});
    c.append({"BS without BE",
              [](RegistrationBuilder& b, auto&) {
                  b.flags = 0x55;
                  return b.json();
              },
              Check::BackupState, QStringLiteral("backed up (BS) without being backup eligible (BE)")});

    // --- credential id ------------------------------------------------------------------------
    c.append({"id is not rawId",
              [](RegistrationBuilder& b, auto&) {
                  b.id = QStringLiteral("AAAA");
                  return b.json();
              },
              Check::CredentialId, QStringLiteral("id AAAA is not rawId")});
    c.append({"rawId is not the attested credential id",
              [](RegistrationBuilder& b, auto&) {
                  b.id = b.rawId = QStringLiteral("AAAA");
                  return b.json();
              },
              Check::CredentialId,
              QStringLiteral("rawId is not the credential id in the authenticator data")});
    c.append({"credential id of 1024 bytes",
              [](RegistrationBuilder& b, auto&) {
                  b.credentialId = QByteArray(1024, '\x11');
                  return b.json();
              },
              Check::CredentialId, QStringLiteral("credential id is 1024 bytes; at most 1023 are allowed")});

    // --- the COSE key -------------------------------------------------------------------------
    c.append({"ES256 on P-384 (curve not bound to alg)",
              [](RegistrationBuilder& b, auto&) {
                  const QByteArray p384 = SoftwareKey::generate(-35)->coseKey(); // …21 58 30 <x> 22 58 30 <y>
                  b.coseKey = ec2Key(-7, 2, p384.mid(11, 48), p384.mid(62, 48));
                  return b.json();
              },
              Check::CredentialPublicKey,
              QStringLiteral("algorithm ES256 requires curve P-256 (crv 1), the key is on P-384 (crv 2)")});
    c.append({"point not on the curve",
              [](RegistrationBuilder& b, auto&) {
                  auto [x, y] = coordinates(b);
                  y[31] = char(y[31] ^ 1);
                  b.coseKey = ec2Key(-7, 1, x, y);
                  return b.json();
              },
              Check::CredentialPublicKey, QStringLiteral("EC point is not on curve P-256 (crv 1)")});
    c.append({"x of 31 bytes",
              [](RegistrationBuilder& b, auto&) {
                  auto [x, y] = coordinates(b);
                  b.coseKey = ec2Key(-7, 1, x.mid(1), y);
                  return b.json();
              },
              Check::CredentialPublicKey,
              QStringLiteral("EC2 coordinates must be 32 bytes each, got 31 and 32")});
    c.append({"alg missing",
              [](RegistrationBuilder& b, auto&) {
                  auto [x, y] = coordinates(b);
                  b.coseKey = CborWriter()
                                  .mapHeader(4)
                                  .integer(1)
                                  .integer(2)
                                  .integer(-1)
                                  .integer(1)
                                  .integer(-2)
                                  .bytes(x)
                                  .integer(-3)
                                  .bytes(y)
                                  .data();
                  return b.json();
              },
              Check::CredentialPublicKey, QStringLiteral("COSE key lacks an integer alg (3)")});
    c.append({"unsupported alg",
              [](RegistrationBuilder& b, auto&) {
                  auto [x, y] = coordinates(b);
                  b.coseKey = ec2Key(-260, 1, x, y);
                  return b.json();
              },
              Check::CredentialPublicKey, QStringLiteral("algorithm COSE -260 is not supported")});
    c.append({"ES256 with kty RSA",
              [](RegistrationBuilder& b, auto&) {
                  b.coseKey[2] = char(0x03);
                  return b.json();
              },
              Check::CredentialPublicKey, QStringLiteral("algorithm ES256 needs kty 2, the key has kty 3")});
    c.append({"y missing",
              [](RegistrationBuilder& b, auto&) {
                  auto [x, y] = coordinates(b);
                  b.coseKey = CborWriter()
                                  .mapHeader(4)
                                  .integer(1)
                                  .integer(2)
                                  .integer(3)
                                  .integer(-7)
                                  .integer(-1)
                                  .integer(1)
                                  .integer(-2)
                                  .bytes(x)
                                  .data();
                  return b.json();
              },
              Check::CredentialPublicKey, QStringLiteral("COSE key lacks parameter y (-3)")});
    c.append({"x a text string",
              [](RegistrationBuilder& b, auto&) {
                  auto [x, y] = coordinates(b);
                  b.coseKey = CborWriter()
                                  .mapHeader(5)
                                  .integer(1)
                                  .integer(2)
                                  .integer(3)
                                  .integer(-7)
                                  .integer(-1)
                                  .integer(1)
                                  .integer(-2)
                                  .text(QString::fromLatin1(x.toHex()))
                                  .integer(-3)
                                  .bytes(y)
                                  .data();
                  return b.json();
              },
              Check::CredentialPublicKey, QStringLiteral("COSE key parameter x (-2) must be a byte string")});
    c.append({"COSE key an array",
              [](RegistrationBuilder& b, auto&) {
                  b.coseKey = QByteArray::fromHex("820102");
                  return b.json();
              },
              Check::CredentialPublicKey, QStringLiteral("COSE key is not a CBOR map")});
    c.append({"RSA key of 1024 bits",
              [](RegistrationBuilder& b, auto&) {
                  b.coseKey = CborWriter()
                                  .mapHeader(4)
                                  .integer(1)
                                  .integer(3)
                                  .integer(3)
                                  .integer(-257)
                                  .integer(-1)
                                  .bytes(QByteArray(128, '\xc5'))
                                  .integer(-2)
                                  .bytes(QByteArray::fromHex("010001"))
                                  .data();
                  return b.json();
              },
              Check::CredentialPublicKey,
              QStringLiteral("RSA key has 1024 bits; at least 2048 are required")});
    c.append({"RSA exponent even",
              [](RegistrationBuilder& b, auto&) {
                  b.coseKey = CborWriter()
                                  .mapHeader(4)
                                  .integer(1)
                                  .integer(3)
                                  .integer(3)
                                  .integer(-257)
                                  .integer(-1)
                                  .bytes(QByteArray(256, '\xc5'))
                                  .integer(-2)
                                  .bytes(QByteArray::fromHex("010000"))
                                  .data();
                  return b.json();
              },
              Check::CredentialPublicKey,
              QStringLiteral("RSA exponent must be odd, greater than 1 and at most 64 bits")});
    c.append({"EdDSA on Ed448",
              [](RegistrationBuilder& b, auto&) {
                  b.coseKey = CborWriter()
                                  .mapHeader(4)
                                  .integer(1)
                                  .integer(1)
                                  .integer(3)
                                  .integer(-8)
                                  .integer(-1)
                                  .integer(7)
                                  .integer(-2)
                                  .bytes(QByteArray(57, '\x01'))
                                  .data();
                  return b.json();
              },
              Check::CredentialPublicKey,
              QStringLiteral("algorithm EdDSA is accepted on Ed25519 (crv 6) only, the key is on crv 7")});
    c.append({"alg not offered",
              [](RegistrationBuilder& b, RegistrationExpectations& e) {
                  e.algorithms = {-8, -257};
                  return b.json();
              },
              Check::Algorithm, QStringLiteral("algorithm ES256 was not offered")});

    // --- extensions ---------------------------------------------------------------------------
    c.append({"extensions an array",
              [](RegistrationBuilder& b, auto&) {
                  b.flags |= 0x80;
                  b.extensions = QByteArray::fromHex("8101");
                  return b.json();
              },
              Check::Extensions, QStringLiteral("authenticator extensions are not a CBOR map")});
    c.append({"extension id an integer",
              [](RegistrationBuilder& b, auto&) {
                  b.flags |= 0x80;
                  b.extensions = QByteArray::fromHex("a10102");
                  return b.json();
              },
              Check::Extensions, QStringLiteral("an authenticator extension identifier is not text")});

    // --- attestation statements ---------------------------------------------------------------
    c.append({"unknown format",
              [](RegistrationBuilder& b, auto&) {
                  b.format = QStringLiteral("x-custom");
                  return b.json();
              },
              Check::AttestationFormat, QStringLiteral("attestation format \"x-custom\" is not supported")});
    c.append({"none with a statement",
              [](RegistrationBuilder& b, auto&) {
                  b.attStmtOverride = CborWriter().mapHeader(1).text("sig").bytes("x").data();
                  return b.json();
              },
              Check::AttestationStatement,
              QStringLiteral("attestation \"none\" must have an empty attStmt")});
    c.append({"self attestation alg differs from the key's",
              [](RegistrationBuilder& b, auto&) {
                  b.attestationAlg = -257;
                  return b.json();
              },
              Check::AttestationStatement,
              QStringLiteral("self attestation alg RS256 differs from the credential key's ES256"), true});
    c.append({"packed without sig",
              [](RegistrationBuilder& b, auto&) {
                  b.attStmtOverride = CborWriter().mapHeader(1).text("alg").integer(-7).data();
                  return b.json();
              },
              Check::AttestationStatement,
              QStringLiteral("packed attStmt needs an integer alg and a byte string sig"), true});
    c.append({"packed with an unknown field",
              [](RegistrationBuilder& b, auto&) {
                  b.attStmtOverride = CborWriter()
                                          .mapHeader(3)
                                          .text("alg")
                                          .integer(-7)
                                          .text("sig")
                                          .bytes("x")
                                          .text("ecdaaKeyId")
                                          .bytes("y")
                                          .data();
                  return b.json();
              },
              Check::AttestationStatement, QStringLiteral("attStmt has an unexpected field \"ecdaaKeyId\""),
              true});
    c.append({"packed x5c empty",
              [](RegistrationBuilder& b, auto&) {
                  b.attStmtOverride = packedStatementWithX5c(-7, "sig", {});
                  return b.json();
              },
              Check::AttestationStatement, QStringLiteral("x5c must hold 1 to 8 certificates, it holds 0"),
              true});
    c.append({"packed x5c not DER",
              [](RegistrationBuilder& b, auto&) {
                  b.attStmtOverride = packedStatementWithX5c(-7, "sig", {QByteArray("not a certificate")});
                  return b.json();
              },
              Check::AttestationStatement, QStringLiteral("x5c[0] is not a DER X.509 certificate"), true});
    c.append({"packed x5c certificate with a trailing byte",
              [](RegistrationBuilder& b, auto&) {
                  CertificateSpec spec;
                  const IssuedCertificate leaf = issueCertificate(spec, &testRoot());
                  b.attStmtOverride = packedStatementWithX5c(-7, "sig", {leaf.der() + '\0'});
                  return b.json();
              },
              Check::AttestationStatement, QStringLiteral("x5c[0] is not a DER X.509 certificate"), true});
    c.append({"packed leaf without OU",
              [](RegistrationBuilder& b, auto&) {
                  CertificateSpec spec;
                  spec.subject = QStringLiteral("C=AA,O=KeyDesk Tests,CN=Test Attestation");
                  const IssuedCertificate leaf = issueCertificate(spec, &testRoot());
                  return signWithCertificate(b, leaf, {leaf.der()});
              },
              Check::AttestationStatement,
              QStringLiteral("attestation certificate subject OU must be \"Authenticator Attestation\"")});
    c.append({"packed leaf is a CA",
              [](RegistrationBuilder& b, auto&) {
                  CertificateSpec spec;
                  spec.ca = true;
                  const IssuedCertificate leaf = issueCertificate(spec, &testRoot());
                  return signWithCertificate(b, leaf, {leaf.der()});
              },
              Check::AttestationStatement, QStringLiteral("attestation certificate is a CA certificate")});
    c.append({"packed leaf for another AAGUID",
              [](RegistrationBuilder& b, auto&) {
                  CertificateSpec spec;
                  spec.aaguidExtension = QByteArray(16, '\x42');
                  const IssuedCertificate leaf = issueCertificate(spec, &testRoot());
                  return signWithCertificate(b, leaf, {leaf.der()});
              },
              Check::AttestationStatement,
              QStringLiteral("the certificate's AAGUID 42424242424242424242424242424242 differs from the "
                             "authenticator data's 4b6579446573b50a96a2766972747561")});
    c.append({"packed AAGUID extension critical",
              [](RegistrationBuilder& b, auto&) {
                  CertificateSpec spec;
                  spec.aaguidExtension = b.aaguid;
                  spec.aaguidCritical = true;
                  const IssuedCertificate leaf = issueCertificate(spec, &testRoot());
                  return signWithCertificate(b, leaf, {leaf.der()});
              },
              Check::AttestationStatement,
              QStringLiteral("the AAGUID certificate extension must not be critical")});
    c.append({"packed x5c key does not fit alg",
              [](RegistrationBuilder& b, auto&) {
                  CertificateSpec spec;
                  const IssuedCertificate leaf = issueCertificate(spec, &testRoot());
                  b.attStmtOverride = packedStatementWithX5c(-35, "sig", {leaf.der()});
                  b.format = QStringLiteral("packed");
                  return b.json();
              },
              Check::AttestationStatement,
              QStringLiteral(
                  "attestation certificate key does not fit alg: ES384 needs a key on curve secp384r1")});
    c.append({"fido-u2f with two certificates",
              [](RegistrationBuilder& b, auto&) {
                  const IssuedCertificate leaf = issueCertificate(CertificateSpec(), &testRoot());
                  b.format = QStringLiteral("fido-u2f");
                  b.attStmtOverride = CborWriter()
                                          .mapHeader(2)
                                          .text("sig")
                                          .bytes("x")
                                          .text("x5c")
                                          .arrayHeader(2)
                                          .bytes(leaf.der())
                                          .bytes(testRoot().der())
                                          .data();
                  return b.json();
              },
              Check::AttestationStatement, QStringLiteral("fido-u2f x5c must hold exactly one certificate")});
    c.append({"fido-u2f with an EdDSA credential",
              [](RegistrationBuilder& b, auto&) {
                  b = RegistrationBuilder(-8);
                  const IssuedCertificate leaf = issueCertificate(CertificateSpec(), &testRoot());
                  b.format = QStringLiteral("fido-u2f");
                  b.attStmtOverride = CborWriter()
                                          .mapHeader(2)
                                          .text("sig")
                                          .bytes("x")
                                          .text("x5c")
                                          .arrayHeader(1)
                                          .bytes(leaf.der())
                                          .data();
                  return b.json();
              },
              Check::AttestationStatement,
              QStringLiteral("fido-u2f needs an ES256 credential key, got EdDSA")});
    c.append({"tpm version 1.2",
              [](RegistrationBuilder& b, auto&) {
                  b.format = QStringLiteral("tpm");
                  b.attStmtOverride = CborWriter()
                                          .mapHeader(6)
                                          .text("alg")
                                          .integer(-7)
                                          .text("sig")
                                          .bytes("s")
                                          .text("ver")
                                          .text("1.2")
                                          .text("x5c")
                                          .arrayHeader(1)
                                          .bytes(testRoot().der())
                                          .text("pubArea")
                                          .bytes("p")
                                          .text("certInfo")
                                          .bytes("c")
                                          .data();
                  return b.json();
              },
              Check::AttestationStatement, QStringLiteral("tpm attStmt ver must be \"2.0\"")});
    c.append({"apple without the nonce extension",
              [](RegistrationBuilder& b, auto&) {
                  const IssuedCertificate leaf = issueCertificate(CertificateSpec(), &testRoot());
                  b.format = QStringLiteral("apple");
                  b.attStmtOverride =
                      CborWriter().mapHeader(1).text("x5c").arrayHeader(1).bytes(leaf.der()).data();
                  return b.json();
              },
              Check::AttestationStatement, QStringLiteral("the certificate lacks Apple's nonce extension")});
    c.append({"android-key certificate for another key",
              [](RegistrationBuilder& b, auto&) {
                  const IssuedCertificate leaf = issueCertificate(CertificateSpec(), &testRoot());
                  b.format = QStringLiteral("android-key");
                  b.attStmtOverride = CborWriter()
                                          .mapHeader(3)
                                          .text("alg")
                                          .integer(-7)
                                          .text("sig")
                                          .bytes("s")
                                          .text("x5c")
                                          .arrayHeader(1)
                                          .bytes(leaf.der())
                                          .data();
                  return b.json();
              },
              Check::AttestationStatement,
              QStringLiteral("the attestation certificate's public key is not the credential public key")});

    // --- attestation signatures ----------------------------------------------------------------
    c.append({"self attestation signature corrupted",
              [](RegistrationBuilder& b, auto&) {
                  QByteArray sig = b.key->sign(b.authenticatorData() + sha256(b.clientData.json()));
                  sig[sig.size() - 1] = char(sig[sig.size() - 1] ^ 1);
                  b.signatureOverride = sig;
                  return b.json();
              },
              Check::AttestationSignature, QStringLiteral("ES256 signature does not verify"), true});
    c.append({"self attestation signature raw r‖s",
              [](RegistrationBuilder& b, auto&) {
                  b.signatureOverride = QByteArray(64, '\x33');
                  return b.json();
              },
              Check::AttestationSignature,
              QStringLiteral("signature is raw r‖s (64 bytes); WebAuthn requires DER"), true});
    c.append({"self attestation over another challenge",
              [](RegistrationBuilder& b, auto&) {
                  ClientDataFields other = b.clientData;
                  other.challenge = QByteArray(32, '\x01');
                  b.signatureOverride = b.key->sign(b.authenticatorData() + sha256(other.json()));
                  return b.json();
              },
              Check::AttestationSignature, QStringLiteral("ES256 signature does not verify"), true});
    c.append({"packed x5c signed by another key",
              [](RegistrationBuilder& b, auto&) {
                  const IssuedCertificate leaf = issueCertificate(CertificateSpec(), &testRoot());
                  const IssuedCertificate other = issueCertificate(CertificateSpec(), &testRoot());
                  b.format = QStringLiteral("packed");
                  const QByteArray signature =
                      signatureBy(other.key.get(), b.authenticatorData() + sha256(b.clientData.json()));
                  b.attStmtOverride = packedStatementWithX5c(-7, signature, {leaf.der()});
                  return b.json();
              },
              Check::AttestationSignature, QStringLiteral("ES256 signature does not verify")});

    // --- attestation trust ------------------------------------------------------------------------
    c.append(
        {"self-signed root inside x5c is not an anchor",
         [](RegistrationBuilder& b, RegistrationExpectations& e) {
             CertificateSpec rootSpec;
             rootSpec.subject = QStringLiteral("C=AA,O=Mallory,CN=Mallory Root");
             rootSpec.ca = true;
             const IssuedCertificate mallory = issueCertificate(rootSpec, nullptr);
             const IssuedCertificate leaf = issueCertificate(CertificateSpec(), &mallory);
             e.trustAnchors = {testRoot().pem()};
             e.requireTrustedAttestation = true;
             return signWithCertificate(b, leaf, {leaf.der(), mallory.der()});
         },
         Check::AttestationTrust,
         QStringLiteral(
             "untrusted attestation: chain does not verify: self-signed certificate in certificate chain")});
    c.append({"chain to an unconfigured root",
              [](RegistrationBuilder& b, RegistrationExpectations& e) {
                  e.requireTrustedAttestation = true;
                  return signedUnderAnotherRoot(b, e);
              },
              Check::AttestationTrust,
              QStringLiteral(
                  "untrusted attestation: chain does not verify: unable to get local issuer certificate")});
    c.append({"leaf expired at the verification time",
              [](RegistrationBuilder& b, RegistrationExpectations& e) {
                  CertificateSpec spec;
                  spec.notAfter = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
                  const IssuedCertificate leaf = issueCertificate(spec, &testRoot());
                  e.trustAnchors = {testRoot().pem()};
                  e.requireTrustedAttestation = true;
                  return signWithCertificate(b, leaf, {leaf.der()});
              },
              Check::AttestationTrust,
              QStringLiteral("untrusted attestation: chain does not verify: certificate has expired")});
    c.append({"no anchors configured",
              [](RegistrationBuilder& b, RegistrationExpectations& e) {
                  const IssuedCertificate leaf = issueCertificate(CertificateSpec(), &testRoot());
                  e.requireTrustedAttestation = true;
                  return signWithCertificate(b, leaf, {leaf.der()});
              },
              Check::AttestationTrust,
              QStringLiteral("untrusted attestation: no trust anchors are configured")});
    c.append({"self attestation when trust is required",
              [](RegistrationBuilder& b, RegistrationExpectations& e) {
                  e.requireTrustedAttestation = true;
                  return b.json();
              },
              Check::AttestationTrust,
              QStringLiteral("self attestation cannot be trusted; a trusted attestation is required"), true});
    c.append({"no attestation when trust is required",
              [](RegistrationBuilder& b, RegistrationExpectations& e) {
                  e.requireTrustedAttestation = true;
                  return b.json();
              },
              Check::AttestationTrust,
              QStringLiteral("no attestation cannot be trusted; a trusted attestation is required")});

    // --- a key policy of trusted attestation only: the trust check reports, the policy refuses ---
    const auto trustedOnly = [](RegistrationExpectations& e) {
        AuthenticatorPolicy policy;
        policy.trustedAttestationOnly = true;
        e.policy = policy;
    };
    c.append({"policy: untrusted chain under trusted attestation only",
              [trustedOnly](RegistrationBuilder& b, RegistrationExpectations& e) {
                  trustedOnly(e);
                  return signedUnderAnotherRoot(b, e);
              },
              Check::AuthenticatorPolicy,
              QStringLiteral("the key's attestation does not chain to a trusted root: this deployment "
                             "takes only keys with a trusted attestation")});
    c.append({"policy: self attestation under trusted attestation only",
              [trustedOnly](RegistrationBuilder& b, RegistrationExpectations& e) {
                  e.trustAnchors = {testRoot().pem()};
                  trustedOnly(e);
                  return b.json();
              },
              Check::AuthenticatorPolicy,
              QStringLiteral("the key sent no attestation that can be trusted: this deployment takes "
                             "only keys with a trusted attestation"),
              true});
    c.append({"policy: no attestation under trusted attestation only",
              [trustedOnly](RegistrationBuilder& b, RegistrationExpectations& e) {
                  trustedOnly(e);
                  return b.json();
              },
              Check::AuthenticatorPolicy,
              QStringLiteral("the key sent no attestation that can be trusted: this deployment takes "
                             "only keys with a trusted attestation")});
    return c;
}

} // namespace

class TestRegistrationNegative : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baselineVerifies_data()
    {
        QTest::addColumn<bool>("packed");
        QTest::newRow("none") << false;
        QTest::newRow("packed self") << true;
    }

    // The unmodified builder output passes, so each case below fails for its one defect only.
    void baselineVerifies()
    {
        QFETCH(bool, packed);
        RegistrationBuilder b(-7, packed);
        const Verdict v = verifyRegistration(b.json(), defaultExpectations());
        QVERIFY2(v.verified(), qPrintable(v.errorCode() + u": " + v.failureDetail()));
    }

    void trustedChainVerifies()
    {
        RegistrationBuilder b;
        RegistrationExpectations e = defaultExpectations();
        e.trustAnchors = {testRoot().pem()};
        e.requireTrustedAttestation = true;
        CertificateSpec spec;
        spec.aaguidExtension = b.aaguid;
        const IssuedCertificate leaf = issueCertificate(spec, &testRoot());
        const Verdict v = verifyRegistration(signWithCertificate(b, leaf, {leaf.der()}), e);
        QVERIFY2(v.verified(), qPrintable(v.failureDetail()));
        QCOMPARE(v.credential.attestationTrust, AttestationTrust::Trusted);
        QCOMPARE(v.credential.attestationChain,
                 QStringList{QStringLiteral(
                     "CN=Test Attestation,OU=Authenticator Attestation,O=KeyDesk Tests,C=AA")});

        // The same chain passes a key policy of trusted attestation only, said in its check.
        AuthenticatorPolicy policy;
        policy.trustedAttestationOnly = true;
        e.requireTrustedAttestation = false;
        e.policy = policy;
        const Verdict underPolicy = verifyRegistration(signWithCertificate(b, leaf, {leaf.der()}), e);
        QVERIFY2(underPolicy.verified(), qPrintable(underPolicy.failureDetail()));
        QCOMPARE(underPolicy.checks.constLast().check, Check::AuthenticatorPolicy);
        QCOMPARE(underPolicy.checks.constLast().detail.message(),
                 QStringLiteral("authenticator %1 is allowed; its attestation is trusted")
                     .arg(QUuid::fromRfc4122(b.aaguid).toString(QUuid::WithoutBraces)));
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
        RegistrationBuilder b(-7, testCase.packedSelf);
        RegistrationExpectations e = defaultExpectations();
        const QByteArray json = testCase.make(b, e);
        const Verdict v = verifyRegistration(json, e);
        QVERIFY(!v.verified());
        QCOMPARE(checkName(*v.failedCheck()), checkName(testCase.check));
        QCOMPARE(v.failureDetail(), testCase.detail);
    }

    // libcbor hazard: an attestation object cut at every byte fails cleanly.
    void truncatedAtEveryByte()
    {
        RegistrationBuilder b(-7, true);
        const QByteArray whole = b.attestationObject();
        for (qsizetype length = 1; length < whole.size(); ++length) {
            b.attestationObjectOverride = whole.left(length);
            const Verdict v = verifyRegistration(b.json(), defaultExpectations());
            QVERIFY(!v.verified());
            QCOMPARE(checkName(*v.failedCheck()), checkName(Check::AttestationObject));
        }
    }

    // Authenticator data cut at every byte, inside an otherwise valid attestation object.
    void authenticatorDataTruncatedAtEveryByte()
    {
        RegistrationBuilder b;
        const QByteArray whole = b.authenticatorData();
        for (qsizetype length = 1; length < whole.size(); ++length) {
            b.authDataOverride = whole.left(length);
            const Verdict v = verifyRegistration(b.json(), defaultExpectations());
            QVERIFY(!v.verified());
            QCOMPARE(checkName(*v.failedCheck()), checkName(Check::AuthenticatorData));
        }
    }
};

QTEST_GUILESS_MAIN(TestRegistrationNegative)
#include "TestRegistrationNegative.moc"
