// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "WorkflowEngine.h"

#include "core/keys/KeyLifecycle.h"
#include "core/mail/ActivationEmail.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWorkflow, "keydesk.workflow", QtInfoMsg)

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(WorkflowEngine)
};

} // namespace

namespace keydesk {

namespace {
constexpr qint64 kDayMs = 24 * 3600 * 1000LL;
}

WorkflowEngine::WorkflowEngine(Store& store, WorkflowRunOptions options)
    : m_store(store), m_options(std::move(options)),
      m_subject(activationEmailSubject(m_options.mailLanguage, false)),
      m_reminderSubject(activationEmailSubject(m_options.mailLanguage, true))
{}

NewOutboxMessage WorkflowEngine::emailFor(qint64 activationId, const QString& name, const QString& email,
                                          const ActivationSecrets& secrets, qint64 expiresAtMs,
                                          bool reminder) const
{
    ActivationEmailData data;
    data.name = name;
    data.email = email;
    data.link = m_options.config.activationLink(secrets.token);
    data.manualCode = groupManualCode(secrets.manualCode);
    data.expiresAtMs = expiresAtMs;
    data.reminder = reminder;
    return {activationEmailKey(activationId), email, reminder ? m_reminderSubject : m_subject,
            makeMessageId(m_options.messageIdDomain), data.toPayload()};
}

Result<WorkflowRun> WorkflowEngine::run(const Workflow& workflow, RunTrigger trigger,
                                        const Progress& progress)
{
    using R = Result<WorkflowRun>;
    auto runId = m_store.workflows().beginRun(workflow.id, trigger);
    if (!runId)
        return R::failure(runId.cause());
    // The run keeps the error's code and arguments: each reader sees it in their language.
    const auto fail = [&](const Error& error) {
        qCWarning(lcWorkflow) << "run of" << workflow.name << "failed:" << error.message();
        if (Status s = m_store.workflows().finishRun(runId.value(), QStringLiteral("failed"), error); !s)
            qCWarning(lcWorkflow) << "and its run could not be marked failed:" << s.error();
        return R::failure(error);
    };
    if (Status s = followUp(workflow, runId.value()); !s)
        return fail(s.cause());
    qint64 afterUserId = 0;
    qint64 usersDone = 0;
    for (;;) {
        auto more = assignBatch(workflow, runId.value(), afterUserId, usersDone);
        if (!more)
            return fail(more.cause());
        if (!more.value())
            break;
        if (progress && !progress(usersDone)) {
            if (Status s = m_store.workflows().finishRun(runId.value(), QStringLiteral("cancelled"),
                                                         Text::tr("cancelled"));
                !s)
                return fail(s.cause());
            auto cancelled = m_store.workflows().findRun(runId.value());
            return cancelled && cancelled.value() ? R(*cancelled.value()) : R::failure(Text::tr("cancelled"));
        }
    }
    if (Status s = m_store.workflows().finishRun(runId.value(), QStringLiteral("completed")); !s)
        return R::failure(s.cause());
    auto finished = m_store.workflows().findRun(runId.value());
    if (!finished || !finished.value())
        return R::failure(finished ? Text::tr("the run vanished") : finished.cause());
    return *finished.value();
}

Status WorkflowEngine::followUp(const Workflow& workflow, qint64 runId)
{
    const WorkflowSettings& settings = workflow.settings;
    const qint64 emailLifetime = m_options.lifetimes.forMethod(ActivationMethod::Email, settings.key);
    // No reminders: a cutoff before any activation.
    const qint64 remindBefore =
        settings.reminderDays > 0 ? m_store.clock().nowMs() - settings.reminderDays * kDayMs : 0;
    qint64 afterActivationId = 0;
    KeyLifecycle lifecycle(m_store);
    // A run acts as whoever runs it (the server runtime, or the operator's CLI).
    const Actor by(m_store.actor());
    for (;;) {
        Transaction tx(m_store.database());
        if (!tx.status())
            return tx.status();
        auto batch =
            m_store.workflows().followUps(workflow.id, remindBefore, afterActivationId, m_options.batchSize);
        if (!batch)
            return Status::from(batch);
        if (batch->isEmpty())
            return {};
        const qint64 now = m_store.clock().nowMs();
        QList<OutboxRepository::NewMessage> emails;
        QList<std::pair<qint64, RunOutcome>> outcomes;
        WorkflowRepository::RunCounts counts;
        for (const WorkflowRepository::FollowUp& f : batch.value()) {
            afterActivationId = f.activationId;
            const bool remindNow = f.live && !f.reminder && settings.reminderDays > 0 &&
                                   now - f.activationCreatedAtMs >= settings.reminderDays * kDayMs;
            if (f.live && !remindNow)
                continue;
            if (remindNow || f.reissueCount < settings.maxReissues) {
                const bool reminder = remindNow;
                const qint64 expires = reminder ? f.expiresAtMs : now + emailLifetime;
                const int count = reminder ? f.reissueCount : f.reissueCount + 1;
                auto issued =
                    lifecycle.followUp(by, f.keyId, f.userId, f.email, expires, reminder, count, workflow.id);
                if (!issued)
                    return Status::from(issued);
                emails << emailFor(issued->activation.id, f.displayName, f.email, issued->secrets, expires,
                                   reminder);
                outcomes.append({f.userId, reminder ? RunOutcome::Reminded : RunOutcome::Reissued});
                ++(reminder ? counts.remindersSent : counts.linksReissued);
                ++counts.emailsQueued;
            } else {
                if (Status s = lifecycle.giveUp(by, f.keyId, workflow.id); !s)
                    return s;
                outcomes.append({f.userId, RunOutcome::Expired});
                ++counts.keysExpired;
            }
        }
        if (Status s = m_store.outbox().enqueueMany(emails); !s)
            return s;
        if (Status s = m_store.workflows().recordOutcomes(runId, outcomes); !s)
            return s;
        if (Status s = m_store.workflows().addToRun(runId, counts); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
}

Result<bool> WorkflowEngine::assignBatch(const Workflow& workflow, qint64 runId, qint64& afterUserId,
                                         qint64& usersDone)
{
    using R = Result<bool>;
    // The write lock first: what this batch reads cannot change before it commits.
    Transaction tx(m_store.database());
    if (!tx.status())
        return R::failure(tx.status().cause());
    QElapsedTimer timer;
    timer.start();
    auto batch = m_store.workflows().classifyBatch(workflow, runId, afterUserId, m_options.batchSize);
    const qint64 classifyMs = timer.restart();
    if (!batch)
        return R::failure(batch.cause());
    if (batch->lastUserId == 0)
        return false;
    afterUserId = batch->lastUserId;
    WorkflowRepository::RunCounts counts;
    counts.usersInScope = batch->inScope;
    counts.usersSkipped = batch->skipped;
    QList<std::pair<qint64, RunOutcome>> outcomes;
    usersDone += batch->inScope;
    if (!batch->toAssign.isEmpty()) {
        const qint64 lifetime = m_options.lifetimes.forMethod(ActivationMethod::Email, workflow.settings.key);
        auto assigned = m_store.keys().assignMany(batch->toAssign, workflow.keyType, workflow.settings.key,
                                                  ActivationMethod::Email, lifetime, workflow.id);
        if (!assigned)
            return R::failure(assigned.cause());
        QList<OutboxRepository::NewMessage> emails;
        emails.reserve(assigned->size());
        outcomes.reserve(assigned->size());
        for (const SecurityKeyRepository::BulkAssignment& a : assigned.value()) {
            emails << emailFor(a.issued.activation.id, batch->names.value(a.userId), a.email,
                               a.issued.secrets, a.issued.activation.expiresAtMs, false);
            outcomes.append({a.userId, RunOutcome::Assigned});
        }
        const qint64 assignMs = timer.restart();
        if (Status s = m_store.outbox().enqueueMany(emails); !s)
            return R::failure(s.cause());
        qCDebug(lcWorkflow) << "batch: classify" << classifyMs << "ms, assign" << assignMs << "ms, queue"
                            << timer.restart() << "ms for" << assigned->size() << "users";
        counts.keysAssigned += assigned->size();
        counts.emailsQueued += assigned->size();
    }
    if (Status s = m_store.workflows().recordOutcomes(runId, outcomes); !s)
        return R::failure(s.cause());
    if (Status s = m_store.workflows().addToRun(runId, counts); !s)
        return R::failure(s.cause());
    if (Status s = tx.commit(); !s)
        return R::failure(s.cause());
    qCDebug(lcWorkflow) << "batch: outcomes and commit" << timer.elapsed() << "ms";
    return true;
}

Result<QList<WorkflowRun>> WorkflowEngine::runEnabled(RunTrigger trigger, const Progress& progress)
{
    using R = Result<QList<WorkflowRun>>;
    auto workflows = m_store.workflows().enabledWorkflows();
    if (!workflows)
        return R::failure(workflows.cause());
    QList<WorkflowRun> runs;
    for (const Workflow& w : workflows.value()) {
        auto run = this->run(w, trigger, progress);
        if (!run)
            return R::failure(Text::tr("workflow '%1': %2").arg(w.name).arg(run.cause()));
        runs << run.value();
    }
    return runs;
}

} // namespace keydesk
