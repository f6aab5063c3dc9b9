// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Two `keydesk-cli serve` processes on one PostgreSQL database, as behind a load balancer: they
// share the outbox (each email sent once, a killed instance's claim taken over after its lease)
// and answer /healthz with their own names. Real processes, a real cluster, a real SMTP server.
#include "integration/SmtpSink.h"
#include "support/PostgresCluster.h"
#include "support/TestSupport.h"

#include "core/store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

class TestServeInstances : public QObject
{
    Q_OBJECT

    std::unique_ptr<PostgresCluster> m_cluster;
    QTemporaryDir m_dir;
    QString m_url;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList& args)
    {
        QProcess p;
        p.start(qEnvironmentVariable("KEYDESK_CLI"), QStringList{QStringLiteral("--database"), m_url} + args);
        if (!p.waitForFinished(300'000))
            qFatal("keydesk-cli %s did not finish", qPrintable(args.join(u' ')));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    // Starts `serve` as instance `name`; returns where it listens.
    QString serve(QProcess& process, const QString& name)
    {
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(qEnvironmentVariable("KEYDESK_CLI"),
                      {QStringLiteral("--database"), m_url, QStringLiteral("serve"), QStringLiteral("--port"),
                       QStringLiteral("0"), QStringLiteral("--mail-interval"), QStringLiteral("1"),
                       QStringLiteral("--mail-lease"), QStringLiteral("5"), QStringLiteral("--instance"),
                       name});
        QString banner;
        const QRegularExpression listening(QStringLiteral("listening on (http://localhost:\\d+)"));
        for (int i = 0; i < 300 && !listening.match(banner).hasMatch(); ++i) {
            process.waitForReadyRead(100);
            banner += QString::fromUtf8(process.readAll());
        }
        return listening.match(banner).captured(1);
    }
    qint64 count(const QString& sql)
    {
        auto db = Database::open(m_url);
        if (!db)
            qFatal("%s", qPrintable(db.error()));
        QSqlQuery q(db.value()->connection());
        if (!q.exec(sql) || !q.next())
            qFatal("%s", qPrintable(sql));
        return q.value(0).toLongLong();
    }
    static QStringList messageIds(const QList<QByteArray>& messages)
    {
        QStringList ids;
        const QRegularExpression header(QStringLiteral("(?im)^Message-ID:\\s*(<[^>]+>)"));
        for (const QByteArray& m : messages)
            ids << header.match(QString::fromLatin1(m)).captured(1);
        return ids;
    }
    static QJsonObject healthOf(const QString& base)
    {
        QNetworkAccessManager network;
        std::unique_ptr<QNetworkReply> reply(
            network.get(QNetworkRequest(QUrl(base + QStringLiteral("/healthz")))));
        // Bounded: a reply that never finishes gives an empty object, which the caller's checks name.
        for (int i = 0; i < 100 && !reply->isFinished(); ++i)
            QTest::qWait(100);
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = PostgresCluster::startForThisProcess();
        qputenv("KEYDESK_CODE_KEY_FILE", QFile::encodeName(m_dir.filePath(QStringLiteral("code.key"))));
        QVERIFY(m_cluster->createDatabase(QStringLiteral("team")));
        m_url = m_cluster->url(QStringLiteral("team"));
    }

    void twoInstancesShareTheOutboxAndSurviveAKill()
    {
        QTemporaryDir spool;
        SmtpSink sink(spool.path());
        QCOMPARE(sink.start({}), QString());
        Run r = cli({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--users"),
                     QStringLiteral("2100")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("mail"), QStringLiteral("configure"), QStringLiteral("--smtp-host"),
                 QStringLiteral("127.0.0.1"), QStringLiteral("--smtp-port"), QString::number(sink.port()),
                 QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--from"),
                 QStringLiteral("helpdesk@example.com")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // Over 2,000 activation emails, queued by a workflow over everyone (the demo's disabled users
        // are out of scope, so the queue says how many).
        r = cli({QStringLiteral("workflows"), QStringLiteral("create"), QStringLiteral("--name"),
                 QStringLiteral("Everyone")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const qint64 queued = count(QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'queued'"));
        QVERIFY2(queued >= 2000, qPrintable(QString::number(queued)));

        QProcess a;
        QProcess b;
        const QString baseA = serve(a, QStringLiteral("a"));
        const QString baseB = serve(b, QStringLiteral("b"));
        QVERIFY2(!baseA.isEmpty() && !baseB.isEmpty(),
                 qPrintable(QString::fromUtf8(a.readAll() + b.readAll())));
        const QJsonObject health = healthOf(baseB);
        QCOMPARE(health.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(health.value(QStringLiteral("instance")).toString(), QStringLiteral("b"));
        QCOMPARE(health.value(QStringLiteral("database")).toObject(),
                 (QJsonObject{{QStringLiteral("engine"), QStringLiteral("postgresql")},
                              {QStringLiteral("writable"), true}}));
        QCOMPARE(healthOf(baseA).value(QStringLiteral("instance")).toString(), QStringLiteral("a"));

        // Instance a dies mid-drain, without a chance to tidy up.
        QTRY_VERIFY_WITH_TIMEOUT(sink.messages().size() >= queued / 4, 120'000);
        a.kill();
        QVERIFY(a.waitForFinished(10'000));
        const qint64 sentByKill = sink.messages().size();

        // b sends the rest, and a's last claim once its lease has run out.
        QTRY_VERIFY_WITH_TIMEOUT(
            count(QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'sent'")) == queued, 240'000);
        const QStringList ids = messageIds(sink.messages());
        QVERIFY(!ids.contains(QString()));
        const qsizetype unique = QSet<QString>(ids.begin(), ids.end()).size();
        QCOMPARE(unique, queued); // none lost
        // A duplicate is only a message the SMTP server had accepted from a before it died, and a
        // sends one at a time.
        const qsizetype duplicates = ids.size() - unique;
        QVERIFY2(duplicates <= 1, qPrintable(QString::number(duplicates)));
        qInfo().noquote() << QStringLiteral("%1 emails, %2 received before the kill, %3 duplicate(s)")
                                 .arg(queued)
                                 .arg(sentByKill)
                                 .arg(duplicates);
        b.terminate();
        QVERIFY(b.waitForFinished(10'000));
    }

    void oneWorkflowTriggeredTwiceAtOnceAssignsOnce()
    {
        QVERIFY(m_cluster->createDatabase(QStringLiteral("race")));
        m_url = m_cluster->url(QStringLiteral("race"));
        Run r = cli({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--users"),
                     QStringLiteral("2100")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("workflows"), QStringLiteral("create"), QStringLiteral("--name"),
                 QStringLiteral("Everyone"), QStringLiteral("--no-run")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // Two processes (two instances' triggers) run it at the same moment.
        QProcess first;
        QProcess second;
        for (QProcess* p : {&first, &second})
            p->start(qEnvironmentVariable("KEYDESK_CLI"),
                     {QStringLiteral("--database"), m_url, QStringLiteral("workflows"), QStringLiteral("run"),
                      QStringLiteral("Everyone")});
        QVERIFY(first.waitForFinished(120'000) && second.waitForFinished(120'000));
        const QString said = QString::fromUtf8(first.readAll() + second.readAll());
        const qint64 keys = count(QStringLiteral("SELECT count(*) FROM security_keys"));
        QVERIFY2(keys >= 2000, qPrintable(said));
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM (SELECT user_id FROM security_keys GROUP BY user_id "
                                 "HAVING count(*) > 1) AS twice")),
            0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), keys);
        QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT recipient) FROM outbox")), keys);
        // Both runs are on record; the later one found everyone served already.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM workflow_runs WHERE status = 'completed'")), 2);
        QCOMPARE(count(QStringLiteral("SELECT sum(keys_assigned) FROM workflow_runs")), keys);
    }

    void cleanupTestCase() { m_cluster.reset(); }
};

QTEST_GUILESS_MAIN(TestServeInstances)
#include "TestServeInstances.moc"
