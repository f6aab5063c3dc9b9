// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Security keys and activations in the store: lifecycle, secrets, expiry, audit, and the
// values that configure them.
#include "authenticator/SoftwareAuthenticator.h"
#include "core/activation/ActivationSecrets.h"
#include "core/activation/AuthenticatorNames.h"
#include "core/activation/EnrollmentConfig.h"
#include "core/activation/KeyEnrollment.h"
#include "core/activation/LookupRateLimiter.h"
#include "core/keys/KeyLifecycle.h"
#include "core/mail/ActivationEmail.h"
#include "core/mail/MimeMessage.h"
#include "support/TestSupport.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

class TestSecurityKeys : public QObject
{
    Q_OBJECT

    static User addUser(TestStore& store, const QString& email)
    {
        auto user =
            store->users().create(UserFields{QStringLiteral("User"), email, {}, {}}, UserSource::Manual);
        if (!user)
            qFatal("%s", qPrintable(user.error()));
        return user.value();
    }

    static KeyAssignment assign(TestStore& store, const User& user,
                                ActivationMethod method = ActivationMethod::Now)
    {
        auto a = KeyLifecycle(*store).assign(by(store), user, KeyType::Smartphone, KeySettings{}, method, {},
                                             ActivationLifetimes{});
        if (!a)
            qFatal("%s", qPrintable(a.error()));
        return a.value();
    }

    static Actor by(TestStore& store) { return Actor(store->actor()); }
    static KeyLifecycle keys(TestStore& store) { return KeyLifecycle(*store); }
    static ActivationState stateOf(TestStore& store, const QString& token)
    {
        auto found = store->keys().findByToken(token);
        if (!found || !found.value())
            qFatal("no activation for the token");
        return activationState(found.value()->activation, found.value()->key, store.clock().nowMs());
    }

    static int auditCount(TestStore& store, const QString& action)
    {
        return int(
            scalar(store->database(),
                   QStringLiteral("SELECT count(*) FROM audit_events WHERE action = '%1'").arg(action)));
    }

private Q_SLOTS:
    void secretsAreRandomAndStoredHashed()
    {
        TestStore store;
        const User ada = addUser(store, QStringLiteral("ada@example.com"));
        const KeyAssignment a = assign(store, ada);
        QVERIFY(looksLikeToken(a.issued.secrets.token));
        QCOMPARE(
            QByteArray::fromBase64(a.issued.secrets.token.toLatin1(), QByteArray::Base64UrlEncoding).size(),
            32);
        QCOMPARE(a.issued.secrets.manualCode.size(), kManualCodeLength);
        QVERIFY(normalizeManualCode(a.issued.secrets.manualCode).has_value());
        // Neither secret appears anywhere in the database file's rows or the audit log.
        QSqlQuery q(store->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT token_hash, manual_code_hash FROM activations")) && q.next());
        QCOMPARE(q.value(0).toByteArray(), tokenHash(a.issued.secrets.token));
        QVERIFY(q.value(1).toByteArray() != QByteArray());
        const QString everything = tableDump(store->database(), QStringLiteral("activations")) +
                                   tableDump(store->database(), QStringLiteral("audit_events")) +
                                   tableDump(store->database(), QStringLiteral("security_keys"));
        QVERIFY(!everything.contains(a.issued.secrets.token));
        QVERIFY(!everything.contains(a.issued.secrets.manualCode));
        // The code key sits beside the database (for PostgreSQL, where the instance is told),
        // readable by its owner only.
        const QFileInfo key(Store::codeKeyFileFor(store->database().location(), {}));
        QCOMPARE(key.size(), 32);
        QCOMPARE(key.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        // Two assignments never share secrets.
        const KeyAssignment b = assign(store, addUser(store, QStringLiteral("bob@example.com")));
        QVERIFY(b.issued.secrets.token != a.issued.secrets.token);
    }

    void manualCodesNormalise_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("grouped") << "ABCD-EFGH"
                                 << "ABCDEFGH";
        QTest::newRow("lower, spaced") << "abcd efgh"
                                       << "ABCDEFGH";
        QTest::newRow("ambiguous O") << "ABCD-EFGO"
                                     << "";
        QTest::newRow("digit one") << "ABCD-EFG1"
                                   << "";
        QTest::newRow("too short") << "ABCD-EFG"
                                   << "";
        QTest::newRow("too long") << "ABCD-EFGHJ"
                                  << "";
        QTest::newRow("non-ASCII") << QStringLiteral("ABCD-EFGÄ") << "";
    }

    void manualCodesNormalise()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        QCOMPARE(normalizeManualCode(typed).value_or(QString()), expected);
    }

    void lifecycleIsAuditedAndGuarded()
    {
        TestStore store;
        const User ada = addUser(store, QStringLiteral("ada@example.com"));
        const KeyAssignment a = assign(store, ada);
        QCOMPARE(auditCount(store, QStringLiteral("key.assign")), 1);

        // Only an active key can be suspended; a pending one can be revoked, with a reason.
        QCOMPARE(keys(store).suspend(by(store), a.key.id, {}).error(),
                 QStringLiteral("key %1 is pending; it must be active to be suspended").arg(a.key.id));
        QCOMPARE(keys(store).revoke(by(store), a.key.id, QStringLiteral("  ")).error(),
                 QStringLiteral("a reason is required to revoke a key"));

        // Re-issue supersedes the old activation and keeps the key pending.
        auto reissued =
            keys(store).reissue(by(store), a.key.id, ActivationMethod::Email, ActivationLifetimes{});
        QVERIFY(reissued);
        QCOMPARE(reissued->activation.expiresAtMs - reissued->activation.createdAtMs,
                 ActivationLifetimes{}.emailMs);
        QCOMPARE(stateOf(store, a.issued.secrets.token), ActivationState::Superseded);
        QCOMPARE(stateOf(store, reissued->secrets.token), ActivationState::Live);
        QCOMPARE(auditCount(store, QStringLiteral("key.reissue")), 1);

        // Delete works for a never-activated key only, and takes its activations with it.
        QVERIFY(keys(store).remove(by(store), a.key.id));
        QCOMPARE(scalar(store->database(), QStringLiteral("SELECT count(*) FROM activations")), 0);
        QCOMPARE(auditCount(store, QStringLiteral("key.delete")), 1);
        QCOMPARE(keys(store).remove(by(store), a.key.id).error(),
                 QStringLiteral("no security key %1").arg(a.key.id));

        // A revoked key cannot be re-issued, resumed or deleted.
        const KeyAssignment b = assign(store, ada);
        QVERIFY(keys(store).revoke(by(store), b.key.id, QStringLiteral("lost")));
        QCOMPARE(keys(store).reissue(by(store), b.key.id, ActivationMethod::Now, {}).error(),
                 QStringLiteral("key %1 is revoked; only a pending or expired key gets a new activation")
                     .arg(b.key.id));
        QVERIFY(!keys(store).resume(by(store), b.key.id));
        QVERIFY(!keys(store).remove(by(store), b.key.id));
        auto row = store->keys().findById(b.key.id);
        QCOMPARE(row.value()->key.statusReason, QStringLiteral("lost"));
        QCOMPARE(stateOf(store, b.issued.secrets.token), ActivationState::KeyWithdrawn);
    }

    void onePendingKeyOfATypePerUser()
    {
        TestStore store;
        const User ada = addUser(store, QStringLiteral("ada@example.com"));
        const KeyAssignment a = assign(store, ada);
        const QString before = tableDump(store->database(), QStringLiteral("security_keys"));
        auto second =
            keys(store).assign(by(store), ada, KeyType::Smartphone, {}, ActivationMethod::Email, {}, {});
        QCOMPARE(second.error(),
                 QStringLiteral("ada@example.com already has a pending smartphone key (key %1); re-issue "
                                "its activation instead")
                     .arg(a.key.id));
        QCOMPARE(tableDump(store->database(), QStringLiteral("security_keys")), before);
        // The database says so too, whoever writes.
        QSqlQuery q(store->database().connection());
        QVERIFY(
            !q.exec(QStringLiteral(
                        "INSERT INTO security_keys (user_id, type, created_at) VALUES (%1, 'smartphone', 0)")
                        .arg(ada.id)));
        QVERIFY2(q.lastError().text().contains(testsOnPostgres() ? QStringLiteral("security_keys_one_pending")
                                                                 : QStringLiteral("UNIQUE")),
                 qPrintable(q.lastError().text()));
    }

    void keysListNewestFirstWithAndWithoutAStatus()
    {
        TestStore store;
        const KeyAssignment a = assign(store, addUser(store, QStringLiteral("ada@example.com")));
        const KeyAssignment b = assign(store, addUser(store, QStringLiteral("bob@example.com")));
        QVERIFY(keys(store).remove(by(store), a.key.id));
        const KeyAssignment c = assign(store, addUser(store, QStringLiteral("cy@example.com")));
        const auto all = keys(store).list(std::nullopt, 10);
        QVERIFY2(all, qPrintable(all.error()));
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).key.id, c.key.id);
        QCOMPARE(all->at(1).key.id, b.key.id);
        QCOMPARE(keys(store).list(std::nullopt, 1)->size(), 1);
        const auto pending = keys(store).list(KeyStatus::Pending, 10);
        QCOMPARE(pending->size(), 2);
        QCOMPARE(keys(store).list(KeyStatus::Active, 10)->size(), 0);
    }

    void disabledUsersGetNoKey()
    {
        TestStore store;
        const User ada = addUser(store, QStringLiteral("ada@example.com"));
        QVERIFY(store->users().setEnabled(ada.id, false));
        User disabled = ada;
        disabled.enabled = false;
        const QString before = tableDump(store->database(), QStringLiteral("security_keys"));
        auto refused =
            keys(store).assign(by(store), disabled, KeyType::Smartphone, {}, ActivationMethod::Now, {}, {});
        QCOMPARE(refused.error(),
                 QStringLiteral("ada@example.com is disabled; enable the user before assigning a key"));
        QCOMPARE(tableDump(store->database(), QStringLiteral("security_keys")), before);
    }

    void expiredActivationsExpireTheirKey()
    {
        TestStore store;
        const User ada = addUser(store, QStringLiteral("ada@example.com"));
        const KeyAssignment now = assign(store, ada, ActivationMethod::Now);
        const KeyAssignment email =
            assign(store, addUser(store, QStringLiteral("bob@example.com")), ActivationMethod::Email);
        store.clock().advance(15 * 60 * 1000 - 1);
        QCOMPARE(keys(store).expireDue(by(store)).value(), 0);
        store.clock().advance(1);
        QCOMPARE(keys(store).expireDue(by(store)).value(), 1);
        QCOMPARE(store->keys().findById(now.key.id).value()->key.status, KeyStatus::Expired);
        QCOMPARE(store->keys().findById(email.key.id).value()->key.status, KeyStatus::Pending);
        QCOMPARE(auditCount(store, QStringLiteral("key.expire")), 1);
        QCOMPARE(keys(store).expireDue(by(store)).value(), 0); // once
        // Re-issue brings an expired key back to pending with a live link.
        auto again = keys(store).reissue(by(store), now.key.id, ActivationMethod::Now, {});
        QVERIFY(again);
        QCOMPARE(store->keys().findById(now.key.id).value()->key.status, KeyStatus::Pending);
        store.clock().advance(7LL * 24 * 3600 * 1000);
        QCOMPARE(keys(store).expireDue(by(store)).value(), 2);
    }

    void keySettingsRefuseBadValues_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown") << QByteArray(R"({"colour": "red"})") << "unknown key setting \"colour\"";
        QTest::newRow("uv") << QByteArray(R"({"userVerification": "discouraged"})")
                            << "userVerification must be \"required\" or \"preferred\"";
        QTest::newRow("attestation") << QByteArray(R"({"attestation": true})")
                                     << "attestation must be \"none\", \"record\" or \"require\"";
        QTest::newRow("lifetime 0") << QByteArray(R"({"activationLifetimeMinutes": 0})")
                                    << "activationLifetimeMinutes must be a whole number from 1 to 129600";
        QTest::newRow("lifetime fraction")
            << QByteArray(R"({"activationLifetimeMinutes": 1.5})")
            << "activationLifetimeMinutes must be a whole number from 1 to 129600";
    }

    void keySettingsRefuseBadValues()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        Error why;
        QVERIFY(!KeySettings::fromJson(QJsonDocument::fromJson(json).object(), &why));
        QCOMPARE(why.message(), error);
    }

    void keySettingsRoundTrip()
    {
        KeySettings s;
        s.requireUserVerification = false;
        s.attestation = AttestationPolicy::Require;
        s.activationLifetimeMinutes = 60;
        Error why;
        const auto back = KeySettings::fromJson(s.toJson(), &why);
        QVERIFY2(back, qPrintable(why.message()));
        QCOMPARE(back->requireUserVerification, false);
        QCOMPARE(back->attestation, AttestationPolicy::Require);
        QCOMPARE(back->activationLifetimeMinutes.value_or(0), 60);
        QCOMPARE(ActivationLifetimes{}.forMethod(ActivationMethod::Now, *back), 3'600'000);
    }

    void enrollmentConfigIsChecked_data()
    {
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("rpId");
        QTest::addColumn<QString>("origins");
        QTest::addColumn<QString>("error");
        QTest::newRow("localhost http") << "http://localhost:9000"
                                        << ""
                                        << ""
                                        << "";
        QTest::newRow("https with path") << "https://keys.example.com/enroll/"
                                         << "example.com"
                                         << ""
                                         << "";
        QTest::newRow("plain http elsewhere")
            << "http://keys.example.com"
            << ""
            << ""
            << "enrollment.base_url: phones refuse passkeys on plain http except "
               "for localhost; use https for \"keys.example.com\"";
        QTest::newRow("rp id not a parent") << "https://keys.example.com"
                                            << "other.com"
                                            << ""
                                            << "enrollment.rp_id: \"other.com\" must be the base URL's host "
                                               "\"keys.example.com\" or a parent domain of it";
        QTest::newRow("not a url") << "keys.example.com"
                                   << ""
                                   << ""
                                   << "enrollment.base_url: \"keys.example.com\" is not an http(s) URL like "
                                      "https://keys.example.com";
        QTest::newRow("bad origin") << "https://keys.example.com"
                                    << ""
                                    << "https://a.example/path"
                                    << "enrollment.origins: \"https://a.example/path\" is not an origin like "
                                       "https://keys.example.com";
        QTest::newRow("app origin") << "https://keys.example.com"
                                    << ""
                                    << "android:apk-key-hash:abc"
                                    << "";
    }

    void enrollmentConfigIsChecked()
    {
        QFETCH(QString, baseUrl);
        QFETCH(QString, rpId);
        QFETCH(QString, origins);
        QFETCH(QString, error);
        auto config = EnrollmentConfig::fromValues(baseUrl, rpId, {}, origins);
        QCOMPARE(config ? QString() : config.error(), error);
        if (config && baseUrl.contains(QLatin1String("/enroll"))) {
            QCOMPARE(config->baseUrl, QStringLiteral("https://keys.example.com/enroll"));
            QCOMPARE(config->origins, QStringList{QStringLiteral("https://keys.example.com")});
            QCOMPARE(config->activationLink(QStringLiteral("T")),
                     QStringLiteral("https://keys.example.com/enroll/a/T"));
        }
    }

    void lifetimesComeFromSettings()
    {
        TestStore store;
        QCOMPARE(loadActivationLifetimes(*store)->nowMs, 15 * 60 * 1000);
        QVERIFY(store->setSetting(QStringLiteral("activation.now_minutes"), QStringLiteral("30")));
        QVERIFY(store->setSetting(QStringLiteral("activation.email_days"), QStringLiteral("3")));
        QCOMPARE(loadActivationLifetimes(*store)->nowMs, 30 * 60 * 1000);
        QCOMPARE(loadActivationLifetimes(*store)->emailMs, 3LL * 24 * 3600 * 1000);
        QVERIFY(store->setSetting(QStringLiteral("activation.email_days"), QStringLiteral("a week")));
        QCOMPARE(
            loadActivationLifetimes(*store).error(),
            QStringLiteral("setting activation.email_days: \"a week\" must be a whole number from 1 to 90"));
    }

    void rateLimiterWindows()
    {
        TestStore store;
        FixedClock& clock = store.clock();
        LookupRateLimiter limiter(store->lookupFailures(), clock);
        const QString address = QStringLiteral("192.0.2.1");
        const auto wait = [&](const char* email, const QString& client) {
            return limiter.retryAfter(QString::fromLatin1(email), client).value().value_or(0);
        };
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(wait("a@x.org", address), 0);
            QVERIFY(limiter.recordFailure(QStringLiteral("A@x.org"), address));
            clock.advance(60'000);
        }
        QCOMPARE(wait("a@x.org", address), 0);
        QVERIFY(limiter.recordFailure(QStringLiteral("a@x.org"), address));
        // Blocked until the first of the five failures is 15 minutes old: 11 minutes from now.
        QCOMPARE(wait("a@X.org", address), 11 * 60);
        QCOMPARE(wait("b@x.org", QStringLiteral("192.0.2.2")), 0);

        // The failures are in the database: a limiter of another process (or after a restart)
        // blocks the same, and the guessed address is not stored in clear.
        LookupRateLimiter restarted(store->lookupFailures(), clock);
        QCOMPARE(
            restarted.retryAfter(QStringLiteral("a@x.org"), QStringLiteral("192.0.2.9")).value().value_or(0),
            11 * 60);
        QSqlQuery rows(store->database().connection());
        QVERIFY(rows.exec(QStringLiteral("SELECT subject FROM lookup_failures")));
        QStringList subjects;
        while (rows.next())
            subjects << rows.value(0).toString();
        QVERIFY(!subjects.join(u',').contains(QStringLiteral("x.org")));
        QVERIFY(subjects.join(u',').contains(QStringLiteral("client:192.0.2.1")));

        clock.advance(11 * 60 * 1000);
        QCOMPARE(wait("a@x.org", address), 0);
    }

    // 20 wrong codes from one client block it for any email; the blocks the limiter remembers in
    // memory stay within their fixed table however many subjects are blocked.
    void rateLimiterPerClientAndBoundedMemory()
    {
        TestStore store;
        LookupRateLimiter limiter(store->lookupFailures(), store.clock());
        for (int i = 0; i < LookupRateLimiter::kMaxFailuresPerClient; ++i)
            QVERIFY(
                limiter.recordFailure(QStringLiteral("user%1@x.org").arg(i), QStringLiteral("198.51.100.7")));
        QVERIFY(limiter.retryAfter(QStringLiteral("new@x.org"), QStringLiteral("198.51.100.7"))
                    .value()
                    .has_value());
        QVERIFY(!limiter.retryAfter(QStringLiteral("new@x.org"), QStringLiteral("198.51.100.8"))
                     .value()
                     .has_value());

        Transaction tx(store->database());
        const int subjects = LookupRateLimiter::kRememberedBlocks + 500;
        for (int i = 0; i < subjects; ++i)
            for (int n = 0; n < LookupRateLimiter::kMaxFailuresPerEmail; ++n)
                QVERIFY(limiter.recordFailure(QStringLiteral("victim%1@x.org").arg(i),
                                              QStringLiteral("10.%1").arg(i)));
        QVERIFY(tx.commit());
        for (int i = 0; i < subjects; ++i)
            QVERIFY(limiter.retryAfter(QStringLiteral("victim%1@x.org").arg(i), QStringLiteral("192.0.2.50"))
                        .value()
                        .has_value());
        QCOMPARE(limiter.rememberedBlocks(), LookupRateLimiter::kRememberedBlocks);
    }

    // The activation email in German and Persian (right to left), with the same link, code and QR.
    void activationEmailInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("greeting");
        QTest::addColumn<QString>("dir");
        QTest::newRow("English") << QStringLiteral("en")
                                 << QStringLiteral("Activate your smartphone security key")
                                 << QStringLiteral("Hello Zoë Ångström,") << QStringLiteral("ltr");
        QTest::newRow("German") << QStringLiteral("de")
                                << QStringLiteral("Aktivieren Sie Ihren Smartphone-Sicherheitsschlüssel")
                                << QStringLiteral("Hallo Zoë Ångström,") << QStringLiteral("ltr");
        QTest::newRow("Persian") << QStringLiteral("fa")
                                 << QStringLiteral("کلید امنیتی گوشی هوشمند خود را فعال کنید")
                                 << QStringLiteral("سلام Zoë Ångström،") << QStringLiteral("rtl");
    }

    void activationEmailInEveryLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, subject);
        QFETCH(QString, greeting);
        QFETCH(QString, dir);
        ActivationEmailData data;
        data.name = QStringLiteral("Zoë Ångström");
        data.email = QStringLiteral("zoe@example.com");
        data.link = QStringLiteral("https://keys.example.com/a/") + QString(43, u'x');
        data.manualCode = QStringLiteral("ABCD-EFGH");
        data.expiresAtMs = QDateTime(QDate(2026, 12, 8), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
        MailIdentity identity;
        identity.from = MailAddress{QStringLiteral("helpdesk@example.com"), QStringLiteral("IT")};
        identity.organisation = QStringLiteral("Example IT");
        identity.language = language;
        auto mail = renderActivationEmail(data, identity, QStringLiteral("<m@example.com>"),
                                          QDateTime::currentDateTimeUtc());
        QVERIFY2(mail, qPrintable(mail.error()));
        QCOMPARE(mail->subject, subject);
        QCOMPARE(activationEmailSubject(language, false), subject);
        QVERIFY2(mail->textBody.startsWith(greeting), qPrintable(mail->textBody.left(80)));
        for (const QString& body : {mail->textBody, mail->htmlBody}) {
            QVERIFY(body.contains(data.link));
            QVERIFY(body.contains(data.manualCode));
            QVERIFY(body.contains(QStringLiteral("Example IT")));
            QVERIFY(!body.contains(QStringLiteral("{{")));
        }
        QVERIFY(mail->htmlBody.contains(QStringLiteral("dir=\"%1\"").arg(dir)));
        QVERIFY(mail->htmlBody.contains(QStringLiteral("lang=\"%1\"").arg(language)));
        QCOMPARE(mail->images.size(), 1);
    }

    void headersAreEncodedPerRfc2047()
    {
        QCOMPARE(encodeHeaderText(QStringLiteral("Plain subject")), QByteArray("Plain subject"));
        QCOMPARE(encodeHeaderText(QStringLiteral("Zoë")), QByteArray("=?UTF-8?B?Wm/Dqw==?="));
        // A long non-ASCII text becomes several words of at most 75 characters, none splitting a
        // character.
        const QString persian =
            QStringLiteral("کلید امنیتی گوشی هوشمند خود را فعال کنید — لطفاً پیوند را باز کنید");
        const QByteArray encoded = encodeHeaderText(persian);
        QString decoded;
        for (const QByteArray& word : encoded.split('\n')) {
            const QByteArray w = word.trimmed();
            QVERIFY(w.size() <= 75);
            QVERIFY(w.startsWith("=?UTF-8?B?") && w.endsWith("?="));
            const QByteArray bytes = QByteArray::fromBase64(w.mid(10, w.size() - 12));
            QVERIFY(QString::fromUtf8(bytes).toUtf8() == bytes); // whole characters only
            decoded += QString::fromUtf8(bytes);
        }
        QCOMPARE(decoded, persian);
        QCOMPARE(formatMailbox(MailAddress{QStringLiteral("a@b.c"), QStringLiteral("Say \"hi\"")}),
                 QByteArray("\"Say \\\"hi\\\"\" <a@b.c>"));
        QCOMPARE(formatMailDate(QDateTime(QDate(2026, 11, 29), QTime(6, 9, 13), Qt::UTC)),
                 QByteArray("Sun, 29 Nov 2026 06:09:13 +0000"));
        QVERIFY(QRegularExpression(QStringLiteral("^<[0-9a-f-]{36}@example\\.com>$"))
                    .match(makeMessageId(QStringLiteral("example.com")))
                    .hasMatch());
    }

    void authenticatorNamesExtendFromTheDatabaseFolder()
    {
        TestStore store;
        const QByteArray google = QByteArray::fromHex("ea9b8d664d011d213ce4b6b48cb575d4");
        const QByteArray site = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        auto names = AuthenticatorNames::forDatabase(store.path());
        QVERIFY(names);
        QCOMPARE(names->describe(google), QStringLiteral("Google Password Manager"));
        QCOMPARE(names->describe(site),
                 QStringLiteral("Unknown authenticator (00112233-4455-6677-8899-aabbccddeeff)"));
        QCOMPARE(names->describe(QByteArray(16, '\0')),
                 QStringLiteral("Unnamed authenticator (zero AAGUID)"));
        QCOMPARE(names->describe(authenticator::SoftwareAuthenticator::aaguid()),
                 QStringLiteral("KeyDesk virtual phone"));

        KEYDESK_SQLITE_ONLY("site names come from the folder of the database file");
        QFile file(QFileInfo(store.path()).dir().filePath(QStringLiteral("aaguids.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"00112233-4455-6677-8899-aabbccddeeff": "Contoso Phone", "ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4": "Android"})");
        file.close();
        names = AuthenticatorNames::forDatabase(store.path());
        QVERIFY(names);
        QCOMPARE(names->describe(site), QStringLiteral("Contoso Phone"));
        QCOMPARE(names->describe(google), QStringLiteral("Android"));

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"not-an-aaguid": "x"})");
        file.close();
        QCOMPARE(
            AuthenticatorNames::forDatabase(store.path()).error(),
            QStringLiteral("'%1': \"not-an-aaguid\" is not an AAGUID (8-4-4-4-12 hex)").arg(file.fileName()));
    }

    void outboxLeaseIsReclaimedAfterACrash()
    {
        TestStore store;
        {
            Transaction tx(store->database());
            QVERIFY(store->outbox()
                        .enqueue(QStringLiteral("k1"), QStringLiteral("a@b.c"), QStringLiteral("s"), "MIME",
                                 QStringLiteral("<1@b.c>"), tx)
                        .value()
                        .has_value());
            // The same idempotency key again writes nothing.
            QVERIFY(!store->outbox()
                         .enqueue(QStringLiteral("k1"), QStringLiteral("a@b.c"), QStringLiteral("s"), "MIME",
                                  QStringLiteral("<2@b.c>"), tx)
                         .value()
                         .has_value());
            QVERIFY(tx.commit());
        }
        auto claimed = store->outbox().claimNext(60'000);
        QVERIFY(claimed && claimed.value());
        QCOMPARE(claimed.value()->mime, QByteArray("MIME"));
        // While the lease runs, nobody else gets it; after it runs out, it is claimed again.
        QVERIFY(!store->outbox().claimNext(60'000).value().has_value());
        store.clock().advance(60'000);
        auto again = store->outbox().claimNext(60'000);
        QVERIFY(again && again.value());
        QCOMPARE(again.value()->attempts, 2);
        QCOMPARE(again.value()->messageId, QStringLiteral("<1@b.c>"));
        QVERIFY(store->outbox().markSent(again.value()->id));
        QVERIFY(!store->outbox().markSent(again.value()->id)); // not twice
        QCOMPARE(store.core().outbox().retryNow(store.core().actor(), again.value()->id).error(),
                 QStringLiteral("outbox message %1 is sent").arg(again.value()->id));
    }
};

QTEST_GUILESS_MAIN(TestSecurityKeys)
#include "TestSecurityKeys.moc"
