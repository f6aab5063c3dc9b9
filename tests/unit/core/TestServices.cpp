// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Services own the rules and make each call one transaction: what a refused call leaves behind
// (nothing), who it is recorded for, and which changes bring users into a workflow's scope.
#include "core/Core.h"
#include "core/keys/KeyLifecycle.h"
#include "core/mail/MimeMessage.h"
#include "core/mail/OutboxService.h"
#include "core/users/UserService.h"
#include "core/workflow/WorkflowService.h"
#include "support/TestSupport.h"

#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

class TestServices : public QObject
{
    Q_OBJECT

    // A rendered message in the outbox; its id.
    static qint64 queueProbe(TestStore& store)
    {
        Transaction tx(store->database());
        auto queued = store->outbox().enqueue(QStringLiteral("probe"), QStringLiteral("ada@example.com"),
                                              QStringLiteral("Hello"), QByteArrayLiteral("body"),
                                              QStringLiteral("<1@keydesk>"), tx);
        if (!queued || !queued.value() || !tx.commit())
            qFatal("cannot queue the probe message");
        return *queued.value();
    }

private Q_SLOTS:
    void aUserEditChangesFieldsAndStateTogetherOrNotAtAll()
    {
        TestStore store;
        UserService users = store.core().users();
        auto ada = users.create(store.core().actor(),
                                {QStringLiteral("Ada"), QStringLiteral("ada@example.com"), {}, {}});
        QVERIFY(ada);
        QVERIFY(ada->entersScope); // a new user may be in a workflow's scope
        auto disabled =
            users.edit(store.core().actor(), ada->user.id,
                       {QStringLiteral("Ada L."), QStringLiteral("ada@example.com"), {}, {}}, false);
        QVERIFY(disabled);
        QCOMPARE(disabled->user.displayName, QStringLiteral("Ada L."));
        QCOMPARE(disabled->user.enabled, false);
        QVERIFY(!disabled->entersScope);

        // A refused edit leaves the fields and the state as they were.
        const Snapshot before = snapshot(store->database());
        auto refused = users.edit(store.core().actor(), ada->user.id,
                                  {QStringLiteral("Ada"), QStringLiteral("not an address"), {}, {}}, true);
        QVERIFY(!refused);
        QCOMPARE(snapshot(store->database()), before);

        // Joining a group may bring a user into a workflow's scope; leaving does not; a refused
        // join changes nothing.
        auto group = store->groups().create(QStringLiteral("Engineering"));
        QVERIFY(group);
        auto joined = users.joinGroup(store.core().actor(), group->id, ada->user.id);
        QVERIFY(joined);
        QVERIFY(joined->entersScope);
        const Snapshot member = snapshot(store->database());
        QCOMPARE(users.joinGroup(store.core().actor(), group->id, ada->user.id).error(),
                 QStringLiteral("'ada@example.com' is already a member of 'Engineering'"));
        QCOMPARE(snapshot(store->database()), member);
        auto left = users.leaveGroup(store.core().actor(), group->id, ada->user.id);
        QVERIFY(left);
        QVERIFY(!left->entersScope);

        auto enabled = users.setEnabled(store.core().actor(), ada->user.id, true);
        QVERIFY(enabled);
        QVERIFY(enabled->entersScope);
        QCOMPARE(users.setEnabled(store.core().actor(), ada->user.id, true).error(),
                 QStringLiteral("user 'ada@example.com' is already enabled"));
    }

    void keyChangesAreRecordedForTheOperatorWhoMadeThem()
    {
        TestStore store;
        auto ada = store.core().users().create(
            store.core().actor(), {QStringLiteral("Ada"), QStringLiteral("ada@example.com"), {}, {}});
        QVERIFY(ada);
        KeyLifecycle keys(*store);
        auto assigned = keys.assign(Actor(QStringLiteral("ana@helpdesk")), ada->user, KeyType::Smartphone, {},
                                    ActivationMethod::Email, {}, {});
        QVERIFY(assigned);
        QVERIFY(keys.revoke(Actor(QStringLiteral("bo@helpdesk")), assigned->key.id, QStringLiteral("lost")));
        QCOMPARE(textScalar(store->database(),
                            QStringLiteral("SELECT actor FROM audit_events WHERE action = 'key.assign'")),
                 QStringLiteral("ana@helpdesk"));
        QCOMPARE(textScalar(store->database(),
                            QStringLiteral("SELECT actor FROM audit_events WHERE action = 'key.revoke'")),
                 QStringLiteral("bo@helpdesk"));
        // A refused change is refused by code and records nothing.
        const qint64 events = scalar(store->database(), QStringLiteral("SELECT count(*) FROM audit_events"));
        const Status again = keys.suspend(Actor(QStringLiteral("bo@helpdesk")), assigned->key.id, {});
        QCOMPARE(again.cause().code(), ErrorCode::KeyWrongStatus);
        QCOMPARE(
            again.error(),
            QStringLiteral("key %1 is revoked; it must be active to be suspended").arg(assigned->key.id));
        QCOMPARE(scalar(store->database(), QStringLiteral("SELECT count(*) FROM audit_events")), events);
    }

    void deletingAWorkflowRevokesItsWaitingKeysThroughTheLifecycle()
    {
        TestStore store;
        auto ada = store.core().users().create(
            store.core().actor(), {QStringLiteral("Ada"), QStringLiteral("ada@example.com"), {}, {}});
        QVERIFY(ada);
        auto workflow = store->workflows().create(QStringLiteral("Everyone"), {}, KeyType::Smartphone, {});
        QVERIFY(workflow);
        QVERIFY(store->database().execRaw(
            QStringLiteral("INSERT INTO security_keys (user_id, type, status, workflow_id, created_at) "
                           "VALUES (%1, 'smartphone', 'pending', %2, 0)")
                .arg(ada->user.id)
                .arg(workflow->id)));
        QVERIFY(WorkflowService(*store).remove(Actor(QStringLiteral("ana@helpdesk")), workflow->id, true));
        QCOMPARE(textScalar(store->database(), QStringLiteral("SELECT status_reason FROM security_keys")),
                 QStringLiteral("workflow 'Everyone' deleted"));
        QCOMPARE(
            scalar(store->database(),
                   QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'key.revoke' AND actor = "
                                  "'ana@helpdesk'")),
            1);
        QCOMPARE(
            WorkflowService(*store).remove(Actor(QStringLiteral("ana@helpdesk")), workflow->id, true).error(),
            QStringLiteral("no workflow %1").arg(workflow->id));
    }

    void aTemporaryFailureWaitsLongerEachTimeThenGivesUp()
    {
        TestStore store;
        const qint64 id = queueProbe(store);
        OutboxService outbox = store.core().outbox();
        const OutboxRetryPolicy policy{1000, 3000, 3};
        const Error busy = Error::text(QStringLiteral("451 try again later"));
        // Attempts 1 and 2 wait 1 s, then 2 s; attempt 3 is the last.
        for (const qint64 wait : {1000LL, 2000LL}) {
            auto claimed = outbox.claimNext(60'000);
            QVERIFY(claimed && claimed.value());
            auto deferral = outbox.deferred(*claimed.value(), busy, policy);
            QVERIFY(deferral && deferral->retries);
            QCOMPARE(deferral->recorded, busy);
            const OutboxMessage after = *store->outbox().findById(id).value();
            QCOMPARE(after.status, OutboxStatus::Queued);
            QCOMPARE(after.nextAttemptAtMs, store.clock().nowMs() + wait);
            QVERIFY(!outbox.claimNext(60'000).value()); // not due before its time
            store.clock().advance(wait);
        }
        auto last = outbox.claimNext(60'000);
        QVERIFY(last && last.value());
        QCOMPARE(last.value()->attempts, 3);
        auto gaveUp = outbox.deferred(*last.value(), busy, policy);
        QVERIFY(gaveUp && !gaveUp->retries);
        QCOMPARE(gaveUp->recorded.message(), QStringLiteral("gave up after 3 attempts: 451 try again later"));
        const OutboxMessage failed = *store->outbox().findById(id).value();
        QCOMPARE(failed.status, OutboxStatus::Failed);
        QCOMPARE(Error::fromStored(failed.lastError), gaveUp->recorded);
    }

    void aTestEmailIsQueuedAuditedAndClaimedAlone()
    {
        TestStore store;
        const qint64 activation = queueProbe(store); // due first
        MimeMessage test;
        test.from = MailAddress{QStringLiteral("it@example.com"), {}};
        test.to = MailAddress{QStringLiteral("ana@example.com"), {}};
        test.subject = QStringLiteral("KeyDesk test email");
        test.messageId = QStringLiteral("<2@keydesk>");
        test.textBody = QStringLiteral("test");
        OutboxService outbox = store.core().outbox();
        const QString before = tableDump(store->database(), QStringLiteral("outbox"));
        const auto helpdesk =
            Actor::signedIn({1, QStringLiteral("hd@example.com"), OperatorRole::Helpdesk, {}});
        QCOMPARE(outbox.queueTestEmail(helpdesk, test).error(),
                 QStringLiteral("hd@example.com is helpdesk and may not change settings"));
        QCOMPARE(tableDump(store->database(), QStringLiteral("outbox")), before);
        auto queued = outbox.queueTestEmail(Actor(QStringLiteral("ana@helpdesk")), test);
        QVERIFY(queued);
        const AuditEvent event = store->audit().page({}, 0, 1).value().first();
        QCOMPARE(event.action, QStringLiteral("mail.test"));
        QCOMPARE(event.targetId, queued.value());
        QCOMPARE(event.actor, QStringLiteral("ana@helpdesk"));
        // Only the test goes, though the activation email is due before it.
        auto claimed = outbox.claimNext(60'000, queued.value());
        QVERIFY(claimed && claimed.value());
        QCOMPARE(claimed.value()->id, queued.value());
        QVERIFY(claimed.value()->mime.contains("Subject: KeyDesk test email"));
        QVERIFY(!outbox.claimNext(60'000, queued.value()).value()); // claimed already
        QCOMPARE(outbox.claimNext(60'000).value()->id, activation);
        QCOMPARE(outbox.find(999).error(), QStringLiteral("no outbox message 999"));
    }

    void anOperatorCancelsAMessageOnceAndItsListRowSaysSo()
    {
        TestStore store;
        const qint64 id = queueProbe(store);
        OutboxService outbox = store.core().outbox();
        const auto row = [&] {
            return outbox.list(std::nullopt, 10).value().first();
        };
        QVERIFY(OutboxService::mayRetry(row()) && OutboxService::mayCancel(row()));
        QVERIFY(outbox.cancel(store.core().actor(), id));
        // The list carries no content, yet knows it is gone: neither button applies any more.
        QVERIFY(row().contentErased);
        QVERIFY(!OutboxService::mayRetry(row()) && !OutboxService::mayCancel(row()));
        QCOMPARE(Error::fromStored(row().lastError).message(), QStringLiteral("cancelled by the operator"));
        const Snapshot before = snapshot(store->database());
        QCOMPARE(outbox.cancel(store.core().actor(), id).error(),
                 QStringLiteral("outbox message %1 was cancelled already").arg(id));
        QVERIFY(
            outbox.retryNow(store.core().actor(), id).error().contains(QStringLiteral("link was erased")));
        QCOMPARE(snapshot(store->database()), before);
    }

    void everyCallIsRecordedForItsOperatorAndARefusedOneChangesNothing()
    {
        TestStore store;
        Core& core = store.core();
        const Actor ana(QStringLiteral("ana@helpdesk"));
        auto sales = core.groups().create(ana, QStringLiteral("Sales"));
        QVERIFY(sales);
        auto ada = core.users().create(
            ana, {QStringLiteral("Ada"), QStringLiteral("ada@example.com"), {}, {}}, {sales.value()});
        QVERIFY(ada);
        auto workflow = core.workflows().create(ana, QStringLiteral("Sales phones"), {sales->id},
                                                KeyType::Smartphone, {});
        QVERIFY(workflow);
        QVERIFY(core.workflows().setEnabled(ana, workflow->id, false));
        QCOMPARE(scalar(store->database(), QStringLiteral("SELECT count(*) FROM audit_events WHERE actor <> "
                                                          "'ana@helpdesk'")),
                 0);

        // After the call, events name the desk's operator again.
        QVERIFY(store->audit().append(QStringLiteral("test.mark"), QStringLiteral("user"), 0, {}));
        QCOMPARE(textScalar(store->database(),
                            QStringLiteral("SELECT actor FROM audit_events ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("tester@keydesk"));

        // Refused: nothing changes, no event.
        const Snapshot before = snapshot(store->database());
        QCOMPARE(core.groups().create(ana, QStringLiteral("sales")).error(),
                 QStringLiteral("a group named 'Sales' already exists"));
        QCOMPARE(core.groups().rename(ana, sales->id, QStringLiteral("Sales")).error(),
                 QStringLiteral("group 'Sales' already has that name"));
        QCOMPARE(core.users().joinGroup(ana, sales->id, ada->user.id).error(),
                 QStringLiteral("'ada@example.com' is already a member of 'Sales'"));
        QCOMPARE(core.outbox().retryNow(ana, 4242).error(), QStringLiteral("no outbox message 4242"));
        QCOMPARE(
            core.workflows().create(ana, QStringLiteral("sales PHONES"), {}, KeyType::Smartphone, {}).error(),
            QStringLiteral("a workflow named 'sales PHONES' exists already"));
        QCOMPARE(snapshot(store->database()), before);
    }
};

QTEST_GUILESS_MAIN(TestServices)
#include "TestServices.moc"
