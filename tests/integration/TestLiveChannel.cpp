// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "EnrollmentHarness.h"

#include "core/access/AccessService.h"
#include "core/store/Store.h"

#include <QJsonDocument>
#include <QTest>
#include <QWebSocket>

using namespace keydesk;
using namespace keydesk::test;

// The admin API's live channel (docs/team-mode.md): a desk that opens the WebSocket with its
// session hears where the change log stands, and again whenever it moves — by a request to this
// server or by a write this server did not make. Upgrades without a credential, with a role that
// may not read, or without the upgrade are refused with the admin API's errors; a session that
// ends closes the channel; closed channels give their connection back.
class TestLiveChannel : public QObject
{
    Q_OBJECT

private:
    // A desk on the channel: the messages it heard, in order.
    struct Desk
    {
        QWebSocket socket;
        QList<QJsonObject> heard;
        QWebSocketProtocol::CloseCode closeCode = QWebSocketProtocol::CloseCodeNormal;
        QString closeReason;
        bool closed = false;

        Desk(EnrollmentHarness& h, const QByteArray& authorization)
        {
            QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [this](const QString& text) {
                heard << QJsonDocument::fromJson(text.toUtf8()).object();
            });
            QObject::connect(&socket, &QWebSocket::disconnected, &socket, [this] {
                closed = true;
                closeCode = socket.closeCode();
                closeReason = socket.closeReason();
            });
            QUrl url = h.url(QStringLiteral("/api/v1/admin/live"));
            url.setScheme(QStringLiteral("ws"));
            QNetworkRequest request(url);
            if (!authorization.isEmpty())
                request.setRawHeader("Authorization", authorization);
            socket.open(request);
        }
        qint64 through() const
        {
            return heard.isEmpty() ? -1 : heard.last().value(QStringLiteral("through")).toInteger();
        }
    };

    static QByteArray sessionOf(EnrollmentHarness& h, const QString& email, const char* role)
    {
        const Actor direct = h.store.core().actor();
        const User user = h.addUser(email.section(u'@', 0, 0), email);
        if (!h.store.core().operators().add(direct, email, QString::fromLatin1(role)))
            qFatal("cannot make %s an operator", qPrintable(email));
        return "Bearer " +
               h.store.core().access().openSession(user.id, QStringLiteral("desk"), 0)->secret.toLatin1();
    }

    static qint64 logEnd(EnrollmentHarness& h) { return h.store->changeLog().head().value().through; }

private Q_SLOTS:
    void aDeskHearsEveryChangeWhoeverMadeIt()
    {
        EnrollmentHarness h;
        const QByteArray helpdesk = sessionOf(h, QStringLiteral("ana@example.com"), "helpdesk");
        Desk desk(h, helpdesk);
        // At once, where the log stands.
        QVERIFY(waitUntil([&] { return !desk.heard.isEmpty(); }));
        QCOMPARE(desk.through(), logEnd(h));
        QCOMPARE(desk.heard.first().value(QStringLiteral("epoch")).toString(),
                 h.store->changeLog().head().value().epoch);
        QCOMPARE(h.server->liveListeners(), 1);

        // A change through this server's admin API.
        const auto added = h.request("POST", QStringLiteral("/api/v1/admin/users"),
                                     R"({"display_name": "Dora Finch", "email": "dora@example.com"})",
                                     "application/json", {{"Authorization", helpdesk}});
        QCOMPARE(added.status, 201);
        QVERIFY(waitUntil([&] { return desk.through() == logEnd(h); }));

        // A change this server did not make (another instance, keydesk-cli on the database).
        const qint64 before = desk.through();
        h.addUser(QStringLiteral("Eli Moss"), QStringLiteral("eli@example.com"));
        QVERIFY(logEnd(h) > before);
        QVERIFY(waitUntil([&] { return desk.through() == logEnd(h); }));
        // Told once per move: no message repeats the one before it.
        for (int i = 1; i < desk.heard.size(); ++i)
            QVERIFY(desk.heard[i] != desk.heard[i - 1]);

        desk.socket.close();
        QVERIFY(waitUntil([&] { return h.server->liveListeners() == 0; }));
    }

    void upgradesAreRefusedWithTheAdminApisErrors()
    {
        EnrollmentHarness h;
        const QByteArray helpdesk = sessionOf(h, QStringLiteral("ana@example.com"), "helpdesk");
        const QList<std::pair<QByteArray, QByteArray>> upgrade{
            {"Connection", "Upgrade"},
            {"Upgrade", "websocket"},
            {"Sec-WebSocket-Version", "13"},
            {"Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="}};
        const auto error = [](const EnrollmentHarness::RawReply& r) {
            return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toString();
        };

        const auto anonymous = h.request("GET", QStringLiteral("/api/v1/admin/live"), {}, {}, upgrade);
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(error(anonymous), QStringLiteral("sign-in-required"));
        QCOMPARE(QJsonDocument::fromJson(anonymous.body).object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("the request carries no bearer credential; sign in again"));

        auto wrongSecret = upgrade;
        wrongSecret.append(std::pair<QByteArray, QByteArray>(
            "Authorization", "Bearer kds_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        const auto unknown = h.request("GET", QStringLiteral("/api/v1/admin/live"), {}, {}, wrongSecret);
        QCOMPARE(unknown.status, 401);

        const auto notUpgrade =
            h.request("GET", QStringLiteral("/api/v1/admin/live"), {}, {}, {{"Authorization", helpdesk}});
        QCOMPARE(notUpgrade.status, 426);
        QCOMPARE(error(notUpgrade), QStringLiteral("upgrade-required"));
        QCOMPARE(notUpgrade.header("Upgrade"), QByteArray("websocket"));

        const auto posted = h.request("POST", QStringLiteral("/api/v1/admin/live"), "{}", "application/json",
                                      {{"Authorization", helpdesk}});
        QCOMPARE(posted.status, 405);

        // A refused upgrade through QtWebSockets: the channel never opens.
        Desk anonymousDesk(h, {});
        QVERIFY(
            waitUntil([&] { return anonymousDesk.socket.error() != QAbstractSocket::UnknownSocketError; }));
        QVERIFY(anonymousDesk.heard.isEmpty());
        QCOMPARE(h.server->liveListeners(), 0);
    }

    void anEndedSessionClosesTheChannel()
    {
        net::ServerOptions options;
        options.liveHeartbeatMs = 200;
        EnrollmentHarness h(options);
        const QByteArray helpdesk = sessionOf(h, QStringLiteral("ana@example.com"), "helpdesk");
        Desk desk(h, helpdesk);
        QVERIFY(waitUntil([&] { return !desk.heard.isEmpty(); }));
        // The heartbeat says it again while the session holds.
        const int heardBefore = int(desk.heard.size());
        QVERIFY(waitUntil([&] { return desk.heard.size() > heardBefore + 1; }));
        QVERIFY(!desk.closed);

        const QString sessionId = h.store.core().access().sessions(h.store.core().actor()).value().first().id;
        QVERIFY(h.store.core().access().endSession(h.store.core().actor(), sessionId));
        QVERIFY(waitUntil([&] { return desk.closed; }));
        QCOMPARE(desk.closeCode, QWebSocketProtocol::CloseCodePolicyViolated);
        QCOMPARE(desk.closeReason, QStringLiteral("the sign-in has ended"));
        QVERIFY(waitUntil([&] { return h.server->liveListeners() == 0; }));
    }

    void closedChannelsGiveTheirConnectionBack()
    {
        // Two connections per client: were a closed channel still counted, the third desk and the
        // request after it would be shed.
        net::ServerOptions options;
        options.limits.maxConnectionsPerClient = 2;
        EnrollmentHarness h(options);
        const QByteArray helpdesk = sessionOf(h, QStringLiteral("ana@example.com"), "helpdesk");
        for (int i = 0; i < 4; ++i) {
            Desk desk(h, helpdesk);
            QVERIFY2(waitUntil([&] { return !desk.heard.isEmpty(); }), qPrintable(QString::number(i)));
            desk.socket.close();
            QVERIFY(waitUntil([&] { return desk.closed && h.server->liveListeners() == 0; }));
        }
        QCOMPARE(h.request("GET", QStringLiteral("/healthz")).status, 200);
    }
};

QTEST_MAIN(TestLiveChannel)
#include "TestLiveChannel.moc"
