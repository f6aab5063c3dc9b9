// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "support/PostgresCluster.h"
#include "support/TestSupport.h"

#include "core/demo/DemoDataGenerator.h"
#include "core/store/Database.h"
#include "core/store/DatabasePasswords.h"
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

    void aDatabaseOfAnotherEncodingIsRefused()
    {
        const QString url = newDatabase();
        foreignStatement(url,
                         QStringLiteral("CREATE DATABASE bytes_only ENCODING 'SQL_ASCII' TEMPLATE template0 "
                                        "LC_COLLATE 'C' LC_CTYPE 'C'"));
        const QString bytes = m_cluster->url(QStringLiteral("bytes_only"));
        auto db = Database::open(bytes);
        QVERIFY(!db);
        QCOMPARE(db.error(), QStringLiteral("'%1' stores text as SQL_ASCII; KeyDesk needs a database created "
                                            "with ENCODING 'UTF8'. It was not changed.")
                                 .arg(bytes));
        // Nothing was made: the division fails if KeyDesk's schema table exists.
        foreignStatement(bytes, QStringLiteral("SELECT 1 / (1 - count(*)) FROM pg_class WHERE relname = "
                                               "'keydesk_schema'"));
    }

    // Search's prefix rows and counts (migration 0002) are what the users' words and names say,
    // and each group's member count what its rows say, after inserts, edits, renames, deletes
    // (cascaded too), a rollback, and enough statements to fold the counts.
    void searchPrefixRowsFollowEveryChange()
    {
        auto store = Store::open(newDatabase(), withKey(QStringLiteral("search.key")));
        QVERIFY2(store, qPrintable(store.error()));
        Database& db = store.value()->database();
        UserRepository& users = store.value()->users();
        const auto disagreements = [&] {
            const QString expected =
                QStringLiteral("SELECT p.prefix, u.display_name, u.id, p.words FROM users u, "
                               "keydesk_search_prefixes(u.search_terms) AS p");
            const QString kept =
                QStringLiteral("SELECT prefix, display_name, user_id, words FROM user_search_prefixes");
            const QString counted = QStringLiteral(
                "SELECT prefix, sum(n) FROM user_search_prefix_counts GROUP BY prefix HAVING sum(n) <> 0");
            const QString rows =
                QStringLiteral("SELECT prefix, count(*) FROM user_search_prefixes GROUP BY prefix");
            // Each group's number of members (migration 0003) is kept the same way.
            const QString members = QStringLiteral(
                "SELECT group_id, sum(n) FROM group_member_counts GROUP BY group_id HAVING sum(n) <> 0");
            const QString memberRows =
                QStringLiteral("SELECT group_id, count(*) FROM group_members GROUP BY group_id");
            return value(db, QStringLiteral("SELECT (SELECT count(*) FROM (%1 EXCEPT %2) AS missing) + "
                                            "(SELECT count(*) FROM (%2 EXCEPT %1) AS stale) + "
                                            "(SELECT count(*) FROM (%3 EXCEPT %4) AS wrong) + "
                                            "(SELECT count(*) FROM (%4 EXCEPT %3) AS uncounted) + "
                                            "(SELECT count(*) FROM (%5 EXCEPT %6) AS wrong_groups) + "
                                            "(SELECT count(*) FROM (%6 EXCEPT %5) AS uncounted_groups)")
                                 .arg(expected, kept, counted, rows, members, memberRows))
                .toInt();
        };
        QVERIFY(DemoDataGenerator::generate(*store.value(), 120));
        QVERIFY(value(db, QStringLiteral("SELECT count(*) FROM user_search_prefixes")).toInt() > 120);
        QCOMPARE(disagreements(), 0);

        const User ada = users
                             .create({QStringLiteral("Ada Lovelace"),
                                      QStringLiteral("ada@example.com"),
                                      {},
                                      QStringLiteral("Research")},
                                     UserSource::Manual)
                             .value();
        {
            Transaction tx(db);
            // Only the case of the name changes: the words stay, the name order moves.
            auto renamed =
                users.update(ada, {QStringLiteral("ada LOVELACE"), ada.email, {}, ada.department}, tx);
            QVERIFY2(renamed, qPrintable(renamed.error()));
            auto moved =
                users.update(renamed.value(),
                             {QStringLiteral("ada LOVELACE"), ada.email, {}, QStringLiteral("Legal")}, tx);
            QVERIFY2(moved, qPrintable(moved.error()));
            QVERIFY(tx.commit());
        }
        UserQuery legal;
        legal.search = QStringLiteral("ada leg");
        const auto found = users.page(legal, 0, 10);
        QVERIFY2(found, qPrintable(found.error()));
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().user.displayName, QStringLiteral("ada LOVELACE"));
        legal.search = QStringLiteral("resea");
        QCOMPARE(users.count(legal).value(), 0);
        {
            Transaction tx(db);
            QVERIFY(users.create({QStringLiteral("Rolled Back"), QStringLiteral("rb@example.com"), {}, {}},
                                 UserSource::Manual, tx));
        }
        QSqlQuery q(db.connection());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE users SET display_name = display_name || ' Jr' WHERE id <= 5")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM users WHERE id BETWEEN 6 AND 15")));
        QCOMPARE(disagreements(), 0);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM groups WHERE id = (SELECT min(id) FROM groups)")));
        QVERIFY(
            q.exec(QStringLiteral("UPDATE group_members SET group_id = (SELECT max(id) FROM groups) WHERE "
                                  "user_id IN (SELECT user_id FROM group_members GROUP BY user_id HAVING "
                                  "count(*) = 1) AND user_id < 40")));
        QVERIFY(q.numRowsAffected() > 0);
        QCOMPARE(disagreements(), 0);

        // A statement adds rows to the counts; every 500th folds them into one per prefix.
        for (int i = 0; i < 510; ++i)
            QVERIFY(users.create(
                {QStringLiteral("Fold %1").arg(i), QStringLiteral("fold%1@example.com").arg(i), {}, {}},
                UserSource::Manual));
        QVERIFY(
            value(db, QStringLiteral("SELECT count(*) FROM user_search_prefix_counts WHERE prefix = 'fol'"))
                .toInt() < 510);
        UserQuery fold;
        fold.search = QStringLiteral("fol");
        QCOMPARE(users.count(fold).value(), 510);
        QCOMPARE(disagreements(), 0);
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

    // What the console does with a password it was given (typed, or from the keychain): every
    // connection of the process to that database uses it.
    void aPasswordGivenToTheProcessOpensItsConnections()
    {
        const QByteArray saved = qgetenv("PGPASSWORD");
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", m_keys.filePath(QStringLiteral("no-pgpass")).toUtf8());
        const QString url = m_cluster->url();
        QVERIFY(Database::serverWantsPassword(url));
        auto without = Database::open(url);
        QVERIFY(!without);
        DatabasePasswords::set(url, QStringLiteral("not-the-password"));
        QVERIFY(!Database::serverWantsPassword(url)); // it has one; the server refuses it
        QVERIFY(!Database::open(url));
        DatabasePasswords::set(url, m_cluster->password());
        QVERIFY(!Database::serverWantsPassword(url));
        auto opened = Database::open(url);
        QVERIFY2(opened, qPrintable(opened.error()));
        opened.value().reset();
        DatabasePasswords::forget(url);
        QVERIFY(!Database::open(url));
        QVERIFY(!Database::serverWantsPassword(QStringLiteral("postgresql://postgres@127.0.0.1:1/nothing")));
        QVERIFY(!Database::serverWantsPassword(m_keys.filePath(QStringLiteral("a.sqlite"))));
        qunsetenv("PGPASSFILE");
        qputenv("PGPASSWORD", saved);
    }

    void cleanupTestCase() { m_cluster.reset(); }
};

QTEST_GUILESS_MAIN(TestPostgresStore)
#include "TestPostgresStore.moc"
