// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "support/TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

// A `keydesk-cli users import` killed with SIGKILL in the middle leaves the database exactly as
// it was; the same import run again then goes through.
class TestImportKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killMidImport()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("kill.sqlite"));
        const QString csv = dir.filePath(QStringLiteral("big.csv"));
        const QString cli = qEnvironmentVariable("KEYDESK_CLI");
        constexpr int kRows = 60000;
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("display_name,email,department,groups\n");
            for (int i = 0; i < kRows; ++i)
                f.write(QStringLiteral("Person %1,person%1@bulk.example,Dept %2,Bulk %2\n")
                            .arg(i)
                            .arg(i % 7)
                            .toUtf8());
        }
        QCOMPARE(QProcess::execute(cli, {QStringLiteral("--database"), db, QStringLiteral("demo"),
                                         QStringLiteral("create"), QStringLiteral("--users"),
                                         QStringLiteral("100")}),
                 0);
        Snapshot before;
        {
            auto store = Store::open(db);
            QVERIFY(store);
            before = snapshot(store.value()->database());
        }

        QProcess import;
        import.setProcessChannelMode(QProcess::SeparateChannels);
        import.start(
            cli, {QStringLiteral("--database"), db, QStringLiteral("users"), QStringLiteral("import"), csv});
        QVERIFY(import.waitForStarted());
        // Wait until the import has written a good part of the file inside its transaction.
        QByteArray progress;
        for (int i = 0; i < 600 && !progress.contains("importing: 12000/"); ++i) {
            import.waitForReadyRead(100);
            progress += import.readAllStandardError();
            QVERIFY2(import.state() == QProcess::Running, progress.constData());
        }
        QVERIFY2(progress.contains("importing: 12000/"), progress.constData());
        import.kill(); // SIGKILL: no cleanup runs
        QVERIFY(import.waitForFinished(10000));
        QCOMPARE(import.exitStatus(), QProcess::CrashExit);

        {
            auto store = Store::open(db);
            QVERIFY2(store, qPrintable(store.error()));
            QCOMPARE(snapshot(store.value()->database()), before);
            QSqlQuery q(store.value()->database().connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }

        QProcess again;
        again.start(
            cli, {QStringLiteral("--database"), db, QStringLiteral("users"), QStringLiteral("import"), csv});
        QVERIFY(again.waitForFinished(300000));
        QCOMPARE(again.exitCode(), 0);
        auto store = Store::open(db);
        const Snapshot after = snapshot(store.value()->database());
        QCOMPARE(after.users, before.users + kRows);
        QCOMPARE(after.groups, before.groups + 7);
    }
};

QTEST_GUILESS_MAIN(TestImportKill)
#include "TestImportKill.moc"
