// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Bulk key changes over 1,000 keys: every key changed once with one audit event, a re-issue
// queues one email per key, a cancel half-way leaves the done batches done and the rest as they
// were, keys the action does not apply to are skipped with the one-key refusal, and what would
// refuse every key is refused before anything changes.
#include "core/activation/KeyEnrollment.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/keys/BulkKeyChange.h"
#include "core/keys/KeyLifecycle.h"
#include "support/KeyHistory.h"
#include "support/TestSupport.h"

#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

class TestBulkKeys : public QObject
{
    Q_OBJECT

    static QList<qint64> ids(Database& db, const QString& where, int limit)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT id FROM security_keys WHERE %1 ORDER BY id LIMIT %2")
                        .arg(where)
                        .arg(limit)))
            qFatal("%s", qPrintable(where));
        QList<qint64> out;
        while (q.next())
            out << q.value(0).toLongLong();
        return out;
    }

    static QString idList(const QList<qint64>& keys)
    {
        QStringList parts;
        for (qint64 id : keys)
            parts << QString::number(id);
        return parts.join(u',');
    }

    static qint64 events(Database& db, const QString& action, const QList<qint64>& keys)
    {
        // Key events name the user as their target and the key in their details.
        const QString keyId = testsOnPostgres() ? QStringLiteral("(details::jsonb->>'key_id')::bigint")
                                                : QStringLiteral("json_extract(details, '$.key_id')");
        return scalar(db,
                      QStringLiteral("SELECT count(*) FROM audit_events WHERE action = '%1' AND %2 IN (%3)")
                          .arg(action, keyId, idList(keys)));
    }

private Q_SLOTS:
    void aThousandKeysChangeOnceEachAndACancelStopsBetweenBatches()
    {
        TestStore store;
        QVERIFY(DemoDataGenerator::generate(*store, 2500));
        seedKeyHistory(*store, 3, store.clock().now().toMSecsSinceEpoch());
        Database& db = store->database();
        const QList<qint64> active = ids(db, QStringLiteral("status = 'active'"), 1000);
        QCOMPARE(active.size(), 1000);
        const Actor by = store.core().actor();

        QList<qint64> progress;
        auto suspended = BulkKeyChange(*store, by)
                             .run({BulkKeyAction::Suspend, active, QStringLiteral("audit")},
                                  [&](qint64 done, qint64 total) {
                                      progress << done;
                                      return total == 1000;
                                  });
        QVERIFY2(suspended, qPrintable(suspended.error()));
        QCOMPARE(suspended->changed, 1000);
        QVERIFY(suspended->skipped.isEmpty());
        QVERIFY(!suspended->cancelled);
        QCOMPARE(progress, (QList<qint64>{250, 500, 750, 1000}));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM security_keys WHERE status = 'suspended' AND "
                                      "status_reason = 'audit' AND id IN (%1)")
                           .arg(idList(active))),
            1000);
        QCOMPARE(events(db, QStringLiteral("key.suspend"), active), 1000);

        // Revoke, stopped after the second batch: 500 revoked, 500 still suspended.
        auto revoked = BulkKeyChange(*store, by)
                           .run({BulkKeyAction::Revoke, active, QStringLiteral("left")},
                                [](qint64 done, qint64) { return done < 500; });
        QVERIFY(revoked);
        QVERIFY(revoked->cancelled);
        QCOMPARE(revoked->changed, 500);
        const QList<qint64> first = active.mid(0, 500);
        const QList<qint64> rest = active.mid(500);
        QCOMPARE(scalar(db, QStringLiteral(
                                "SELECT count(*) FROM security_keys WHERE status = 'revoked' AND id IN (%1)")
                                .arg(idList(first))),
                 500);
        QCOMPARE(scalar(db, QStringLiteral(
                                "SELECT count(*) FROM security_keys WHERE status = 'suspended' AND id IN "
                                "(%1)")
                                .arg(idList(rest))),
                 500);
        QCOMPARE(events(db, QStringLiteral("key.revoke"), first), 500);
        QCOMPARE(events(db, QStringLiteral("key.revoke"), rest), 0);

        // Resume over all 1,000: the revoked half is skipped with the one-key refusal.
        auto resumed = BulkKeyChange(*store, by).run({BulkKeyAction::Resume, active, {}});
        QVERIFY(resumed);
        QCOMPARE(resumed->changed, 500);
        QCOMPARE(resumed->skipped.size(), 500);
        QCOMPARE(resumed->skipped.first().first, first.first());
        QCOMPARE(resumed->skipped.first().second.message(),
                 KeyLifecycle(*store).resume(by, first.first()).error());
        QCOMPARE(events(db, QStringLiteral("key.resume"), rest), 500);
    }

    void aReissueQueuesOneEmailPerKey()
    {
        TestStore store;
        QVERIFY(DemoDataGenerator::generate(*store, 2500));
        seedKeyHistory(*store, 5, store.clock().now().toMSecsSinceEpoch());
        Database& db = store->database();
        // Enabled users' keys: a disabled user gets no new link (the one-key refusal).
        const QList<qint64> waiting = ids(
            db,
            QStringLiteral(
                "status IN ('pending', 'expired') AND user_id IN (SELECT id FROM users WHERE enabled = 1)"),
            300);
        QCOMPARE(waiting.size(), 300);
        const qint64 emailsBefore = scalar(db, QStringLiteral("SELECT count(*) FROM outbox"));
        KeyEnrollment enrollment(
            *store, store.core().actor(),
            EnrollmentConfig::fromValues(QStringLiteral("https://keys.example.com"), {}, {}, {}).value(),
            ActivationLifetimes{}, std::nullopt);
        auto reissued = BulkKeyChange(*store, store.core().actor())
                            .run({BulkKeyAction::ReissueByEmail, waiting, {}}, {}, &enrollment);
        QVERIFY2(reissued, qPrintable(reissued.error()));
        QCOMPARE(reissued->changed, 300);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")) - emailsBefore, 300);
        QCOMPARE(scalar(db, QStringLiteral(
                                "SELECT count(*) FROM security_keys WHERE status = 'pending' AND id IN (%1)")
                                .arg(idList(waiting))),
                 300);
        // One live link per key: the new one.
        QCOMPARE(scalar(db, QStringLiteral(
                                "SELECT count(*) FROM activations WHERE used_at IS NULL AND superseded_by IS "
                                "NULL AND key_id IN (%1)")
                                .arg(idList(waiting))),
                 300);
        QCOMPARE(events(db, QStringLiteral("key.reissue"), waiting), 300);
    }

    // All Users' "assign a smartphone key by email": a workflow's rule, user by user.
    void anAssignmentToUsersFollowsTheWorkflowRuleAndNeverTwice()
    {
        TestStore store;
        QVERIFY(DemoDataGenerator::generate(*store, 400));
        seedKeyHistory(*store, 11, store.clock().now().toMSecsSinceEpoch());
        Database& db = store->database();
        const auto userIds = [&](const QString& where) {
            QList<qint64> out;
            QSqlQuery q(db.connection());
            if (!q.exec(QStringLiteral("SELECT id FROM users WHERE %1 ORDER BY id LIMIT 20").arg(where)))
                qFatal("%s", qPrintable(where));
            while (q.next())
                out << q.value(0).toLongLong();
            return out;
        };
        const QString smartphone =
            QStringLiteral("SELECT user_id FROM security_keys WHERE type = 'smartphone' AND ");
        const QList<qint64> bare =
            userIds(QStringLiteral("enabled = 1 AND id NOT IN (%1 status IN ('active', "
                                   "'pending'))")
                        .arg(smartphone));
        const QList<qint64> withActive =
            userIds(QStringLiteral("enabled = 1 AND id IN (%1 status = 'active')").arg(smartphone)).mid(0, 1);
        const QList<qint64> withPending =
            userIds(QStringLiteral("enabled = 1 AND id IN (%1 status = 'pending') AND id NOT IN (%1 status = "
                                   "'active')")
                        .arg(smartphone))
                .mid(0, 1);
        const QList<qint64> disabled = userIds(QStringLiteral("enabled = 0")).mid(0, 1);
        QCOMPARE(bare.size(), 20);
        QCOMPARE(withActive.size() + withPending.size() + disabled.size(), 3);
        const qint64 emailsBefore = scalar(db, QStringLiteral("SELECT count(*) FROM outbox"));
        KeyEnrollment enrollment(
            *store, store.core().actor(),
            EnrollmentConfig::fromValues(QStringLiteral("https://keys.example.com"), {}, {}, {}).value(),
            ActivationLifetimes{}, std::nullopt);
        const QList<qint64> selection = bare + withActive + withPending + disabled;
        auto assigned = BulkKeyChange(*store, store.core().actor())
                            .run({BulkKeyAction::AssignByEmail, selection, {}}, {}, &enrollment);
        QVERIFY2(assigned, qPrintable(assigned.error()));
        QCOMPARE(assigned->changed, 20);
        QCOMPARE(assigned->skipped.size(), 3);
        const auto emailOf = [&](qint64 id) {
            return store.core().users().findById(id).value()->email;
        };
        QCOMPARE(assigned->skipped.at(0).first, withActive.first());
        QCOMPARE(assigned->skipped.at(0).second.message(),
                 QStringLiteral("%1 has an active smartphone key already.").arg(emailOf(withActive.first())));
        QCOMPARE(assigned->skipped.at(1).second.code(), ErrorCode::PendingKeyExists);
        QCOMPARE(assigned->skipped.at(2).second.message(), QStringLiteral("The user is disabled."));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")) - emailsBefore, 20);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM security_keys WHERE status = 'pending' AND "
                                           "type = 'smartphone' AND user_id IN (%1)")
                                .arg(idList(bare))),
                 20);

        // Never twice: now every one of them has a pending key.
        const Snapshot before = snapshot(db);
        auto again = BulkKeyChange(*store, store.core().actor())
                         .run({BulkKeyAction::AssignByEmail, bare, {}}, {}, &enrollment);
        QVERIFY(again);
        QCOMPARE(again->changed, 0);
        QCOMPARE(again->skipped.size(), 20);
        QCOMPARE(snapshot(db), before);

        // "Send activations again" finds exactly those pending keys.
        auto pending = BulkKeyChange(*store, store.core().actor()).pendingKeysOf(bare + disabled);
        QVERIFY(pending);
        QCOMPARE(pending->size(), 20 + int(scalar(db, QStringLiteral("SELECT count(*) FROM security_keys "
                                                                     "WHERE status = 'pending' AND type = "
                                                                     "'smartphone' AND user_id IN (%1)")
                                                          .arg(idList(disabled)))));
    }

    void whatWouldRefuseEveryKeyChangesNothing()
    {
        TestStore store;
        QVERIFY(DemoDataGenerator::generate(*store, 300));
        seedKeyHistory(*store, 9, store.clock().now().toMSecsSinceEpoch());
        Database& db = store->database();
        const QList<qint64> active = ids(db, QStringLiteral("status = 'active'"), 50);
        const Snapshot before = snapshot(db);
        auto noReason = BulkKeyChange(*store, store.core().actor())
                            .run({BulkKeyAction::Revoke, active, QStringLiteral(" ")});
        QVERIFY(!noReason);
        QCOMPARE(noReason.error(), QStringLiteral("a reason is required to revoke a key"));
        auto noServer =
            BulkKeyChange(*store, store.core().actor()).run({BulkKeyAction::ReissueByEmail, active, {}});
        QVERIFY(!noServer);
        QCOMPARE(noServer.error(),
                 QStringLiteral("issuing activation links needs the enrollment server's settings"));
        SignedInOperator auditor;
        auditor.role = OperatorRole::Auditor;
        auditor.email = QStringLiteral("audit@example.com");
        auto refused =
            BulkKeyChange(*store, Actor::signedIn(auditor)).run({BulkKeyAction::Suspend, active, {}});
        QVERIFY(!refused);
        QCOMPARE(refused.cause().code(), ErrorCode::NotPermitted);
        QCOMPARE(snapshot(db), before);
        QCOMPARE(scalar(db, QStringLiteral(
                                "SELECT count(*) FROM security_keys WHERE status = 'active' AND id IN (%1)")
                                .arg(idList(active))),
                 active.size());
    }
};

QTEST_GUILESS_MAIN(TestBulkKeys)
#include "TestBulkKeys.moc"
