// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "WorkflowJson.h"

#include "core/domain/OperatorJson.h"

#include <QJsonArray>

namespace keydesk {

QJsonObject workflowJson(const Workflow& w)
{
    QJsonArray groupIds;
    for (qint64 id : w.groupIds)
        groupIds.append(id);
    return {{QStringLiteral("id"), w.id},
            {QStringLiteral("name"), w.name},
            {QStringLiteral("groups"), QJsonArray::fromStringList(w.groupNames)},
            {QStringLiteral("group_ids"), groupIds},
            {QStringLiteral("key_type"), keyTypeName(w.keyType)},
            {QStringLiteral("settings"), w.settings.toJson()},
            {QStringLiteral("enabled"), w.enabled}};
}

QJsonObject workflowRunJson(const WorkflowRun& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("trigger"), r.trigger},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("started_at"), jsonTime(r.startedAtMs)},
            {QStringLiteral("finished_at"), jsonOptionalTime(r.finishedAtMs)},
            {QStringLiteral("users_in_scope"), r.usersInScope},
            {QStringLiteral("keys_assigned"), r.keysAssigned},
            {QStringLiteral("emails_queued"), r.emailsQueued},
            {QStringLiteral("users_skipped"), r.usersSkipped},
            {QStringLiteral("reminders_sent"), r.remindersSent},
            {QStringLiteral("links_reissued"), r.linksReissued},
            {QStringLiteral("keys_expired"), r.keysExpired},
            {QStringLiteral("error"), r.error.message()}};
}

Workflow workflowFromJson(const QJsonObject& json)
{
    Workflow w;
    w.id = json.value(QStringLiteral("id")).toInteger();
    w.name = json.value(QStringLiteral("name")).toString();
    for (const QJsonValue& name : json.value(QStringLiteral("groups")).toArray())
        w.groupNames << name.toString();
    for (const QJsonValue& id : json.value(QStringLiteral("group_ids")).toArray())
        w.groupIds << id.toInteger();
    w.keyType =
        keyTypeFromName(json.value(QStringLiteral("key_type")).toString()).value_or(KeyType::Smartphone);
    Error ignored;
    w.settings = WorkflowSettings::fromJson(json.value(QStringLiteral("settings")).toObject(), &ignored)
                     .value_or(WorkflowSettings{});
    w.enabled = json.value(QStringLiteral("enabled")).toBool();
    return w;
}

WorkflowRun workflowRunFromJson(const QJsonObject& json)
{
    WorkflowRun r;
    r.id = json.value(QStringLiteral("id")).toInteger();
    r.trigger = json.value(QStringLiteral("trigger")).toString();
    r.status = json.value(QStringLiteral("status")).toString();
    r.startedAtMs = jsonTimeMs(json.value(QStringLiteral("started_at")));
    r.finishedAtMs = jsonOptionalTimeMs(json.value(QStringLiteral("finished_at")));
    r.usersInScope = json.value(QStringLiteral("users_in_scope")).toInteger();
    r.keysAssigned = json.value(QStringLiteral("keys_assigned")).toInteger();
    r.emailsQueued = json.value(QStringLiteral("emails_queued")).toInteger();
    r.usersSkipped = json.value(QStringLiteral("users_skipped")).toInteger();
    r.remindersSent = json.value(QStringLiteral("reminders_sent")).toInteger();
    r.linksReissued = json.value(QStringLiteral("links_reissued")).toInteger();
    r.keysExpired = json.value(QStringLiteral("keys_expired")).toInteger();
    if (const QString error = json.value(QStringLiteral("error")).toString(); !error.isEmpty())
        r.error = Error::text(error);
    return r;
}

} // namespace keydesk
