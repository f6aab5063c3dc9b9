// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// The SQLite side of Database: a private file, its PRAGMAs, its migrations and their backup copy.
#include "Database.h"

#include "SearchTerms.h"
#include "SqlDriverAccess.h"
#include "core/PrivateFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(Database)
};

} // namespace

namespace keydesk {

namespace {

// PRAGMA application_id marks a file as KeyDesk's ("KeyD"), so another program's SQLite file
// is refused instead of being migrated.
constexpr qint64 kApplicationId = 0x4B657944;
constexpr int kBusyTimeoutMs = 5000;

} // namespace

Result<std::unique_ptr<Database>> Database::openSqlite(DatabaseLocation location,
                                                       const DatabaseOptions& options)
{
    using R = Result<std::unique_ptr<Database>>;
    const QString path = location.path;
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return R::failure(Text::tr("'%1' is not a file").arg(path));
    if (!info.exists()) {
        if (!options.createIfMissing)
            return R::failure(Text::tr("database '%1' does not exist").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return R::failure(Text::tr("cannot create folder '%1'").arg(info.absolutePath()));
        // Owner only from the first byte (SQLite would make it 0644; its -wal and -shm follow the file).
        if (Status s = createPrivateFile(path); !s)
            return R::failure(s.cause());
    }

    std::unique_ptr<Database> self(new Database);
    self->m_location = std::move(location);
    self->m_path = self->m_location.path;
    self->m_connectionName = newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), self->m_connectionName);
    if (!db.isValid())
        return R::failure(Text::tr("the Qt SQLite driver (QSQLITE) is not available"));
    db.setDatabaseName(self->m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open())
        return R::failure(Text::tr("cannot open '%1': %2").arg(path, sqlError(db.lastError())));

    // Triggers of the search index call this function; it must exist before any write.
    // SQLite then says which constraint failed (Database::exec tells duplicates apart).
    sqlite3_extended_result_codes(nativeHandle<sqlite3>(db, "sqlite3*"), 1);
    if (!SearchTerms::registerFunction(nativeHandle<sqlite3>(db, "sqlite3*")))
        return R::failure(Text::tr("cannot register the search function on '%1'").arg(path));

    const MigrationSet& migrations =
        options.migrations ? *options.migrations : MigrationSet::builtin(SqlEngine::SQLite);
    if (Status s = self->migrateSqlite(migrations, options.backupBeforeMigrate); !s)
        return R::failure(s.cause());
    if (Status s = self->applyPragmas(); !s)
        return R::failure(s.cause());
    return R(std::move(self));
}

Status Database::migrateSqlite(const MigrationSet& migrations, bool backup)
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    // Only reads until we know the file is ours and older than this build.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Status::failure(
            Text::tr("'%1' is not a KeyDesk database: %2").arg(m_path, sqlError(q.lastError())));
    const int version = q.value(0).toInt();
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return Status::failure(Error::text(sqlError(q.lastError())));
    const qint64 applicationId = q.value(0).toLongLong();
    q.finish();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !q.next())
        return Status::failure(
            Text::tr("'%1' is not a KeyDesk database: %2").arg(m_path, sqlError(q.lastError())));
    const qint64 objectCount = q.value(0).toLongLong();
    q.finish();

    if (objectCount > 0 && applicationId != kApplicationId)
        return Status::failure(Text::tr("'%1' is an SQLite database of another application; "
                                        "KeyDesk did not change it")
                                   .arg(m_path));
    const int latest = migrations.latestVersion();
    if (version > latest)
        return Status::failure(Text::tr("'%1' was written by a newer KeyDesk (schema version %2; this "
                                        "version supports up to %3). Upgrade KeyDesk to open it; the "
                                        "file was not changed.")
                                   .arg(m_path)
                                   .arg(version)
                                   .arg(latest));
    m_schemaVersion = version;
    m_openedAtVersion = version;
    if (version == latest)
        return {};

    if (backup && objectCount > 0) {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString target = QStringLiteral("%1.v%2-backup-%3").arg(m_path).arg(version).arg(stamp);
        for (int i = 2; QFileInfo::exists(target); ++i)
            target = QStringLiteral("%1.v%2-backup-%3-%4").arg(m_path).arg(version).arg(stamp).arg(i);
        QSqlQuery vacuum(db);
        // The copy holds everything the database does: owner only, like it.
        if (Status s = createPrivateFile(target); !s)
            return s;
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(target);
        if (!vacuum.exec())
            return Status::failure(Text::tr("cannot copy '%1' to '%2' before migrating: %3; the database "
                                            "was not changed")
                                       .arg(m_path, target, sqlError(vacuum.lastError())));
        m_backupPath = target;
        qCInfo(lcStore) << "backed up" << m_path << "to" << target;
    }

    // Foreign keys must be on while migrating so that copied data is checked too.
    if (Status s = execRaw(QStringLiteral("PRAGMA foreign_keys = ON")); !s)
        return s;
    if (Status s = execRaw(QStringLiteral("BEGIN IMMEDIATE")); !s)
        return s;
    for (const Migration& step : migrations.steps()) {
        if (step.version <= version)
            continue;
        if (Status s = runScript(step.sql); !s) {
            abandon(QStringLiteral("ROLLBACK"));
            return Status::failure(Text::tr("migration %1 failed: %2; the database was left unchanged")
                                       .arg(step.name, s.error()));
        }
    }
    const QString finish = QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;")
                               .arg(kApplicationId)
                               .arg(latest);
    if (Status s = runScript(finish.toUtf8()); !s) {
        abandon(QStringLiteral("ROLLBACK"));
        return s;
    }
    if (Status s = execRaw(QStringLiteral("COMMIT")); !s) {
        abandon(QStringLiteral("ROLLBACK"));
        return s;
    }
    m_schemaVersion = latest;
    return {};
}

Status Database::applyPragmas()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next() ||
        q.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0)
        return Status::failure(
            Text::tr("cannot switch '%1' to WAL journaling: %2").arg(m_path, sqlError(q.lastError())));
    q.finish();
    // FULL: a commit survives power loss as well as a killed process.
    // 64 MiB of page cache: bulk transactions stay in memory instead of spilling page by page.
    for (const char* pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL", "PRAGMA cache_size = -65536",
          // Erased links and codes are overwritten with zeros, not left in free space.
          "PRAGMA secure_delete = ON",
          // A statement that fires triggers (the change log's) keeps a journal of its own to undo
          // it alone; in a temporary file, every row of a large transaction paid a write for it.
          "PRAGMA temp_store = MEMORY"}) {
        if (Status s = execRaw(QString::fromLatin1(pragma)); !s)
            return s;
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys")) || !q.next() || q.value(0).toInt() != 1)
        return Status::failure(Text::tr("SQLite refused to enforce foreign keys"));
    q.finish();
    return {};
}

Database::Deadline::Deadline(Database& db, qint64 budgetNs) : m_db(db), m_budgetNs(budgetNs)
{
    m_timer.start();
    // Every 1000 virtual machine steps: a clock read per few microseconds of work.
    sqlite3_progress_handler(nativeHandle<sqlite3>(m_db.connection(), "sqlite3*"), 1000, &Deadline::check,
                             this);
}

Database::Deadline::~Deadline()
{
    sqlite3_progress_handler(nativeHandle<sqlite3>(m_db.connection(), "sqlite3*"), 0, nullptr, nullptr);
}

int Database::Deadline::check(void* self)
{
    auto* deadline = static_cast<Deadline*>(self);
    if (deadline->m_timer.nsecsElapsed() > deadline->m_budgetNs)
        deadline->m_expired = true;
    return deadline->m_expired ? 1 : 0;
}

} // namespace keydesk
