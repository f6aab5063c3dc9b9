// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "SoftwareAuthenticator.h"

#include "CborWriter.h"
#include "SoftwareKey.h"

#include "webauthn/Base64Url.h"
#include "webauthn/Verdict.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

#include <openssl/rand.h>

#include <array>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SoftwareAuthenticator)
};

} // namespace

namespace keydesk::authenticator {

using webauthn::CoseAlgorithm;
using webauthn::toBase64Url;

namespace {

QByteArray randomBytes(int size)
{
    QByteArray out(size, '\0');
    RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), size);
    return out;
}

QByteArray sha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

constexpr std::array kTamperNames{
    std::pair{Tamper::None, u"none"},
    std::pair{Tamper::WrongOrigin, u"wrong-origin"},
    std::pair{Tamper::StaleChallenge, u"stale-challenge"},
    std::pair{Tamper::ClonedCounter, u"cloned-counter"},
    std::pair{Tamper::FlippedFlag, u"flipped-flag"},
    std::pair{Tamper::BadSignature, u"bad-signature"},
};

// A JSON string literal, quotes and escapes included.
QByteArray jsonString(QStringView text)
{
    return QJsonDocument(QJsonArray{text.toString()}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

// The PublicKeyCredential JSON envelope both ceremonies share (WebAuthn L3 §5.1).
QByteArray publicKeyCredentialJson(const QByteArray& credentialId, const QJsonObject& response)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("id"), toBase64Url(credentialId)},
                           {QStringLiteral("rawId"), toBase64Url(credentialId)},
                           {QStringLiteral("type"), QStringLiteral("public-key")},
                           {QStringLiteral("authenticatorAttachment"), QStringLiteral("cross-platform")},
                           {QStringLiteral("clientExtensionResults"), QJsonObject()},
                           {QStringLiteral("response"), response}})
        .toJson(QJsonDocument::Compact);
}

void corrupt(QByteArray& signature)
{
    if (!signature.isEmpty())
        signature[signature.size() - 1] = char(signature.at(signature.size() - 1) ^ 0x01);
}

} // namespace

QString tamperName(Tamper tamper)
{
    for (const auto& [t, name] : kTamperNames) {
        if (t == tamper)
            return QString::fromUtf16(name);
    }
    return QString();
}

std::optional<Tamper> tamperFromName(QStringView name)
{
    for (const auto& [t, n] : kTamperNames) {
        if (name == QStringView(n))
            return t;
    }
    return std::nullopt;
}

QByteArray SoftwareAuthenticator::aaguid()
{
    return QByteArray::fromHex("4b6579446573b50a96a2766972747561"); // "KeyDes" … "virtua"
}

QByteArray SoftwareAuthenticator::clientDataJson(QStringView type, const QByteArray& challenge,
                                                 QStringView origin)
{
    // Member order and spelling as browsers serialise it (§5.8.1.1).
    return "{\"type\":" + jsonString(type) + ",\"challenge\":\"" + toBase64Url(challenge).toLatin1() +
           "\",\"origin\":" + jsonString(origin) + ",\"crossOrigin\":false}";
}

QByteArray SoftwareAuthenticator::attestedCredentialData(const QByteArray& aaguid,
                                                         const QByteArray& credentialId,
                                                         const QByteArray& coseKey)
{
    QByteArray length(2, '\0');
    qToBigEndian(quint16(credentialId.size()), length.data());
    return aaguid + length + credentialId + coseKey;
}

QByteArray SoftwareAuthenticator::authenticatorData(QStringView rpId, quint8 flags, quint32 signCount,
                                                    const QByteArray& attestedCredentialData)
{
    QByteArray count(4, '\0');
    qToBigEndian(signCount, count.data());
    return sha256(rpId.toUtf8()) + char(flags) + count + attestedCredentialData;
}

QByteArray SoftwareAuthenticator::challengeFor(const QByteArray& challenge, Tamper tamper)
{
    QByteArray used = challenge;
    if (tamper == Tamper::StaleChallenge)
        used = m_lastChallenge.isEmpty() ? randomBytes(32) : m_lastChallenge;
    m_lastChallenge = challenge;
    return used;
}

std::optional<SoftwareAuthenticator::Registration>
SoftwareAuthenticator::makeCredential(const CreationRequest& request, QString* error)
{
    // The first of the RP's algorithms this authenticator implements.
    int algorithm = 0;
    for (const int alg : request.algorithms) {
        if (webauthn::supportedAlgorithms().contains(alg)) {
            algorithm = alg;
            break;
        }
    }
    if (algorithm == 0) {
        if (error)
            *error = Text::tr("none of the requested algorithms is supported");
        return std::nullopt;
    }
    auto key = SoftwareKey::generate(algorithm);
    if (!key) {
        if (error)
            *error = Text::tr("key generation failed");
        return std::nullopt;
    }

    Registration r;
    r.credential.id = randomBytes(32);
    r.credential.rpId = request.rpId;
    r.credential.userHandle = request.userHandle;
    r.credential.userName = request.userName;
    r.credential.userDisplayName = request.userDisplayName;
    r.credential.algorithm = algorithm;
    r.credential.privateKey = key->pkcs8();
    r.credential.backupEligible = request.backupEligible;
    r.credential.created = QDateTime::currentDateTimeUtc();

    quint8 flags = kFlagUp | kFlagAt;
    if (request.userVerification)
        flags |= kFlagUv;
    if (request.backupEligible)
        flags |= kFlagBe | kFlagBs;
    if (request.tamper == Tamper::FlippedFlag)
        flags &= quint8(~kFlagUp);

    RegistrationParts& parts = r.parts;
    parts.credentialId = r.credential.id;
    const QString origin =
        request.tamper == Tamper::WrongOrigin ? QStringLiteral("https://evil.example") : request.origin;
    parts.clientDataJson =
        clientDataJson(u"webauthn.create", challengeFor(request.challenge, request.tamper), origin);
    parts.authenticatorData = authenticatorData(
        request.rpId, flags, 0, attestedCredentialData(aaguid(), r.credential.id, key->coseKey()));
    if (request.attestation == AttestationMode::PackedSelf && request.batch) {
        const auto batchKey = SoftwareKey::fromPkcs8(request.batch->algorithm, request.batch->privateKeyDer);
        if (!batchKey) {
            if (error)
                *error = Text::tr("the batch attestation key cannot be read");
            return std::nullopt;
        }
        QByteArray signature = batchKey->sign(parts.authenticatorData + sha256(parts.clientDataJson));
        if (request.tamper == Tamper::BadSignature)
            corrupt(signature);
        CborWriter x5c;
        x5c.arrayHeader(quint64(request.batch->x5c.size()));
        for (const QByteArray& der : request.batch->x5c)
            x5c.bytes(der);
        parts.format = QStringLiteral("packed");
        parts.attestationStatement = CborWriter()
                                         .mapHeader(3)
                                         .text("alg")
                                         .integer(request.batch->algorithm)
                                         .text("sig")
                                         .bytes(signature)
                                         .text("x5c")
                                         .raw(x5c.data())
                                         .data();
    } else if (request.attestation == AttestationMode::PackedSelf) {
        QByteArray signature = key->sign(parts.authenticatorData + sha256(parts.clientDataJson));
        if (request.tamper == Tamper::BadSignature)
            corrupt(signature);
        parts.format = QStringLiteral("packed");
        parts.attestationStatement =
            CborWriter().mapHeader(2).text("alg").integer(algorithm).text("sig").bytes(signature).data();
    } else {
        parts.format = QStringLiteral("none");
        parts.attestationStatement = CborWriter().mapHeader(0).data();
    }
    return r;
}

std::optional<AssertionParts> SoftwareAuthenticator::getAssertion(SoftwareCredential& credential,
                                                                  const AssertionRequest& request,
                                                                  QString* error)
{
    auto key = SoftwareKey::fromPkcs8(credential.algorithm, credential.privateKey);
    if (!key) {
        if (error)
            *error = Text::tr("the credential's private key is unusable");
        return std::nullopt;
    }
    if (request.tamper != Tamper::ClonedCounter)
        ++credential.signCount;
    quint8 flags = kFlagUp;
    if (request.userVerification)
        flags |= kFlagUv;
    if (credential.backupEligible)
        flags |= kFlagBe | kFlagBs;

    AssertionParts parts;
    parts.credentialId = credential.id;
    parts.userHandle = credential.userHandle;
    const QString origin =
        request.tamper == Tamper::WrongOrigin ? QStringLiteral("https://evil.example") : request.origin;
    parts.clientDataJson =
        clientDataJson(u"webauthn.get", challengeFor(request.challenge, request.tamper), origin);
    parts.authenticatorData = authenticatorData(request.rpId, flags, credential.signCount);
    parts.signature = key->sign(parts.authenticatorData + sha256(parts.clientDataJson));
    // Flipping a flag after signing is what a tampering middlebox would do.
    if (request.tamper == Tamper::FlippedFlag)
        parts.authenticatorData[32] = char(flags & ~kFlagUp);
    if (request.tamper == Tamper::BadSignature)
        corrupt(parts.signature);
    return parts;
}

QByteArray RegistrationParts::attestationObject() const
{
    // Canonical key order: "fmt", "attStmt", "authData" (shorter keys first).
    return CborWriter()
        .mapHeader(3)
        .text("fmt")
        .text(format)
        .text("attStmt")
        .raw(attestationStatement)
        .text("authData")
        .bytes(authenticatorData)
        .data();
}

QByteArray RegistrationParts::toJson() const
{
    const QJsonObject response{
        {QStringLiteral("clientDataJSON"), toBase64Url(clientDataJson)},
        {QStringLiteral("attestationObject"), toBase64Url(attestationObject())},
        {QStringLiteral("transports"), QJsonArray{QStringLiteral("hybrid"), QStringLiteral("internal")}},
    };
    return publicKeyCredentialJson(credentialId, response);
}

QByteArray AssertionParts::toJson() const
{
    QJsonObject response{
        {QStringLiteral("clientDataJSON"), toBase64Url(clientDataJson)},
        {QStringLiteral("authenticatorData"), toBase64Url(authenticatorData)},
        {QStringLiteral("signature"), toBase64Url(signature)},
    };
    if (!userHandle.isEmpty())
        response.insert(QStringLiteral("userHandle"), toBase64Url(userHandle));
    return publicKeyCredentialJson(credentialId, response);
}

} // namespace keydesk::authenticator
