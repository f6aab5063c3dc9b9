// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "Verdict.h"
#include "base/Error.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace keydesk::webauthn {

// Authenticator data (§6.1) split into its parts. The COSE key and the extensions are kept as the
// exact bytes they occupied.
struct AuthenticatorData
{
    QByteArray rpIdHash;
    AuthenticatorFlags flags;
    quint32 signCount = 0;
    bool hasAttestedCredential = false;
    QByteArray aaguid;
    QByteArray credentialId;
    QByteArray credentialPublicKey;
    QByteArray extensions; // CBOR map, when ED is set
};

constexpr qsizetype kMaxAuthenticatorDataBytes = 16 * 1024;
constexpr qsizetype kMaxCredentialIdBytes = 1023;

// Splits authenticator data: 37 fixed bytes; with AT, the AAGUID, a credential id (its 16-bit
// length checked against the bytes left) and one CBOR COSE key measured by the strict scanner;
// with ED, one CBOR item (verifyExtensions decodes it); then nothing more.
std::optional<AuthenticatorData> parseAuthenticatorData(QByteArrayView raw, Error* error);

// "164 bytes, flags 0x45 (UP UV AT), sign count 0": the AuthenticatorData check's detail.
Error authenticatorDataSummary(qsizetype size, const AuthenticatorData& data);

} // namespace keydesk::webauthn
