// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// The enrollment server on a hostile network: framing checks, pipelining, HEAD, Connection: close,
// timeouts and connection caps, over raw TCP against the real server (GuardedServer in front of
// QHttpServer).
#include "EnrollmentHarness.h"
#include "net/ClientAddress.h"
#include "net/ConnectionGuard.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace keydesk;
using namespace keydesk::test;

namespace {

// One raw connection: what it sends is exactly what the test wrote.
class RawClient
{
public:
    explicit RawClient(quint16 port, const QHostAddress& from = QHostAddress::LocalHost)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] { received += socket.readAll(); });
        QObject::connect(&socket, &QTcpSocket::disconnected, &socket,
                         [this] { closedAfter = clock.elapsed(); });
        socket.bind(from);
        clock.start();
        socket.connectToHost(QHostAddress::LocalHost, port);
    }
    bool connected()
    {
        return waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; });
    }
    void send(const QByteArray& bytes) { socket.write(bytes), socket.flush(); }
    bool waitClosed()
    {
        return waitUntil([&] { return closedAfter >= 0; });
    }
    // Status lines received (or those that start with `statusLine`).
    int answers(const QByteArray& statusLine = {}) const
    {
        int n = 0;
        for (qsizetype at : statusLineOffsets())
            n += received.mid(at).startsWith(statusLine) ? 1 : 0;
        return n;
    }
    QList<qsizetype> statusLineOffsets() const
    {
        static const QRegularExpression statusLine(QStringLiteral("HTTP/1\\.1 \\d\\d\\d "));
        QList<qsizetype> offsets;
        const QString text = QString::fromLatin1(received);
        for (auto it = statusLine.globalMatch(text); it.hasNext();)
            offsets.append(it.next().capturedStart());
        return offsets;
    }
    bool waitAnswers(int n)
    {
        return waitUntil([&] { return answers() >= n; });
    }
    QJsonObject lastJson() const
    {
        return QJsonDocument::fromJson(received.mid(received.lastIndexOf("\r\n\r\n") + 4)).object();
    }

    QTcpSocket socket;
    QByteArray received;
    QElapsedTimer clock;
    qint64 closedAfter = -1;
};

const QByteArray kHealth = "GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n";

net::ServerOptions quickLimits()
{
    net::ServerOptions options;
    options.limits.headTimeoutMs = 400;
    options.limits.idleTimeoutMs = 400;
    options.limits.bodyGraceMs = 200;
    options.limits.minBodyBytesPerSecond = 1000;
    options.limits.lingerMs = 500;
    return options;
}

} // namespace

class TestConnectionGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesAmbiguousFraming_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("statusLine");
        QTest::addColumn<QString>("error");
        const auto row = [](const char* name, const QByteArray& request, const QByteArray& status,
                            const char* error) {
            QTest::newRow(name) << request << status << QString::fromLatin1(error);
        };
        row("no version", "GET /healthz\r\nHost: x\r\n\r\n", "HTTP/1.1 400 Bad Request", "bad-request-line");
        row("two spaces", "GET  /healthz HTTP/1.1\r\nHost: x\r\n\r\n", "HTTP/1.1 400 Bad Request",
            "bad-request-line");
        row("not a path", "GET healthz HTTP/1.1\r\nHost: x\r\n\r\n", "HTTP/1.1 400 Bad Request",
            "bad-request-target");
        row("HTTP/2.0", "GET /healthz HTTP/2.0\r\nHost: x\r\n\r\n", "HTTP/1.1 505 HTTP Version Not Supported",
            "http-version-not-supported");
        row("TLS on the HTTP port", QByteArray::fromHex("160301020001000001fc0303") + "\r\n\r\n",
            "HTTP/1.1 400 Bad Request", "bad-request-line");
        row("duplicate Content-Length",
            "POST /api/v1/activations/lookup HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: "
            "2\r\n\r\n{}",
            "HTTP/1.1 400 Bad Request", "duplicate-content-length");
        row("Content-Length and Transfer-Encoding",
            "POST /api/v1/activations/lookup HTTP/1.1\r\nHost: x\r\nContent-Length: 7\r\n"
            "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
            "HTTP/1.1 400 Bad Request", "content-length-with-transfer-encoding");
        row("chunked",
            "POST /api/v1/activations/lookup HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n",
            "HTTP/1.1 411 Length Required", "length-required");
        row("negative length", "POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
            "HTTP/1.1 400 Bad Request", "bad-content-length");
        row("folded", "GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n 2\r\n\r\n", "HTTP/1.1 400 Bad Request",
            "obsolete-line-folding");
        row("space before colon", "GET /healthz HTTP/1.1\r\nHost : x\r\n\r\n", "HTTP/1.1 400 Bad Request",
            "bad-header-field");
        row("bare CR", "GET /healthz HTTP/1.1\r\nHost: x\rX-A: 1\r\n\r\n", "HTTP/1.1 400 Bad Request",
            "bare-cr");
        row("no Host", "GET /healthz HTTP/1.1\r\n\r\n", "HTTP/1.1 400 Bad Request", "bad-host");
        row("two Hosts", "GET /healthz HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", "HTTP/1.1 400 Bad Request",
            "bad-host");
        row("huge head", "GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: " + QByteArray(20'000, 'a') + "\r\n\r\n",
            "HTTP/1.1 431 Request Header Fields Too Large", "head-too-large");
        row("body over the cap",
            "POST /api/v1/activations/lookup HTTP/1.1\r\nHost: x\r\nContent-Length: 70000\r\n\r\n",
            "HTTP/1.1 413 Payload Too Large", "body-too-large");
    }

    // Each refusal comes after the answer to the good request before it, then the server closes.
    void refusesAmbiguousFraming()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, statusLine);
        QFETCH(QString, error);
        EnrollmentHarness h;
        const QString before = h.rows();
        RawClient client(h.server->port());
        QVERIFY(client.connected());
        client.send(kHealth + request);
        QVERIFY(client.waitClosed());
        QCOMPARE(client.answers(), 2);
        QVERIFY2(client.received.startsWith("HTTP/1.1 200 OK\r\n"), client.received.left(200).constData());
        const qsizetype second = client.statusLineOffsets().value(1);
        QVERIFY2(client.received.mid(second).startsWith(QByteArray(statusLine + "\r\n")),
                 client.received.constData());
        QVERIFY(client.received.mid(second).contains("\r\nConnection: close\r\n"));
        QCOMPARE(client.lastJson().value(QStringLiteral("error")).toString(), error);
        QCOMPARE(h.rows(), before);
        QCOMPARE(h.request("GET", QStringLiteral("/healthz")).status, 200); // the server goes on
    }

    void connectionCloseAndHttp10AreHonoured()
    {
        EnrollmentHarness h;
        RawClient close(h.server->port());
        QVERIFY(close.connected());
        close.send("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n" + kHealth);
        QVERIFY(close.waitClosed());
        QCOMPARE(close.answers(), 1); // what followed "close" is not served
        QVERIFY(close.received.contains("\r\nConnection: close\r\n"));

        RawClient http10(h.server->port());
        QVERIFY(http10.connected());
        http10.send("GET /healthz HTTP/1.0\r\n\r\n");
        QVERIFY(http10.waitClosed());
        QCOMPARE(http10.answers("HTTP/1.1 200 OK"), 1);

        RawClient keepAlive10(h.server->port());
        QVERIFY(keepAlive10.connected());
        keepAlive10.send("GET /healthz HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        QVERIFY(keepAlive10.waitAnswers(1));
        keepAlive10.send("GET /healthz HTTP/1.0\r\n\r\n");
        QVERIFY(keepAlive10.waitClosed());
        QCOMPARE(keepAlive10.answers("HTTP/1.1 200 OK"), 2);
    }

    void headAnswersGetRoutesWithoutABody()
    {
        EnrollmentHarness h;
        const User ada = h.addUser(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"));
        const QByteArray path = QUrl(h.assign(ada).link).path().toUtf8();
        for (const QByteArray& target : {QByteArray("/healthz"), path, QByteArray("/activate")}) {
            const EnrollmentHarness::RawReply get = h.request("GET", QString::fromUtf8(target));
            QCOMPARE(get.status, 200);
            RawClient client(h.server->port());
            QVERIFY(client.connected());
            // HEAD, then GET on the same connection: the second answer starts right after the first
            // head, so the HEAD answer carried no body.
            client.send("HEAD " + target +
                        " HTTP/1.1\r\nHost: x\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
            QVERIFY(client.waitAnswers(2));
            QVERIFY(waitUntil([&] { return client.received.endsWith(",\"status\":\"ok\"}"); }));
            const qsizetype headEnd = client.received.indexOf("\r\n\r\n") + 4;
            QVERIFY(client.received.mid(headEnd).startsWith("HTTP/1.1 200 OK\r\n"));
            QVERIFY(client.received.left(headEnd).contains(
                QByteArray("\r\nContent-Length: " + QByteArray::number(get.body.size()) + "\r\n")));
        }
        QCOMPARE(h.request("HEAD", QStringLiteral("/api/v1/activations/lookup")).status, 405);
    }

    // A burst of pipelined requests is answered in order; past maxPipelined waiting ones, 429. A
    // burst whose bytes add up to more than one request may hold is never cut with a 413.
    void pipelinedBurstsGetAnswersOr429()
    {
        EnrollmentHarness h;
        RawClient burst(h.server->port());
        QVERIFY(burst.connected());
        QByteArray fifty;
        for (int i = 0; i < 50; ++i)
            fifty += kHealth;
        burst.send(fifty);
        QVERIFY(burst.waitClosed());
        const int limit = net::ServerLimits{}.maxPipelined;
        QCOMPARE(burst.answers("HTTP/1.1 200 OK\r\n"), limit);
        QCOMPARE(burst.answers("HTTP/1.1 429 Too Many Requests\r\n"), 1);
        QCOMPARE(burst.answers(), limit + 1);
        QVERIFY(burst.received.lastIndexOf("HTTP/1.1 200") < burst.received.indexOf("HTTP/1.1 429"));
        QCOMPARE(burst.answers("413"), 0);

        const QByteArray body = "{\"email\": \"" + QByteArray(9000, 'e') + "\", \"code\": \"x\"}";
        QByteArray lookups;
        for (int i = 0; i < 12; ++i) // 108 KB in all, more than one request may hold
            lookups +=
                "POST /api/v1/activations/lookup HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                "Content-Length: " +
                QByteArray::number(body.size()) + "\r\n\r\n" + body;
        RawClient big(h.server->port());
        QVERIFY(big.connected());
        big.send(lookups);
        QVERIFY(big.waitAnswers(12));
        QCOMPARE(big.answers("HTTP/1.1 400 Bad Request\r\n"), 12);
        QVERIFY(big.socket.state() == QAbstractSocket::ConnectedState);
    }

    void slowClientsAreCutOff()
    {
        EnrollmentHarness h(quickLimits());
        // Silent: closed without a word at the head timeout.
        RawClient silent(h.server->port());
        QVERIFY(silent.connected());
        // One byte at a time: the head deadline does not move; 408.
        RawClient dribble(h.server->port());
        QVERIFY(dribble.connected());
        QTimer drip;
        QObject::connect(&drip, &QTimer::timeout, &drip, [&] {
            if (dribble.socket.state() == QAbstractSocket::ConnectedState)
                dribble.send("a");
        });
        dribble.send("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ");
        drip.start(50);
        // A body slower than 1000 bytes a second after 200 ms of grace: 408.
        RawClient slowBody(h.server->port());
        QVERIFY(slowBody.connected());
        slowBody.send(
            "POST /api/v1/activations/lookup HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Content-Length: 800\r\n\r\n{");
        // Idle after an answer: closed at the idle timeout.
        RawClient idle(h.server->port());
        QVERIFY(idle.connected());
        idle.send(kHealth);
        QVERIFY(idle.waitAnswers(1));

        for (RawClient* c : {&silent, &dribble, &slowBody, &idle})
            QVERIFY(c->waitClosed());
        QCOMPARE(silent.received, QByteArray());
        QVERIFY2(dribble.received.startsWith("HTTP/1.1 408 Request Timeout\r\n"),
                 dribble.received.constData());
        QVERIFY2(slowBody.received.startsWith("HTTP/1.1 408 Request Timeout\r\n"),
                 slowBody.received.constData());
        QCOMPARE(idle.answers(), 1);
        // Each held on no longer than its deadline allows (400 ms head, 200 ms + 800 ms body, 400 ms
        // idle) plus lingering and a loaded machine's slack.
        QVERIFY2(silent.closedAfter >= 350 && silent.closedAfter < 3000,
                 QByteArray::number(silent.closedAfter).constData());
        QVERIFY2(dribble.closedAfter >= 350 && dribble.closedAfter < 3000,
                 QByteArray::number(dribble.closedAfter).constData());
        QVERIFY2(slowBody.closedAfter >= 950 && slowBody.closedAfter < 4000,
                 QByteArray::number(slowBody.closedAfter).constData());
        QCOMPARE(h.request("GET", QStringLiteral("/healthz")).status, 200);
    }

    // Past the per-client cap a connection is closed at once; at the total cap, a client with fewer
    // connections takes the place of the busiest address's idlest one.
    void connectionCapsShedAndMakeRoom()
    {
        net::ServerOptions options;
        options.limits.maxConnections = 10;
        options.limits.maxConnectionsPerClient = 4;
        EnrollmentHarness h(options);
        std::vector<std::unique_ptr<RawClient>> held;
        const auto open = [&](const char* from) {
            held.push_back(
                std::make_unique<RawClient>(h.server->port(), QHostAddress(QString::fromLatin1(from))));
            RawClient& c = *held.back();
            QVERIFY(waitUntil(
                [&] { return c.socket.state() == QAbstractSocket::ConnectedState || c.closedAfter >= 0; }));
            c.send("GET /healthz HTTP/1.1\r\n"); // a head that never ends
        };
        for (int i = 0; i < 6; ++i)
            open("127.0.0.2");
        for (int i = 0; i < 3; ++i)
            open("127.0.0.3");
        for (int i = 0; i < 3; ++i)
            open("127.0.0.4");
        const auto closed = [&] {
            return std::count_if(held.begin(), held.end(), [](auto& c) { return c->closedAfter >= 0; });
        };
        QVERIFY(waitUntil([&] { return closed() == 2; }));
        QTest::qWait(200);
        QCOMPARE(closed(), 2); // the 5th and 6th from 127.0.0.2, at once and without an answer
        QVERIFY(held[4]->closedAfter >= 0 && held[5]->closedAfter >= 0);
        QVERIFY(held[4]->closedAfter < 1000 && held[4]->received.isEmpty());

        // 4 + 3 + 3 = 10 held: a newcomer from 127.0.0.1 still gets its answer, fast.
        QElapsedTimer took;
        took.start();
        RawClient newcomer(h.server->port());
        QVERIFY(newcomer.connected());
        newcomer.send(kHealth);
        QVERIFY(newcomer.waitAnswers(1));
        QVERIFY2(took.elapsed() < 1000, QByteArray::number(took.elapsed()).constData());
        QVERIFY(newcomer.received.startsWith("HTTP/1.1 200 OK\r\n"));
        // ...in the place of one of 127.0.0.2's four.
        QVERIFY(waitUntil([&] { return closed() == 3; }));
        QVERIFY(std::any_of(held.begin(), held.begin() + 4, [](auto& c) { return c->closedAfter >= 0; }));
    }

    void healthReportsADatabaseThatCannotBeWritten()
    {
        net::ServerOptions options;
        options.healthProbeIntervalMs = 0; // a probe on every request
        EnrollmentHarness h(options);
        QCOMPARE(h.request("GET", QStringLiteral("/healthz")).status, 200);
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
            other.setDatabaseName(h.store.path());
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            const EnrollmentHarness::RawReply reply = h.request("GET", QStringLiteral("/healthz"));
            QCOMPARE(reply.status, 503);
            const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
            QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("not-ready"));
            QVERIFY2(body.value(QStringLiteral("reason"))
                         .toString()
                         .contains(QStringLiteral("database is locked")),
                     reply.body.constData());
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        QCOMPARE(h.request("GET", QStringLiteral("/healthz")).status, 200);
    }

    void forwardedForCountsOnlyFromTrustedProxies_data()
    {
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QByteArray>("forwardedFor");
        QTest::addColumn<QString>("client");
        QTest::newRow("direct, header ignored")
            << "203.0.113.9" << QByteArray("198.51.100.1") << "203.0.113.9";
        QTest::newRow("proxy, one hop") << "127.0.0.1" << QByteArray("198.51.100.1") << "198.51.100.1";
        QTest::newRow("proxy, forged left part")
            << "127.0.0.1" << QByteArray("10.9.9.9, 198.51.100.1") << "198.51.100.1";
        QTest::newRow("two trusted proxies")
            << "127.0.0.1" << QByteArray("198.51.100.1, 10.0.0.5") << "198.51.100.1";
        QTest::newRow("proxy, malformed")
            << "127.0.0.1" << QByteArray("198.51.100.1, nonsense") << "127.0.0.1";
        QTest::newRow("proxy, no header") << "127.0.0.1" << QByteArray() << "127.0.0.1";
        QTest::newRow("mapped IPv4 proxy")
            << "::ffff:127.0.0.1" << QByteArray("2001:db8::7") << "2001:db8::7";
    }

    void forwardedForCountsOnlyFromTrustedProxies()
    {
        QFETCH(QString, peer);
        QFETCH(QByteArray, forwardedFor);
        QFETCH(QString, client);
        QList<net::Subnet> proxies(2);
        QVERIFY(net::parseSubnet(QStringLiteral("127.0.0.1"), &proxies[0]));
        QVERIFY(net::parseSubnet(QStringLiteral("10.0.0.0/8"), &proxies[1]));
        QCOMPARE(net::clientAddressOf(QHostAddress(peer), forwardedFor, proxies), QHostAddress(client));
    }

    void ipv6ClientsCountByTheirSlash64()
    {
        QCOMPARE(net::clientKey(QHostAddress(QStringLiteral("2001:db8:1:2:aaaa::1"))),
                 QHostAddress(QStringLiteral("2001:db8:1:2::")));
        QCOMPARE(net::clientKey(QHostAddress(QStringLiteral("::ffff:192.0.2.7"))),
                 QHostAddress(QStringLiteral("192.0.2.7")));
        net::Subnet subnet;
        QVERIFY(!net::parseSubnet(QStringLiteral("proxy.example"), &subnet));
    }
};

QTEST_GUILESS_MAIN(TestConnectionGuard)
#include "TestConnectionGuard.moc"
