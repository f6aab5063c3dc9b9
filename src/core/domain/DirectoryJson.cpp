// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "DirectoryJson.h"

#include "OperatorJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace keydesk {

QJsonObject userJson(const User& user)
{
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("display_name"), user.displayName},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("upn"), user.upn},
            {QStringLiteral("department"), user.department},
            {QStringLiteral("enabled"), user.enabled},
            {QStringLiteral("source"), userSourceName(user.source)},
            {QStringLiteral("created_at"), jsonTime(user.createdAtMs)},
            {QStringLiteral("updated_at"), jsonTime(user.updatedAtMs)}};
}

QJsonObject groupJson(const Group& group)
{
    return {{QStringLiteral("id"), group.id},
            {QStringLiteral("name"), group.name},
            {QStringLiteral("description"), group.description},
            {QStringLiteral("members"), group.memberCount},
            {QStringLiteral("created_at"), jsonTime(group.createdAtMs)},
            // The group's own key policy (core/activation/KeyPolicy), or null.
            {QStringLiteral("keyPolicy"),
             group.keyPolicy.isEmpty()
                 ? QJsonValue(QJsonValue::Null)
                 : QJsonValue(QJsonDocument::fromJson(group.keyPolicy.toUtf8()).object())}};
}

QJsonObject auditJson(const AuditEvent& event)
{
    QJsonObject json{{QStringLiteral("id"), event.id},
                     {QStringLiteral("at"), jsonTime(event.atMs)},
                     {QStringLiteral("actor"), event.actor},
                     {QStringLiteral("action"), event.action},
                     {QStringLiteral("target_type"), event.targetType},
                     {QStringLiteral("target_id"), event.targetId},
                     {QStringLiteral("target"), event.targetLabel},
                     {QStringLiteral("details"), auditDetailsWithTimes(event.details, &jsonTime)}};
    // A signed-in operator (team server): their user and the session or token they used.
    if (event.actorUserId > 0) {
        json.insert(QStringLiteral("actor_user_id"), event.actorUserId);
        json.insert(QStringLiteral("actor_credential"), event.actorCredential);
    }
    return json;
}

QJsonObject windowsLogonJson(const WindowsLogon& logon)
{
    QJsonObject json{{QStringLiteral("mode"), windowsLogonModeName(logon.mode)},
                     {QStringLiteral("updated_at"), jsonTime(logon.updatedAtMs)}};
    if (logon.mode == WindowsLogonMode::DedicatedPc) {
        json.insert(QStringLiteral("pc_name"), logon.pcName);
        json.insert(QStringLiteral("paired_on"),
                    QDateTime::fromMSecsSinceEpoch(logon.pairedAtMs).date().toString(Qt::ISODate));
        json.insert(QStringLiteral("paired_at"), jsonTime(logon.pairedAtMs));
    } else {
        json.insert(QStringLiteral("reader_location"), logon.readerLocation);
    }
    return json;
}

WindowsLogon windowsLogonFromJson(const QJsonObject& json)
{
    WindowsLogon logon;
    logon.mode = windowsLogonModeFromName(json.value(QStringLiteral("mode")).toString())
                     .value_or(WindowsLogonMode::SharedPc);
    logon.pcName = json.value(QStringLiteral("pc_name")).toString();
    logon.pairedAtMs = jsonTimeMs(json.value(QStringLiteral("paired_at")));
    logon.readerLocation = json.value(QStringLiteral("reader_location")).toString();
    logon.updatedAtMs = jsonTimeMs(json.value(QStringLiteral("updated_at")));
    return logon;
}

QJsonObject userListRowJson(const UserListRow& row)
{
    QJsonObject o = userJson(row.user);
    o.insert(QStringLiteral("groups"), QJsonArray::fromStringList(row.groups));
    o.insert(QStringLiteral("keys"), QJsonObject{{QStringLiteral("active"), row.keys.active},
                                                 {QStringLiteral("pending"), row.keys.pending}});
    return o;
}

User userFromJson(const QJsonObject& json)
{
    User user;
    user.id = json.value(QStringLiteral("id")).toInteger();
    user.displayName = json.value(QStringLiteral("display_name")).toString();
    user.email = json.value(QStringLiteral("email")).toString();
    user.upn = json.value(QStringLiteral("upn")).toString();
    user.department = json.value(QStringLiteral("department")).toString();
    user.enabled = json.value(QStringLiteral("enabled")).toBool();
    user.source = userSourceFromName(json.value(QStringLiteral("source")).toString());
    user.createdAtMs = jsonTimeMs(json.value(QStringLiteral("created_at")));
    user.updatedAtMs = jsonTimeMs(json.value(QStringLiteral("updated_at")));
    return user;
}

UserListRow userListRowFromJson(const QJsonObject& json)
{
    UserListRow row;
    row.user = userFromJson(json);
    for (const QJsonValue& name : json.value(QStringLiteral("groups")).toArray())
        row.groups << name.toString();
    const QJsonObject keys = json.value(QStringLiteral("keys")).toObject();
    row.keys.active = keys.value(QStringLiteral("active")).toInt();
    row.keys.pending = keys.value(QStringLiteral("pending")).toInt();
    return row;
}

Group groupFromJson(const QJsonObject& json)
{
    Group group;
    group.id = json.value(QStringLiteral("id")).toInteger();
    group.name = json.value(QStringLiteral("name")).toString();
    group.description = json.value(QStringLiteral("description")).toString();
    group.memberCount = json.value(QStringLiteral("members")).toInteger();
    group.createdAtMs = jsonTimeMs(json.value(QStringLiteral("created_at")));
    if (const QJsonValue policy = json.value(QStringLiteral("keyPolicy")); policy.isObject())
        group.keyPolicy = QString::fromUtf8(QJsonDocument(policy.toObject()).toJson(QJsonDocument::Compact));
    return group;
}

AuditEvent auditFromJson(const QJsonObject& json)
{
    AuditEvent event;
    event.id = json.value(QStringLiteral("id")).toInteger();
    event.atMs = jsonTimeMs(json.value(QStringLiteral("at")));
    event.actor = json.value(QStringLiteral("actor")).toString();
    event.actorUserId = json.value(QStringLiteral("actor_user_id")).toInteger();
    event.actorCredential = json.value(QStringLiteral("actor_credential")).toString();
    event.action = json.value(QStringLiteral("action")).toString();
    event.targetType = json.value(QStringLiteral("target_type")).toString();
    event.targetId = json.value(QStringLiteral("target_id")).toInteger();
    event.targetLabel = json.value(QStringLiteral("target")).toString();
    // auditJson wrote the time details as text; they are stored as milliseconds.
    event.details = json.value(QStringLiteral("details")).toObject();
    for (auto it = event.details.begin(); it != event.details.end(); ++it) {
        const QString& key = it.key();
        if (it.value().isString() &&
            (key.endsWith(QLatin1String("_at")) || key.endsWith(QLatin1String("At")))) {
            if (const qint64 ms = jsonTimeMs(it.value()); ms != 0)
                it.value() = ms;
        }
    }
    return event;
}

QJsonArray idsJson(const QList<qint64>& ids)
{
    QJsonArray out;
    for (qint64 id : ids)
        out.append(id);
    return out;
}

QList<qint64> idsFromJson(const QJsonValue& json)
{
    QList<qint64> out;
    for (const QJsonValue& id : json.toArray())
        out << id.toInteger();
    return out;
}

} // namespace keydesk
