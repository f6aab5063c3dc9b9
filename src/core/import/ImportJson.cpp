// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ImportJson.h"

#include "ImportUploadService.h"
#include "core/domain/OperatorJson.h"

#include <QJsonArray>

namespace keydesk {

namespace {

QStringList textsOf(const QJsonValue& value)
{
    QStringList texts;
    for (const QJsonValue& item : value.toArray())
        texts << item.toString();
    return texts;
}

} // namespace

QJsonObject importSummaryJson(const UserImportSummary& s)
{
    QJsonArray changes;
    for (const UserImportChange& c : s.changes)
        changes.append(QJsonObject{{QStringLiteral("line"), c.line},
                                   {QStringLiteral("email"), c.email},
                                   {QStringLiteral("action"), c.action},
                                   {QStringLiteral("details"), QJsonArray::fromStringList(c.details)}});
    return {{QStringLiteral("dry_run"), s.dryRun},
            {QStringLiteral("rows"), s.rows},
            {QStringLiteral("created"), s.created},
            {QStringLiteral("updated"), s.updated},
            {QStringLiteral("unchanged"), s.unchanged},
            {QStringLiteral("memberships_added"), s.membershipsAdded},
            {QStringLiteral("groups_created"), QJsonArray::fromStringList(s.groupsCreated)},
            {QStringLiteral("changes"), changes}};
}

UserImportSummary importSummaryFromJson(const QJsonObject& json)
{
    UserImportSummary s;
    s.dryRun = json.value(QStringLiteral("dry_run")).toBool();
    s.rows = json.value(QStringLiteral("rows")).toInteger();
    s.created = json.value(QStringLiteral("created")).toInteger();
    s.updated = json.value(QStringLiteral("updated")).toInteger();
    s.unchanged = json.value(QStringLiteral("unchanged")).toInteger();
    s.membershipsAdded = json.value(QStringLiteral("memberships_added")).toInteger();
    s.groupsCreated = textsOf(json.value(QStringLiteral("groups_created")));
    for (const QJsonValue& item : json.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject c = item.toObject();
        s.changes.append(
            {int(c.value(QStringLiteral("line")).toInteger()), c.value(QStringLiteral("email")).toString(),
             c.value(QStringLiteral("action")).toString(), textsOf(c.value(QStringLiteral("details")))});
    }
    return s;
}

QJsonObject importUploadJson(const ImportUpload& upload)
{
    return {{QStringLiteral("id"), upload.id},
            {QStringLiteral("name"), upload.name},
            {QStringLiteral("size"), upload.size},
            {QStringLiteral("sha256"), QString::fromLatin1(upload.sha256.toHex())},
            {QStringLiteral("part_bytes"), ImportUploadService::kPartBytes},
            {QStringLiteral("parts"), ImportUploadService::partCount(upload.size)},
            {QStringLiteral("expires_at"), jsonTime(upload.createdAtMs + ImportUploadService::kKeptMs)}};
}

} // namespace keydesk
