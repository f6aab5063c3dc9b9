// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// The test-mode relying party over real HTTP: a verification link (/v/<id>) answered by the
// software authenticator as the phone, the key stamped verified, every tamper mode caught by the
// matching check with the key left as it was, and every way a request can be refused.
#include "EnrollmentHarness.h"
#include "core/keys/KeyLifecycle.h"

#include "webauthn/Base64Url.h"
#include "webauthn/VerdictJson.h"

#include <QJsonArray>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;
using authenticator::Tamper;

class TestVerificationServer : public QObject
{
    Q_OBJECT

private:
    static QString api(const QString& link, const char* step)
    {
        return QStringLiteral("/api/v1/verifications/%1/%2")
            .arg(QUrl(link).path().section(u'/', -1), QLatin1String(step));
    }

    // An active key of a new user, activated by the harness's phone.
    static SecurityKey activeKey(EnrollmentHarness& h, const QString& email)
    {
        const User user = h.addUser(QStringLiteral("Grace Hopper"), email);
        const IssuedLink issued = h.assign(user);
        const phone::PhoneActivation activation = h.activate(issued.link);
        if (!activation.reply.ok())
            qFatal("activation failed: %s", qPrintable(activation.reply.message()));
        return h.store->keys().findById(issued.key.id).value()->key;
    }

    static QStringList checkNames(const QJsonObject& verdict, bool passed)
    {
        QStringList names;
        for (const QJsonValue c : verdict.value(QStringLiteral("checks")).toArray())
            if (c.toObject().value(QStringLiteral("passed")).toBool() == passed)
                names << c.toObject().value(QStringLiteral("name")).toString();
        return names;
    }

private Q_SLOTS:
    void verifiesAndStampsTheKey()
    {
        EnrollmentHarness h;
        const SecurityKey key = activeKey(h, QStringLiteral("grace@example.com"));
        QCOMPARE(key.signCount, 0u);
        QVERIFY(!key.lastVerifiedAtMs);
        h.store.clock().advance(60'000);

        const VerificationLink started = h.startVerification(key.id);
        QVERIFY(started.link.startsWith(h.server->listeningUrl() + QStringLiteral("/v/")));
        QCOMPARE(started.linkId.size(), 43);
        // Only the hash of the link's id is stored.
        QCOMPARE(scalar(h.store->database(), QStringLiteral("SELECT count(*) FROM verifications WHERE "
                                                            "instr(CAST(link_hash AS TEXT), '%1') > 0")
                                                 .arg(started.linkId)),
                 0);

        // The options allow exactly the key's credential.
        const phone::ServerReply options = h.post(api(started.link, "options"), "{}");
        QVERIFY2(options.ok(), qPrintable(options.message()));
        const QJsonArray allowed = options.body.value(QStringLiteral("allowCredentials")).toArray();
        QCOMPARE(allowed.size(), 1);
        QCOMPARE(allowed.first().toObject().value(QStringLiteral("id")).toString(),
                 webauthn::toBase64Url(key.credentialId));
        QCOMPARE(options.body.value(QStringLiteral("rpId")).toString(), QStringLiteral("localhost"));
        QCOMPARE(options.body.value(QStringLiteral("userVerification")).toString(),
                 QStringLiteral("required"));

        const phone::PhoneVerification result = h.verify(started.link);
        QVERIFY2(result.reply.ok(), qPrintable(result.reply.message()));
        QCOMPARE(result.credentialId, key.credentialId);
        QCOMPARE(result.reply.body.value(QStringLiteral("status")).toString(), QStringLiteral("verified"));
        QCOMPARE(result.reply.body.value(QStringLiteral("authenticator")).toString(),
                 QStringLiteral("KeyDesk virtual phone"));
        const QJsonObject verdict = result.reply.body.value(QStringLiteral("verdict")).toObject();
        QVERIFY(verdict.value(QStringLiteral("verified")).toBool());
        QCOMPARE(checkNames(verdict, false), QStringList());
        const QStringList passed = checkNames(verdict, true);
        for (const char* name :
             {"response", "credentialId", "userHandle", "type", "challenge", "origin", "rpIdHash",
              "userPresent", "userVerified", "backupState", "signature", "signCount"})
            QVERIFY2(passed.contains(QLatin1String(name)), name);

        // The key is stamped with the time and the new counter, in the same transaction as the
        // verification's verdict and its audit event.
        const SecurityKey after = h.store->keys().findById(key.id).value()->key;
        QCOMPARE(after.signCount, 1u);
        QCOMPARE(after.lastVerifiedAtMs, std::optional<qint64>(h.store.clock().nowMs()));
        QCOMPARE(after.status, KeyStatus::Active);
        auto stored = h.store->verifications().findById(started.verification.id);
        QVERIFY(stored && stored.value());
        QCOMPARE(stored.value()->state(h.store.clock().nowMs()), VerificationState::Verified);
        QCOMPARE(stored.value()->signCount, std::optional<quint32>(1));
        // What is kept: the verdict as answered, its details as codes only (no sentences).
        QCOMPARE(stored.value()->verdict, webauthn::verdictForStorage(verdict));
        QVERIFY(!stored.value()->verdict.contains(QStringLiteral("detail")));
        QCOMPARE(scalar(h.store->database(), QStringLiteral("SELECT count(*) FROM verifications WHERE "
                                                            "challenge IS NULL AND outcome = 'verified'")),
                 1);
        QCOMPARE(textScalar(
                     h.store->database(),
                     QStringLiteral("SELECT group_concat(action, ' ') FROM (SELECT action FROM audit_events "
                                    "WHERE action LIKE 'key.verify%' ORDER BY id)")),
                 QStringLiteral("key.verify-start key.verify"));
        QCOMPARE(
            scalar(h.store->database(), QStringLiteral("SELECT json_extract(details, '$.sign_count') FROM "
                                                       "audit_events WHERE action = 'key.verify'")),
            1);

        // A verification is answered once.
        const QString before = h.rows();
        const phone::PhoneVerification again = h.verify(started.link);
        QCOMPARE(again.reply.httpStatus, 409);
        QCOMPARE(again.reply.body.value(QStringLiteral("error")).toString(), QStringLiteral("used"));
        QCOMPARE(h.rows(), before);
    }

    void tamperModesFailTheMatchingCheck_data()
    {
        QTest::addColumn<Tamper>("tamper");
        QTest::addColumn<QString>("check");
        QTest::newRow("wrong origin") << Tamper::WrongOrigin << QStringLiteral("origin");
        QTest::newRow("replayed challenge") << Tamper::StaleChallenge << QStringLiteral("challenge");
        QTest::newRow("cloned counter") << Tamper::ClonedCounter << QStringLiteral("signCount");
        QTest::newRow("bad signature") << Tamper::BadSignature << QStringLiteral("signature");
        QTest::newRow("flipped flag") << Tamper::FlippedFlag << QStringLiteral("userPresent");
    }

    void tamperModesFailTheMatchingCheck()
    {
        QFETCH(Tamper, tamper);
        QFETCH(QString, check);
        EnrollmentHarness h;
        const SecurityKey key = activeKey(h, QStringLiteral("grace@example.com"));
        // One honest verification first, so that the counter has a value a clone would repeat.
        QVERIFY(h.verify(h.startVerification(key.id).link).reply.ok());
        const QString keyBefore = tableDump(h.store->database(), QStringLiteral("security_keys"));

        const VerificationLink started = h.startVerification(key.id);
        const phone::PhoneVerification result = h.verify(started.link, tamper);
        QCOMPARE(result.reply.httpStatus, 400);
        QCOMPARE(result.reply.body.value(QStringLiteral("error")).toString(),
                 QStringLiteral("verification-failed"));
        const QJsonObject verdict = result.reply.body.value(QStringLiteral("verdict")).toObject();
        QCOMPARE(verdict.value(QStringLiteral("error")).toString(), check);
        QCOMPARE(checkNames(verdict, false), QStringList{check});
        QVERIFY(result.reply.message().contains(QStringLiteral("(%1)").arg(check)));

        // The key is exactly as it was; the failure is recorded and audited.
        QCOMPARE(tableDump(h.store->database(), QStringLiteral("security_keys")), keyBefore);
        auto stored = h.store->verifications().findById(started.verification.id);
        QCOMPARE(stored.value()->state(h.store.clock().nowMs()), VerificationState::Failed);
        QCOMPARE(stored.value()->failedCheck, check);
        QCOMPARE(textScalar(
                     h.store->database(),
                     QStringLiteral("SELECT json_extract(details, '$.failed_check') FROM audit_events WHERE "
                                    "action = 'key.verify' ORDER BY id DESC LIMIT 1")),
                 check);

        // An honest answer to a new verification still passes afterwards: the stored counter was
        // not moved by the refused one.
        QVERIFY(h.verify(h.startVerification(key.id).link).reply.ok());
    }

    void refusals()
    {
        EnrollmentHarness h;
        const SecurityKey key = activeKey(h, QStringLiteral("grace@example.com"));
        const VerificationLink started = h.startVerification(key.id);
        const auto refused = [&](const QString& path, const QByteArray& body, int status,
                                 const QString& code) {
            const QString before = h.rows();
            const phone::ServerReply reply = h.post(path, body);
            QCOMPARE(reply.httpStatus, status);
            QCOMPARE(reply.body.value(QStringLiteral("error")).toString(), code);
            QCOMPARE(h.rows(), before);
        };
        const QString wellFormedUnknown = QString(43, u'A');
        refused(QStringLiteral("/api/v1/verifications/%1/options").arg(wellFormedUnknown), "{}", 404,
                QStringLiteral("unknown-link"));
        refused(QStringLiteral("/api/v1/verifications/short/complete"), "{}", 404,
                QStringLiteral("unknown-link"));
        refused(api(started.link, "complete"), "{\"id\": 1}", 400, QStringLiteral("malformed-response"));
        refused(api(started.link, "complete"), "not json", 400, QStringLiteral("malformed-response"));
        QCOMPARE(h.request("GET", api(started.link, "options")).status, 405);

        // Another credential is not the one under test: recorded as a failed credentialId check.
        authenticator::SoftwareAuthenticator stranger;
        authenticator::CreationRequest create;
        create.challenge = QByteArray(32, 'c');
        create.rpId = QStringLiteral("localhost");
        create.origin = h.server->listeningUrl();
        create.algorithms = {-7};
        auto other = stranger.makeCredential(create, nullptr);
        QVERIFY(other);
        const auto options = h.post(api(started.link, "options"), "{}");
        authenticator::AssertionRequest sign;
        sign.challenge = *webauthn::fromBase64Url(options.body.value(QStringLiteral("challenge")).toString());
        sign.rpId = QStringLiteral("localhost");
        sign.origin = h.server->listeningUrl();
        auto assertion = stranger.getAssertion(other->credential, sign, nullptr);
        const phone::ServerReply wrongKey = h.post(api(started.link, "complete"), assertion->toJson());
        QCOMPARE(wrongKey.httpStatus, 400);
        QCOMPARE(wrongKey.body.value(QStringLiteral("verdict"))
                     .toObject()
                     .value(QStringLiteral("error"))
                     .toString(),
                 QStringLiteral("credentialId"));

        // Expired: nobody answered within the challenge's lifetime (5 minutes).
        const VerificationLink late = h.startVerification(key.id);
        h.store.clock().advance(5 * 60 * 1000 + 1);
        refused(api(late.link, "options"), "{}", 410, QStringLiteral("expired"));
        const auto expiredPage = h.request("GET", QUrl(late.link).path());
        QCOMPARE(expiredPage.status, 200);
        QVERIFY(expiredPage.body.contains("\"state\":\"expired\""));
        QVERIFY(!expiredPage.body.contains(late.linkId.toLatin1()));

        // A key withdrawn after the verification started cannot be verified any more, and a
        // verification cannot start for it.
        const VerificationLink pending = h.startVerification(key.id);
        QVERIFY(
            KeyLifecycle(*h.store).suspend(Actor(h.store->actor()), key.id, QStringLiteral("phone lost")));
        refused(api(pending.link, "options"), "{}", 410, QStringLiteral("withdrawn"));
        VerificationService service(*h.store, h.server->config(), AuthenticatorNames::builtin());
        const auto refusedStart = service.start(Actor(h.store->actor()), key.id);
        QVERIFY(!refusedStart);
        QCOMPARE(refusedStart.error(),
                 QStringLiteral("only an active key can be verified; key %1 is suspended").arg(key.id));
    }

    void pageShowsTheUserAndCarriesNoSecretWhenDead()
    {
        EnrollmentHarness h;
        const SecurityKey key = activeKey(h, QStringLiteral("grace@example.com"));
        const VerificationLink started = h.startVerification(key.id);
        const auto page = h.request("GET", QUrl(started.link).path());
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("content-type").startsWith("text/html"));
        QVERIFY(page.header("content-security-policy").contains("script-src 'self'"));
        QCOMPARE(page.header("cache-control"), QByteArray("no-store"));
        QVERIFY(page.body.contains("Hello Grace Hopper"));
        QVERIFY(page.body.contains("\"state\":\"live\""));
        QVERIFY(page.body.contains(started.linkId.toLatin1()));
        QVERIFY(h.verify(started.link).reply.ok());
        const auto finished = h.request("GET", QUrl(started.link).path());
        QVERIFY(finished.body.contains("\"state\":\"finished\""));
        QVERIFY(!finished.body.contains(started.linkId.toLatin1()));
        const auto unknown = h.request("GET", QStringLiteral("/v/nothing"));
        QVERIFY(unknown.body.contains("\"state\":\"unknown\""));
        for (const char* asset : {"/assets/verify.js", "/assets/webauthn-json.js"}) {
            const auto js = h.request("GET", QLatin1String(asset));
            QCOMPARE(js.status, 200);
            QVERIFY(js.header("content-type").startsWith("text/javascript"));
        }
    }
};

QTEST_GUILESS_MAIN(TestVerificationServer)
#include "TestVerificationServer.moc"
