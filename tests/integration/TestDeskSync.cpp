// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "EnrollmentHarness.h"

#include "core/access/AccessService.h"
#include "core/store/Store.h"
#include "net/DeskSync.h"

#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

// A desk's cache kept up to date by DeskSync against a real enrollment server (docs/team-mode.md):
// live over the WebSocket, offline when the server is gone (the cache stays readable), caught up
// without a copy when it is back; an ended session stops it.
class TestDeskSync : public QObject
{
    Q_OBJECT

private:
    // A proxy between desk and server that passes HTTP on but refuses WebSocket upgrades, as some
    // proxies and firewalls do.
    class NoUpgradeProxy : public QTcpServer
    {
    public:
        explicit NoUpgradeProxy(quint16 upstreamPort) : m_upstreamPort(upstreamPort)
        {
            listen(QHostAddress::LocalHost);
        }

    protected:
        void incomingConnection(qintptr descriptor) override
        {
            auto* client = new QTcpSocket(this);
            client->setSocketDescriptor(descriptor);
            auto* upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
            connect(client, &QTcpSocket::readyRead, client, [client, upstream] {
                const QByteArray bytes = client->readAll();
                if (bytes.toLower().contains("upgrade: websocket")) {
                    client->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    client->disconnectFromHost();
                    return;
                }
                upstream->write(bytes);
            });
            connect(upstream, &QTcpSocket::readyRead, client,
                    [client, upstream] { client->write(upstream->readAll()); });
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }

    private:
        quint16 m_upstreamPort;
    };

    // What a test watches of one desk.
    struct Desk
    {
        QTemporaryDir dir;
        std::unique_ptr<net::DeskSync> sync;
        QList<SyncOutcome> outcomes;
        QList<net::DeskSync::Link> links;

        Desk(EnrollmentHarness& h, const QByteArray& secret, std::optional<quint16> viaPort = {})
        {
            net::DeskSyncOptions options;
            options.server.url = h.url({});
            if (viaPort)
                options.server.url.setPort(*viaPort);
            options.pollMs = 300;
            options.server.bearer = secret;
            options.cachePath = cachePath();
            options.operatorName = QStringLiteral("ana@example.com");
            options.retryFirstMs = 100;
            options.retryMostMs = 400;
            sync = std::make_unique<net::DeskSync>(options);
            QObject::connect(sync.get(), &net::DeskSync::synced, sync.get(),
                             [this](const SyncOutcome& outcome) { outcomes << outcome; });
            QObject::connect(sync.get(), &net::DeskSync::linkChanged, sync.get(),
                             [this](net::DeskSync::Link link) { links << link; });
            sync->start();
        }
        QString cachePath() const { return dir.filePath(QStringLiteral("desk.sqlite")); }
        std::unique_ptr<Store> openCache() const
        {
            auto cache =
                Store::open(cachePath(), StoreOptions{{}, cachePath() + QStringLiteral(".key"), {}, {}});
            if (!cache)
                qFatal("cannot open the cache: %s", qPrintable(cache.error()));
            return std::move(cache.value());
        }
    };

    static QByteArray sessionOf(EnrollmentHarness& h, const QString& email, const char* role)
    {
        const User user = h.addUser(email.section(u'@', 0, 0), email);
        if (!h.store.core().operators().add(h.store.core().actor(), email, QString::fromLatin1(role)))
            qFatal("cannot make %s an operator", qPrintable(email));
        return h.store.core().access().openSession(user.id, QStringLiteral("desk"), 0)->secret.toLatin1();
    }

    static qint64 logEnd(EnrollmentHarness& h) { return h.store->changeLog().head().value().through; }

    // What a helpdesk operator's cache leaves out: the operators table needs read-administration.
    static QStringList helpdeskLeavesOut() { return {QStringLiteral("operators")}; }

private Q_SLOTS:
    void aChangeReachesTheDeskAtOnce()
    {
        EnrollmentHarness h;
        for (int i = 0; i < 30; ++i)
            h.addUser(QStringLiteral("User %1").arg(i), QStringLiteral("user%1@example.com").arg(i));
        Desk desk(h, sessionOf(h, QStringLiteral("ana@example.com"), "helpdesk"));
        QVERIFY(waitUntil(
            [&] { return desk.sync->link() == net::DeskSync::Link::Live && !desk.outcomes.isEmpty(); }));
        QVERIFY(desk.outcomes.first().copied);
        QVERIFY(waitUntil([&] { return desk.sync->through() == logEnd(h); }));

        // Ten changes one after another, each reaching the desk (how fast: bench_propagation).
        for (int i = 0; i < 10; ++i) {
            h.addUser(QStringLiteral("Late %1").arg(i), QStringLiteral("late%1@example.com").arg(i));
            const qint64 end = logEnd(h);
            QVERIFY(waitUntil([&] { return desk.sync->through() >= end; }));
        }
        // Only the first sync copied; the rest were changes.
        for (int i = 1; i < desk.outcomes.size(); ++i)
            QVERIFY(!desk.outcomes[i].copied);
        QCOMPARE(cacheDiffers(*h.store, *desk.openCache(), helpdeskLeavesOut()), QString());
    }

    void anotherLogAtTheSameNumberMeansACopy()
    {
        EnrollmentHarness h;
        Desk desk(h, sessionOf(h, QStringLiteral("ana@example.com"), "helpdesk"));
        QVERIFY(waitUntil([&] { return desk.sync->link() == net::DeskSync::Link::Live; }));
        QVERIFY(waitUntil([&] { return desk.sync->through() == logEnd(h); }));
        const int synced = int(desk.outcomes.size());
        // The server's database replaced by one whose log stands at the same number.
        QSqlQuery replace(h.store->database().connection());
        QVERIFY(replace.exec(QStringLiteral("UPDATE change_log_state SET epoch = 'restored'")));
        QVERIFY(waitUntil([&] { return desk.outcomes.size() > synced && desk.outcomes.last().copied; }));
        QCOMPARE(cacheDiffers(*h.store, *desk.openCache(), helpdeskLeavesOut()), QString());
    }

    void withoutTheLiveChannelTheDeskAsks()
    {
        EnrollmentHarness h;
        NoUpgradeProxy proxy(h.server->port());
        QVERIFY(proxy.isListening());
        Desk desk(h, sessionOf(h, QStringLiteral("ana@example.com"), "helpdesk"), proxy.serverPort());
        QVERIFY(waitUntil([&] { return desk.sync->link() == net::DeskSync::Link::Polling; }));
        QVERIFY(waitUntil([&] { return desk.sync->through() == logEnd(h); }));
        for (int i = 0; i < 3; ++i) {
            h.addUser(QStringLiteral("Polled %1").arg(i), QStringLiteral("polled%1@example.com").arg(i));
            const qint64 end = logEnd(h);
            QVERIFY(waitUntil([&] { return desk.sync->through() >= end; }));
        }
        QVERIFY(!desk.links.contains(net::DeskSync::Link::Live));
        QCOMPARE(h.server->liveListeners(), 0);
        QCOMPARE(cacheDiffers(*h.store, *desk.openCache(), helpdeskLeavesOut()), QString());
    }

    void offlineTheCacheStaysAndCatchesUpWithoutACopy()
    {
        EnrollmentHarness h;
        Desk desk(h, sessionOf(h, QStringLiteral("ana@example.com"), "helpdesk"));
        QVERIFY(waitUntil([&] { return desk.sync->link() == net::DeskSync::Link::Live; }));
        QVERIFY(waitUntil([&] { return desk.sync->through() == logEnd(h); }));
        const quint16 port = h.server->port();

        h.server->stop();
        QVERIFY(waitUntil([&] { return desk.sync->link() == net::DeskSync::Link::Offline; }));
        QVERIFY(desk.sync->offlineSince().isValid());
        QVERIFY(desk.sync->lastSyncedAt() <= desk.sync->offlineSince());
        QVERIFY(desk.sync->problem().startsWith(QStringLiteral("the server cannot be reached: ")));
        // Readable and searchable meanwhile.
        QCOMPARE(desk.openCache()->users().resolve(QStringLiteral("ana@example.com")).value().email,
                 QStringLiteral("ana@example.com"));

        // Changes while the desk is away.
        for (int i = 0; i < 5; ++i)
            h.addUser(QStringLiteral("Away %1").arg(i), QStringLiteral("away%1@example.com").arg(i));
        const int copiesBefore = int(std::count_if(desk.outcomes.cbegin(), desk.outcomes.cend(),
                                                   [](const SyncOutcome& o) { return o.copied; }));
        net::ServerOptions again;
        again.port = port;
        QVERIFY(h.server->start(again));
        QVERIFY(waitUntil([&] { return desk.sync->link() == net::DeskSync::Link::Live; }));
        QVERIFY(waitUntil([&] { return desk.sync->through() == logEnd(h); }));
        QVERIFY(!desk.sync->offlineSince().isValid());
        QCOMPARE(int(std::count_if(desk.outcomes.cbegin(), desk.outcomes.cend(),
                                   [](const SyncOutcome& o) { return o.copied; })),
                 copiesBefore);
        QCOMPARE(cacheDiffers(*h.store, *desk.openCache(), helpdeskLeavesOut()), QString());
    }

    void anUnattendedDesksSessionStillEndsWhenIdle()
    {
        EnrollmentHarness h;
        Desk desk(h, sessionOf(h, QStringLiteral("ana@example.com"), "helpdesk"));
        QVERIFY(waitUntil([&] { return desk.sync->link() == net::DeskSync::Link::Live; }));
        const auto lastUsed = [&] {
            return h.store.core().access().sessions(h.store.core().actor()).value().first().lastUsedAtMs;
        };
        const qint64 usedAt = lastUsed();

        // Twenty minutes of other operators' changes: the desk follows them, the session is not used.
        h.store.clock().advance(20 * 60 * 1000);
        h.addUser(QStringLiteral("Later"), QStringLiteral("later@example.com"));
        const qint64 end = logEnd(h);
        QVERIFY(waitUntil([&] { return desk.sync->through() == end; }));
        QCOMPARE(lastUsed(), usedAt);

        // Past the idle timeout, the next sync is refused and the desk is signed out.
        h.store.clock().advance(11 * 60 * 1000);
        h.addUser(QStringLiteral("Too Late"), QStringLiteral("too-late@example.com"));
        QVERIFY(waitUntil([&] { return desk.sync->link() == net::DeskSync::Link::SignedOut; }));
        QCOMPARE(desk.sync->problem(),
                 QStringLiteral("the server refused (401): the session was idle for more "
                                "than 30 minutes; sign in again"));
    }

    void anEndedSessionSignsTheDeskOut()
    {
        net::ServerOptions options;
        options.liveHeartbeatMs = 200;
        EnrollmentHarness h(options);
        Desk desk(h, sessionOf(h, QStringLiteral("ana@example.com"), "helpdesk"));
        QVERIFY(waitUntil([&] { return desk.sync->link() == net::DeskSync::Link::Live; }));
        const QString id = h.store.core().access().sessions(h.store.core().actor()).value().first().id;
        QVERIFY(h.store.core().access().endSession(h.store.core().actor(), id));
        QVERIFY(waitUntil([&] { return desk.sync->link() == net::DeskSync::Link::SignedOut; }));
        QCOMPARE(
            desk.sync->problem(),
            QStringLiteral("the server refused (401): the session has ended or was revoked; sign in again"));
        // Nothing more is asked: no sync follows a change.
        const int synced = int(desk.outcomes.size());
        h.addUser(QStringLiteral("After"), QStringLiteral("after@example.com"));
        QTest::qWait(600);
        QCOMPARE(int(desk.outcomes.size()), synced);
    }
};

QTEST_MAIN(TestDeskSync)
#include "TestDeskSync.moc"
