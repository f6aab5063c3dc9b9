// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "core/store/DatabaseLocation.h"

#include <QDir>
#include <QTest>

using namespace keydesk;

// What --database accepts: a file path, or a postgresql:// URL that never carries a password.
class TestDatabaseLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPathIsAnSqliteFile()
    {
        auto location = DatabaseLocation::parse(QStringLiteral("desk.sqlite"));
        QVERIFY2(location, qPrintable(location.error()));
        QCOMPARE(location->engine, SqlEngine::SQLite);
        QCOMPARE(location->path, QDir::current().absoluteFilePath(QStringLiteral("desk.sqlite")));
        QCOMPARE(location->display(), location->path);
    }

    void aUrlNamesServerDatabaseAndTls()
    {
        auto location = DatabaseLocation::parse(
            QStringLiteral("postgresql://keydesk@db.example.org:6432/helpdesk?sslmode=verify-full&"
                           "sslrootcert=/etc/keydesk/ca.pem&connect_timeout=5"));
        QVERIFY2(location, qPrintable(location.error()));
        QCOMPARE(location->engine, SqlEngine::PostgreSQL);
        QCOMPARE(location->user, QStringLiteral("keydesk"));
        QCOMPARE(location->host, QStringLiteral("db.example.org"));
        QCOMPARE(location->port, 6432);
        QCOMPARE(location->databaseName, QStringLiteral("helpdesk"));
        QCOMPARE(location->connectOptions, (QStringList{QStringLiteral("sslmode=verify-full"),
                                                        QStringLiteral("sslrootcert=/etc/keydesk/ca.pem"),
                                                        QStringLiteral("connect_timeout=5")}));
        QCOMPARE(location->fileStem(), QStringLiteral("postgresql-db.example.org-6432-helpdesk"));
        // Said back as given, so that people recognise it.
        QCOMPARE(location->display(),
                 QStringLiteral("postgresql://keydesk@db.example.org:6432/helpdesk?sslmode=verify-full&"
                                "sslrootcert=/etc/keydesk/ca.pem&connect_timeout=5"));
    }

    void defaultsAndSocketFolders()
    {
        auto plain = DatabaseLocation::parse(QStringLiteral("postgres://db/keydesk"));
        QVERIFY2(plain, qPrintable(plain.error()));
        QCOMPARE(plain->port, 5432);
        QCOMPARE(plain->user, QString()); // libpq's default: the system user
        auto socket = DatabaseLocation::parse(QStringLiteral("postgresql:///keydesk?host=/run/postgresql"));
        QVERIFY2(socket, qPrintable(socket.error()));
        QCOMPARE(socket->host, QStringLiteral("/run/postgresql"));
        QVERIFY(socket->connectOptions.isEmpty());
        QCOMPARE(socket->display(), QStringLiteral("postgresql://:5432/keydesk?host=/run/postgresql"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("error");
        const QString password = QStringLiteral(
            "the database URL holds a password; give it in PGPASSWORD or ~/.pgpass instead, so that it does "
            "not show in process lists and logs");
        QTest::newRow("password") << QStringLiteral("postgresql://keydesk:s3cret@db/keydesk") << password;
        QTest::newRow("empty password") << QStringLiteral("postgresql://keydesk:@db/keydesk") << password;
        QTest::newRow("password setting")
            << QStringLiteral("postgresql://keydesk@db/keydesk?password=s3cret") << password;
        QTest::newRow("no database") << QStringLiteral("postgresql://keydesk@db:5432")
                                     << QStringLiteral("the database URL names no database "
                                                       "(postgresql://user@host:port/DATABASE)");
        QTest::newRow("unknown setting")
            << QStringLiteral("postgresql://db/keydesk?ssl_mode=require")
            << QStringLiteral(
                   "the database URL has an unknown setting 'ssl_mode' (known: sslmode, sslrootcert, "
                   "sslcert, sslkey, sslcrl, connect_timeout, application_name, target_session_attrs, "
                   "host)");
        QTest::newRow("sslmode") << QStringLiteral("postgresql://db/keydesk?sslmode=on")
                                 << QStringLiteral(
                                        "sslmode 'on' is not one of disable, allow, prefer, require, "
                                        "verify-ca, verify-full");
        QTest::newRow("empty setting")
            << QStringLiteral("postgresql://db/keydesk?sslmode=")
            << QStringLiteral("the database URL's setting 'sslmode' has no usable value");
        QTest::newRow("two hosts") << QStringLiteral("postgresql://db/keydesk?host=/run/postgresql")
                                   << QStringLiteral("the database URL names its host twice");
        QTest::newRow("other scheme") << QStringLiteral("mysql://db/keydesk")
                                      << QStringLiteral("'mysql://db/keydesk' is neither a file path nor a "
                                                        "postgresql:// URL");
        QTest::newRow("nothing") << QString() << QStringLiteral("no database path given");
    }

    void refusals()
    {
        QFETCH(QString, given);
        QFETCH(QString, error);
        const auto location = DatabaseLocation::parse(given);
        QVERIFY(!location);
        QCOMPARE(location.error(), error);
        QVERIFY(!location.error().contains(QStringLiteral("s3cret")));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "TestDatabaseLocation.moc"
