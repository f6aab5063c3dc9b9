// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// The PostgreSQL the team-server tests run on: a real server started for the test, reached through
// Qt's QPSQL driver with a password, with what KeyDesk's schema will use (UTF-8, pg_trgm,
// unaccent, SKIP LOCKED across connections), and gone when the test ends.
#include "support/PostgresCluster.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

namespace {

QSqlDatabase connectTo(const PostgresCluster& cluster, const QString& name, const QString& database,
                       const QString& password)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(QStringLiteral("127.0.0.1"));
    db.setPort(cluster.port());
    db.setUserName(PostgresCluster::user());
    db.setPassword(password);
    db.setDatabaseName(database);
    db.open();
    return db;
}

QString scalar(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("error: ") + q.lastError().text();
    return q.value(0).toString();
}

} // namespace

class TestPostgresCluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aThrowawayServerAnswersAndIsGoneAfterwards()
    {
        QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")));
        auto started = PostgresCluster::start();
        QVERIFY2(started, qPrintable(started.error()));
        const quint16 port = started.value()->port();
        QString folder;
        {
            std::unique_ptr<PostgresCluster> cluster = std::move(started).value();
            QVERIFY(cluster->url().startsWith(QStringLiteral("postgresql://postgres@127.0.0.1:")));
            QVERIFY(!cluster->url().contains(cluster->password()));
            {
                QSqlDatabase db = connectTo(*cluster, QStringLiteral("admin"), QStringLiteral("postgres"),
                                            cluster->password());
                QVERIFY2(db.isOpen(), qPrintable(db.lastError().text() + cluster->log()));
                QVERIFY(scalar(db, QStringLiteral("SHOW server_version_num")).toInt() >= 150000);
                QCOMPARE(scalar(db, QStringLiteral("SHOW server_encoding")), QStringLiteral("UTF8"));
                folder = scalar(db, QStringLiteral("SHOW data_directory"));
                QVERIFY2(QDir(folder).exists(), qPrintable(folder));

                // Logging in takes the password.
                QSqlDatabase wrong = connectTo(*cluster, QStringLiteral("wrong"), QStringLiteral("postgres"),
                                               QStringLiteral("not-the-password"));
                QVERIFY(!wrong.isOpen());
                QVERIFY2(wrong.lastError().text().contains(QStringLiteral("password authentication failed")),
                         qPrintable(wrong.lastError().text()));
            }
            QSqlDatabase::removeDatabase(QStringLiteral("admin"));
            QSqlDatabase::removeDatabase(QStringLiteral("wrong"));

            QVERIFY(cluster->createDatabase(QStringLiteral("keydesk")));
            QSqlDatabase one =
                connectTo(*cluster, QStringLiteral("one"), QStringLiteral("keydesk"), cluster->password());
            QSqlDatabase two =
                connectTo(*cluster, QStringLiteral("two"), QStringLiteral("keydesk"), cluster->password());
            QVERIFY(one.isOpen() && two.isOpen());
            QSqlQuery setup(one);
            for (const char* sql :
                 {"CREATE EXTENSION pg_trgm", "CREATE EXTENSION unaccent",
                  "CREATE TABLE jobs (id int PRIMARY KEY)", "INSERT INTO jobs VALUES (1), (2)"})
                QVERIFY2(setup.exec(QString::fromLatin1(sql)), qPrintable(setup.lastError().text()));
            QCOMPARE(scalar(one, QStringLiteral("SELECT unaccent('Åsa Müller')")),
                     QStringLiteral("Asa Muller"));
            // Two connections each claim a different row: what the outbox's senders will do.
            QVERIFY(one.transaction() && two.transaction());
            const QString claim =
                QStringLiteral("SELECT id FROM jobs ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED");
            QCOMPARE(scalar(one, claim), QStringLiteral("1"));
            QCOMPARE(scalar(two, claim), QStringLiteral("2"));
            QVERIFY(one.commit() && two.commit());
            one.close();
            two.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("one"));
        QSqlDatabase::removeDatabase(QStringLiteral("two"));

        // Stopped and removed.
        QVERIFY(!QDir(folder).exists());
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        QVERIFY(!socket.waitForConnected(2000));
    }
};

QTEST_GUILESS_MAIN(TestPostgresCluster)
#include "TestPostgresCluster.moc"
