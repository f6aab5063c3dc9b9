// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// The Overview's figures against SQL counts of their own (on the demo database and on a seeded
// random rollout), each figure against the list it links to, the enrollment the triggers keep,
// and the All Keys list's filters, orders and pages.
#include "core/activation/DeploymentSettings.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/keys/KeyLifecycle.h"
#include "core/reports/OverviewService.h"
#include "support/KeyHistory.h"
#include "support/TestSupport.h"

#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace keydesk;
using namespace keydesk::test;

class TestOverview : public QObject
{
    Q_OBJECT

    static constexpr qint64 kDay = 24 * 3600 * 1000LL;

    // Enabled users by their best key, counted from security_keys (not from users.enrollment).
    static EnrollmentCounts countedBySql(Database& db, const QString& scope = {})
    {
        const QString users = QStringLiteral("FROM users u WHERE u.enabled = 1") + scope;
        const auto has = [](const char* statuses) {
            return QStringLiteral(" AND EXISTS (SELECT 1 FROM security_keys k WHERE k.user_id = u.id AND "
                                  "k.status IN (%1))")
                .arg(QLatin1String(statuses));
        };
        const auto hasNo = [](const char* statuses) {
            return QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM security_keys k WHERE k.user_id = u.id AND "
                                  "k.status IN (%1))")
                .arg(QLatin1String(statuses));
        };
        EnrollmentCounts c;
        c.active = scalar(db, QStringLiteral("SELECT count(*) ") + users + has("'active'"));
        c.pending =
            scalar(db, QStringLiteral("SELECT count(*) ") + users + has("'pending'") + hasNo("'active'"));
        c.withdrawn = scalar(db, QStringLiteral("SELECT count(*) ") + users + has("'suspended', 'revoked'") +
                                     hasNo("'active', 'pending'"));
        c.none = scalar(db, QStringLiteral("SELECT count(*) ") + users) - c.active - c.pending - c.withdrawn;
        return c;
    }

    // Every figure against SQL of the test's own and against the count of the list it opens.
    static void checkFigures(TestStore& store)
    {
        Database& db = store->database();
        OverviewService overview = store.core().overview();
        auto overall = overview.enrollment();
        QVERIFY2(overall, qPrintable(overall.error()));
        QCOMPARE(overall.value(), countedBySql(db));
        auto disabled = overview.disabledUsers();
        QVERIFY(disabled);
        QCOMPARE(disabled.value(),
                 scalar(db, QStringLiteral("SELECT count(*) FROM users WHERE enabled = 0")));
        for (Enrollment e : kEnrollments) {
            auto listed = store.core().users().count(OverviewService::enrollmentList(e));
            QVERIFY(listed);
            QCOMPARE(listed.value(), overall->of(e));
        }

        auto groups = overview.groupEnrollment();
        QVERIFY2(groups, qPrintable(groups.error()));
        QCOMPARE(groups->size(), scalar(db, QStringLiteral("SELECT count(*) FROM groups")));
        for (const GroupEnrollment& g : groups.value()) {
            const QString inGroup =
                QStringLiteral(" AND u.id IN (SELECT user_id FROM group_members WHERE group_id = %1)")
                    .arg(g.groupId);
            QCOMPARE(g.counts, countedBySql(db, inGroup));
            for (Enrollment e : kEnrollments) {
                auto listed = store.core().users().count(OverviewService::enrollmentList(e, g.groupId));
                QVERIFY(listed);
                QCOMPARE(listed.value(), g.counts.of(e));
            }
        }

        auto attention = overview.attention();
        QVERIFY2(attention, qPrintable(attention.error()));
        const qint64 now = store.clock().now().toMSecsSinceEpoch();
        QCOMPARE(attention->expiringSoon,
                 scalar(db, QStringLiteral(
                                "SELECT count(DISTINCT a.key_id) FROM activations a JOIN security_keys k "
                                "ON k.id = a.key_id WHERE k.status = 'pending' AND a.used_at IS NULL AND "
                                "a.superseded_by IS NULL AND a.expires_at > %1 AND a.expires_at <= %2")
                                .arg(now)
                                .arg(now + kDay)));
        QCOMPARE(store.core().keys().count(overview.expiringSoonList()).value(), attention->expiringSoon);
        QCOMPARE(attention->emailsFailed,
                 scalar(db, QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'failed'")));
        QCOMPARE(
            attention->emailsStuck,
            scalar(db, QStringLiteral(
                           "SELECT count(*) FROM outbox WHERE sent_at IS NULL AND status <> 'failed' AND "
                           "(attempts >= 1 OR created_at <= %1)")
                           .arg(now - 3600 * 1000 - 1)));
        QCOMPARE(store.core().outbox().listStuck(1'000'000).value().size(), attention->emailsStuck);
        const qint64 staleBefore = now - attention->staleDays * kDay;
        QCOMPARE(attention->staleKeys,
                 scalar(db, QStringLiteral(
                                "SELECT count(*) FROM security_keys WHERE status = 'active' AND NOT ("
                                "coalesce(last_used_at, 0) >= %1 OR coalesce(last_verified_at, 0) >= %1 "
                                "OR coalesce(activated_at, created_at) >= %1)")
                                .arg(staleBefore)));
        auto staleList = overview.staleKeysList();
        QVERIFY(staleList);
        QCOMPARE(store.core().keys().count(staleList.value()).value(), attention->staleKeys);
    }

    static User addUser(TestStore& store, const QString& name)
    {
        auto user = store->users().create(
            UserFields{name, name.toLower() + QStringLiteral("@example.com"), {}, {}}, UserSource::Manual);
        if (!user)
            qFatal("%s", qPrintable(user.error()));
        return user.value();
    }

    static QString enrollmentOf(TestStore& store, qint64 userId)
    {
        return textScalar(store->database(),
                          QStringLiteral("SELECT enrollment FROM users WHERE id = %1").arg(userId));
    }

    static void exec(TestStore& store, const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(store->database().connection());
        QVERIFY2(q.prepare(sql), qPrintable(sql));
        for (const QVariant& v : values)
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(sql));
    }

private Q_SLOTS:
    void figuresOfTheDemoDatabaseEqualSqlCounts()
    {
        TestStore store;
        QVERIFY(DemoDataGenerator::generate(*store, DemoDataGenerator::kDefaultUsers));
        checkFigures(store);
        auto overall = store.core().overview().enrollment();
        QCOMPARE(overall->active + overall->pending + overall->withdrawn, 0);
        // Keys given out the way operators do: the figures follow.
        KeyLifecycle keys = store.core().keys();
        auto users = store.core().users().page(OverviewService::enrollmentList(Enrollment::None), 0, 5);
        QVERIFY(users);
        QCOMPARE(users->size(), 5);
        QList<qint64> keyIds;
        for (const UserListRow& row : users.value()) {
            auto a = keys.assign(store.core().actor(), row.user, KeyType::Smartphone, KeySettings{},
                                 ActivationMethod::Email, {}, ActivationLifetimes{});
            QVERIFY2(a, qPrintable(a.error()));
            keyIds << a->key.id;
        }
        QVERIFY(keys.revoke(store.core().actor(), keyIds.first(), QStringLiteral("left")));
        store.clock().advance(6 * kDay + 1); // the other four links now expire within a day
        checkFigures(store);
        overall = store.core().overview().enrollment();
        QCOMPARE(overall->pending, 4);
        QCOMPARE(overall->withdrawn, 1);
        QCOMPARE(store.core().overview().attention()->expiringSoon, 4);
    }

    void figuresOfASeededRolloutEqualSqlCounts_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::newRow("seed 1") << 1u;
        QTest::newRow("seed 20261205") << 20261205u;
    }

    void figuresOfASeededRolloutEqualSqlCounts()
    {
        QFETCH(quint32, seed);
        TestStore store;
        QVERIFY(DemoDataGenerator::generate(*store, 3000));
        seedKeyHistory(*store, seed, store.clock().now().toMSecsSinceEpoch());
        const qint64 keys = scalar(store->database(), QStringLiteral("SELECT count(*) FROM security_keys"));
        QVERIFY2(keys > 2000, qPrintable(QString::number(keys)));
        checkFigures(store);
        // Every state and every kind of attention is there to count.
        auto overall = store.core().overview().enrollment();
        for (Enrollment e : kEnrollments)
            QVERIFY2(overall->of(e) > 50, qPrintable(enrollmentName(e)));
        auto attention = store.core().overview().attention();
        QVERIFY(attention->expiringSoon > 10);
        QVERIFY(attention->emailsFailed > 10);
        QVERIFY(attention->emailsStuck > 10);
        QVERIFY(attention->staleKeys > 10);
        // A shorter stale limit lists more keys.
        QVERIFY(setDeploymentSetting(*store, store.core().actor(), QString::fromLatin1(kStaleKeyDaysKey),
                                     QStringLiteral("30")));
        auto shorter = store.core().overview().attention();
        QCOMPARE(shorter->staleDays, 30);
        QVERIFY(shorter->staleKeys > attention->staleKeys);
        checkFigures(store);
    }

    // Keys activated before a key policy was set: the Overview counts those it would refuse now,
    // and the All Keys list it opens has the same keys.
    void keysBreakingANewPolicyAreCounted()
    {
        TestStore store;
        QVERIFY(DemoDataGenerator::generate(*store, 1500));
        seedKeyHistory(*store, 5, store.clock().now().toMSecsSinceEpoch());
        Database& db = store->database();
        OverviewService overview = store.core().overview();
        QVERIFY(!overview.attention()->policyBreaches.has_value());
        QVERIFY(!overview.policyBreachesList().value().has_value());

        const QString google = QStringLiteral("ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4");
        const QString icloud = QStringLiteral("fbfc3007-154e-4ecc-8c0b-6e020557d7bd");
        const QByteArray zero(16, '\0');
        const auto set = [&](const char* key, const QString& value) {
            const Status s =
                setDeploymentSetting(*store, store.core().actor(), QString::fromLatin1(key), value);
            QVERIFY2(s, qPrintable(s.error()));
        };
        // Active keys by a condition of the test's own, with AAGUIDs bound as bytes (both engines).
        const auto activeWhere = [&](const QString& condition, const QVariantList& values = {}) -> qint64 {
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("SELECT count(*) FROM security_keys WHERE status = 'active' AND ") +
                      condition);
            for (const QVariant& v : values)
                q.addBindValue(v);
            return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
        };
        const QByteArray googleBytes = QUuid(google).toRfc4122();
        const auto expectBreaches = [&](qint64 expected) {
            auto attention = store.core().overview().attention();
            QVERIFY2(attention, qPrintable(attention.error()));
            QVERIFY(attention->policyBreaches.has_value());
            QCOMPARE(*attention->policyBreaches, expected);
            auto list = store.core().overview().policyBreachesList();
            QVERIFY(list && list.value());
            QCOMPARE(store.core().keys().count(*list.value()).value(), expected);
            QVERIFY(expected > 20);
        };

        set(kPolicyDeviceBoundKey, QStringLiteral("true"));
        expectBreaches(activeWhere(QStringLiteral("flag_be = 1")));
        set(kPolicyAaguidsKey, google);
        set(kPolicyAuthenticatorsKey, QStringLiteral("block"));
        expectBreaches(activeWhere(QStringLiteral("(flag_be = 1 OR aaguid = ?)"), {googleBytes}));
        set(kPolicyDeviceBoundKey, QStringLiteral("false"));
        expectBreaches(activeWhere(QStringLiteral("aaguid = ?"), {googleBytes}));
        // An allow-list refuses every other AAGUID, the all-zero one too.
        set(kPolicyAaguidsKey, google + u' ' + icloud);
        set(kPolicyAuthenticatorsKey, QStringLiteral("allow"));
        expectBreaches(activeWhere(QStringLiteral("aaguid = ?"), {zero}));
        // Suspended or revoked keys are not in use: a policy has nothing to say about them.
        auto breaking = store.core().overview().policyBreachesList();
        auto firstBreach = store.core().keys().page(breaking.value().value(), 0, 1);
        QVERIFY(firstBreach && firstBreach->size() == 1);
        const qint64 suspended = firstBreach->first().key.id;
        QVERIFY(store.core().keys().suspend(store.core().actor(), suspended, QStringLiteral("lost")));
        expectBreaches(activeWhere(QStringLiteral("aaguid = ?"), {zero}));
        set(kPolicyAuthenticatorsKey, QStringLiteral("any"));
        QVERIFY(!store.core().overview().attention()->policyBreaches.has_value());
    }

    void aStaleLimitOutsideItsRangeIsRefused()
    {
        TestStore store;
        const Status refused = setDeploymentSetting(
            *store, store.core().actor(), QString::fromLatin1(kStaleKeyDaysKey), QStringLiteral("0"));
        QVERIFY(!refused);
        QCOMPARE(
            refused.error(),
            QStringLiteral("setting overview.stale_key_days: \"0\" must be a whole number from 1 to 3650"));
        QCOMPARE(store.core().overview().attention()->staleDays, 90);
    }

    // The triggers of migration 0013 keep each user's best key through every change of a key.
    void theEnrollmentFollowsEveryKeyChange()
    {
        TestStore store;
        const User ada = addUser(store, QStringLiteral("Ada"));
        const User ben = addUser(store, QStringLiteral("Ben"));
        QCOMPARE(enrollmentOf(store, ada.id), QStringLiteral("none"));
        KeyLifecycle keys = store.core().keys();
        auto pending = keys.assign(store.core().actor(), ada, KeyType::Smartphone, KeySettings{},
                                   ActivationMethod::Email, {}, ActivationLifetimes{});
        QVERIFY(pending);
        QCOMPARE(enrollmentOf(store, ada.id), QStringLiteral("pending"));
        const qint64 keyId = pending->key.id;
        exec(
            store,
            QStringLiteral(
                "UPDATE security_keys SET status = 'active', credential_id = ?, public_key = ? WHERE id = ?"),
            {QByteArray(16, 'a'), QByteArray(1, 'k'), keyId});
        QCOMPARE(enrollmentOf(store, ada.id), QStringLiteral("active"));
        QVERIFY(keys.suspend(store.core().actor(), keyId, QStringLiteral("lost")));
        QCOMPARE(enrollmentOf(store, ada.id), QStringLiteral("withdrawn"));
        auto second = keys.assign(store.core().actor(), ada, KeyType::Smartphone, KeySettings{},
                                  ActivationMethod::Now, {}, ActivationLifetimes{});
        QVERIFY(second);
        QCOMPARE(enrollmentOf(store, ada.id), QStringLiteral("pending"));
        QVERIFY(keys.remove(store.core().actor(), second->key.id));
        QCOMPARE(enrollmentOf(store, ada.id), QStringLiteral("withdrawn"));
        // A key moved to another user changes both.
        exec(store,
             QStringLiteral("UPDATE security_keys SET user_id = %1 WHERE id = %2").arg(ben.id).arg(keyId));
        QCOMPARE(enrollmentOf(store, ada.id), QStringLiteral("none"));
        QCOMPARE(enrollmentOf(store, ben.id), QStringLiteral("withdrawn"));
        QVERIFY(keys.revoke(store.core().actor(), keyId, QStringLiteral("gone")));
        QCOMPARE(enrollmentOf(store, ben.id), QStringLiteral("withdrawn"));
        // Only expired keys count as none.
        auto third = keys.assign(store.core().actor(), ada, KeyType::Smartphone, KeySettings{},
                                 ActivationMethod::Now, {}, ActivationLifetimes{});
        QVERIFY(third);
        store.clock().advance(16 * 60 * 1000);
        QCOMPARE(keys.expireDue(store.core().actor()).value(), 1);
        QCOMPARE(enrollmentOf(store, ada.id), QStringLiteral("none"));
    }

    void allKeysFiltersOrdersAndPages()
    {
        TestStore store;
        QVERIFY(DemoDataGenerator::generate(*store, 600));
        seedKeyHistory(*store, 7, store.clock().now().toMSecsSinceEpoch());
        Database& db = store->database();
        KeyLifecycle keys = store.core().keys();
        QCOMPARE(keys.count(KeyQuery{}).value(),
                 scalar(db, QStringLiteral("SELECT count(*) FROM security_keys")));
        KeyQuery query;
        query.statuses = {KeyStatus::Suspended, KeyStatus::Revoked};
        QCOMPARE(
            keys.count(query).value(),
            scalar(db, QStringLiteral(
                           "SELECT count(*) FROM security_keys WHERE status IN ('suspended', 'revoked')")));
        // A search finds the keys of the users the same search finds in All Users.
        const User someone =
            store.core()
                .users()
                .findById(scalar(db, QStringLiteral("SELECT min(user_id) FROM security_keys")))
                .value()
                .value();
        KeyQuery search;
        search.search = someone.email;
        auto found = keys.page(search, 0, 50);
        QVERIFY2(found, qPrintable(found.error()));
        QVERIFY(!found->isEmpty());
        for (const KeyListRow& row : found.value()) {
            QCOMPARE(row.key.userId, someone.id);
            QCOMPARE(row.userEmail, someone.email);
            QCOMPARE(row.userName, someone.displayName);
        }
        QCOMPARE(keys.count(search).value(), found->size());
        // Group: only its members' keys.
        const qint64 groupId = scalar(db, QStringLiteral("SELECT min(id) FROM groups"));
        KeyQuery inGroup;
        inGroup.groupId = groupId;
        QCOMPARE(keys.count(inGroup).value(),
                 scalar(db, QStringLiteral(
                                "SELECT count(*) FROM security_keys WHERE user_id IN (SELECT user_id FROM "
                                "group_members WHERE group_id = %1)")
                                .arg(groupId)));
        // Each order pages through every key once, in order.
        for (KeySortColumn column : {KeySortColumn::Created, KeySortColumn::User, KeySortColumn::Status,
                                     KeySortColumn::Activated, KeySortColumn::LastUsed}) {
            for (bool descending : {false, true}) {
                KeyQuery ordered;
                ordered.sortColumn = column;
                ordered.descending = descending;
                QSet<qint64> seen;
                QList<KeyListRow> all;
                for (qint64 offset = 0;; offset += 97) {
                    auto page = keys.page(ordered, offset, 97);
                    QVERIFY(page);
                    all << page.value();
                    if (page->size() < 97)
                        break;
                }
                for (const KeyListRow& row : all)
                    seen.insert(row.key.id);
                QCOMPARE(seen.size(), keys.count(KeyQuery{}).value());
                for (qsizetype i = 1; i < all.size(); ++i) {
                    const SecurityKey& a = all.at(i - 1).key;
                    const SecurityKey& b = all.at(i).key;
                    const auto inOrder = [&](auto x, auto y) {
                        return descending ? x >= y : x <= y;
                    };
                    switch (column) {
                    case KeySortColumn::Created:
                        QVERIFY(inOrder(a.createdAtMs, b.createdAtMs));
                        break;
                    case KeySortColumn::User:
                        // PostgreSQL sorts names by the database's collation, not by code point.
                        if (!testsOnPostgres())
                            QVERIFY(inOrder(all.at(i - 1).userName, all.at(i).userName));
                        break;
                    case KeySortColumn::Status:
                        QVERIFY(inOrder(keyStatusName(a.status), keyStatusName(b.status)));
                        break;
                    case KeySortColumn::Activated:
                        QVERIFY(inOrder(a.activatedAtMs.value_or(0), b.activatedAtMs.value_or(0)));
                        break;
                    case KeySortColumn::LastUsed:
                        QVERIFY(inOrder(a.lastUsedAtMs.value_or(0), b.lastUsedAtMs.value_or(0)));
                        break;
                    }
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestOverview)
#include "TestOverview.moc"
