// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "DatabaseLocation.h"
#include "Migration.h"
#include "base/Result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>

namespace keydesk {

struct DatabaseOptions
{
    const MigrationSet* migrations = nullptr; // null: the engine's built-in schema
    bool createIfMissing = true;              // SQLite: create a missing file
    bool backupBeforeMigrate = true;          // SQLite: copy the file first (PostgreSQL: pg_dump's job)
    QString password; // PostgreSQL, when not in PGPASSWORD or ~/.pgpass (the console's keychain)
};

// A piece of a WHERE clause and the values of its `?`s, in order.
struct SqlCondition
{
    QString sql; // empty: no condition
    QVariantList values;
};

// One connection to a KeyDesk database — an SQLite file or a PostgreSQL database — opened in the
// calling thread and used only there. Opening brings the schema up to date: migrations run in one
// transaction (after a copy of an existing SQLite file is taken); a database from a newer KeyDesk
// is refused and left untouched. What differs between the engines stays in this class and in the
// repositories' few engine-specific statements; nothing above the store knows which one it runs on.
class Database
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // `pathOrUrl`: a file path or a postgresql:// URL (DatabaseLocation).
    static Result<std::unique_ptr<Database>> open(const QString& pathOrUrl,
                                                  const DatabaseOptions& options = {});
    // Whether the PostgreSQL server at `url` asks for a password that this process does not
    // have (neither DatabasePasswords nor libpq's PGPASSWORD or ~/.pgpass): the console then asks
    // its user. Connects once; false for a file, a bad URL, or a server that cannot be reached.
    static bool serverWantsPassword(const QString& url);

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    SqlEngine engine() const { return m_location.engine; }
    const DatabaseLocation& location() const { return m_location; }
    // The file path, or the URL without a password: for people and logs.
    const QString& path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    // The version the database had before this open migrated it (0: it was empty).
    int openedAtVersion() const { return m_openedAtVersion; }
    // Where the copy taken before the last migration went; empty if none was needed.
    const QString& backupPath() const { return m_backupPath; }

    // A statement prepared once per connection and reused; hot paths (import, paging) use it.
    QSqlQuery& prepared(const QString& sql);

    // Runs one statement; on failure returns what SQLite said, prefixed with what we tried.
    // `what` the store was doing, marked QT_TRANSLATE_NOOP("Database", "…"): the error reads
    // "<what, in the desk's language>: <SQLite's message>".
    Status exec(QSqlQuery& query, const char* what);
    Status execRaw(const QString& sql);
    // Runs a SELECT and makes a T of every row with `read`; `what` as for exec().
    template <typename T, typename Read>
    Result<QList<T>> readAll(QSqlQuery& query, const char* what, Read&& read)
    {
        if (Status s = exec(query, what); !s)
            return Result<QList<T>>::failure(s.cause());
        QList<T> rows;
        while (query.next())
            rows.append(read(query));
        query.finish();
        return rows;
    }

    // The few expressions the engines spell differently, for the repositories' statements.
    // A subquery giving the `value`s of the rows `fromWhere` ("FROM … WHERE …") as one text in
    // `orderBy` order, separated by `separator` (its code, as char(n)); NULL when there are none.
    QString listAggregate(const QString& value, const QString& fromWhere, const QString& orderBy,
                          int separator) const;
    // An empty BLOB (what an erased email's MIME becomes).
    QString emptyBlob() const;
    // The larger of two values (SQLite's two-argument max(), PostgreSQL's greatest()).
    QString greatest(const QString& a, const QString& b) const;
    // A join whose left side is read first: SQLite's CROSS JOIN fixes the order; PostgreSQL's
    // planner chooses it and takes a plain JOIN.
    QString joinInThisOrder() const;

    // Transaction nesting: the outermost level takes the database's one write lock (SQLite's
    // BEGIN IMMEDIATE; on PostgreSQL a transaction-scoped advisory lock, so that every instance
    // of the server sees the same one-writer-at-a-time rule), inner levels are savepoints.
    Status begin();
    Status commit();
    void rollback();
    // A read-only transaction whose reads all see the database as it was at its first read
    // (SQLite's deferred BEGIN; PostgreSQL's REPEATABLE READ): ReadSnapshot. Inside a
    // transaction already open, nothing more is needed and nothing is done (false).
    Result<bool> beginSnapshot();
    void endSnapshot();

    // While one lives, statements on this SQLite connection are interrupted once `budgetNs` has
    // passed, for reads that have a cheaper fallback (see UserRepository::page). Reads only: SQLite
    // rolls back the whole transaction when a write inside one is interrupted. (PostgreSQL's
    // planner makes that choice itself; nothing uses a deadline there.)
    class Deadline
    {
    public:
        Deadline(Database& db, qint64 budgetNs);
        ~Deadline();
        Deadline(const Deadline&) = delete;
        Deadline& operator=(const Deadline&) = delete;
        bool expired() const { return m_expired; }

    private:
        static int check(void* self);
        Database& m_db;
        qint64 m_budgetNs;
        QElapsedTimer m_timer;
        bool m_expired = false;
    };

private:
    Database() = default;
    // SqliteDatabase.cpp
    static Result<std::unique_ptr<Database>> openSqlite(DatabaseLocation location,
                                                        const DatabaseOptions& options);
    Status migrateSqlite(const MigrationSet& migrations, bool backup);
    Status applyPragmas();
    // PostgresDatabase.cpp
    static Result<std::unique_ptr<Database>> openPostgres(DatabaseLocation location,
                                                          const DatabaseOptions& options);
    Status migratePostgres(const MigrationSet& migrations);
    // Both engines: several statements at once (a migration), as the engine's own library runs them.
    Status runScript(const QByteArray& sql);
    bool isDuplicateRow(const QSqlError& error) const;
    // Undoes after a failure; a failure to undo is only logged.
    void abandon(const QString& sql);
    static QString newConnectionName();

    DatabaseLocation m_location;
    QString m_path;
    QString m_connectionName;
    int m_schemaVersion = 0;
    int m_openedAtVersion = 0;
    int m_depth = 0;
    QString m_backupPath;
    QHash<QString, QSqlQuery> m_statements;
};

// SQL text columns are NOT NULL; a null QString would bind as NULL, so bind through this.
inline QString sqlText(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// The bound values of an IN (…) list of `count` values: "?,?,?".
inline QString inListMarks(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(u',');
}

// Reads in one snapshot of the database for as long as it lives (Database::beginSnapshot).
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database& db) : m_db(db)
    {
        auto begun = db.beginSnapshot();
        m_status = Status::from(begun);
        m_owned = begun && begun.value();
    }
    ~ReadSnapshot()
    {
        if (m_owned)
            m_db.endSnapshot();
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;
    const Status& status() const { return m_status; }

private:
    Database& m_db;
    Status m_status;
    bool m_owned = false;
};

// Commits when told to; rolls back on scope exit otherwise. Nests through savepoints.
class Transaction
{
public:
    explicit Transaction(Database& db) : m_db(db), m_status(db.begin()) {}
    ~Transaction()
    {
        if (m_status.ok() && !m_done)
            m_db.rollback();
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Status& status() const { return m_status; }
    Status commit()
    {
        if (!m_status.ok())
            return m_status;
        m_done = true;
        return m_db.commit();
    }

private:
    Database& m_db;
    Status m_status;
    bool m_done = false;
};

} // namespace keydesk
