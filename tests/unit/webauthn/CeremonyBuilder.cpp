// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "CeremonyBuilder.h"

#include "authenticator/CborWriter.h"
#include "authenticator/SoftwareAuthenticator.h"

#include "webauthn/Base64Url.h"
#include "webauthn/Verdict.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keydesk::test {

using authenticator::CborWriter;
using authenticator::SoftwareAuthenticator;
using authenticator::SoftwareKey;
using webauthn::toBase64Url;

namespace {

QByteArray sha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray responseJson(const QString& id, const QString& rawId, const QJsonObject& response)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                     {QStringLiteral("rawId"), rawId},
                                     {QStringLiteral("type"), QStringLiteral("public-key")},
                                     {QStringLiteral("clientExtensionResults"), QJsonObject()},
                                     {QStringLiteral("response"), response}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray fixedChallenge()
{
    return QByteArray::fromHex("6b657964657368656c706465736b206368616c6c656e676520666f7220746573747321");
}

QByteArray ClientDataFields::json() const
{
    if (!override.isEmpty())
        return override;
    QJsonObject o{{QStringLiteral("type"), type},
                  {QStringLiteral("challenge"), toBase64Url(challenge)},
                  {QStringLiteral("origin"), origin}};
    if (crossOrigin)
        o.insert(QStringLiteral("crossOrigin"), *crossOrigin);
    if (topOrigin)
        o.insert(QStringLiteral("topOrigin"), *topOrigin);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

RegistrationBuilder::RegistrationBuilder() : RegistrationBuilder(int(webauthn::CoseAlgorithm::ES256)) {}

RegistrationBuilder::RegistrationBuilder(int algorithm, bool packed)
    : aaguid(SoftwareAuthenticator::aaguid()), packedSelf(packed)
{
    clientData.type = QStringLiteral("webauthn.create");
    key = SoftwareKey::generate(algorithm);
    coseKey = key->coseKey();
    credentialId = QByteArray::fromHex("c0ffee00112233445566778899aabbccddeeff00112233445566778899aabbcc");
    if (packed)
        format = QStringLiteral("packed");
}

QByteArray RegistrationBuilder::authenticatorData() const
{
    if (!authDataOverride.isEmpty())
        return authDataOverride;
    return SoftwareAuthenticator::authenticatorData(
               rpId, flags, signCount,
               SoftwareAuthenticator::attestedCredentialData(aaguid, credentialId, coseKey)) +
           extensions + authDataSuffix;
}

QByteArray RegistrationBuilder::attestationStatement() const
{
    if (!attStmtOverride.isEmpty())
        return attStmtOverride;
    if (!packedSelf)
        return CborWriter().mapHeader(0).data();
    const QByteArray signature = signatureOverride.isEmpty()
                                     ? key->sign(authenticatorData() + sha256(clientData.json()))
                                     : signatureOverride;
    return CborWriter()
        .mapHeader(2)
        .text("alg")
        .integer(attestationAlg.value_or(key->algorithm()))
        .text("sig")
        .bytes(signature)
        .data();
}

QByteArray RegistrationBuilder::attestationObject() const
{
    if (!attestationObjectOverride.isEmpty())
        return attestationObjectOverride;
    return CborWriter()
        .mapHeader(3)
        .text("fmt")
        .text(format)
        .text("attStmt")
        .raw(attestationStatement())
        .text("authData")
        .bytes(authenticatorData())
        .data();
}

QByteArray RegistrationBuilder::json() const
{
    const QString idText = toBase64Url(credentialId);
    return responseJson(id.value_or(idText), rawId.value_or(idText),
                        QJsonObject{{QStringLiteral("clientDataJSON"), toBase64Url(clientData.json())},
                                    {QStringLiteral("attestationObject"), toBase64Url(attestationObject())}});
}

AssertionBuilder::AssertionBuilder() : AssertionBuilder(int(webauthn::CoseAlgorithm::ES256)) {}

AssertionBuilder::AssertionBuilder(int algorithm) : key(*SoftwareKey::generate(algorithm))
{
    clientData.type = QStringLiteral("webauthn.get");
    credentialId = QByteArray::fromHex("a11ce00112233445566778899aabbccd");
    userHandle = QByteArray::fromHex("0102030405060708");
}

QByteArray AssertionBuilder::authenticatorData() const
{
    if (!authDataOverride.isEmpty())
        return authDataOverride;
    return SoftwareAuthenticator::authenticatorData(rpId, flags, signCount) + authDataSuffix;
}

QByteArray AssertionBuilder::signature() const
{
    if (!signatureOverride.isEmpty())
        return signatureOverride;
    return key.sign(authenticatorData() + sha256(clientData.json()));
}

QByteArray AssertionBuilder::json() const
{
    const QString idText = toBase64Url(credentialId);
    return responseJson(
        id.value_or(idText), rawId.value_or(idText),
        QJsonObject{{QStringLiteral("clientDataJSON"), toBase64Url(clientData.json())},
                    {QStringLiteral("authenticatorData"), toBase64Url(authenticatorData())},
                    {QStringLiteral("signature"), toBase64Url(signature())},
                    {QStringLiteral("userHandle"), userHandleText.value_or(toBase64Url(userHandle))}});
}

} // namespace keydesk::test
