// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "DatabaseCopy.h"

#include "SqlDriverAccess.h"
#include "Store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(DatabaseCopy)
};

} // namespace

namespace keydesk {

namespace {

struct Table
{
    const char* name;
    const char* key;      // ORDER BY: rows in a fixed order for the checksum
    bool copied = true;   // false: kept by the target's own triggers (user_count)
    bool identity = true; // an "id" key is a generated number (false: a text handle)
    bool compared = true; // false: each database's own, neither copied nor compared (the change log)
};

// Parents before children, so that every foreign key finds its row.
const Table kTables[] = {
    {"directory_sources", "id"},
    {"users", "id"},
    {"groups", "id"},
    {"group_members", "group_id, user_id"},
    {"directory_runs", "id"},
    {"directory_run_errors", "run_id, seq"},
    {"workflows", "id"},
    {"workflow_groups", "workflow_id, group_id"},
    {"workflow_runs", "id"},
    {"workflow_run_users", "run_id, outcome, user_id"},
    {"security_keys", "id"},
    {"activations", "id"},
    {"verifications", "id"},
    {"windows_logons", "user_id"},
    {"operators", "user_id"},
    {"operator_sessions", "id", true, false},
    {"api_tokens", "id", true, false},
    {"operator_sign_ins", "id"},
    {"import_uploads", "id", true, false},
    {"import_upload_parts", "upload_id, part", true, false},
    {"outbox", "id"},
    {"audit_events", "id"},
    {"lookup_failures", "subject, failed_at"},
    {"settings", "key"},
    {"user_count", "only_row", false},
    // The target's own: its triggers log the copied rows, and its epoch tells desks to start again.
    {"change_log", "seq", false, true, false},
    {"change_log_marks", "seq", false, true, false},
    {"change_log_state", "only_row", false, true, false},
};

// A column that refers to its own table is filled in a second pass, once every row exists.
constexpr auto kSelfReference = "superseded_by";
constexpr qsizetype kRowsPerInsert = 200;

// The table's columns, in the order this engine's schema has them.
Result<QStringList> columnsOf(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table)))
        return Result<QStringList>::failure(Error::text(sqlError(q.lastError())));
    QStringList columns;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    return columns;
}

// One value as the checksum sees it: the same bytes whichever engine and driver type returned it.
void addValue(QCryptographicHash& hash, const QVariant& value)
{
    if (value.isNull()) {
        hash.addData(QByteArrayView("\x01N", 2));
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::QByteArray:
        hash.addData(QByteArrayView("\x01"
                                    "B",
                                    2));
        hash.addData(value.toByteArray().toHex());
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        hash.addData(QByteArrayView("\x01I", 2));
        hash.addData(QByteArray::number(value.toLongLong()));
        break;
    default:
        hash.addData(QByteArrayView("\x01T", 2));
        hash.addData(value.toString().toUtf8());
        break;
    }
}

Result<TableSummary> summarizeTable(Database& db, const Table& table, const QStringList& columns)
{
    using R = Result<TableSummary>;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                    .arg(columns.join(QStringLiteral(", ")), QLatin1String(table.name),
                         QLatin1String(table.key))))
        return R::failure(Text::tr("reading %1: %2").arg(QLatin1String(table.name), sqlError(q.lastError())));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    TableSummary summary{QLatin1String(table.name), 0, {}};
    while (q.next()) {
        for (int i = 0; i < columns.size(); ++i)
            addValue(hash, q.value(i));
        hash.addData(QByteArrayView("\x02", 1));
        ++summary.rows;
    }
    summary.checksum = QString::fromLatin1(hash.result().toHex());
    return summary;
}

Status refuseUnlessEmpty(Database& to)
{
    QStringList holding;
    for (const Table& table : kTables) {
        if (!table.copied)
            continue;
        // A target that was migrated, or opened once, knows its own code key's fingerprint: no
        // data, and the desk's own fingerprint takes its place (DatabaseTransfer checks the file).
        const QString unused =
            QLatin1String(table.name) == QLatin1String("settings")
                ? QStringLiteral(" WHERE key <> '%1'").arg(Store::codeKeyFingerprintSetting())
                : QString();
        QSqlQuery q(to.connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table.name)) + unused) ||
            !q.next())
            return Status::failure(
                Text::tr("reading %1: %2").arg(QLatin1String(table.name), sqlError(q.lastError())));
        if (const qint64 n = q.value(0).toLongLong(); n > 0)
            holding << QStringLiteral("%1 %2").arg(n).arg(QLatin1String(table.name));
    }
    if (!holding.isEmpty())
        return Status::failure(Text::tr("'%1' already holds data (%2); a copy goes only into an empty "
                                        "database, and nothing was copied")
                                   .arg(to.path(), holding.join(QStringLiteral(", "))));
    return {};
}

Status copyTable(Database& from, Database& to, const Table& table, const QStringList& columns,
                 const DatabaseCopy::Progress& progress)
{
    const QString name = QLatin1String(table.name);
    const qsizetype selfReference = columns.indexOf(QLatin1String(kSelfReference));
    QSqlQuery read(from.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                       .arg(columns.join(QStringLiteral(", ")), name, QLatin1String(table.key))))
        return Status::failure(Text::tr("reading %1: %2").arg(name, sqlError(read.lastError())));
    const QString tuple =
        u'(' + QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")) + u')';
    const auto insert = [&](const QList<QVariantList>& rows) -> Status {
        if (rows.isEmpty())
            return {};
        QSqlQuery& q = to.prepared(
            QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(name, columns.join(QStringLiteral(", "))) +
            QStringList(rows.size(), tuple).join(QStringLiteral(", ")));
        for (const QVariantList& row : rows) {
            for (const QVariant& value : row)
                q.addBindValue(value);
        }
        return to.exec(q, QT_TRANSLATE_NOOP("Database", "copying rows"));
    };
    QList<QVariantList> batch;
    QList<std::pair<QVariant, QVariant>> laterReferences; // (id, superseded_by)
    const qsizetype idColumn = columns.indexOf(QLatin1String("id"));
    qint64 copied = 0;
    while (read.next()) {
        QVariantList row;
        row.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i) {
            QVariant value = read.value(i);
            // SQLite hands an empty BLOB (an erased email) back as a null QByteArray, which Qt
            // would bind as NULL; it is an empty value.
            if (value.metaType().id() == QMetaType::QByteArray && !read.isNull(i) &&
                value.toByteArray().isNull())
                value = QByteArray("");
            row << value;
        }
        if (selfReference >= 0 && !row[selfReference].isNull()) {
            laterReferences.append({row[idColumn], row[selfReference]});
            row[selfReference] = QVariant(QMetaType::fromType<qlonglong>());
        }
        batch << row;
        if (batch.size() == kRowsPerInsert) {
            if (Status s = insert(batch); !s)
                return s;
            copied += batch.size();
            batch.clear();
            if (progress && copied % 10'000 == 0)
                progress(name, copied);
        }
    }
    if (Status s = insert(batch); !s)
        return s;
    for (const auto& [id, reference] : laterReferences) {
        QSqlQuery& q = to.prepared(
            QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(name, QLatin1String(kSelfReference)));
        q.addBindValue(reference);
        q.addBindValue(id);
        if (Status s = to.exec(q, QT_TRANSLATE_NOOP("Database", "copying rows")); !s)
            return s;
    }
    if (QLatin1String(table.key) == QLatin1String("id") && table.identity) {
        // New rows continue after the copied ids, as SQLite's would.
        QSqlQuery q(to.connection());
        if (!q.exec(
                QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), max(id)) FROM %1 HAVING "
                               "count(*) > 0")
                    .arg(name)))
            return Status::failure(Text::tr("reading %1: %2").arg(name, sqlError(q.lastError())));
    }
    if (progress)
        progress(name, copied + batch.size());
    return {};
}

} // namespace

Result<QList<TableSummary>> DatabaseCopy::summarize(Database& db)
{
    using R = Result<QList<TableSummary>>;
    QList<TableSummary> summaries;
    for (const Table& table : kTables) {
        if (!table.compared)
            continue;
        auto columns = columnsOf(db, QLatin1String(table.name));
        if (!columns)
            return R::failure(columns.cause());
        // Both sides sum up the same columns, in one order whatever order the tables have them in.
        QStringList summed = columns.value();
        summed.sort();
        auto summary = summarizeTable(db, table, summed);
        if (!summary)
            return R::failure(summary.cause());
        summaries << summary.value();
    }
    return summaries;
}

Result<QList<TableSummary>> DatabaseCopy::copy(Database& from, Database& to, const Progress& progress)
{
    using R = Result<QList<TableSummary>>;
    if (from.engine() != SqlEngine::SQLite || to.engine() != SqlEngine::PostgreSQL)
        return R::failure(Text::tr("a copy goes from an SQLite file to a PostgreSQL database"));
    if (from.schemaVersion() != to.schemaVersion())
        return R::failure(
            Text::tr("'%1' is at schema version %2 and '%3' at %4; open both with this KeyDesk first")
                .arg(from.path())
                .arg(from.schemaVersion())
                .arg(to.path())
                .arg(to.schemaVersion()));
    Transaction tx(to);
    if (!tx.status())
        return R::failure(tx.status().cause());
    if (Status s = refuseUnlessEmpty(to); !s)
        return R::failure(s.cause());
    // The source is read in one transaction too: a desk writing meanwhile cannot tear the copy.
    Transaction reading(from);
    if (!reading.status())
        return R::failure(reading.status().cause());
    if (Status s = to.execRaw(
            QStringLiteral("DELETE FROM settings WHERE key = '%1'").arg(Store::codeKeyFingerprintSetting()));
        !s)
        return R::failure(s.cause());
    for (const Table& table : kTables) {
        if (!table.copied)
            continue;
        auto columns = columnsOf(from, QLatin1String(table.name));
        if (!columns)
            return R::failure(columns.cause());
        if (Status s = copyTable(from, to, table, columns.value(), progress); !s)
            return R::failure(s.cause());
    }
    auto source = summarize(from);
    auto target = summarize(to);
    if (!source || !target)
        return R::failure(source ? target.cause() : source.cause());
    for (qsizetype i = 0; i < source->size(); ++i) {
        const TableSummary& a = source.value()[i];
        const TableSummary& b = target.value()[i];
        if (a != b)
            return R::failure(
                Text::tr("the copy of %1 does not match (%2 rows, checksum %3; the source has %4 "
                         "rows, checksum %5); nothing was copied")
                    .arg(a.table)
                    .arg(b.rows)
                    .arg(b.checksum.left(12))
                    .arg(a.rows)
                    .arg(a.checksum.left(12)));
    }
    if (Status s = tx.commit(); !s)
        return R::failure(s.cause());
    return source;
}

} // namespace keydesk
