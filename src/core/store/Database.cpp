// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "Database.h"

#include "SearchTerms.h"
#include "core/PrivateFile.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>

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

// PRAGMA application_id marks a file as KeyDesk's ("KeyD"), so another program's SQLite file
// is refused instead of being migrated.
constexpr qint64 kApplicationId = 0x4B657944;
constexpr int kBusyTimeoutMs = 5000;

QString sqlError(const QSqlError& error)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.driverText();
    return text;
}

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

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

Result<std::unique_ptr<Database>> Database::open(const QString& path, const DatabaseOptions& options)
{
    using R = Result<std::unique_ptr<Database>>;
    static QAtomicInteger<quint64> counter;
    const QFileInfo info(path);
    if (path.isEmpty())
        return R::failure(Text::tr("no database path given"));
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
    self->m_path = info.absoluteFilePath();
    self->m_connectionName = QStringLiteral("keydesk-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), self->m_connectionName);
    if (!db.isValid())
        return R::failure(Text::tr("the Qt SQLite driver (QSQLITE) is not available"));
    db.setDatabaseName(self->m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open())
        return R::failure(Text::tr("cannot open '%1': %2").arg(path, sqlError(db.lastError())));

    // Triggers of the search index call this function; it must exist before any write.
    // SQLite then says which constraint failed (Database::exec tells duplicates apart).
    sqlite3_extended_result_codes(sqliteHandle(db), 1);
    if (!SearchTerms::registerFunction(sqliteHandle(db)))
        return R::failure(Text::tr("cannot register the search function on '%1'").arg(path));

    const MigrationSet& migrations = options.migrations ? *options.migrations : MigrationSet::builtin();
    if (Status s = self->migrate(migrations, options.backupBeforeMigrate); !s)
        return R::failure(s.cause());
    if (Status s = self->applyPragmas(); !s)
        return R::failure(s.cause());
    return R(std::move(self));
}

Status Database::migrate(const MigrationSet& migrations, bool backup)
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
          "PRAGMA secure_delete = ON"}) {
        if (Status s = execRaw(QString::fromLatin1(pragma)); !s)
            return s;
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys")) || !q.next() || q.value(0).toInt() != 1)
        return Status::failure(Text::tr("SQLite refused to enforce foreign keys"));
    q.finish();
    return {};
}

Status Database::runScript(const QByteArray& sql)
{
    sqlite3* handle = sqliteHandle(connection());
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
    // Extended result codes are on (open()): a broken UNIQUE or PRIMARY KEY has its own code.
    const int native = error.nativeErrorCode().toInt();
    const bool duplicate = native == SQLITE_CONSTRAINT_UNIQUE || native == SQLITE_CONSTRAINT_PRIMARYKEY;
    return Status::failure(Error(duplicate ? ErrorCode::DuplicateRow : ErrorCode::StorageFailed,
                                 {QString::fromLatin1(what), detail}));
}

Status Database::execRaw(const QString& sql)
{
    QSqlQuery q(connection());
    if (q.exec(sql))
        return {};
    return Status::failure(Error::text(QStringLiteral("%1: %2").arg(sql, sqlError(q.lastError()))));
}

Status Database::begin()
{
    const Status s = m_depth == 0 ? execRaw(QStringLiteral("BEGIN IMMEDIATE"))
                                  : execRaw(QStringLiteral("SAVEPOINT level%1").arg(m_depth));
    if (s)
        ++m_depth;
    return s;
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

Database::Deadline::Deadline(Database& db, qint64 budgetNs) : m_db(db), m_budgetNs(budgetNs)
{
    m_timer.start();
    // Every 1000 virtual machine steps: a clock read per few microseconds of work.
    sqlite3_progress_handler(sqliteHandle(m_db.connection()), 1000, &Deadline::check, this);
}

Database::Deadline::~Deadline()
{
    sqlite3_progress_handler(sqliteHandle(m_db.connection()), 0, nullptr, nullptr);
}

int Database::Deadline::check(void* self)
{
    auto* deadline = static_cast<Deadline*>(self);
    if (deadline->m_timer.nsecsElapsed() > deadline->m_budgetNs)
        deadline->m_expired = true;
    return deadline->m_expired ? 1 : 0;
}

} // namespace keydesk
