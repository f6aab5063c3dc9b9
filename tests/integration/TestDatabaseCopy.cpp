// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// `keydesk-cli db copy`: a desk's SQLite database moved into a team's PostgreSQL, as an operator
// runs it — real processes, a real cluster, every table's rows and checksum compared.
#include "support/PostgresCluster.h"
#include "support/TestSupport.h"

#include "core/store/DatabaseCopy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

class TestDatabaseCopy : public QObject
{
    Q_OBJECT

    std::unique_ptr<PostgresCluster> m_cluster;
    QTemporaryDir m_dir;
    int m_databases = 0;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList& args, int timeoutMs = 120'000)
    {
        QProcess p;
        p.start(qEnvironmentVariable("KEYDESK_CLI"), args);
        if (!p.waitForFinished(timeoutMs))
            qFatal("keydesk-cli %s did not finish", qPrintable(args.join(u' ')));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    Run on(const QString& database, QStringList args)
    {
        return cli(QStringList{QStringLiteral("--database"), database} + args);
    }
    QString newPostgres()
    {
        const QString name = QStringLiteral("team_%1").arg(++m_databases);
        if (Status made = m_cluster->createDatabase(name); !made)
            qFatal("%s", qPrintable(made.error()));
        return m_cluster->url(name);
    }
    static QList<TableSummary> summaries(const QString& database)
    {
        auto db = Database::open(database);
        if (!db)
            qFatal("%s", qPrintable(db.error()));
        auto summary = DatabaseCopy::summarize(*db.value());
        if (!summary)
            qFatal("%s", qPrintable(summary.error()));
        return summary.value();
    }
    static qint64 rowsOf(const QList<TableSummary>& tables, const char* table)
    {
        for (const TableSummary& t : tables) {
            if (t.table == QLatin1String(table))
                return t.rows;
        }
        return -1;
    }
    static QByteArray fileBytes(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // A desk that has been used: demo users and groups, a workflow that gave keys and queued
    // emails, a re-issued link (an activation that points at its successor), a Windows logon.
    QString usedDesk(const QString& name, int users)
    {
        const QString file = m_dir.filePath(name);
        Run r = on(file, {QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--users"),
                          QString::number(users)});
        if (r.code != 0)
            qFatal("demo create: %s", qPrintable(r.err));
        r = on(file, {QStringLiteral("workflows"), QStringLiteral("create"), QStringLiteral("--name"),
                      QStringLiteral("Everyone"), QStringLiteral("--group"), QStringLiteral("Finance")});
        if (r.code != 0)
            qFatal("workflows create: %s", qPrintable(r.err));
        r = on(file, {QStringLiteral("--json"), QStringLiteral("keys"), QStringLiteral("list")});
        const QJsonArray keys = QJsonDocument::fromJson(r.out.toUtf8()).array();
        if (keys.isEmpty())
            qFatal("no keys: %s", qPrintable(r.out + r.err));
        r = on(file, {QStringLiteral("keys"), QStringLiteral("reissue"),
                      QString::number(keys.first().toObject().value(QStringLiteral("id")).toInteger()),
                      QStringLiteral("--activate"), QStringLiteral("email")});
        if (r.code != 0)
            qFatal("keys reissue: %s", qPrintable(r.err));
        // An operator with an API token: hashed secrets (blobs) and text handles come along too.
        for (const QStringList& args :
             {QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("Ops Lead"), QStringLiteral("--email"),
                          QStringLiteral("ops@example.com")},
              QStringList{QStringLiteral("operators"), QStringLiteral("add"),
                          QStringLiteral("ops@example.com"), QStringLiteral("--role"),
                          QStringLiteral("admin")},
              QStringList{QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("--operator"),
                          QStringLiteral("ops@example.com"), QStringLiteral("--name"),
                          QStringLiteral("sync")}}) {
            r = on(file, args);
            if (r.code != 0)
                qFatal("%s: %s", qPrintable(args.join(u' ')), qPrintable(r.err));
        }
        return file;
    }

private Q_SLOTS:
    void initTestCase() { m_cluster = PostgresCluster::startForThisProcess(); }

    void theDemoArrivesWhole()
    {
        const QString desk = usedDesk(QStringLiteral("desk.sqlite"), 200);
        const QString team = newPostgres();
        const QString keyFile = m_dir.filePath(QStringLiteral("team.key"));
        qputenv("KEYDESK_CODE_KEY_FILE", QFile::encodeName(keyFile));
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("copy"),
                           QStringLiteral("--from"), desk, QStringLiteral("--to"), team});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("code_key_written")).toBool(), true);
        // The code key came along: codes mailed from the desk still work on the team server.
        QCOMPARE(fileBytes(keyFile), fileBytes(desk + QStringLiteral(".key")));

        // Counted and summed again here, independently of the copy's own check.
        const QList<TableSummary> source = summaries(desk);
        const QList<TableSummary> target = summaries(team);
        QCOMPARE(target, source);
        QCOMPARE(rowsOf(target, "users"), 201);
        QCOMPARE(rowsOf(target, "api_tokens"), 1);
        QVERIFY(rowsOf(target, "security_keys") > 0);
        QVERIFY(rowsOf(target, "activations") > rowsOf(target, "security_keys")); // the re-issue
        QVERIFY(rowsOf(target, "outbox") > 0);
        QVERIFY(rowsOf(target, "workflow_run_users") > 0);
        QVERIFY(rowsOf(target, "audit_events") > rowsOf(target, "security_keys")); // one per key, and more
        const QJsonArray tables = report.value(QStringLiteral("tables")).toArray();
        QCOMPARE(tables.size(), source.size());
        for (qsizetype i = 0; i < source.size(); ++i)
            QCOMPARE(tables[i].toObject().value(QStringLiteral("sha256")).toString(), source[i].checksum);

        // The team database works: search, the keys, and new rows continue after the copied ids.
        Run found = on(team, {QStringLiteral("--json"), QStringLiteral("users"), QStringLiteral("list"),
                              QStringLiteral("--search"), QStringLiteral("fin")});
        QVERIFY2(found.code == 0, qPrintable(found.err));
        Run deskFound = on(desk, {QStringLiteral("--json"), QStringLiteral("users"), QStringLiteral("list"),
                                  QStringLiteral("--search"), QStringLiteral("fin")});
        QCOMPARE(found.out, deskFound.out);
        Run added = on(team, {QStringLiteral("--json"), QStringLiteral("users"), QStringLiteral("add"),
                              QStringLiteral("--name"), QStringLiteral("New Hire"), QStringLiteral("--email"),
                              QStringLiteral("new.hire@example.com")});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        QCOMPARE(QJsonDocument::fromJson(added.out.toUtf8()).object().value(QStringLiteral("id")).toInteger(),
                 202);

        // A second copy into it is refused and changes nothing.
        const QList<TableSummary> before = summaries(team);
        const Run again = cli({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), desk,
                               QStringLiteral("--to"), team});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.startsWith(
                     QStringLiteral("keydesk-cli: '%1' already holds data (202 users, ").arg(team)),
                 qPrintable(again.err));
        QVERIFY2(
            again.err.endsWith(QStringLiteral("; a copy goes only into an empty database, and nothing was "
                                              "copied\n")),
            qPrintable(again.err));
        QCOMPARE(summaries(team), before);
    }

    void aTargetWithAnotherCodeKeyIsRefused()
    {
        const QString desk = usedDesk(QStringLiteral("second.sqlite"), 20);
        const QString team = newPostgres();
        const QString keyFile = m_dir.filePath(QStringLiteral("other.key"));
        QFile other(keyFile);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write(QByteArray(32, 'o'));
        other.close();
        qputenv("KEYDESK_CODE_KEY_FILE", QFile::encodeName(keyFile));
        const Run r = cli({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), desk,
                           QStringLiteral("--to"), team});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err,
                 QStringLiteral("keydesk-cli: '%1' holds another code key than '%2.key'; move it away (or "
                                "point KEYDESK_CODE_KEY_FILE elsewhere) so that the copy can bring the "
                                "desk's key; nothing was copied\n")
                     .arg(keyFile, desk));
        QCOMPARE(rowsOf(summaries(team), "users"), 0);
    }

    void aMigratedTargetTakesTheCopyOnceItsUnusedKeyIsMoved()
    {
        const QString desk = usedDesk(QStringLiteral("third.sqlite"), 20);
        const QString team = newPostgres();
        const QString keyFile = m_dir.filePath(QStringLiteral("migrated.key"));
        qputenv("KEYDESK_CODE_KEY_FILE", QFile::encodeName(keyFile));
        // The order deployment.md gives for a new team database: migrate, which makes its key.
        QCOMPARE(
            cli({QStringLiteral("--database"), team, QStringLiteral("db"), QStringLiteral("migrate")}).code,
            0);
        QVERIFY(QFile::exists(keyFile));
        const QStringList copy{QStringLiteral("db"),     QStringLiteral("copy"),
                               QStringLiteral("--from"), desk,
                               QStringLiteral("--to"),   team};
        // That key is not the desk's: the operator is told which file to move.
        Run r = cli(copy);
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err,
                 QStringLiteral("keydesk-cli: '%1' holds another code key than '%2.key'; move it away (or "
                                "point KEYDESK_CODE_KEY_FILE elsewhere) so that the copy can bring the "
                                "desk's key; nothing was copied\n")
                     .arg(keyFile, desk));
        QVERIFY(QFile::remove(keyFile));
        // The migrated database's own fingerprint is no data: the copy goes in and brings the desk's.
        r = cli(copy);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(fileBytes(keyFile), fileBytes(desk + QStringLiteral(".key")));
        QCOMPARE(summaries(team), summaries(desk));
        QCOMPARE(
            cli({QStringLiteral("--database"), team, QStringLiteral("users"), QStringLiteral("list")}).code,
            0);
    }

    void oneHundredThousandUsers()
    {
        const QString desk = usedDesk(QStringLiteral("large.sqlite"), 100'000);
        const QString team = newPostgres();
        qputenv("KEYDESK_CODE_KEY_FILE", QFile::encodeName(m_dir.filePath(QStringLiteral("large.key"))));
        const Run r = cli({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), desk,
                           QStringLiteral("--to"), team},
                          600'000);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        qInfo().noquote() << r.out.section(u'\n', -3);
        const QList<TableSummary> source = summaries(desk);
        QCOMPARE(summaries(team), source);
        QCOMPARE(rowsOf(source, "users"), 100'001);
    }

    void cleanupTestCase() { m_cluster.reset(); }
};

QTEST_GUILESS_MAIN(TestDatabaseCopy)
#include "TestDatabaseCopy.moc"
