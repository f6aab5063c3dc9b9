// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ChangeLogRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace keydesk {

namespace {

// The log holds a key in k1 and k2 (numbers) and k3 (text), in the table's logKey order.
const QStringList kLogColumns = {QStringLiteral("k1"), QStringLiteral("k2"), QStringLiteral("k3")};

QString selectList(const SyncTable& table)
{
    QStringList selected;
    for (const SyncColumn& column : table.columns)
        selected << (column.select.isEmpty() ? column.name
                                             : QStringLiteral("(%1) AS %2").arg(column.select, column.name));
    return selected.join(QStringLiteral(", "));
}

QJsonValue jsonOf(const QSqlQuery& q, int i, SyncValue type)
{
    if (q.isNull(i))
        return QJsonValue::Null;
    switch (type) {
    case SyncValue::Integer:
        return q.value(i).toLongLong();
    case SyncValue::Text:
        return q.value(i).toString();
    case SyncValue::Blob:
        return QString::fromLatin1(q.value(i).toByteArray().toBase64());
    }
    return QJsonValue::Null;
}

// One spelling of a key whether it came from the log or from a row.
QString keyText(qint64 k1, qint64 k2, const QString& k3)
{
    return QStringLiteral("%1|%2|%3").arg(k1).arg(k2).arg(k3);
}

QString rowKeyText(const SyncTable& table, const QJsonArray& row)
{
    qint64 numbers[2] = {0, 0};
    QString text;
    for (qsizetype i = 0; i < table.logKey.size(); ++i) {
        const QJsonValue value = row[table.indexOf(table.logKey[i])];
        if (i < 2)
            numbers[i] = value.toInteger();
        else
            text = value.toString();
    }
    return keyText(numbers[0], numbers[1], text);
}

} // namespace

Result<ChangeLogHead> ChangeLogRepository::head()
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT epoch, pruned_through, (SELECT max(seq) FROM change_log) AS last_seq "
                       "FROM change_log_state WHERE only_row = 1"));
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading the change log")); !s)
        return Result<ChangeLogHead>::failure(s.cause());
    ChangeLogHead head;
    if (q.next()) {
        head.epoch = q.value(QStringLiteral("epoch")).toString();
        head.prunedThrough = q.value(QStringLiteral("pruned_through")).toLongLong();
        head.through = std::max(head.prunedThrough, q.value(QStringLiteral("last_seq")).toLongLong());
    }
    q.finish();
    return head;
}

Result<QJsonArray> ChangeLogRepository::rowsOf(const SyncTable& table, QSqlQuery& query)
{
    if (Status s = m_db.exec(query, QT_TRANSLATE_NOOP("Database", "reading rows for a desk")); !s)
        return Result<QJsonArray>::failure(s.cause());
    QJsonArray rows;
    const int n = int(table.columns.size());
    while (query.next()) {
        QJsonArray row;
        for (int i = 0; i < n; ++i)
            row.append(jsonOf(query, i, table.columns[i].type));
        rows.append(row);
    }
    query.finish();
    return rows;
}

Result<ChangePage> ChangeLogRepository::changes(qint64 after, int limit,
                                                const std::function<bool(const SyncTable&)>& permitted)
{
    using R = Result<ChangePage>;
    QSqlQuery& entries = m_db.prepared(QStringLiteral(
        "SELECT seq, table_name, k1, k2, k3 FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?"));
    entries.addBindValue(after);
    entries.addBindValue(limit);
    if (Status s = m_db.exec(entries, QT_TRANSLATE_NOOP("Database", "reading the change log")); !s)
        return R::failure(s.cause());
    ChangePage page;
    page.after = after;
    page.through = after;
    int read = 0;
    // Per table, the keys its entries name (each once), in the log's order.
    QHash<QString, QList<std::pair<QString, QJsonArray>>> logged;
    QHash<QString, QSet<QString>> seen;
    while (entries.next()) {
        ++read;
        page.through = entries.value(0).toLongLong();
        const QString name = entries.value(1).toString();
        const SyncTable* table = syncTable(name);
        if (!table)
            continue;
        const qint64 k1 = entries.value(2).toLongLong();
        const qint64 k2 = entries.value(3).toLongLong();
        const QString k3 = entries.value(4).toString();
        const QString text = keyText(k1, k2, k3);
        if (seen[name].contains(text))
            continue;
        seen[name].insert(text);
        QJsonArray key{k1};
        if (table->logKey.size() > 1)
            key.append(k2);
        if (table->logKey.size() > 2)
            key.append(k3);
        logged[name].append({text, key});
    }
    entries.finish();
    page.complete = read < limit;

    for (const SyncTable& table : syncTables()) {
        if (!logged.contains(table.name) || !permitted(table))
            continue;
        QStringList on;
        for (qsizetype i = 0; i < table.logKey.size(); ++i)
            on << QStringLiteral("t.%1 = c.%2").arg(table.logKey[i], kLogColumns[i]);
        QSqlQuery& q = m_db.prepared(
            QStringLiteral("SELECT %1 FROM %2 AS t JOIN (SELECT DISTINCT k1, k2, k3 FROM change_log "
                           "WHERE seq > ? AND seq <= ? AND table_name = ?) AS c ON %3")
                .arg(selectList(table), table.name, on.join(QStringLiteral(" AND "))));
        q.addBindValue(after);
        q.addBindValue(page.through);
        q.addBindValue(table.name);
        auto rows = rowsOf(table, q);
        if (!rows)
            return R::failure(rows.cause());
        QSet<QString> present;
        for (const QJsonValue& row : rows.value())
            present.insert(rowKeyText(table, row.toArray()));
        SyncedRows synced;
        synced.table = table.name;
        for (const SyncColumn& column : table.columns)
            synced.columns << column.name;
        synced.rows = rows.value();
        for (const auto& [text, key] : logged.value(table.name)) {
            if (!present.contains(text))
                synced.deleted.append(key);
        }
        page.tables.append(synced);
    }
    return page;
}

Result<TablePage> ChangeLogRepository::page(const SyncTable& table, const QJsonArray& afterKey, int limit)
{
    using R = Result<TablePage>;
    const QString order = table.pageKey.join(QStringLiteral(", "));
    const QString where =
        afterKey.isEmpty()
            ? QString()
            : QStringLiteral(" WHERE (%1) > (%2)")
                  .arg(order,
                       QStringList(table.pageKey.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4 LIMIT ?")
                                     .arg(selectList(table), table.name, where, order));
    for (const QJsonValue& value : afterKey)
        q.addBindValue(value.isString() ? QVariant(value.toString()) : QVariant(value.toInteger()));
    q.addBindValue(limit);
    auto rows = rowsOf(table, q);
    if (!rows)
        return R::failure(rows.cause());
    TablePage page;
    page.rows.table = table.name;
    for (const SyncColumn& column : table.columns)
        page.rows.columns << column.name;
    page.rows.rows = rows.value();
    page.complete = page.rows.rows.size() < limit;
    if (!page.rows.rows.isEmpty()) {
        const QJsonArray last = page.rows.rows.last().toArray();
        for (const QString& column : table.pageKey)
            page.last.append(last[table.indexOf(column)]);
    }
    return page;
}

Result<qint64> ChangeLogRepository::count(const SyncTable& table)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT count(*) FROM %1").arg(table.name));
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "counting rows for a desk")); !s)
        return Result<qint64>::failure(s.cause());
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

Result<bool> ChangeLogRepository::needsKeeping(qint64 beforeMs)
{
    // The log moved since the last mark, or a mark old enough to prune to is past the last cut.
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT coalesce((SELECT max(seq) FROM change_log), 0) > "
        "coalesce((SELECT max(seq) FROM change_log_marks), 0) OR EXISTS (SELECT 1 FROM change_log_marks "
        "WHERE at < ? AND seq > (SELECT pruned_through FROM change_log_state WHERE only_row = 1))"));
    q.addBindValue(beforeMs);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading the change log")); !s)
        return Result<bool>::failure(s.cause());
    const bool needed = q.next() && q.value(0).toBool();
    q.finish();
    return needed;
}

Status ChangeLogRepository::mark(qint64 atMs)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("INSERT INTO change_log_marks (seq, at) SELECT last_seq, ? FROM "
                       "(SELECT max(seq) AS last_seq FROM change_log) AS l "
                       "WHERE last_seq > coalesce((SELECT max(seq) FROM change_log_marks), 0)"));
    q.addBindValue(atMs);
    return m_db.exec(q, QT_TRANSLATE_NOOP("Database", "noting how far the change log has come"));
}

Result<qint64> ChangeLogRepository::pruneBefore(qint64 beforeMs)
{
    using R = Result<qint64>;
    QSqlQuery& cut = m_db.prepared(QStringLiteral("SELECT max(seq) FROM change_log_marks WHERE at < ?"));
    cut.addBindValue(beforeMs);
    if (Status s = m_db.exec(cut, QT_TRANSLATE_NOOP("Database", "pruning the change log")); !s)
        return R::failure(s.cause());
    const qint64 through = cut.next() ? cut.value(0).toLongLong() : 0;
    cut.finish();
    if (through <= 0)
        return qint64(0);
    QSqlQuery& drop = m_db.prepared(
        QStringLiteral("DELETE FROM change_log WHERE seq <= ? AND seq < (SELECT max(seq) FROM change_log)"));
    drop.addBindValue(through);
    if (Status s = m_db.exec(drop, QT_TRANSLATE_NOOP("Database", "pruning the change log")); !s)
        return R::failure(s.cause());
    const qint64 dropped = drop.numRowsAffected();
    QSqlQuery& state =
        m_db.prepared(QStringLiteral("UPDATE change_log_state SET pruned_through = %1 WHERE only_row = 1")
                          .arg(m_db.greatest(QStringLiteral("pruned_through"), QStringLiteral("?"))));
    state.addBindValue(through);
    if (Status s = m_db.exec(state, QT_TRANSLATE_NOOP("Database", "pruning the change log")); !s)
        return R::failure(s.cause());
    QSqlQuery& marks = m_db.prepared(QStringLiteral("DELETE FROM change_log_marks WHERE seq < ?"));
    marks.addBindValue(through);
    if (Status s = m_db.exec(marks, QT_TRANSLATE_NOOP("Database", "pruning the change log")); !s)
        return R::failure(s.cause());
    return dropped;
}

} // namespace keydesk
