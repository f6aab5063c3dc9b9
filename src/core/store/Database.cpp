// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "Database.h"

#include "SqlDriverAccess.h"

#include <QAtomicInteger>
#include <QCoreApplication>

#include <libpq-fe.h>
#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStore, "keydesk.store", QtWarningMsg)

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(Database)
};

} // namespace

namespace keydesk {

namespace {

// Every instance's write transactions queue on this lock, as SQLite's writers do on its file lock.
const QString kPostgresWriteLock = QStringLiteral("SELECT pg_advisory_xact_lock(%1, %2)")
                                       .arg(kAdvisoryLockSpace)
                                       .arg(int(AdvisoryLock::Writer));

} // namespace

Database::~Database()
{
    m_statements.clear();
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("keydesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

Result<std::unique_ptr<Database>> Database::open(const QString& pathOrUrl, const DatabaseOptions& options)
{
    auto location = DatabaseLocation::parse(pathOrUrl);
    if (!location)
        return Result<std::unique_ptr<Database>>::failure(location.cause());
    if (location->engine == SqlEngine::PostgreSQL)
        return openPostgres(std::move(location).value(), options);
    return openSqlite(std::move(location).value(), options);
}

Status Database::runScript(const QByteArray& sql)
{
    if (engine() == SqlEngine::PostgreSQL) {
        PGconn* handle = nativeHandle<PGconn>(connection(), "pg_conn*");
        if (!handle)
            return Status::failure(Text::tr("the PostgreSQL connection handle is not available"));
        PGresult* result = PQexec(handle, sql.constData());
        const ExecStatusType status = PQresultStatus(result);
        // The primary message alone, as sqlError() keeps of Qt's reports.
        const char* primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
        const QString message = QString::fromUtf8(primary ? primary : PQresultErrorMessage(result)).trimmed();
        PQclear(result);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            return Status::failure(Error::text(message));
        return {};
    }
    sqlite3* handle = nativeHandle<sqlite3>(connection(), "sqlite3*");
    if (!handle)
        return Status::failure(Text::tr("the SQLite handle is not available"));
    char* message = nullptr;
    if (sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(handle));
        sqlite3_free(message);
        return Status::failure(Error::text(text));
    }
    return {};
}

bool Database::isDuplicateRow(const QSqlError& error) const
{
    // PostgreSQL reports SQLSTATE; SQLite its extended result codes (on since open()).
    if (engine() == SqlEngine::PostgreSQL)
        return error.nativeErrorCode() == QLatin1String("23505"); // unique_violation
    const int native = error.nativeErrorCode().toInt();
    return native == SQLITE_CONSTRAINT_UNIQUE || native == SQLITE_CONSTRAINT_PRIMARYKEY;
}

QSqlQuery& Database::prepared(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(connection());
        if (!q.prepare(sql))
            qFatal("KeyDesk bug: cannot prepare %s: %s", qPrintable(sql),
                   qPrintable(sqlError(q.lastError())));
        it = m_statements.insert(sql, q);
    }
    return *it;
}

Status Database::exec(QSqlQuery& query, const char* what)
{
    if (query.exec())
        return {};
    const QSqlError error = query.lastError();
    const QString detail = sqlError(error);
    qCWarning(lcStore).noquote() << what << ':' << detail; // the log stays in English
    return Status::failure(Error(isDuplicateRow(error) ? ErrorCode::DuplicateRow : ErrorCode::StorageFailed,
                                 {QString::fromLatin1(what), detail}));
}

Status Database::execRaw(const QString& sql)
{
    QSqlQuery q(connection());
    if (q.exec(sql))
        return {};
    return Status::failure(Error::text(QStringLiteral("%1: %2").arg(sql, sqlError(q.lastError()))));
}

QString Database::listAggregate(const QString& value, const QString& fromWhere, const QString& orderBy,
                                int separator) const
{
    // SQLite 3.40 has no ORDER BY inside an aggregate: it concatenates an ordered subquery's rows.
    if (engine() == SqlEngine::SQLite)
        return QStringLiteral(
                   "(SELECT group_concat(listed, char(%1)) FROM (SELECT %2 AS listed %3 ORDER BY %4))")
            .arg(separator)
            .arg(value, fromWhere, orderBy);
    return QStringLiteral("(SELECT string_agg((%2)::text, chr(%1) ORDER BY %4) %3)")
        .arg(separator)
        .arg(value, fromWhere, orderBy);
}

QString Database::emptyBlob() const
{
    return engine() == SqlEngine::SQLite ? QStringLiteral("X''") : QStringLiteral("''::bytea");
}

QString Database::greatest(const QString& a, const QString& b) const
{
    return (engine() == SqlEngine::SQLite ? QStringLiteral("max(%1, %2)")
                                          : QStringLiteral("greatest(%1, %2)"))
        .arg(a, b);
}

QString Database::joinInThisOrder() const
{
    return engine() == SqlEngine::SQLite ? QStringLiteral("CROSS JOIN") : QStringLiteral("JOIN");
}

Status Database::begin()
{
    if (m_depth > 0) {
        const Status s = execRaw(QStringLiteral("SAVEPOINT level%1").arg(m_depth));
        if (s)
            ++m_depth;
        return s;
    }
    if (engine() == SqlEngine::SQLite) {
        const Status s = execRaw(QStringLiteral("BEGIN IMMEDIATE"));
        if (s)
            ++m_depth;
        return s;
    }
    if (Status s = execRaw(QStringLiteral("BEGIN")); !s)
        return s;
    if (Status s = execRaw(kPostgresWriteLock); !s) {
        abandon(QStringLiteral("ROLLBACK"));
        return s;
    }
    ++m_depth;
    return {};
}

Result<bool> Database::beginSnapshot()
{
    if (m_depth > 0)
        return false;
    const Status s = execRaw(engine() == SqlEngine::SQLite
                                 ? QStringLiteral("BEGIN")
                                 : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    if (!s)
        return Result<bool>::failure(s.cause());
    m_depth = 1;
    return true;
}

void Database::endSnapshot()
{
    Q_ASSERT(m_depth == 1);
    m_depth = 0;
    // Nothing was written; ending it cannot lose anything, so a failure is only logged.
    abandon(QStringLiteral("COMMIT"));
}

Status Database::commit()
{
    Q_ASSERT(m_depth > 0);
    --m_depth;
    if (m_depth > 0)
        return execRaw(QStringLiteral("RELEASE level%1").arg(m_depth));
    const Status s = execRaw(QStringLiteral("COMMIT"));
    if (!s)
        abandon(QStringLiteral("ROLLBACK"));
    return s;
}

void Database::rollback()
{
    Q_ASSERT(m_depth > 0);
    --m_depth;
    if (m_depth > 0) {
        abandon(QStringLiteral("ROLLBACK TO level%1").arg(m_depth));
        abandon(QStringLiteral("RELEASE level%1").arg(m_depth));
    } else {
        abandon(QStringLiteral("ROLLBACK"));
    }
}

void Database::abandon(const QString& sql)
{
    // Nothing is left to undo when this fails (SQLite rolled back already, or the connection
    // is gone); the caller reports the error that brought it here.
    if (Status s = execRaw(sql); !s)
        qCWarning(lcStore).noquote() << "while abandoning a transaction:" << s.error();
}

} // namespace keydesk
