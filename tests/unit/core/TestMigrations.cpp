// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "core/PrivateFile.h"
#include "support/TestSupport.h"

#include "core/store/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <sqlite3.h>

using namespace keydesk;
using namespace keydesk::test;

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    // A database at schema version 1 (only the first built-in step) with one user in it.
    static QString makeVersion1(const QTemporaryDir& dir)
    {
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        const MigrationSet first({MigrationSet::builtin(SqlEngine::SQLite).steps().first()});
        DatabaseOptions options;
        options.migrations = &first;
        auto db = Database::open(path, options);
        if (!db || db.value()->schemaVersion() != 1)
            qFatal("cannot make a version 1 database");
        QSqlQuery q(db.value()->connection());
        if (!q.exec(QStringLiteral("INSERT INTO users (display_name, email, created_at, updated_at) "
                                   "VALUES ('Grace Hopper', 'grace@navy.example', 1, 1)")))
            qFatal("cannot insert into the version 1 database");
        return path;
    }

    static void rawExec(const QString& path, const char* sql)
    {
        sqlite3* handle = nullptr;
        QVERIFY(sqlite3_open(QFile::encodeName(path).constData(), &handle) == SQLITE_OK);
        QCOMPARE(sqlite3_exec(handle, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(handle);
    }

private Q_SLOTS:
    void emptyToCurrent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/new.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), MigrationSet::builtin(SqlEngine::SQLite).latestVersion());
        QVERIFY(db.value()->backupPath().isEmpty()); // nothing to back up in a new file
        for (const char* table : {"users", "groups", "group_members", "security_keys", "activations",
                                  "workflows", "workflow_groups", "workflow_runs", "outbox", "audit_events",
                                  "settings", "users_fts", "user_count"}) {
            QCOMPARE(
                scalar(*db.value(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = '%1'")
                                        .arg(QLatin1String(table))),
                1);
        }
        QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA foreign_keys")), 1);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    // Under a permissive umask too, the database, its -wal and -shm and a migration backup are the
    // owner's alone; a database made readable later is reported with the fix.
    void filesAreCreatedOwnerOnly()
    {
        const mode_t previous = ::umask(022);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("private.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY2(db, qPrintable(db.error()));
            QVERIFY(
                db.value()->execRaw(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', 'b')")));
            for (const QString& file :
                 QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
                QVERIFY2(QFile::exists(file), qPrintable(file));
                QCOMPARE(QFileInfo(file).permissions() & 0x0077, QFileDevice::Permissions());
            }
            QCOMPARE(exposureWarning(path), QString());
        }
        const QString old = makeVersion1(dir);
        {
            auto db = Database::open(old);
            QVERIFY2(db, qPrintable(db.error()));
            QCOMPARE(QFileInfo(db.value()->backupPath()).permissions() & 0x0077, QFileDevice::Permissions());
        }
        ::umask(previous);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(
            exposureWarning(path),
            QStringLiteral("%1 can be read by other users of this computer; fix: chmod 600 '%1'").arg(path));
    }

    void previousToCurrent()
    {
        QTemporaryDir dir;
        const QString path = makeVersion1(dir);
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), MigrationSet::builtin(SqlEngine::SQLite).latestVersion());
        // The copy taken before migrating is a readable version 1 database with the user.
        const QString backup = db.value()->backupPath();
        QVERIFY(backup.startsWith(path + QStringLiteral(".v1-backup-")));
        QVERIFY(QFile::exists(backup));
        sqlite3* handle = nullptr;
        QCOMPARE(
            sqlite3_open_v2(QFile::encodeName(backup).constData(), &handle, SQLITE_OPEN_READONLY, nullptr),
            SQLITE_OK);
        sqlite3_stmt* stmt = nullptr;
        QCOMPARE(sqlite3_prepare_v2(
                     handle,
                     "SELECT (SELECT count(*) FROM users), (SELECT user_version FROM pragma_user_version())",
                     -1, &stmt, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(stmt, 0), 1);
        QCOMPARE(sqlite3_column_int(stmt, 1), 1);
        sqlite3_finalize(stmt);
        sqlite3_close(handle);
        // Later versions' search index and user count cover the user that was there before.
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT n FROM user_count")), 1);
        QCOMPARE(scalar(*db.value(),
                        QStringLiteral("SELECT count(*) FROM users_fts WHERE users_fts MATCH 'hopp*'")),
                 1);
    }

    void newerVersionRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        QVERIFY(Database::open(path));
        rawExec(path, "PRAGMA user_version = 99");
        const QByteArray before = fileDigest(path);
        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error(),
                 QStringLiteral("'%1' was written by a newer KeyDesk (schema version 99; this version "
                                "supports up to 16). Upgrade KeyDesk to open it; the file was not changed.")
                     .arg(path));
        QCOMPARE(fileDigest(path), before);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*backup*")}, QDir::Files), QStringList());
    }

    void failedMigrationLeavesFileUntouched()
    {
        QTemporaryDir dir;
        const QString path = makeVersion1(dir);
        const QByteArray before = fileDigest(path);
        QList<Migration> steps{MigrationSet::builtin(SqlEngine::SQLite).steps().first()};
        steps << Migration{
            2, QStringLiteral("0002_broken"),
            "CREATE TABLE extra (id INTEGER PRIMARY KEY); INSERT INTO missing_table VALUES (1);"};
        const MigrationSet broken(steps);
        DatabaseOptions options;
        options.migrations = &broken;
        auto db = Database::open(path, options);
        QVERIFY(!db);
        QCOMPARE(
            db.error(),
            QStringLiteral("migration 0002_broken failed: no such table: missing_table; the database was "
                           "left unchanged"));
        QCOMPARE(fileDigest(path), before);
        auto reopened = Database::open(path, DatabaseOptions{&broken, false, false, {}});
        QVERIFY(!reopened); // still version 1, so it tries (and fails) again
        DatabaseOptions firstOnly;
        const MigrationSet first({MigrationSet::builtin(SqlEngine::SQLite).steps().first()});
        firstOnly.migrations = &first;
        auto v1 = Database::open(path, firstOnly);
        QVERIFY2(v1, qPrintable(v1.error()));
        QCOMPARE(v1.value()->schemaVersion(), 1);
        QCOMPARE(
            scalar(*v1.value(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'extra'")),
            0);
        QCOMPARE(scalar(*v1.value(), QStringLiteral("SELECT count(*) FROM users")), 1);
    }

    void otherApplicationsDatabaseRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        rawExec(path, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');");
        const QByteArray before = fileDigest(path);
        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(
            db.error(),
            QStringLiteral("'%1' is an SQLite database of another application; KeyDesk did not change it")
                .arg(path));
        QCOMPARE(fileDigest(path), before);
    }

    void notADatabaseRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const QByteArray before = fileDigest(path);
        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error(),
                 QStringLiteral("'%1' is not a KeyDesk database: file is not a database").arg(path));
        QCOMPARE(fileDigest(path), before);
    }

    void missingFileNotCreatedWhenAskedNotTo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
        DatabaseOptions options;
        options.createIfMissing = false;
        auto db = Database::open(path, options);
        QVERIFY(!db);
        QCOMPARE(db.error(), QStringLiteral("database '%1' does not exist").arg(path));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
