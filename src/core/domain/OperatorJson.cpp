// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "OperatorJson.h"

#include <QDateTime>

namespace keydesk {

namespace {

QJsonValue optionalTime(const std::optional<qint64>& ms)
{
    return ms ? QJsonValue(jsonTime(*ms)) : QJsonValue();
}

} // namespace

QString jsonTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject operatorJson(const Operator& op)
{
    return {{QStringLiteral("user_id"), op.userId},   {QStringLiteral("email"), op.email},
            {QStringLiteral("name"), op.displayName}, {QStringLiteral("role"), operatorRoleName(op.role)},
            {QStringLiteral("enabled"), op.enabled},  {QStringLiteral("since"), jsonTime(op.createdAtMs)}};
}

QJsonObject sessionJson(const OperatorSession& s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("user_id"), s.userId},
            {QStringLiteral("email"), s.email},
            {QStringLiteral("role"), operatorRoleName(s.role)},
            {QStringLiteral("desk"), s.desk},
            {QStringLiteral("key_id"), s.keyId > 0 ? QJsonValue(s.keyId) : QJsonValue()},
            {QStringLiteral("created_at"), jsonTime(s.createdAtMs)},
            {QStringLiteral("expires_at"), jsonTime(s.expiresAtMs)},
            {QStringLiteral("last_used_at"), jsonTime(s.lastUsedAtMs)}};
}

QJsonObject tokenJson(const ApiToken& t)
{
    return {{QStringLiteral("name"), t.name},
            {QStringLiteral("user_id"), t.userId},
            {QStringLiteral("email"), t.email},
            {QStringLiteral("role"), operatorRoleName(t.role)},
            {QStringLiteral("created_at"), jsonTime(t.createdAtMs)},
            {QStringLiteral("expires_at"), optionalTime(t.expiresAtMs)},
            {QStringLiteral("last_used_at"), optionalTime(t.lastUsedAtMs)}};
}

} // namespace keydesk
