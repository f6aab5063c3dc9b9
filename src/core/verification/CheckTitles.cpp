// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "CheckTitles.h"

#include <QCoreApplication>
#include <QHash>

namespace keydesk {

QString checkTitle(const QString& name)
{
    static const QHash<QString, const char*> titles{
        {QStringLiteral("response"), QT_TRANSLATE_NOOP("CheckTitles", "Response format")},
        {QStringLiteral("credentialId"), QT_TRANSLATE_NOOP("CheckTitles", "Credential match")},
        {QStringLiteral("clientData"), QT_TRANSLATE_NOOP("CheckTitles", "Client data")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("CheckTitles", "Ceremony type")},
        {QStringLiteral("challenge"), QT_TRANSLATE_NOOP("CheckTitles", "Challenge")},
        {QStringLiteral("origin"), QT_TRANSLATE_NOOP("CheckTitles", "Origin")},
        {QStringLiteral("crossOrigin"), QT_TRANSLATE_NOOP("CheckTitles", "Cross-origin")},
        {QStringLiteral("attestationObject"), QT_TRANSLATE_NOOP("CheckTitles", "Attestation object")},
        {QStringLiteral("authenticatorData"), QT_TRANSLATE_NOOP("CheckTitles", "Authenticator data")},
        {QStringLiteral("rpIdHash"), QT_TRANSLATE_NOOP("CheckTitles", "RP ID hash")},
        {QStringLiteral("userPresent"), QT_TRANSLATE_NOOP("CheckTitles", "User present (UP)")},
        {QStringLiteral("userVerified"), QT_TRANSLATE_NOOP("CheckTitles", "User verified (UV)")},
        {QStringLiteral("backupState"),
         QT_TRANSLATE_NOOP("CheckTitles", "Backup eligibility and state (BE/BS)")},
        {QStringLiteral("credentialPublicKey"), QT_TRANSLATE_NOOP("CheckTitles", "Credential public key")},
        {QStringLiteral("algorithm"), QT_TRANSLATE_NOOP("CheckTitles", "Algorithm")},
        {QStringLiteral("extensions"), QT_TRANSLATE_NOOP("CheckTitles", "Extensions")},
        {QStringLiteral("attestationFormat"), QT_TRANSLATE_NOOP("CheckTitles", "Attestation format")},
        {QStringLiteral("attestationStatement"), QT_TRANSLATE_NOOP("CheckTitles", "Attestation statement")},
        {QStringLiteral("attestationSignature"), QT_TRANSLATE_NOOP("CheckTitles", "Attestation signature")},
        {QStringLiteral("attestationTrust"), QT_TRANSLATE_NOOP("CheckTitles", "Attestation trust")},
        {QStringLiteral("userHandle"), QT_TRANSLATE_NOOP("CheckTitles", "User handle")},
        {QStringLiteral("signature"), QT_TRANSLATE_NOOP("CheckTitles", "Signature")},
        {QStringLiteral("signCount"), QT_TRANSLATE_NOOP("CheckTitles", "Signature counter")},
    };
    const char* title = titles.value(name);
    return title ? QCoreApplication::translate("CheckTitles", title) : name;
}

} // namespace keydesk
