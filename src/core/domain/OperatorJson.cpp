// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "OperatorJson.h"

#include <QDateTime>

namespace keydesk {

namespace {

OperatorRole roleOf(const QJsonValue& value)
{
    return operatorRoleFromName(value.toString()).value_or(OperatorRole::Auditor);
}

} // namespace

QJsonValue jsonOptionalTime(const std::optional<qint64>& ms)
{
    return ms ? QJsonValue(jsonTime(*ms)) : QJsonValue();
}

std::optional<qint64> jsonOptionalTimeMs(const QJsonValue& value)
{
    return value.isString() ? std::optional<qint64>(jsonTimeMs(value)) : std::nullopt;
}

qint64 jsonTimeMs(const QJsonValue& value)
{
    const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toMSecsSinceEpoch() : 0;
}

Operator operatorFromJson(const QJsonObject& json)
{
    Operator op;
    op.userId = json.value(QStringLiteral("user_id")).toInteger();
    op.email = json.value(QStringLiteral("email")).toString();
    op.displayName = json.value(QStringLiteral("name")).toString();
    op.role = roleOf(json.value(QStringLiteral("role")));
    op.enabled = json.value(QStringLiteral("enabled")).toBool();
    op.createdAtMs = jsonTimeMs(json.value(QStringLiteral("since")));
    return op;
}

OperatorSession sessionFromJson(const QJsonObject& json)
{
    OperatorSession s;
    s.id = json.value(QStringLiteral("id")).toString();
    s.userId = json.value(QStringLiteral("user_id")).toInteger();
    s.email = json.value(QStringLiteral("email")).toString();
    s.role = roleOf(json.value(QStringLiteral("role")));
    s.desk = json.value(QStringLiteral("desk")).toString();
    s.keyId = json.value(QStringLiteral("key_id")).toInteger();
    s.createdAtMs = jsonTimeMs(json.value(QStringLiteral("created_at")));
    s.expiresAtMs = jsonTimeMs(json.value(QStringLiteral("expires_at")));
    s.lastUsedAtMs = jsonTimeMs(json.value(QStringLiteral("last_used_at")));
    return s;
}

ApiToken tokenFromJson(const QJsonObject& json)
{
    ApiToken t;
    t.name = json.value(QStringLiteral("name")).toString();
    t.userId = json.value(QStringLiteral("user_id")).toInteger();
    t.email = json.value(QStringLiteral("email")).toString();
    t.role = roleOf(json.value(QStringLiteral("role")));
    t.createdAtMs = jsonTimeMs(json.value(QStringLiteral("created_at")));
    t.expiresAtMs = jsonOptionalTimeMs(json.value(QStringLiteral("expires_at")));
    t.lastUsedAtMs = jsonOptionalTimeMs(json.value(QStringLiteral("last_used_at")));
    return t;
}

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
            {QStringLiteral("expires_at"), jsonOptionalTime(t.expiresAtMs)},
            {QStringLiteral("last_used_at"), jsonOptionalTime(t.lastUsedAtMs)}};
}

} // namespace keydesk
