// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Workflows run by real keydesk-cli processes: scope changes from the CLI start runs, two
// processes running at once on one database never assign twice, and a process killed mid-run
// leaves a state the next run completes to exactly what an uninterrupted run gives.
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

class TestWorkflowProcesses : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    static QStringList words(const char* text) { return QString::fromLatin1(text).split(u' '); }

    static QProcess* start(const QString& db, QStringList args)
    {
        auto* p = new QProcess;
        args.prepend(db);
        args.prepend(QStringLiteral("--database"));
        p->start(qEnvironmentVariable("KEYDESK_CLI"), args);
        return p;
    }

    static Run cli(const QString& db, const QStringList& args)
    {
        std::unique_ptr<QProcess> p(start(db, args));
        if (!p->waitForFinished(180'000))
            qFatal("keydesk-cli did not finish");
        return {p->exitCode(), QString::fromUtf8(p->readAllStandardOutput()),
                QString::fromUtf8(p->readAllStandardError())};
    }

    // Reads the database from the side, as the test's own connection.
    static qint64 count(const QString& db, const QString& sql)
    {
        const QString name = QStringLiteral("probe-%1").arg(quintptr(&db));
        qint64 n = -1;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            c.setDatabaseName(db);
            c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
            if (c.open()) {
                QSqlQuery q(c);
                if (q.exec(sql) && q.next())
                    n = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return n;
    }

    // Every enabled user has exactly one pending key and one queued email, and nothing else.
    static void expectOneKeyAndEmailEach(const QString& db)
    {
        const qint64 enabled = count(db, QStringLiteral("SELECT count(*) FROM users WHERE enabled = 1"));
        QVERIFY(enabled > 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM security_keys")), enabled);
        QCOMPARE(count(db, QStringLiteral(
                               "SELECT count(DISTINCT user_id) FROM security_keys WHERE status = 'pending'")),
                 enabled);
        QCOMPARE(count(db, QStringLiteral(
                               "SELECT count(*) FROM security_keys k JOIN users u ON u.id = k.user_id WHERE "
                               "u.enabled = 0")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM activations")), enabled);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'queued'")), enabled);
        QCOMPARE(count(db, QStringLiteral(
                               "SELECT count(*) FROM outbox o WHERE NOT EXISTS (SELECT 1 FROM activations a "
                               "WHERE a.id = CAST(substr(o.idempotency_key, 18) AS INTEGER))")),
                 0);
    }

    QString demoDatabase(const QString& name, int users)
    {
        const QString db = m_dir.filePath(name);
        const Run made = cli(db, {QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--users"),
                                  QString::number(users)});
        if (made.code != 0)
            qFatal("demo create failed: %s", qPrintable(made.err));
        return db;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void scopeChangesStartRuns()
    {
        const QString db = m_dir.filePath(QStringLiteral("scope.sqlite"));
        QCOMPARE(cli(db, words("groups add Pilot")).code, 0);
        QCOMPARE(cli(db, words("users add --name Ann --email ann@example.com")).code, 0);
        const Run created = cli(db, words("workflows create --name Pilot --group Pilot"));
        QCOMPARE(created.code, 0);
        QVERIFY2(created.out.contains(QStringLiteral("0 users in scope, 0 assigned, 0 skipped")),
                 qPrintable(created.out));

        // A new member, a new user with the group, an import into it: each run picks them up.
        Run r = cli(db, words("groups add-member Pilot ann@example.com"));
        QVERIFY2(r.out.contains(QStringLiteral("workflows: 1 key assigned")), qPrintable(r.out));
        r = cli(db, words("users add --name Bob --email bob@example.com --group Pilot"));
        QVERIFY2(r.out.contains(QStringLiteral("workflows: 1 key assigned")), qPrintable(r.out));
        const QString csv = m_dir.filePath(QStringLiteral("pilot.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("display_name,email,groups\nCy,cy@example.com,Pilot\nDi,di@example.com,Other\n");
        f.close();
        r = cli(db, {QStringLiteral("users"), QStringLiteral("import"), csv});
        QVERIFY2(r.out.contains(QStringLiteral("workflows: 1 key assigned")), qPrintable(r.out));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM security_keys")), 3);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM workflow_runs")), 4);

        // Runs and their per-user outcomes are there for the drill-down.
        r = cli(db, words("--json workflows runs Pilot"));
        const QJsonArray runs = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(runs.size(), 4);
        QCOMPARE(runs.first().toObject().value(QStringLiteral("trigger")).toString(),
                 QStringLiteral("scope-change"));
        const QString lastRun =
            QString::number(runs.first().toObject().value(QStringLiteral("id")).toInteger());
        r = cli(db, {QStringLiteral("--json"), QStringLiteral("workflows"), QStringLiteral("runs"),
                     QStringLiteral("--run"), lastRun});
        QStringList outcomes;
        for (const QJsonValue v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            outcomes << v.toObject().value(QStringLiteral("email")).toString() + u'=' +
                            v.toObject().value(QStringLiteral("outcome")).toString();
        outcomes.sort();
        QCOMPARE(outcomes, (QStringList{QStringLiteral("ann@example.com=skipped-pending"),
                                        QStringLiteral("bob@example.com=skipped-pending"),
                                        QStringLiteral("cy@example.com=assigned")}));
    }

    void twoProcessesAtOnceNeverAssignTwice()
    {
        const QString db = demoDatabase(QStringLiteral("concurrent.sqlite"), 20'000);
        QCOMPARE(cli(db, words("workflows create --name Everyone --no-run")).code, 0);
        std::unique_ptr<QProcess> a(start(db, words("workflows run --all")));
        std::unique_ptr<QProcess> b(start(db, words("workflows run --all")));
        QVERIFY(a->waitForFinished(180'000));
        QVERIFY(b->waitForFinished(180'000));
        QCOMPARE(a->exitCode(), 0);
        QCOMPARE(b->exitCode(), 0);
        expectOneKeyAndEmailEach(db);
        // Between them the two runs assigned every key once.
        QCOMPARE(count(db, QStringLiteral("SELECT sum(keys_assigned) FROM workflow_runs")),
                 count(db, QStringLiteral("SELECT count(*) FROM users WHERE enabled = 1")));
    }

    void aKilledRunIsCompletedByTheNext()
    {
        const QString db = demoDatabase(QStringLiteral("killed.sqlite"), 30'000);
        QCOMPARE(cli(db, words("workflows create --name Everyone --no-run")).code, 0);
        std::unique_ptr<QProcess> run(start(db, words("workflows run Everyone")));
        // Killed once the first batches are committed and before the last.
        const qint64 enabled = count(db, QStringLiteral("SELECT count(*) FROM users WHERE enabled = 1"));
        QElapsedTimer timer;
        timer.start();
        qint64 keys = 0;
        while (timer.elapsed() < 120'000 && run->state() != QProcess::NotRunning) {
            keys = count(db, QStringLiteral("SELECT count(*) FROM security_keys"));
            if (keys > 0 && keys < enabled)
                break;
            QTest::qWait(5);
        }
        QVERIFY2(keys > 0 && keys < enabled, "the run finished before it could be killed mid-way");
        run->kill();
        QVERIFY(run->waitForFinished(10'000));
        QCOMPARE(run->exitStatus(), QProcess::CrashExit);
        const qint64 committed = count(db, QStringLiteral("SELECT count(*) FROM security_keys"));
        QVERIFY(committed < enabled);
        // Whole batches only: every committed key has its activation and its email.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM activations")), committed);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM outbox")), committed);

        const Run again = cli(db, words("workflows run Everyone"));
        QCOMPARE(again.code, 0);
        expectOneKeyAndEmailEach(db);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM workflow_runs WHERE status = 'running'")),
                 1); // the killed one
    }
};

QTEST_GUILESS_MAIN(TestWorkflowProcesses)
#include "TestWorkflowProcesses.moc"
