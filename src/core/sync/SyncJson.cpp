// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "SyncJson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace keydesk {

namespace {

struct Refusal
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(SyncJson)
};

Error badAnswer(const char* what)
{
    return Refusal::tr("the server's answer has no valid %1").arg(QString::fromLatin1(what));
}

QJsonObject rowsJson(const SyncedRows& rows)
{
    QJsonObject json{{QStringLiteral("table"), rows.table},
                     {QStringLiteral("columns"), QJsonArray::fromStringList(rows.columns)},
                     {QStringLiteral("rows"), rows.rows}};
    if (!rows.deleted.isEmpty())
        json.insert(QStringLiteral("deleted"), rows.deleted);
    return json;
}

std::optional<SyncedRows> rowsFromJson(const QJsonObject& json)
{
    SyncedRows rows;
    rows.table = json.value(QStringLiteral("table")).toString();
    for (const QJsonValue& column : json.value(QStringLiteral("columns")).toArray()) {
        if (!column.isString())
            return std::nullopt;
        rows.columns << column.toString();
    }
    const QJsonValue values = json.value(QStringLiteral("rows"));
    const QJsonValue deleted = json.value(QStringLiteral("deleted"));
    if (rows.table.isEmpty() || rows.columns.isEmpty() || !values.isArray() ||
        !(deleted.isUndefined() || deleted.isArray()))
        return std::nullopt;
    rows.rows = values.toArray();
    rows.deleted = deleted.toArray();
    for (const QJsonValue& row : std::as_const(rows.rows)) {
        if (!row.isArray() || row.toArray().size() != rows.columns.size())
            return std::nullopt;
    }
    for (const QJsonValue& key : std::as_const(rows.deleted)) {
        if (!key.isArray() || key.toArray().isEmpty())
            return std::nullopt;
    }
    return rows;
}

// A whole number at least 0, or -1.
qint64 countOf(const QJsonObject& json, const QString& name)
{
    const QJsonValue value = json.value(name);
    return value.isDouble() ? value.toInteger(-1) : -1;
}

} // namespace

QJsonObject syncHeadJson(const ChangeFeed::Head& head)
{
    QJsonArray tables;
    for (const ChangeFeed::Table& table : head.tables)
        tables.append(
            QJsonObject{{QStringLiteral("name"), table.name}, {QStringLiteral("rows"), table.rows}});
    return {{QStringLiteral("epoch"), head.log.epoch},
            {QStringLiteral("through"), head.log.through},
            {QStringLiteral("pruned_through"), head.log.prunedThrough},
            {QStringLiteral("tables"), tables}};
}

Result<ChangeFeed::Head> syncHeadFromJson(const QJsonObject& json)
{
    using R = Result<ChangeFeed::Head>;
    ChangeFeed::Head head;
    head.log.epoch = json.value(QStringLiteral("epoch")).toString();
    head.log.through = countOf(json, QStringLiteral("through"));
    head.log.prunedThrough = countOf(json, QStringLiteral("pruned_through"));
    if (head.log.epoch.isEmpty())
        return R::failure(badAnswer("epoch"));
    if (head.log.through < 0 || head.log.prunedThrough < 0)
        return R::failure(badAnswer("through"));
    for (const QJsonValue& value : json.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject table = value.toObject();
        const QJsonValue rows = table.value(QStringLiteral("rows"));
        ChangeFeed::Table t{table.value(QStringLiteral("name")).toString(), rows.toInteger(-2)};
        if (t.name.isEmpty() || !rows.isDouble() || t.rows < -1) // -1: not counted
            return R::failure(badAnswer("tables"));
        head.tables.append(t);
    }
    return head;
}

QJsonObject changePageJson(const ChangePage& page)
{
    QJsonArray tables;
    for (const SyncedRows& rows : page.tables)
        tables.append(rowsJson(rows));
    return {{QStringLiteral("after"), page.after},
            {QStringLiteral("through"), page.through},
            {QStringLiteral("complete"), page.complete},
            {QStringLiteral("tables"), tables}};
}

Result<ChangePage> changePageFromJson(const QJsonObject& json)
{
    using R = Result<ChangePage>;
    ChangePage page;
    page.after = countOf(json, QStringLiteral("after"));
    page.through = countOf(json, QStringLiteral("through"));
    if (page.after < 0 || page.through < page.after)
        return R::failure(badAnswer("through"));
    const QJsonValue complete = json.value(QStringLiteral("complete"));
    if (!complete.isBool())
        return R::failure(badAnswer("complete"));
    page.complete = complete.toBool();
    for (const QJsonValue& value : json.value(QStringLiteral("tables")).toArray()) {
        auto rows = rowsFromJson(value.toObject());
        if (!rows)
            return R::failure(badAnswer("tables"));
        page.tables.append(std::move(rows).value());
    }
    return page;
}

QJsonObject tablePageJson(const TablePage& page)
{
    QJsonObject json = rowsJson(page.rows);
    json.insert(QStringLiteral("last"), page.last);
    json.insert(QStringLiteral("complete"), page.complete);
    return json;
}

Result<TablePage> tablePageFromJson(const QJsonObject& json)
{
    using R = Result<TablePage>;
    auto rows = rowsFromJson(json);
    if (!rows)
        return R::failure(badAnswer("rows"));
    const QJsonValue complete = json.value(QStringLiteral("complete"));
    const QJsonValue last = json.value(QStringLiteral("last"));
    if (!complete.isBool() || !last.isArray())
        return R::failure(badAnswer("last"));
    TablePage page{std::move(rows).value(), last.toArray(), complete.toBool()};
    if (!page.complete && page.last.isEmpty())
        return R::failure(badAnswer("last"));
    return page;
}

} // namespace keydesk
