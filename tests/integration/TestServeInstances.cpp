// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Two `keydesk-cli serve` processes on one PostgreSQL database, as behind a load balancer: they
// share the outbox (each email sent once, a killed instance's claim taken over after its lease),
// finish each other's ceremonies, take the parts of one import file between them, and answer
// /healthz with their own names. Real processes, a real cluster, a real SMTP server.
#include "integration/EnrollmentHarness.h"
#include "integration/SmtpSink.h"
#include "support/PostgresCluster.h"
#include "support/TestSupport.h"

#include "authenticator/SoftwareAuthenticator.h"
#include "core/Core.h"
#include "core/activation/LookupRateLimiter.h"
#include "core/keys/KeyLifecycle.h"
#include "core/store/Database.h"
#include "phone/PhoneClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace keydesk;
using namespace keydesk::test;

namespace {

// A load balancer in miniature: each new connection goes to the next instance in turn, bytes
// passed through as they come. Phones see one origin, as behind nginx. With oneRequestEach, a
// connection is closed after its first complete reply (by its Content-Length), so the phone's
// next request opens a new one — and lands on the other instance.
class RoundRobinProxy : public QObject
{
public:
    bool oneRequestEach = false;

    explicit RoundRobinProxy(quint16 port)
    {
        m_server.listen(QHostAddress::LocalHost, port);
        connect(&m_server, &QTcpServer::newConnection, this, &RoundRobinProxy::accept);
    }
    void setBackends(const QList<quint16>& ports)
    {
        m_backends = ports;
        m_connections = QList<int>(ports.size(), 0);
    }
    const QList<int>& connections() const { return m_connections; }
    quint16 serverPort() const { return m_server.serverPort(); }

private:
    void accept()
    {
        while (QTcpSocket* client = m_server.nextPendingConnection()) {
            const qsizetype backend = m_next++ % m_backends.size();
            ++m_connections[backend];
            auto* upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, m_backends[backend]);
            connect(client, &QTcpSocket::readyRead, upstream,
                    [client, upstream] { upstream->write(client->readAll()); });
            auto relayed = std::make_shared<QByteArray>();
            connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, relayed] {
                const QByteArray data = upstream->readAll();
                client->write(data);
                if (!oneRequestEach)
                    return;
                relayed->append(data);
                const qsizetype headerEnd = relayed->indexOf("\r\n\r\n");
                const QRegularExpression length(QStringLiteral("(?im)^content-length:\\s*(\\d+)"));
                const auto found = length.match(QString::fromLatin1(relayed->left(headerEnd)));
                if (headerEnd >= 0 && found.hasMatch() &&
                    relayed->size() >= headerEnd + 4 + found.captured(1).toLongLong()) {
                    client->flush();
                    client->disconnectFromHost();
                }
            });
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    }
    QTcpServer m_server;
    QList<quint16> m_backends;
    QList<int> m_connections;
    qsizetype m_next = 0;
};

} // namespace

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
    Run cli(const QStringList& args) { return run(QStringList{QStringLiteral("--database"), m_url} + args); }
    static Run run(const QStringList& args)
    {
        QProcess p;
        p.start(qEnvironmentVariable("KEYDESK_CLI"), args);
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
    // Makes `user` an admin and gives them an API token named `name`; empty (after saying why) if
    // either is refused.
    QString adminToken(const QString& user, const QString& name)
    {
        Run r = cli({QStringLiteral("operators"), QStringLiteral("add"), user, QStringLiteral("--role"),
                     QStringLiteral("admin")});
        if (r.code == 0)
            r = cli({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("create"),
                     QStringLiteral("--operator"), user, QStringLiteral("--name"), name});
        const QString token =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("token")).toString();
        if (token.isEmpty())
            qWarning().noquote() << r.err;
        return token;
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

    void ceremoniesBegunOnOneInstanceFinishOnTheOther()
    {
        QVERIFY(m_cluster->createDatabase(QStringLiteral("ceremonies")));
        m_url = m_cluster->url(QStringLiteral("ceremonies"));
        RoundRobinProxy balancer(freePort());
        Run r = cli({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--users"),
                     QStringLiteral("220")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString front = QStringLiteral("http://localhost:%1").arg(balancer.serverPort());
        r = cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("enrollment.base_url"),
                 front});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // 200 links handed out at the desk (this process plays the console).
        QStringList links;
        {
            auto core = Core::open(m_url, {});
            QVERIFY2(core, qPrintable(core.error()));
            KeyLifecycle keys(core.value()->store());
            auto users = core.value()->users().page({}, 0, 220);
            QVERIFY(users);
            for (const UserListRow& row : users.value()) {
                if (!row.user.enabled || links.size() == 200)
                    continue;
                auto assigned =
                    keys.assign(Actor(QStringLiteral("desk@keydesk")), row.user, KeyType::Smartphone, {},
                                ActivationMethod::Now, QStringLiteral("Smartphone"), {});
                QVERIFY2(assigned, qPrintable(assigned.error()));
                links << front + QStringLiteral("/a/") + assigned->issued.secrets.token;
            }
        }
        QCOMPARE(links.size(), 200);

        QProcess a;
        QProcess b;
        const QString baseA = serve(a, QStringLiteral("a"));
        const QString baseB = serve(b, QStringLiteral("b"));
        QVERIFY(!baseA.isEmpty() && !baseB.isEmpty());
        balancer.setBackends({quint16(QUrl(baseA).port()), quint16(QUrl(baseB).port())});
        // Every request on a connection of its own: each ceremony's options come from one instance
        // and its registration is checked by the other.
        balancer.oneRequestEach = true;
        authenticator::SoftwareAuthenticator authenticator;
        for (const QString& link : links) {
            phone::PhoneClient phone(authenticator); // a phone of its own: a connection of its own
            std::optional<phone::PhoneActivation> result;
            phone.activate(QUrl(link), {}, [&](phone::PhoneActivation done) { result = done; });
            for (int i = 0; i < 300 && !result; ++i)
                QTest::qWait(10);
            QVERIFY2(result && result->reply.ok(), qPrintable(result ? result->reply.message() : link));
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM security_keys WHERE status = 'active'")), 200);
        // Both instances did their share: half of all requests each, a ceremony across both.
        QVERIFY2(balancer.connections().at(0) >= 190 && balancer.connections().at(1) >= 190,
                 qPrintable(QStringLiteral("%1 / %2")
                                .arg(balancer.connections().at(0))
                                .arg(balancer.connections().at(1))));
        qInfo().noquote() << QStringLiteral("200 activations, each begun on one instance and finished on the "
                                            "other: %1 requests to a, %2 to b")
                                 .arg(balancer.connections().at(0))
                                 .arg(balancer.connections().at(1));

        // Wrong "Work or School" codes count wherever they land: alternating between the
        // instances, the sixth for one email is refused all the same.
        QList<int> statuses;
        for (int i = 0; i < LookupRateLimiter::kMaxFailuresPerEmail + 1; ++i) {
            phone::PhoneClient phone(authenticator);
            std::optional<phone::ServerReply> reply;
            phone.lookup(QUrl(front), QStringLiteral("guessed@example.com"), QStringLiteral("ABCD-EFGH"),
                         [&](phone::ServerReply done) { reply = done; });
            for (int wait = 0; wait < 300 && !reply; ++wait)
                QTest::qWait(10);
            QVERIFY(reply);
            statuses << reply->httpStatus;
        }
        QCOMPARE(statuses.last(), 429);
        QCOMPARE(statuses.count(statuses.first()), LookupRateLimiter::kMaxFailuresPerEmail);
        QVERIFY(statuses.first() != 429);
        a.terminate();
        b.terminate();
        QVERIFY(a.waitForFinished(10'000) && b.waitForFinished(10'000));
    }

    // An import through a balancer that sends each request to the other instance: the file's parts
    // are kept by both, in the database they share, and the one that is asked imports the whole.
    void anImportSentToBothInstancesIsImportedWhole()
    {
        QVERIFY(m_cluster->createDatabase(QStringLiteral("imports")));
        m_url = m_cluster->url(QStringLiteral("imports"));
        Run r =
            cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Admin"), QStringLiteral("--email"), QStringLiteral("admin@example.com")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString token = adminToken(QStringLiteral("admin@example.com"), QStringLiteral("import"));
        QVERIFY(!token.isEmpty());
        const QString csv = m_dir.filePath(QStringLiteral("staff.csv"));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("display_name,email,department,groups\n");
            for (int i = 0; i < 4000; ++i)
                file.write(QStringLiteral("Person %1,person%1@import.example.com,Dept %2,Team %2\n")
                               .arg(i)
                               .arg(i % 5)
                               .toUtf8());
        }

        RoundRobinProxy balancer(freePort());
        QProcess a;
        QProcess b;
        const QString baseA = serve(a, QStringLiteral("a"));
        const QString baseB = serve(b, QStringLiteral("b"));
        QVERIFY(!baseA.isEmpty() && !baseB.isEmpty());
        balancer.setBackends({quint16(QUrl(baseA).port()), quint16(QUrl(baseB).port())});
        balancer.oneRequestEach = true;
        // keydesk-cli in the background: this process runs the balancer meanwhile.
        QProcess import;
        import.start(
            qEnvironmentVariable("KEYDESK_CLI"),
            {QStringLiteral("--server"), QStringLiteral("http://localhost:%1").arg(balancer.serverPort()),
             QStringLiteral("--token"), token, QStringLiteral("users"), QStringLiteral("import"), csv});
        for (int i = 0; i < 1200 && import.state() != QProcess::NotRunning; ++i)
            QTest::qWait(100);
        const QString out = QString::fromUtf8(import.readAllStandardOutput());
        const QString err = QString::fromUtf8(import.readAllStandardError());
        QVERIFY2(import.exitCode() == 0, qPrintable(out + err));
        QVERIFY2(
            out.startsWith(QStringLiteral("imported 4000 rows: 4000 users created, 0 updated, 0 unchanged, "
                                          "4000 group memberships added")),
            qPrintable(out));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users WHERE email LIKE '%@import.example.com'")),
                 4000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM import_uploads")), 0);
        // The begin, the parts (five) and the import, each on a connection of its own.
        QVERIFY2(balancer.connections().at(0) >= 3 && balancer.connections().at(1) >= 3,
                 qPrintable(QStringLiteral("%1 / %2")
                                .arg(balancer.connections().at(0))
                                .arg(balancer.connections().at(1))));
        a.terminate();
        b.terminate();
        QVERIFY(a.waitForFinished(10'000) && b.waitForFinished(10'000));
    }

    // Writers on both instances and one beside them (another program on the database) change
    // things at once, for a fixed seed, while a desk keeps its cache up to date through either
    // instance; at the end the cache holds what the server has, table by table. A change that
    // committed behind one the desk had read would be missing.
    void desksKeepUpWithWritersOnTwoInstances()
    {
        QVERIFY(m_cluster->createDatabase(QStringLiteral("desks")));
        m_url = m_cluster->url(QStringLiteral("desks"));
        Run r = cli({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--users"),
                     QStringLiteral("400")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString token = adminToken(QStringLiteral("1"), QStringLiteral("desk"));
        QVERIFY(!token.isEmpty());
        QProcess a;
        QProcess b;
        const QStringList bases{serve(a, QStringLiteral("a")), serve(b, QStringLiteral("b"))};
        QVERIFY(!bases[0].isEmpty() && !bases[1].isEmpty());

        // A desk that follows instance b live (keydesk-cli cache follow), whoever writes where.
        const QString followed = m_dir.filePath(QStringLiteral("follower.sqlite"));
        QProcess follower;
        follower.setProcessChannelMode(QProcess::SeparateChannels);
        follower.start(qEnvironmentVariable("KEYDESK_CLI"),
                       {QStringLiteral("--server"), bases[1], QStringLiteral("--token"), token,
                        QStringLiteral("--json"), QStringLiteral("cache"), QStringLiteral("follow"),
                        QStringLiteral("--cache"), followed});
        qint64 followerThrough = -1;
        bool followerLive = false;
        const auto readFollower = [&] {
            while (follower.canReadLine()) {
                const QJsonObject event = QJsonDocument::fromJson(follower.readLine()).object();
                if (event.value(QStringLiteral("event")) == QStringLiteral("synced"))
                    followerThrough = event.value(QStringLiteral("through")).toInteger();
                if (event.value(QStringLiteral("event")) == QStringLiteral("link"))
                    followerLive = event.value(QStringLiteral("link")) == QStringLiteral("live");
            }
        };
        QVERIFY2(waitUntil([&] {
                     readFollower();
                     return followerLive && followerThrough >= 0;
                 }),
                 qPrintable(QString::fromUtf8(follower.readAllStandardError())));

        // Each instance's writer: a script of keydesk-cli changes made from the seed.
        QRandomGenerator random(20261204);
        const QString cliPath = qEnvironmentVariable("KEYDESK_CLI");
        std::vector<std::unique_ptr<QProcess>> writers;
        for (int w = 0; w < 2; ++w) {
            QString script =
                QStringLiteral("k() { '%1' --server '%2' --token '%3' \"$@\" >/dev/null 2>&1; }\n")
                    .arg(cliPath, bases[w], token);
            for (int i = 0; i < 30; ++i) {
                const QString email = QStringLiteral("w%1-%2@example.com").arg(w).arg(i);
                const QString someone = QString::number(2 + random.bounded(400));
                switch (random.bounded(5)) {
                case 0:
                    script += QStringLiteral("k users add --name 'Writer %1 %2' --email %3 --group Finance\n")
                                  .arg(w)
                                  .arg(i)
                                  .arg(email);
                    break;
                case 1:
                    script += QStringLiteral("k users edit %1 --department 'Dept %2-%3'\n")
                                  .arg(someone)
                                  .arg(w)
                                  .arg(i);
                    break;
                case 2:
                    script +=
                        QStringLiteral("k users %1 %2\n")
                            .arg(random.bounded(2) ? QStringLiteral("disable") : QStringLiteral("enable"),
                                 someone);
                    break;
                case 3:
                    script +=
                        QStringLiteral("k groups add 'Team %1-%2' && k groups add-member 'Team %1-%2' %3\n")
                            .arg(w)
                            .arg(i)
                            .arg(someone);
                    break;
                case 4:
                    script += QStringLiteral("k keys assign --user %1 --activate email\n").arg(someone);
                    break;
                }
            }
            auto writer = std::make_unique<QProcess>();
            writer->start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
            writers.push_back(std::move(writer));
        }
        // The third writer: straight on the database, as another program would.
        std::atomic<bool> writing = true;
        std::thread beside([this, &writing] {
            auto core = Core::open(m_url, {QStringLiteral("beside@keydesk"), false, nullptr});
            if (!core)
                qFatal("%s", qPrintable(core.error()));
            QRandomGenerator picks(7);
            for (int i = 0; writing && i < 200; ++i) {
                const qint64 user = 2 + picks.bounded(400);
                (void)core.value()->users().joinGroup(core.value()->actor(), 1 + picks.bounded(8), user);
                (void)core.value()->users().leaveGroup(core.value()->actor(), 1 + picks.bounded(8), user + 1);
            }
        });
        // The desk syncs through one instance, then the other, while they write.
        const QString cache = m_dir.filePath(QStringLiteral("desk.sqlite"));
        const auto sync = [&](int instance) {
            return run({QStringLiteral("--server"), bases[instance], QStringLiteral("--token"), token,
                        QStringLiteral("cache"), QStringLiteral("sync"), QStringLiteral("--cache"), cache});
        };
        int syncs = 0;
        const auto writersRunning = [&] {
            return writers[0]->state() != QProcess::NotRunning || writers[1]->state() != QProcess::NotRunning;
        };
        for (int i = 0; i < 600 && writersRunning(); ++i) {
            Run synced = sync(syncs % 2);
            QVERIFY2(synced.code == 0, qPrintable(synced.err));
            // One copy, the first time; after that either instance brings the changes.
            QVERIFY2(
                synced.out.startsWith(syncs == 0 ? QStringLiteral("Copied ") : QStringLiteral("Brought ")),
                qPrintable(synced.out));
            ++syncs;
            QCoreApplication::processEvents();
        }
        writing = false;
        beside.join();
        for (auto& writer : writers)
            QVERIFY(writer->state() == QProcess::NotRunning || writer->waitForFinished(120'000));
        QVERIFY2(syncs >= 3, qPrintable(QString::number(syncs)));
        Run last = sync(syncs % 2);
        QVERIFY2(last.code == 0, qPrintable(last.err));
        QVERIFY2(last.out.startsWith(QStringLiteral("Brought ")), qPrintable(last.out)); // no copy again

        auto server = Store::open(m_url);
        auto desk = Store::open(cache, StoreOptions{{}, cache + QStringLiteral(".key"), {}, {}});
        QVERIFY(server && desk);
        QVERIFY(
            scalar(server.value()->database(), QStringLiteral("SELECT count(*) FROM users WHERE email LIKE "
                                                              "'w_-%@example.com'")) > 0);
        // The writers' key assignments went through too (keys, activations, queued emails).
        QVERIFY(scalar(server.value()->database(), QStringLiteral("SELECT count(*) FROM outbox")) > 0);
        const QString differs = cacheDiffers(*server.value(), *desk.value());
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
        // The follower caught up by itself, live all along, and holds the same.
        const qint64 end = server.value()->changeLog().head().value().through;
        QVERIFY2(waitUntil([&] {
                     readFollower();
                     return followerThrough == end;
                 }),
                 qPrintable(QStringLiteral("follower at %1 of %2").arg(followerThrough).arg(end)));
        QVERIFY(followerLive);
        follower.terminate();
        QVERIFY(follower.waitForFinished(10'000));
        auto followerCache =
            Store::open(followed, StoreOptions{{}, followed + QStringLiteral(".key"), {}, {}});
        QVERIFY(followerCache);
        const QString followerDiffers = cacheDiffers(*server.value(), *followerCache.value());
        QVERIFY2(followerDiffers.isEmpty(), qPrintable(followerDiffers));
        qInfo().noquote() << QStringLiteral("%1 syncs while writing; the log is at %2")
                                 .arg(syncs)
                                 .arg(server.value()->changeLog().head().value().through);
        a.terminate();
        b.terminate();
        QVERIFY(a.waitForFinished(10'000) && b.waitForFinished(10'000));
    }

    void cleanupTestCase() { m_cluster.reset(); }
};

QTEST_GUILESS_MAIN(TestServeInstances)
#include "TestServeInstances.moc"
