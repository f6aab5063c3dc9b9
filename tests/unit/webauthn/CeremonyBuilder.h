// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "authenticator/SoftwareKey.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace keydesk::test {

// Builds registration and authentication responses field by field, so a negative test can get
// exactly one thing wrong and still have everything else valid (including fresh signatures).
constexpr const char16_t* kRpId = u"keydesk.example";
constexpr const char16_t* kOrigin = u"https://keydesk.example";
QByteArray fixedChallenge();

struct ClientDataFields
{
    QString type;
    QByteArray challenge = fixedChallenge();
    QString origin = QString::fromUtf16(kOrigin);
    std::optional<bool> crossOrigin = false;
    std::optional<QString> topOrigin;
    QByteArray override; // used verbatim when set

    QByteArray json() const;
};

struct RegistrationBuilder
{
    RegistrationBuilder(); // ES256, attestation none, flags UP UV AT
    explicit RegistrationBuilder(int algorithm, bool packedSelf = false);

    ClientDataFields clientData;
    QString rpId = QString::fromUtf16(kRpId);
    quint8 flags = 0x45;
    quint32 signCount = 0;
    QByteArray aaguid;
    QByteArray credentialId;
    std::optional<authenticator::SoftwareKey> key;
    QByteArray coseKey;    // the key's COSE form unless replaced
    QByteArray extensions; // appended after the COSE key (set ED yourself)
    QByteArray authDataSuffix;
    QByteArray authDataOverride;

    QString format = QStringLiteral("none");
    bool packedSelf = false;
    std::optional<int> attestationAlg; // packed: defaults to the key's alg
    QByteArray signatureOverride;      // packed: replaces the fresh signature
    QByteArray attStmtOverride;        // encoded CBOR replacing the whole attStmt
    QByteArray attestationObjectOverride;

    std::optional<QString> id;    // base64url text of id, when not the credential id
    std::optional<QString> rawId; // same for rawId

    QByteArray authenticatorData() const;
    QByteArray attestationStatement() const;
    QByteArray attestationObject() const;
    QByteArray json() const;
};

struct AssertionBuilder
{
    AssertionBuilder(); // ES256 credential registered with sign count 5
    explicit AssertionBuilder(int algorithm);

    authenticator::SoftwareKey key;
    QByteArray credentialId;
    QByteArray userHandle;
    ClientDataFields clientData;
    QString rpId = QString::fromUtf16(kRpId);
    quint8 flags = 0x05;
    quint32 signCount = 6;
    QByteArray authDataSuffix;
    QByteArray authDataOverride;
    QByteArray signatureOverride;
    std::optional<QString> id;
    std::optional<QString> rawId;
    std::optional<QString> userHandleText;

    QByteArray authenticatorData() const;
    QByteArray signature() const;
    QByteArray json() const;
};

} // namespace keydesk::test
