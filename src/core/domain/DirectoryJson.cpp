// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "DirectoryJson.h"

#include "OperatorJson.h"

#include <QJsonArray>

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
            {QStringLiteral("created_at"), jsonTime(group.createdAtMs)}};
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

QJsonObject userListRowJson(const UserListRow& row)
{
    QJsonObject o = userJson(row.user);
    o.insert(QStringLiteral("groups"), QJsonArray::fromStringList(row.groups));
    o.insert(QStringLiteral("keys"), QJsonObject{{QStringLiteral("active"), row.keys.active},
                                                 {QStringLiteral("pending"), row.keys.pending}});
    return o;
}

} // namespace keydesk
