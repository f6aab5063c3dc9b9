// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// The lost-phone case: every smartphone key that may be on the phone withdrawn (active ones
// suspended or revoked, pending ones revoked), a replacement issued, all in one transaction and
// one audit case with the reason; undone when the phone is found (a suspending case only, once);
// refused whole, changing nothing, when any part cannot be done.
#include "core/activation/KeyEnrollment.h"
#include "core/audit/AuditTrail.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/keys/KeyLifecycle.h"
#include "core/keys/LostPhoneCase.h"
#include "support/KeyHistory.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

class TestLostPhone : public QObject
{
    Q_OBJECT

    static KeyEnrollment enrollmentOf(TestStore& store)
    {
        return KeyEnrollment(
            *store, store.core().actor(),
            EnrollmentConfig::fromValues(QStringLiteral("https://keys.example.com"), {}, {}, {}).value(),
            ActivationLifetimes{}, std::nullopt);
    }

    // An enabled user with exactly one smartphone key, active, and a pending one added to it.
    static User userWithActiveAndPending(TestStore& store, KeyEnrollment& enrollment)
    {
        const qint64 id =
            scalar(store->database(),
                   QStringLiteral("SELECT min(u.id) FROM users u WHERE u.enabled = 1 AND (SELECT "
                                  "count(*) FROM security_keys k WHERE k.user_id = u.id) = 1 AND "
                                  "EXISTS (SELECT 1 FROM security_keys k WHERE k.user_id = u.id AND "
                                  "k.status = 'active')"));
        const User user = store.core().users().findById(id).value().value();
        EnrollmentRequest request;
        request.method = ActivationMethod::Email;
        if (!enrollment.assign(user, request))
            qFatal("no pending key");
        return user;
    }

    static QList<SecurityKeyRow> keysOf(TestStore& store, qint64 userId)
    {
        return store.core().keys().listForUser(userId).value();
    }

    static std::optional<KeyStatus> statusOf(TestStore& store, qint64 keyId)
    {
        auto row = store.core().keys().findById(keyId).value();
        return row ? std::optional<KeyStatus>(row->key.status) : std::nullopt;
    }

    static QList<AuditEvent> eventsOf(TestStore& store, const QString& action, qint64 userId)
    {
        AuditQuery query;
        query.action = action;
        query.targetType = QStringLiteral("user");
        query.targetId = userId;
        return store.core().auditTrail().page(query, 0, 100).value();
    }

private Q_SLOTS:
    void aSuspendingCaseWithdrawsReplacesAndIsUndoneOnce()
    {
        TestStore store;
        QVERIFY(DemoDataGenerator::generate(*store, 300));
        seedKeyHistory(*store, 3, store.clock().now().toMSecsSinceEpoch());
        KeyEnrollment enrollment = enrollmentOf(store);
        const User user = userWithActiveAndPending(store, enrollment);
        const QList<SecurityKeyRow> before = keysOf(store, user.id);
        QCOMPARE(before.size(), 2);
        qint64 active = 0;
        qint64 pending = 0;
        for (const SecurityKeyRow& row : before)
            (row.key.status == KeyStatus::Active ? active : pending) = row.key.id;
        const qint64 emailsBefore = scalar(store->database(), QStringLiteral("SELECT count(*) FROM outbox"));

        LostPhoneCases cases(*store, store.core().actor());
        auto opened = cases.open(
            user,
            {LostPhoneWithdrawal::Suspend, QStringLiteral("left on the train"), ActivationMethod::Email},
            &enrollment);
        QVERIFY2(opened, qPrintable(opened.error()));
        QCOMPARE(opened->caseId.size(), 16);
        QCOMPARE(opened->withdrawnKeys, QList<qint64>{active});
        QCOMPARE(opened->cancelledKeys, QList<qint64>{pending});
        QVERIFY(opened->replacementKeyId);
        QCOMPARE(statusOf(store, active), KeyStatus::Suspended);
        QCOMPARE(statusOf(store, pending), KeyStatus::Revoked);
        QCOMPARE(statusOf(store, *opened->replacementKeyId), KeyStatus::Pending);
        QCOMPARE(store.core().keys().findById(active).value()->key.statusReason,
                 QStringLiteral("left on the train"));
        QCOMPARE(scalar(store->database(), QStringLiteral("SELECT count(*) FROM outbox")) - emailsBefore, 1);

        // One case in the audit log, beside each key's own event.
        const QList<AuditEvent> lost = eventsOf(store, QStringLiteral("key.lost-phone"), user.id);
        QCOMPARE(lost.size(), 1);
        const QJsonObject d = lost.first().details;
        QCOMPARE(d.value(QStringLiteral("case_id")).toString(), opened->caseId);
        QCOMPARE(d.value(QStringLiteral("reason")).toString(), QStringLiteral("left on the train"));
        QCOMPARE(d.value(QStringLiteral("withdrawal")).toString(), QStringLiteral("suspend"));
        QCOMPARE(d.value(QStringLiteral("key_ids")).toArray(), QJsonArray{active});
        QCOMPARE(d.value(QStringLiteral("cancelled_key_ids")).toArray(), QJsonArray{pending});
        QCOMPARE(d.value(QStringLiteral("replacement_key_id")).toInteger(), *opened->replacementKeyId);
        QCOMPARE(d.value(QStringLiteral("replacement_method")).toString(), QStringLiteral("email"));
        QCOMPARE(eventsOf(store, QStringLiteral("key.suspend"), user.id).size(), 1);
        QCOMPARE(eventsOf(store, QStringLiteral("key.revoke"), user.id).size(), 1);

        // The phone is found: the case is undone, once.
        auto undoable = cases.undoableCaseOf(user.id);
        QVERIFY(undoable && undoable.value());
        QCOMPARE(undoable.value()->caseId, opened->caseId);
        auto wrong = cases.phoneFound(user, QStringLiteral("0000000000000000"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error(),
                 QStringLiteral("%1 has no lost-phone case 0000000000000000 to undo").arg(user.email));
        auto found = cases.phoneFound(user, opened->caseId);
        QVERIFY2(found, qPrintable(found.error()));
        QCOMPARE(found->resumedKeys, QList<qint64>{active});
        QCOMPARE(found->revokedReplacement, opened->replacementKeyId);
        QVERIFY(!found->replacementKept);
        QCOMPARE(statusOf(store, active), KeyStatus::Active);
        QCOMPARE(statusOf(store, *opened->replacementKeyId), KeyStatus::Revoked);
        const QList<AuditEvent> undone = eventsOf(store, QStringLiteral("key.phone-found"), user.id);
        QCOMPARE(undone.size(), 1);
        QCOMPARE(undone.first().details.value(QStringLiteral("case_id")).toString(), opened->caseId);
        QVERIFY(!cases.undoableCaseOf(user.id).value());
        auto again = cases.phoneFound(user, opened->caseId);
        QVERIFY(!again);
        QCOMPARE(again.error(),
                 QStringLiteral("%1 has no lost-phone case %2 to undo").arg(user.email, opened->caseId));
    }

    void aRevokingCaseHasNothingToUndo()
    {
        TestStore store;
        QVERIFY(DemoDataGenerator::generate(*store, 300));
        seedKeyHistory(*store, 4, store.clock().now().toMSecsSinceEpoch());
        KeyEnrollment enrollment = enrollmentOf(store);
        const User user = userWithActiveAndPending(store, enrollment);
        LostPhoneCases cases(*store, store.core().actor());
        auto opened =
            cases.open(user, {LostPhoneWithdrawal::Revoke, QStringLiteral("stolen"), ActivationMethod::Now},
                       &enrollment);
        QVERIFY2(opened, qPrintable(opened.error()));
        for (qint64 id : opened->withdrawnKeys + opened->cancelledKeys)
            QCOMPARE(statusOf(store, id), KeyStatus::Revoked);
        // Activate Now: the link and code to show.
        QVERIFY(opened->replacement);
        QVERIFY(opened->replacement->link.startsWith(QStringLiteral("https://keys.example.com/a/")));
        QCOMPARE(opened->replacement->manualCode.size(), 9);
        QVERIFY(!cases.undoableCaseOf(user.id).value());
    }

    void aCaseThatCannotBeDoneWholeChangesNothing()
    {
        TestStore store;
        QVERIFY(DemoDataGenerator::generate(*store, 300));
        seedKeyHistory(*store, 5, store.clock().now().toMSecsSinceEpoch());
        KeyEnrollment enrollment = enrollmentOf(store);
        const User user = userWithActiveAndPending(store, enrollment);
        LostPhoneCases cases(*store, store.core().actor());
        const Snapshot before = snapshot(store->database());

        auto noReason =
            cases.open(user, {LostPhoneWithdrawal::Suspend, QStringLiteral("  "), std::nullopt}, nullptr);
        QVERIFY(!noReason);
        QCOMPARE(noReason.error(), QStringLiteral("a reason is required for a lost-phone case"));

        const qint64 bareId =
            scalar(store->database(), QStringLiteral("SELECT min(id) FROM users WHERE id NOT IN "
                                                     "(SELECT user_id FROM security_keys)"));
        const User bare = store.core().users().findById(bareId).value().value();
        auto nothing =
            cases.open(bare, {LostPhoneWithdrawal::Suspend, QStringLiteral("lost"), std::nullopt}, nullptr);
        QVERIFY(!nothing);
        QCOMPARE(nothing.error(),
                 QStringLiteral("%1 has no smartphone key that could be on the lost phone").arg(bare.email));

        // The replacement fails (its email has no address): the withdrawals roll back with it.
        User noAddress = user;
        noAddress.email.clear();
        auto failed = cases.open(
            noAddress, {LostPhoneWithdrawal::Suspend, QStringLiteral("lost"), ActivationMethod::Email},
            &enrollment);
        QVERIFY(!failed);
        QCOMPARE(failed.error(), QStringLiteral("The user has no email address."));
        QCOMPARE(snapshot(store->database()), before);

        SignedInOperator auditor;
        auditor.role = OperatorRole::Auditor;
        auditor.email = QStringLiteral("audit@example.com");
        auto refused =
            LostPhoneCases(*store, Actor::signedIn(auditor))
                .open(user, {LostPhoneWithdrawal::Suspend, QStringLiteral("lost"), std::nullopt}, nullptr);
        QVERIFY(!refused);
        QCOMPARE(refused.cause().code(), ErrorCode::NotPermitted);
        QCOMPARE(snapshot(store->database()), before);
    }
};

QTEST_GUILESS_MAIN(TestLostPhone)
#include "TestLostPhone.moc"
