// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "CacheRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <limits>

namespace keydesk {

namespace {

struct Refusal
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(CacheRepository)
};

// Rows per INSERT: SQLite 3.40's FTS5 flushes its pending index at every statement, so users'
// rows go in many at a time (as the import's do).
constexpr qsizetype kRowsPerStatement = 200;

// The value as the cache binds it, or nullopt when it is not of the column's type.
std::optional<QVariant> boundValue(const QJsonValue& value, SyncValue type)
{
    switch (type) {
    case SyncValue::Integer: {
        if (value.isNull())
            return QVariant(QMetaType::fromType<qlonglong>());
        // Not a whole number that fits: the smallest qint64, which no column holds.
        constexpr qint64 notWhole = std::numeric_limits<qint64>::min();
        const qint64 number = value.toInteger(notWhole);
        if (!value.isDouble() || number == notWhole)
            return std::nullopt;
        return QVariant(number);
    }
    case SyncValue::Text:
        if (value.isNull())
            return QVariant(QMetaType::fromType<QString>());
        if (!value.isString())
            return std::nullopt;
        return QVariant(sqlText(value.toString()));
    case SyncValue::Blob: {
        if (value.isNull())
            return QVariant(QMetaType::fromType<QByteArray>());
        if (!value.isString())
            return std::nullopt;
        auto bytes = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                    QByteArray::AbortOnBase64DecodingErrors);
        if (!bytes)
            return std::nullopt;
        // An empty value is a BLOB of no bytes, not NULL.
        return QVariant(bytes.decoded.isNull() ? QByteArray("") : bytes.decoded);
    }
    }
    return std::nullopt;
}

Error badValue(const SyncTable& table, const SyncColumn& column)
{
    return Refusal::tr("the server sent a value of %1.%2 that is not of its type")
        .arg(table.name, column.name);
}

// "(?, ?, randomblob(32))": one row's values.
QString rowValues(const SyncTable& table)
{
    QStringList values;
    for (const SyncColumn& column : table.columns)
        values << (column.store.isEmpty() ? QStringLiteral("?") : column.store);
    for (const auto& madeUp : table.madeUp)
        values << madeUp.second;
    return u'(' + values.join(QStringLiteral(", ")) + u')';
}

QString upsertSql(const SyncTable& table, qsizetype rows)
{
    QStringList columns;
    QStringList updates;
    for (const SyncColumn& column : table.columns) {
        columns << column.name;
        if (!table.pageKey.contains(column.name))
            updates << QStringLiteral("%1 = excluded.%1").arg(column.name);
    }
    for (const auto& madeUp : table.madeUp)
        columns << madeUp.first;
    const QString onConflict = table.appendOnly || updates.isEmpty()
                                   ? QStringLiteral("DO NOTHING")
                                   : QStringLiteral("DO UPDATE SET ") + updates.join(QStringLiteral(", "));
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3 ON CONFLICT (%4) %5")
        .arg(table.name, columns.join(QStringLiteral(", ")),
             QStringList(rows, rowValues(table)).join(QStringLiteral(", ")),
             table.pageKey.join(QStringLiteral(", ")), onConflict);
}

// Binds one row's values in `columns` order; false when one is not of its type.
Status bindRow(QSqlQuery& q, const SyncTable& table, const QJsonArray& row)
{
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        auto value = boundValue(row[i], table.columns[i].type);
        if (!value)
            return Status::failure(badValue(table, table.columns[i]));
        q.addBindValue(*value);
    }
    return {};
}

} // namespace

Status CacheRepository::prepare()
{
    if (Status s = m_db.execRaw(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS cache_state (only_row INTEGER PRIMARY KEY CHECK (only_row = 1), "
            "state TEXT NOT NULL CHECK (json_valid(state)))"));
        !s)
        return s;
    // What is written here comes from the server's log; a log of the cache's own would only grow.
    for (const SyncTable& table : syncTables()) {
        for (const char* change : {"insert", "update", "delete"}) {
            if (Status s = m_db.execRaw(QStringLiteral("DROP TRIGGER IF EXISTS %1_logged_%2")
                                            .arg(table.name, QLatin1String(change)));
                !s)
                return s;
        }
    }
    // A cache lost to a power cut is filled again; WAL keeps it whole without a sync per commit.
    if (Status s = m_db.execRaw(QStringLiteral("PRAGMA synchronous = NORMAL")); !s)
        return s;
    return m_db.execRaw(QStringLiteral("PRAGMA foreign_keys = OFF"));
}

Result<std::optional<CacheState>> CacheRepository::state()
{
    using R = Result<std::optional<CacheState>>;
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT state FROM cache_state WHERE only_row = 1"));
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading the cache's state")); !s)
        return R::failure(s.cause());
    if (!q.next()) {
        q.finish();
        return std::optional<CacheState>();
    }
    const QJsonObject json = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    q.finish();
    CacheState state;
    state.server = json.value(QStringLiteral("server")).toString();
    state.operatorName = json.value(QStringLiteral("operator")).toString();
    state.epoch = json.value(QStringLiteral("epoch")).toString();
    for (const QJsonValue& table : json.value(QStringLiteral("tables")).toArray())
        state.tables << table.toString();
    state.through = json.value(QStringLiteral("through")).toInteger();
    state.copying = json.value(QStringLiteral("copying")).toBool();
    state.copyTable = json.value(QStringLiteral("copy_table")).toString();
    state.copyAfter = json.value(QStringLiteral("copy_after")).toArray();
    state.copiedRows = json.value(QStringLiteral("copied_rows")).toInteger();
    state.syncedAtMs = json.value(QStringLiteral("synced_at")).toInteger();
    return std::optional(state);
}

Status CacheRepository::saveState(const CacheState& state)
{
    QJsonObject json;
    json.insert(QStringLiteral("server"), state.server);
    json.insert(QStringLiteral("operator"), state.operatorName);
    json.insert(QStringLiteral("epoch"), state.epoch);
    json.insert(QStringLiteral("tables"), QJsonArray::fromStringList(state.tables));
    json.insert(QStringLiteral("through"), state.through);
    json.insert(QStringLiteral("copying"), state.copying);
    json.insert(QStringLiteral("copy_table"), state.copyTable);
    json.insert(QStringLiteral("copy_after"), state.copyAfter);
    json.insert(QStringLiteral("copied_rows"), state.copiedRows);
    json.insert(QStringLiteral("synced_at"), state.syncedAtMs);
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO cache_state (only_row, state) VALUES (1, ?) ON CONFLICT (only_row) DO UPDATE SET "
        "state = excluded.state"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    return m_db.exec(q, QT_TRANSLATE_NOOP("Database", "keeping the cache's state"));
}

Status CacheRepository::store(const SyncTable& table, const SyncedRows& rows)
{
    QStringList expected;
    for (const SyncColumn& column : table.columns)
        expected << column.name;
    if (rows.columns != expected)
        return Status::failure(Refusal::tr("the server sent %1 with the columns %2; this desk keeps %3")
                                   .arg(table.name, rows.columns.join(QStringLiteral(", ")),
                                        expected.join(QStringLiteral(", "))));
    for (const QJsonValue& key : rows.deleted) {
        if (Status s = remove(table, key.toArray()); !s)
            return s;
    }
    const qsizetype perStatement = std::min(kRowsPerStatement, qsizetype(30'000) / table.columns.size());
    for (qsizetype from = 0; from < rows.rows.size(); from += perStatement) {
        const qsizetype count = std::min(perStatement, rows.rows.size() - from);
        if (Status s = upsert(table, rows.rows, from, count); !s)
            return s;
    }
    return {};
}

Status CacheRepository::upsert(const SyncTable& table, const QJsonArray& rows, qsizetype from,
                               qsizetype count)
{
    QSqlQuery& q = m_db.prepared(upsertSql(table, count));
    for (qsizetype i = from; i < from + count; ++i) {
        if (Status s = bindRow(q, table, rows[i].toArray()); !s)
            return s;
    }
    const Status stored = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "storing rows from the server"));
    if (stored || stored.cause().code() != ErrorCode::DuplicateRow || table.inTheWay.isEmpty())
        return stored;
    // A row in the way: one at a time, moving it aside.
    for (qsizetype i = from; i < from + count; ++i) {
        if (Status s = upsertOne(table, rows[i].toArray()); !s)
            return s;
    }
    return {};
}

Status CacheRepository::upsertOne(const SyncTable& table, const QJsonArray& row)
{
    QSqlQuery& q = m_db.prepared(upsertSql(table, 1));
    if (Status s = bindRow(q, table, row); !s)
        return s;
    const Status stored = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "storing rows from the server"));
    if (stored || stored.cause().code() != ErrorCode::DuplicateRow)
        return stored;
    QSqlQuery& aside = m_db.prepared(table.inTheWay);
    static const QRegularExpression named(QStringLiteral(":(\\w+)"));
    for (auto match = named.globalMatch(table.inTheWay); match.hasNext();) {
        const QString name = match.next().captured(1);
        const qsizetype i = table.indexOf(name);
        aside.bindValue(u':' + name, boundValue(row[i], table.columns[i].type).value_or(QVariant()));
    }
    if (Status s = m_db.exec(aside, QT_TRANSLATE_NOOP("Database", "storing rows from the server")); !s)
        return s;
    if (Status s = bindRow(q, table, row); !s)
        return s;
    return m_db.exec(q, QT_TRANSLATE_NOOP("Database", "storing rows from the server"));
}

Status CacheRepository::remove(const SyncTable& table, const QJsonArray& key)
{
    if (key.size() != table.logKey.size())
        return Status::failure(
            Refusal::tr("the server sent a deleted key of %1 that is not one").arg(table.name));
    QStringList where;
    for (const QString& column : table.logKey)
        where << column + QStringLiteral(" = ?");
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("DELETE FROM %1 WHERE %2").arg(table.name, where.join(QStringLiteral(" AND "))));
    for (qsizetype i = 0; i < key.size(); ++i) {
        const SyncColumn& column = table.columns[table.indexOf(table.logKey[i])];
        auto value = boundValue(key[i], column.type);
        if (!value || key[i].isNull())
            return Status::failure(badValue(table, column));
        q.addBindValue(*value);
    }
    return m_db.exec(q, QT_TRANSLATE_NOOP("Database", "deleting rows the server deleted"));
}

} // namespace keydesk
