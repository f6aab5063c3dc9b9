// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "DirectorySourceJson.h"

#include "OperatorJson.h"

namespace keydesk {

namespace {

// The run's counts by their JSON names.
QList<std::pair<const char*, qint64 DirectoryRun::*>> runCounts()
{
    return {{"entries_read", &DirectoryRun::entriesRead},
            {"users_created", &DirectoryRun::usersCreated},
            {"users_updated", &DirectoryRun::usersUpdated},
            {"users_disabled", &DirectoryRun::usersDisabled},
            {"users_enabled", &DirectoryRun::usersEnabled},
            {"users_removed", &DirectoryRun::usersRemoved},
            {"memberships_added", &DirectoryRun::membershipsAdded},
            {"memberships_removed", &DirectoryRun::membershipsRemoved},
            {"keys_withdrawn", &DirectoryRun::keysWithdrawn},
            {"entry_errors", &DirectoryRun::entryErrors}};
}

} // namespace

QJsonObject directorySourceJson(const DirectorySource& source)
{
    QJsonObject json{{QStringLiteral("id"), source.id},
                     {QStringLiteral("name"), source.name},
                     {QStringLiteral("kind"), directoryKindName(source.kind)},
                     {QStringLiteral("on_leave"), leaverActionName(source.onLeave)},
                     {QStringLiteral("watermark"), source.watermark},
                     {QStringLiteral("last_full_at"),
                      source.lastFullAtMs ? QJsonValue(jsonTime(*source.lastFullAtMs)) : QJsonValue()},
                     {QStringLiteral("created_at"), jsonTime(source.createdAtMs)}};
    if (source.kind == DirectoryKind::Ldap)
        json.insert(QStringLiteral("config"), source.ldap.toJson());
    else
        json.insert(QStringLiteral("has_token"), source.hasToken);
    return json;
}

DirectorySource directorySourceFromJson(const QJsonObject& json)
{
    DirectorySource source;
    source.id = json.value(QStringLiteral("id")).toInteger();
    source.name = json.value(QStringLiteral("name")).toString();
    source.kind =
        directoryKindFromName(json.value(QStringLiteral("kind")).toString()).value_or(DirectoryKind::Ldap);
    source.onLeave = leaverActionFromName(json.value(QStringLiteral("on_leave")).toString())
                         .value_or(LeaverAction::Suspend);
    source.watermark = json.value(QStringLiteral("watermark")).toString();
    if (const QJsonValue last = json.value(QStringLiteral("last_full_at")); last.isString())
        source.lastFullAtMs = jsonTimeMs(last);
    source.createdAtMs = jsonTimeMs(json.value(QStringLiteral("created_at")));
    source.hasToken = json.value(QStringLiteral("has_token")).toBool();
    if (auto config = LdapSourceConfig::fromJson(json.value(QStringLiteral("config")).toObject()))
        source.ldap = config.value();
    return source;
}

QJsonObject directoryRunJson(const DirectoryRun& run)
{
    QJsonObject json{
        {QStringLiteral("id"), run.id},
        {QStringLiteral("source_id"), run.sourceId},
        {QStringLiteral("mode"), syncModeName(run.mode)},
        {QStringLiteral("dry_run"), run.dryRun},
        {QStringLiteral("status"), run.failed ? QStringLiteral("failed") : QStringLiteral("completed")},
        {QStringLiteral("error"), run.error},
        {QStringLiteral("started_at"), jsonTime(run.startedAtMs)},
        {QStringLiteral("finished_at"), jsonTime(run.finishedAtMs)}};
    for (const auto& [name, field] : runCounts())
        json.insert(QLatin1String(name), run.*field);
    return json;
}

DirectoryRun directoryRunFromJson(const QJsonObject& json)
{
    DirectoryRun run;
    run.id = json.value(QStringLiteral("id")).toInteger();
    run.sourceId = json.value(QStringLiteral("source_id")).toInteger();
    run.mode = json.value(QStringLiteral("mode")).toString() == QLatin1String("incremental")
                   ? SyncMode::Incremental
                   : SyncMode::Full;
    run.dryRun = json.value(QStringLiteral("dry_run")).toBool();
    run.failed = json.value(QStringLiteral("status")).toString() == QLatin1String("failed");
    run.error = json.value(QStringLiteral("error")).toString();
    run.startedAtMs = jsonTimeMs(json.value(QStringLiteral("started_at")));
    run.finishedAtMs = jsonTimeMs(json.value(QStringLiteral("finished_at")));
    for (const auto& [name, field] : runCounts())
        run.*field = json.value(QLatin1String(name)).toInteger();
    return run;
}

} // namespace keydesk
