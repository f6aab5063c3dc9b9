// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "support/PostgresCluster.h"
#include "support/TestSupport.h"

#include "core/store/Database.h"
#include "core/store/Store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

// What only a PostgreSQL store has: its schema table and migrations, refusals of databases that
// are not KeyDesk's (or are newer), the write lock every instance shares, and the code key every
// instance must be given. The repositories' behaviour on it is the parameterised suites' (*.postgres).
class TestPostgresStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PostgresCluster> m_cluster;
    int m_databases = 0;
    QTemporaryDir m_keys;

    QString newDatabase()
    {
        const QString name = QStringLiteral("db_%1").arg(++m_databases);
        const Status made = m_cluster->createDatabase(name);
        if (!made)
            qFatal("%s", qPrintable(made.error()));
        return m_cluster->url(name);
    }
    static QVariant value(Database& db, const QString& sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0);
    }
    // A plain connection that is not KeyDesk's, for what another program would do.
    void foreignStatement(const QString& url, const QString& sql)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("foreign"));
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_cluster->port());
        db.setUserName(PostgresCluster::user());
        db.setDatabaseName(url.section(u'/', -1));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    }
    StoreOptions withKey(const QString& name)
    {
        StoreOptions options;
        options.codeKeyFile = m_keys.filePath(name);
        return options;
    }

private Q_SLOTS:
    void initTestCase() { m_cluster = PostgresCluster::startForThisProcess(); }

    void anEmptyDatabaseIsMigratedOnce()
    {
        const QString url = newDatabase();
        {
            auto db = Database::open(url);
            QVERIFY2(db, qPrintable(db.error()));
            QCOMPARE(db.value()->engine(), SqlEngine::PostgreSQL);
            QCOMPARE(db.value()->schemaVersion(), MigrationSet::builtin(SqlEngine::SQLite).latestVersion());
            QCOMPARE(
                value(*db.value(), QStringLiteral("SELECT application || ' ' || version FROM keydesk_schema"))
                    .toString(),
                QStringLiteral("KeyDesk %1")
                    .arg(MigrationSet::builtin(SqlEngine::PostgreSQL).latestVersion()));
            QCOMPARE(db.value()->path(), url); // no password in what people and logs see
        }
        auto again = Database::open(url);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(value(*again.value(), QStringLiteral("SELECT count(*) FROM keydesk_schema")).toInt(), 1);
    }

    void anotherApplicationsDatabaseIsLeftAlone()
    {
        const QString url = newDatabase();
        foreignStatement(url, QStringLiteral("CREATE TABLE invoices (id integer)"));
        auto db = Database::open(url);
        QVERIFY(!db);
        QCOMPARE(
            db.error(),
            QStringLiteral("'%1' holds tables of another application; KeyDesk did not change it").arg(url));
        foreignStatement(
            url, QStringLiteral("DO $$ BEGIN IF to_regclass('keydesk_schema') IS NOT NULL OR "
                                "to_regclass('users') IS NOT NULL THEN RAISE 'changed'; END IF; END $$"));
    }

    void aNewerSchemaIsRefused()
    {
        const QString url = newDatabase();
        QVERIFY(Database::open(url));
        foreignStatement(url, QStringLiteral("UPDATE keydesk_schema SET version = 99"));
        auto db = Database::open(url);
        QVERIFY(!db);
        QCOMPARE(db.error(),
                 QStringLiteral("'%1' was written by a newer KeyDesk (schema version 99; this version "
                                "supports up to %2). Upgrade KeyDesk to open it; the database was not "
                                "changed.")
                     .arg(url)
                     .arg(MigrationSet::builtin(SqlEngine::PostgreSQL).latestVersion()));
    }

    void aFailedStepLeavesTheDatabaseAsItWas()
    {
        const QString url = newDatabase();
        const MigrationSet broken(
            {MigrationSet::builtin(SqlEngine::PostgreSQL).steps().first(),
             Migration{2, QStringLiteral("0002_broken"),
                       "CREATE TABLE half_done (id integer); SELECT * FROM missing_table;"}});
        DatabaseOptions options;
        options.migrations = &broken;
        auto db = Database::open(url, options);
        QVERIFY(!db);
        QCOMPARE(db.error(),
                 QStringLiteral("migration 0002_broken failed: relation \"missing_table\" does not "
                                "exist; the database was left unchanged"));
        // Not even the first step or the schema table stayed.
        foreignStatement(url,
                         QStringLiteral("DO $$ BEGIN IF (SELECT count(*) FROM pg_tables WHERE schemaname = "
                                        "'public') > 0 THEN RAISE 'changed'; END IF; END $$"));
    }

    void writersQueueOnOneLockAcrossConnections()
    {
        const QString url = newDatabase();
        auto first = Database::open(url);
        auto second = Database::open(url);
        QVERIFY(first && second);
        const QString tryLock = QStringLiteral("SELECT pg_try_advisory_xact_lock(%1, 1)").arg(0x4B657944);
        QVERIFY(first.value()->begin());
        QVERIFY(second.value()->execRaw(QStringLiteral("BEGIN")));
        QCOMPARE(value(*second.value(), tryLock).toBool(), false); // taken by the first writer
        QVERIFY(second.value()->execRaw(QStringLiteral("ROLLBACK")));
        QVERIFY(first.value()->commit());
        QVERIFY(second.value()->execRaw(QStringLiteral("BEGIN")));
        QCOMPARE(value(*second.value(), tryLock).toBool(), true); // released with the commit
        QVERIFY(second.value()->execRaw(QStringLiteral("ROLLBACK")));
    }

    void everyInstanceNeedsTheSameCodeKey()
    {
        const QString url = newDatabase();
        QVERIFY(Store::open(url, withKey(QStringLiteral("first.key"))));
        // The same key again: fine.
        auto same = Store::open(url, withKey(QStringLiteral("first.key")));
        QVERIFY2(same, qPrintable(same.error()));
        same.value().reset();
        // Another key file (say, an instance that made its own) is refused.
        QFile other(m_keys.filePath(QStringLiteral("other.key")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write(QByteArray(32, 'k'));
        other.close();
        auto refused = Store::open(url, withKey(QStringLiteral("other.key")));
        QVERIFY(!refused);
        QCOMPARE(
            refused.error(),
            QStringLiteral("the code key '%1' is not the one this database's codes were made with; give this "
                           "program the database's key file (every server instance needs the same one: "
                           "KEYDESK_CODE_KEY_FILE)")
                .arg(m_keys.filePath(QStringLiteral("other.key"))));
        // A missing key file is not made anew for a database that has one.
        auto missing = Store::open(url, withKey(QStringLiteral("missing.key")));
        QVERIFY(!missing);
        QCOMPARE(
            missing.error(),
            QStringLiteral("the code key '%1' is missing; give this program the database's key file (every "
                           "server instance needs the same one: KEYDESK_CODE_KEY_FILE)")
                .arg(m_keys.filePath(QStringLiteral("missing.key"))));
        QVERIFY(!QFile::exists(m_keys.filePath(QStringLiteral("missing.key"))));
    }

    void aWrongPasswordIsRefusedWithoutRepeatingIt()
    {
        const QByteArray saved = qgetenv("PGPASSWORD");
        qunsetenv("PGPASSWORD");
        DatabaseOptions options;
        options.password = QStringLiteral("not-the-password");
        auto db = Database::open(m_cluster->url(), options);
        qputenv("PGPASSWORD", saved);
        QVERIFY(!db);
        QCOMPARE(db.error(),
                 QStringLiteral("cannot open '%1': connection to server at \"127.0.0.1\", port %2 "
                                "failed: FATAL:  password authentication failed for user \"postgres\"")
                     .arg(m_cluster->url())
                     .arg(m_cluster->port()));
        QVERIFY(!db.error().contains(QStringLiteral("not-the-password")));
    }

    void cleanupTestCase() { m_cluster.reset(); }
};

QTEST_GUILESS_MAIN(TestPostgresStore)
#include "TestPostgresStore.moc"
