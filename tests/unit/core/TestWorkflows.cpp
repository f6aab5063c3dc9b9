// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// The workflow engine on a test store with a test clock: scope, idempotence, scope changes,
// reminders, re-issues up to the maximum, giving up, and deleting a workflow.
#include "core/keys/KeyLifecycle.h"
#include "core/workflow/WorkflowEngine.h"
#include "core/workflow/WorkflowService.h"
#include "support/TestSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

class TestWorkflows : public QObject
{
    Q_OBJECT

    static constexpr qint64 kDay = 24 * 3600 * 1000LL;

    static User addUser(TestStore& store, const QString& name, const QList<qint64>& groups = {},
                        bool enabled = true)
    {
        auto user = store->users().create(
            UserFields{name, name.toLower() + QStringLiteral("@example.com"), {}, {}}, UserSource::Manual);
        if (!user)
            qFatal("%s", qPrintable(user.error()));
        for (qint64 g : groups)
            if (auto joined = store.core().users().joinGroup(store.core().actor(), g, user->id); !joined)
                qFatal("%s", qPrintable(joined.error()));
        if (!enabled)
            if (Status s = store->users().setEnabled(user->id, false); !s)
                qFatal("%s", qPrintable(s.error()));
        return user.value();
    }

    static qint64 addGroup(TestStore& store, const QString& name) { return store->groups().create(name)->id; }

    static WorkflowEngine engine(TestStore& store, int batch = 2)
    {
        WorkflowRunOptions options;
        options.config =
            EnrollmentConfig::fromValues(QStringLiteral("https://keys.example.com"), {}, {}, {}).value();
        options.batchSize = batch; // small batches exercise the batching
        return WorkflowEngine(*store, options);
    }

    static qint64 count(TestStore& store, const QString& sql) { return scalar(store->database(), sql); }

    static Workflow create(TestStore& store, const QString& name, const QList<qint64>& groups,
                           WorkflowSettings settings = {})
    {
        auto w = store->workflows().create(name, groups, KeyType::Smartphone, settings);
        if (!w)
            qFatal("%s", qPrintable(w.error()));
        return w.value();
    }

    static QStringList outcomes(TestStore& store, qint64 runId)
    {
        QStringList out;
        for (const RunOutcomeRow& r : store->workflows().outcomes(runId, std::nullopt, 0, 1000).value())
            out << r.email.section(u'@', 0, 0) + u'=' + runOutcomeName(r.outcome);
        out.sort();
        return out;
    }

private Q_SLOTS:
    void scopeFollowsGroupsAndSkipsWithReasons()
    {
        TestStore store;
        const qint64 sales = addGroup(store, QStringLiteral("Sales"));
        const qint64 support = addGroup(store, QStringLiteral("Support"));
        const qint64 other = addGroup(store, QStringLiteral("Other"));
        addUser(store, QStringLiteral("Ann"), {sales});
        addUser(store, QStringLiteral("Bob"), {sales, support}); // in both: one key
        addUser(store, QStringLiteral("Cat"), {support}, false); // disabled
        addUser(store, QStringLiteral("Dan"), {other});          // out of scope
        const User eve = addUser(store, QStringLiteral("Eve"), {support});
        // Eve already has a pending key from the desk.
        QVERIFY(KeyLifecycle(*store).assign(Actor(store->actor()), eve, KeyType::Smartphone, {},
                                            ActivationMethod::Now, {}, {}));

        auto preview = store->workflows().preview({sales, support}, KeyType::Smartphone);
        QCOMPARE(preview->inScope, 3); // Ann, Bob, Eve (Cat is disabled)
        QCOMPARE(preview->wouldEmail, 2);

        const Workflow w =
            create(store, QStringLiteral("Smartphone Security Key Deployment"), {sales, support});
        QCOMPARE(w.groupNames, (QStringList{QStringLiteral("Sales"), QStringLiteral("Support")}));
        auto run = engine(store).run(w, RunTrigger::Submit);
        QVERIFY2(run, qPrintable(run.error()));
        QCOMPARE(run->status, QStringLiteral("completed"));
        // Cat is disabled: not in scope, as in the preview. The counts add up.
        QCOMPARE(run->usersInScope, 3);
        QCOMPARE(run->keysAssigned, 2);
        QCOMPARE(run->emailsQueued, 2);
        QCOMPARE(run->usersSkipped, 1);
        QCOMPARE(run->usersInScope, run->keysAssigned + run->usersSkipped);
        QCOMPARE(outcomes(store, run->id),
                 (QStringList{QStringLiteral("ann=assigned"), QStringLiteral("bob=assigned"),
                              QStringLiteral("eve=skipped-pending")}));
        // The list counts users in scope by their key, whoever made it: Eve's desk key is pending.
        auto listed = store->workflows().list();
        QVERIFY(listed && listed->size() == 1);
        QCOMPARE(listed->first().pending, 3);
        QCOMPARE(listed->first().active, 0);
        QCOMPARE(listed->first().withoutKey, 0);
        QCOMPARE(listed->first().inScope(), preview->inScope);
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM outbox WHERE payload IS NOT NULL")), 2);
        QCOMPARE(count(store,
                       QStringLiteral("SELECT count(*) FROM security_keys WHERE workflow_id = %1").arg(w.id)),
                 2);
        QCOMPARE(count(store,
                       QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'key.assign' AND ") +
                           jsonFieldIs(QStringLiteral("details"), QStringLiteral("workflow_id"),
                                       QString::number(w.id))),
                 2);

        // No group: everybody enabled.
        const Workflow all = create(store, QStringLiteral("Everyone"), {});
        auto second = engine(store).run(all, RunTrigger::Submit);
        QCOMPARE(second->usersInScope, 4);
        QCOMPARE(second->keysAssigned, 1); // Dan; the others have pending keys
    }

    void aSecondRunChangesNothing()
    {
        TestStore store;
        const qint64 g = addGroup(store, QStringLiteral("All staff"));
        for (int i = 0; i < 7; ++i)
            addUser(store, QStringLiteral("User%1").arg(i), {g});
        const Workflow w = create(store, QStringLiteral("Deploy"), {g});
        QCOMPARE(engine(store).run(w, RunTrigger::Submit)->keysAssigned, 7);
        const QString before = tableDump(store->database(), QStringLiteral("security_keys")) +
                               tableDump(store->database(), QStringLiteral("activations")) +
                               tableDump(store->database(), QStringLiteral("outbox"));
        auto again = engine(store).run(w, RunTrigger::Timer);
        QCOMPARE(again->keysAssigned, 0);
        QCOMPARE(again->emailsQueued, 0);
        QCOMPARE(again->usersSkipped, 7);
        QCOMPARE(tableDump(store->database(), QStringLiteral("security_keys")) +
                     tableDump(store->database(), QStringLiteral("activations")) +
                     tableDump(store->database(), QStringLiteral("outbox")),
                 before);

        // A user entering the scope is picked up by the next run, alone.
        const User late = addUser(store, QStringLiteral("Late"), {g});
        auto third = engine(store).run(w, RunTrigger::ScopeChange);
        QCOMPARE(third->keysAssigned, 1);
        QCOMPARE(count(store,
                       QStringLiteral("SELECT count(*) FROM security_keys WHERE user_id = %1").arg(late.id)),
                 1);
    }

    void remindersReissuesAndGivingUp()
    {
        TestStore store;
        const User ann = addUser(store, QStringLiteral("Ann"));
        WorkflowSettings settings;
        settings.reminderDays = 2;
        settings.maxReissues = 1;
        settings.key.activationLifetimeMinutes = 5 * 24 * 60; // 5 days
        const Workflow w = create(store, QStringLiteral("Deploy"), {}, settings);
        QCOMPARE(engine(store).run(w, RunTrigger::Submit)->keysAssigned, 1);
        const auto firstActivation =
            store->keys().listForUser(ann.id).value().first().latestActivation.value();

        // Day 2: one reminder, with a new link for the same deadline.
        store.clock().advance(2 * kDay);
        auto reminded = engine(store).run(w, RunTrigger::Timer);
        QCOMPARE(reminded->remindersSent, 1);
        QCOMPARE(reminded->emailsQueued, 1);
        auto row = store->keys().listForUser(ann.id).value().first();
        QVERIFY(row.latestActivation->id != firstActivation.id);
        QCOMPARE(row.latestActivation->expiresAtMs, firstActivation.expiresAtMs);
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM outbox WHERE subject LIKE 'Reminder:%'")),
                 1);
        QCOMPARE(engine(store).run(w, RunTrigger::Timer)->remindersSent, 0); // only once

        // Day 5: the link expired: re-issued once (the maximum), with a fresh deadline.
        store.clock().advance(3 * kDay);
        QCOMPARE(KeyLifecycle(*store).expireDue(Actor(store->actor())).value(), 1);
        auto reissued = engine(store).run(w, RunTrigger::Timer);
        QCOMPARE(reissued->linksReissued, 1);
        row = store->keys().listForUser(ann.id).value().first();
        QCOMPARE(row.key.status, KeyStatus::Pending);
        QCOMPARE(row.latestActivation->expiresAtMs, store.clock().nowMs() + 5 * kDay);

        // It expires again: no re-issues left, so the key gives up and the user is left alone.
        store.clock().advance(6 * kDay);
        auto gaveUp = engine(store).run(w, RunTrigger::Timer);
        QCOMPARE(gaveUp->keysExpired, 1);
        QCOMPARE(gaveUp->keysAssigned, 0);
        row = store->keys().listForUser(ann.id).value().first();
        QCOMPARE(row.key.status, KeyStatus::Expired);
        QCOMPARE(row.key.statusReason, QString::fromLatin1(kGaveUpReason));
        auto later = engine(store).run(w, RunTrigger::Timer);
        QCOMPARE(later->keysExpired, 0);
        QCOMPARE(later->keysAssigned, 0);
        QCOMPARE(outcomes(store, later->id), QStringList{QStringLiteral("ann=skipped-gave-up")});
        // Every reminder and re-issue cancelled the email of the link it replaced.
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'queued'")), 1);
    }

    void deleteKeepsOrRevokesPendingKeys()
    {
        TestStore store;
        addUser(store, QStringLiteral("Ann"));
        addUser(store, QStringLiteral("Bob"));
        const Workflow keep = create(store, QStringLiteral("Keep"), {});
        QVERIFY(engine(store).run(keep, RunTrigger::Submit));
        QVERIFY(WorkflowService(*store).remove(Actor(store->actor()), keep.id, false));
        QCOMPARE(
            count(store, QStringLiteral("SELECT count(*) FROM security_keys WHERE status = 'pending' AND "
                                        "workflow_id IS NULL")),
            2);
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'queued'")), 2);

        TestStore other;
        addUser(other, QStringLiteral("Ann"));
        const Workflow revoke = create(other, QStringLiteral("Revoke"), {});
        QVERIFY(engine(other).run(revoke, RunTrigger::Submit));
        QVERIFY(WorkflowService(*other).remove(Actor(other->actor()), revoke.id, true));
        QCOMPARE(count(other, QStringLiteral("SELECT count(*) FROM security_keys WHERE status = 'revoked'")),
                 1);
        QCOMPARE(count(other, QStringLiteral(
                                  "SELECT count(*) FROM outbox WHERE status = 'failed' AND payload IS NULL")),
                 1);
        QCOMPARE(
            count(other, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'workflow.delete' "
                                        "AND ") +
                             jsonFieldIs(QStringLiteral("details"), QStringLiteral("pending_keys"),
                                         QStringLiteral("\"revoked\""))),
            1);
    }

    void definitionsAreChecked()
    {
        TestStore store;
        create(store, QStringLiteral("Deploy"), {});
        // The rules are WorkflowService's; nothing is written when one refuses.
        WorkflowService workflows = store.core().workflows();
        const Actor by = store.core().actor();
        const Snapshot before = snapshot(store->database());
        QCOMPARE(workflows.create(by, QStringLiteral("deploy"), {}, KeyType::Smartphone, {}).error(),
                 QStringLiteral("a workflow named 'deploy' exists already"));
        QCOMPARE(workflows.create(by, QStringLiteral("  "), {}, KeyType::Smartphone, {}).error(),
                 QStringLiteral("a workflow needs a name"));
        QCOMPARE(workflows.create(by, QString(121, u'x'), {}, KeyType::Smartphone, {}).error(),
                 QStringLiteral("a workflow name has at most 120 characters"));
        QCOMPARE(workflows.create(by, QStringLiteral("X"), {999}, KeyType::Smartphone, {}).error(),
                 QStringLiteral("no group 999"));
        QCOMPARE(snapshot(store->database()), before);
        Error why;
        QVERIFY(!WorkflowSettings::fromJson(QJsonObject{{QStringLiteral("reminderDays"), 61}}, &why));
        QCOMPARE(why.message(), QStringLiteral("reminderDays must be a whole number from 0 to 60"));
    }
};

QTEST_GUILESS_MAIN(TestWorkflows)
#include "TestWorkflows.moc"
