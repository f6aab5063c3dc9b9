// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace keydesk::authenticator {

// One credential the software authenticator holds, with its private key. The virtual phone keeps
// these in its own file; they never enter KeyDesk's database.
struct SoftwareCredential
{
    QByteArray id;
    QString rpId;
    QByteArray userHandle;
    // Whose passkey it is, as the relying party named the user (WebAuthn user.name and
    // user.displayName); empty in wallets written before they were kept.
    QString userName;
    QString userDisplayName;
    int algorithm = 0;
    QByteArray privateKey; // PKCS#8 DER
    quint32 signCount = 0;
    bool backupEligible = false;
    QDateTime created;

    QJsonObject toJson() const;
    static std::optional<SoftwareCredential> fromJson(const QJsonObject& json, QString* error);
};

} // namespace keydesk::authenticator
