// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "SoftwareCredential.h"

#include "SoftwareKey.h"

#include "webauthn/Base64Url.h"

#include <QCoreApplication>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SoftwareCredential)
};

} // namespace

namespace keydesk::authenticator {

using webauthn::fromBase64Url;
using webauthn::toBase64Url;

QJsonObject SoftwareCredential::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), toBase64Url(id)},
                       {QStringLiteral("rpId"), rpId},
                       {QStringLiteral("userHandle"), toBase64Url(userHandle)},
                       {QStringLiteral("userName"), userName},
                       {QStringLiteral("userDisplayName"), userDisplayName},
                       {QStringLiteral("alg"), algorithm},
                       {QStringLiteral("privateKey"), toBase64Url(privateKey)},
                       {QStringLiteral("signCount"), qint64(signCount)},
                       {QStringLiteral("backupEligible"), backupEligible},
                       {QStringLiteral("created"), created.toString(Qt::ISODate)}};
}

std::optional<SoftwareCredential> SoftwareCredential::fromJson(const QJsonObject& json, QString* error)
{
    SoftwareCredential c;
    const auto id = fromBase64Url(json.value(u"id").toString());
    const auto handle = fromBase64Url(json.value(u"userHandle").toString());
    const auto key = fromBase64Url(json.value(u"privateKey").toString());
    const qint64 count = json.value(u"signCount").toInteger(-1);
    c.rpId = json.value(u"rpId").toString();
    c.algorithm = json.value(u"alg").toInt();
    if (!id || id->isEmpty() || !handle || !key || c.rpId.isEmpty() || count < 0 || count > 0xffffffffLL ||
        !SoftwareKey::fromPkcs8(c.algorithm, *key)) {
        if (error)
            *error = Text::tr("credential entry is incomplete or its key does not match its algorithm");
        return std::nullopt;
    }
    c.id = *id;
    c.userHandle = *handle;
    c.userName = json.value(u"userName").toString();
    c.userDisplayName = json.value(u"userDisplayName").toString();
    c.privateKey = *key;
    c.signCount = quint32(count);
    c.backupEligible = json.value(u"backupEligible").toBool();
    c.created = QDateTime::fromString(json.value(u"created").toString(), Qt::ISODate);
    return c;
}

} // namespace keydesk::authenticator
