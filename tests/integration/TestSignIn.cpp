// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "EnrollmentHarness.h"

#include "webauthn/Base64Url.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

// An operator signs a desk in with their own key, end to end over HTTP: the desk starts a sign-in
// on the admin API, the phone opens its link and answers with an assertion the RP verifies, the
// desk collects a session and acts with it. Refusals are exact: another user's key, a replayed
// assertion, an expired sign-in, too many starts, a removed operator's session.
class TestSignIn : public QObject
{
    Q_OBJECT

private:
    struct Started
    {
        QString link;
        QString token;
        QString pollSecret;
        int matchNumber = 0;
    };

    // A user with an active key on the harness's phone, made an operator with `role`.
    static User operatorWithKey(EnrollmentHarness& h, const QString& name, const QString& email,
                                const char* role)
    {
        const User user = h.addUser(name, email);
        const IssuedLink issued = h.assign(user);
        if (!h.activate(issued.link).reply.ok())
            qFatal("activation failed");
        if (role && !h.store.core().operators().add(h.store.core().actor(), email, QString::fromLatin1(role)))
            qFatal("cannot make %s an operator", qPrintable(email));
        return user;
    }

    static Started start(EnrollmentHarness& h, const QString& desk = QStringLiteral("desk-7"))
    {
        const auto r = h.request("POST", QStringLiteral("/api/v1/admin/sign-in"),
                                 QJsonDocument(QJsonObject{{QStringLiteral("desk"), desk}}).toJson(),
                                 "application/json");
        if (r.status != 201)
            qFatal("sign-in start answered %d: %s", r.status, r.body.constData());
        const QJsonObject json = QJsonDocument::fromJson(r.body).object();
        Started s;
        s.link = json.value(QStringLiteral("link")).toString();
        s.token = QUrl(s.link).path().section(u'/', -1);
        s.pollSecret = json.value(QStringLiteral("pollSecret")).toString();
        s.matchNumber = json.value(QStringLiteral("matchNumber")).toInt();
        return s;
    }

    static EnrollmentHarness::RawReply collect(EnrollmentHarness& h, const QString& pollSecret)
    {
        return h.request("POST", QStringLiteral("/api/v1/admin/sign-in/collect"),
                         QJsonDocument(QJsonObject{{QStringLiteral("pollSecret"), pollSecret}}).toJson(),
                         "application/json");
    }

    static EnrollmentHarness::RawReply me(EnrollmentHarness& h, const QString& bearer)
    {
        return h.request("GET", QStringLiteral("/api/v1/admin/me"), {}, {},
                         {{"Authorization", "Bearer " + bearer.toLatin1()}});
    }

    static QString message(const EnrollmentHarness::RawReply& r)
    {
        return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("message")).toString();
    }

    // The phone's assertion for a sign-in, made by hand so that a test can send it twice.
    static QByteArray assertionFor(EnrollmentHarness& h, const Started& s)
    {
        const phone::ServerReply options =
            h.post(QStringLiteral("/api/v1/sign-ins/%1/options").arg(s.token), "{}");
        if (!options.ok())
            qFatal("options: %s", qPrintable(options.message()));
        authenticator::AssertionRequest request;
        request.challenge =
            *webauthn::fromBase64Url(options.body.value(QStringLiteral("challenge")).toString());
        request.rpId = options.body.value(QStringLiteral("rpId")).toString();
        request.origin = h.server->listeningUrl();
        auto& credential = const_cast<authenticator::SoftwareCredential&>(h.wallet.credentials().first());
        auto assertion = h.authenticator.getAssertion(credential, request, nullptr);
        return assertion->toJson();
    }

private Q_SLOTS:
    void thePhoneSignsTheDeskIn()
    {
        EnrollmentHarness h;
        const User ada =
            operatorWithKey(h, QStringLiteral("Ada King"), QStringLiteral("ada@example.com"), "admin");
        const Started s = start(h);
        QVERIFY(s.link.startsWith(h.server->listeningUrl() + QStringLiteral("/s/")));
        QVERIFY(s.pollSecret.startsWith(QStringLiteral("kdp_")));
        QVERIFY(s.matchNumber >= 10 && s.matchNumber <= 99);

        // The phone's page shows the desk, where it is and the number.
        const auto page = h.request("GET", QUrl(s.link).path());
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("desk-7"));
        QVERIFY(page.body.contains("127.0.0.1"));
        QVERIFY(page.body.contains(QByteArray::number(s.matchNumber)));

        // Nothing yet for the desk.
        auto waiting = collect(h, s.pollSecret);
        QCOMPARE(waiting.status, 202);

        // The options name no credential and require user verification.
        const phone::ServerReply options =
            h.post(QStringLiteral("/api/v1/sign-ins/%1/options").arg(s.token), "{}");
        QVERIFY(options.body.value(QStringLiteral("allowCredentials")).toArray().isEmpty());
        QCOMPARE(options.body.value(QStringLiteral("userVerification")).toString(),
                 QStringLiteral("required"));

        std::optional<phone::PhoneVerification> answered;
        h.phone.signIn(QUrl(s.link), h.wallet, authenticator::Tamper::None,
                       [&](phone::PhoneVerification r) { answered = r; });
        QVERIFY(waitUntil([&] { return answered.has_value(); }));
        QVERIFY2(answered->reply.ok(), qPrintable(answered->reply.message()));
        QCOMPARE(answered->reply.body.value(QStringLiteral("operator")).toString(),
                 QStringLiteral("ada@example.com"));

        const auto collected = collect(h, s.pollSecret);
        QCOMPARE(collected.status, 200);
        const QJsonObject session = QJsonDocument::fromJson(collected.body).object();
        QCOMPARE(session.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
        const QString bearer = session.value(QStringLiteral("session")).toString();
        QVERIFY(bearer.startsWith(QStringLiteral("kds_")));

        const auto who = me(h, bearer);
        QCOMPARE(who.status, 200);
        const QJsonObject whoJson = QJsonDocument::fromJson(who.body).object();
        QCOMPARE(whoJson.value(QStringLiteral("email")).toString(), QStringLiteral("ada@example.com"));
        QCOMPARE(whoJson.value(QStringLiteral("user_id")).toInteger(), ada.id);
        QCOMPARE(whoJson.value(QStringLiteral("credential")).toString(),
                 QStringLiteral("session ") + session.value(QStringLiteral("id")).toString());

        // The session is handed out once; the audit log has the approval and the session.
        const auto again = collect(h, s.pollSecret);
        QCOMPARE(again.status, 410);
        QCOMPARE(message(again), QStringLiteral("this sign-in's session was handed out already"));
        const auto events = h.store->audit().page({}, 0, 2).value();
        QCOMPARE(events.at(0).action, QStringLiteral("session.open"));
        QCOMPARE(events.at(0).details.value(QStringLiteral("desk")).toString(),
                 QStringLiteral("desk-7 (127.0.0.1)"));
        QCOMPARE(events.at(1).action, QStringLiteral("sign-in.approve"));

        // No credential, a bad one: 401 with the reason.
        const auto none = h.request("GET", QStringLiteral("/api/v1/admin/me"));
        QCOMPARE(none.status, 401);
        QCOMPARE(message(none), QStringLiteral("the request carries no bearer credential; sign in again"));
        QCOMPARE(none.header("WWW-Authenticate"), QByteArray("Bearer realm=\"KeyDesk\""));
        QCOMPARE(me(h, QStringLiteral("kds_") + QString(43, u'x')).status, 401);
    }

    void anotherUsersKeyIsRefusedAndAudited()
    {
        EnrollmentHarness h;
        operatorWithKey(h, QStringLiteral("Bo Lee"), QStringLiteral("bo@example.com"), nullptr); // no role
        const Started s = start(h);
        std::optional<phone::PhoneVerification> answered;
        h.phone.signIn(QUrl(s.link), h.wallet, authenticator::Tamper::None,
                       [&](phone::PhoneVerification r) { answered = r; });
        QVERIFY(waitUntil([&] { return answered.has_value(); }));
        QCOMPARE(answered->reply.httpStatus, 400);
        QCOMPARE(answered->reply.body.value(QStringLiteral("error")).toString(),
                 QStringLiteral("sign-in-refused"));
        QCOMPARE(answered->reply.message(),
                 QStringLiteral("KeyDesk did not sign you in: bo@example.com is not a KeyDesk operator"));
        const auto refused = collect(h, s.pollSecret);
        QCOMPARE(refused.status, 410);
        QCOMPARE(message(refused),
                 QStringLiteral("the sign-in was refused: bo@example.com is not a KeyDesk operator"));
        const AuditEvent event = h.store->audit().page({}, 0, 1).value().first();
        QCOMPARE(event.action, QStringLiteral("sign-in.refuse"));
        QCOMPARE(event.targetLabel, QStringLiteral("bo@example.com"));
        QCOMPARE(event.details.value(QStringLiteral("desk_address")).toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(scalar(h.store->database(), QStringLiteral("SELECT count(*) FROM operator_sessions")) == 0);
    }

    void aReplayedAssertionIsRefusedWithEveryCheck()
    {
        EnrollmentHarness h;
        operatorWithKey(h, QStringLiteral("Ada King"), QStringLiteral("ada@example.com"), "helpdesk");
        const Started first = start(h);
        const QByteArray assertion = assertionFor(h, first);
        const QString complete = QStringLiteral("/api/v1/sign-ins/%1/complete");
        QVERIFY(h.post(complete.arg(first.token), assertion).ok());
        // The same assertion again: that sign-in is finished.
        const phone::ServerReply twice = h.post(complete.arg(first.token), assertion);
        QCOMPARE(twice.httpStatus, 409);
        QCOMPARE(twice.body.value(QStringLiteral("error")).toString(), QStringLiteral("used"));
        // Against a new sign-in: the challenge is not its own.
        const Started second = start(h);
        const phone::ServerReply replayed = h.post(complete.arg(second.token), assertion);
        QCOMPARE(replayed.httpStatus, 400);
        QVERIFY2(replayed.message().startsWith(QStringLiteral(
                     "KeyDesk did not sign you in: the relying party refused the assertion (")),
                 qPrintable(replayed.message()));
        const AuditEvent event = h.store->audit().page({}, 0, 1).value().first();
        QCOMPARE(event.action, QStringLiteral("sign-in.refuse"));
        QCOMPARE(event.targetLabel, QStringLiteral("ada@example.com"));
        QCOMPARE(event.details.value(QStringLiteral("failed_check")).toString(), QStringLiteral("challenge"));
        const QJsonArray checks = event.details.value(QStringLiteral("verdict"))
                                      .toObject()
                                      .value(QStringLiteral("checks"))
                                      .toArray();
        QVERIFY2(checks.size() >= 3, QJsonDocument(event.details).toJson().constData());
        QCOMPARE(collect(h, second.pollSecret).status, 410);
    }

    void expiredSignInsAndRateLimits()
    {
        EnrollmentHarness h;
        operatorWithKey(h, QStringLiteral("Ada King"), QStringLiteral("ada@example.com"), "auditor");
        const Started s = start(h);
        h.store.clock().advance(SignInService::kLifetimeMs);
        const auto expired = collect(h, s.pollSecret);
        QCOMPARE(expired.status, 410);
        QCOMPARE(message(expired),
                 QStringLiteral("the sign-in expired before the phone answered; start a new one"));
        const auto page = h.request("GET", QUrl(s.link).path());
        QVERIFY(page.body.contains("This sign-in has expired."));
        const phone::ServerReply late =
            h.post(QStringLiteral("/api/v1/sign-ins/%1/options").arg(s.token), "{}");
        QCOMPARE(late.httpStatus, 410);

        // Ten starts from one address in ten minutes, then 429 until the window moves on.
        for (int i = 1; i < SignInService::kStartsPerWindow; ++i)
            start(h);
        const auto tooMany = h.request("POST", QStringLiteral("/api/v1/admin/sign-in"),
                                       R"({"desk": "desk-7"})", "application/json");
        QCOMPARE(tooMany.status, 429);
        QCOMPARE(message(tooMany),
                 QStringLiteral("too many sign-ins from 127.0.0.1; wait a few minutes and try again"));
        const auto noName = h.request("POST", QStringLiteral("/api/v1/admin/sign-in"), R"({"desk": " "})",
                                      "application/json");
        QCOMPARE(noName.status, 400);
        QCOMPARE(message(noName), QStringLiteral("a desk names itself in 1 to 100 characters"));
        h.store.clock().advance(SignInService::kStartWindowMs);
        start(h);
        QCOMPARE(collect(h, QStringLiteral("kdp_nonsense")).status, 410);
    }

    void removingTheOperatorEndsTheSession()
    {
        EnrollmentHarness h;
        operatorWithKey(h, QStringLiteral("Ada King"), QStringLiteral("ada@example.com"), "helpdesk");
        h.addUser(QStringLiteral("Cy Ray"), QStringLiteral("cy@example.com"));
        QVERIFY(h.store.core().operators().add(h.store.core().actor(), QStringLiteral("cy@example.com"),
                                               QStringLiteral("admin")));
        const Started s = start(h);
        std::optional<phone::PhoneVerification> answered;
        h.phone.signIn(QUrl(s.link), h.wallet, authenticator::Tamper::None,
                       [&](phone::PhoneVerification r) { answered = r; });
        QVERIFY(waitUntil([&] { return answered.has_value(); }));
        const QString bearer = QJsonDocument::fromJson(collect(h, s.pollSecret).body)
                                   .object()
                                   .value(QStringLiteral("session"))
                                   .toString();
        QCOMPARE(me(h, bearer).status, 200);
        QVERIFY(h.store.core().operators().remove(h.store.core().actor(), QStringLiteral("ada@example.com")));
        const auto gone = me(h, bearer);
        QCOMPARE(gone.status, 401);
        QCOMPARE(message(gone), QStringLiteral("the session has ended or was revoked; sign in again"));
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "TestSignIn.moc"
