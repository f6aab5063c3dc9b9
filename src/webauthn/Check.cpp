// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "Check.h"

namespace keydesk::webauthn {

QString checkName(Check check)
{
    switch (check) {
    case Check::Response:
        return QStringLiteral("response");
    case Check::CredentialId:
        return QStringLiteral("credentialId");
    case Check::ClientData:
        return QStringLiteral("clientData");
    case Check::Type:
        return QStringLiteral("type");
    case Check::Challenge:
        return QStringLiteral("challenge");
    case Check::Origin:
        return QStringLiteral("origin");
    case Check::CrossOrigin:
        return QStringLiteral("crossOrigin");
    case Check::AttestationObject:
        return QStringLiteral("attestationObject");
    case Check::AuthenticatorData:
        return QStringLiteral("authenticatorData");
    case Check::RpIdHash:
        return QStringLiteral("rpIdHash");
    case Check::UserPresent:
        return QStringLiteral("userPresent");
    case Check::UserVerified:
        return QStringLiteral("userVerified");
    case Check::BackupState:
        return QStringLiteral("backupState");
    case Check::CredentialPublicKey:
        return QStringLiteral("credentialPublicKey");
    case Check::Algorithm:
        return QStringLiteral("algorithm");
    case Check::Extensions:
        return QStringLiteral("extensions");
    case Check::AttestationFormat:
        return QStringLiteral("attestationFormat");
    case Check::AttestationStatement:
        return QStringLiteral("attestationStatement");
    case Check::AttestationSignature:
        return QStringLiteral("attestationSignature");
    case Check::AttestationTrust:
        return QStringLiteral("attestationTrust");
    case Check::AuthenticatorPolicy:
        return QStringLiteral("authenticatorPolicy");
    case Check::UserHandle:
        return QStringLiteral("userHandle");
    case Check::Signature:
        return QStringLiteral("signature");
    case Check::SignCount:
        return QStringLiteral("signCount");
    }
    return QString();
}

} // namespace keydesk::webauthn
