// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "WorkflowWorker.h"

#include "core/store/Store.h"

namespace keydesk::net {

void WorkflowWorker::run()
{
    StoreOptions storeOptions;
    storeOptions.actor = m_actor;
    auto store = Store::open(m_databasePath, storeOptions);
    if (!store) {
        Q_EMIT finished(false, store.error(), {});
        return;
    }
    QList<Workflow> workflows;
    if (m_workflowId) {
        auto one = store.value()->workflows().findById(*m_workflowId);
        if (!one || !one.value()) {
            Q_EMIT finished(false, one ? tr("The workflow no longer exists.") : one.error(), {});
            return;
        }
        workflows << *one.value();
    } else {
        auto enabled = store.value()->workflows().enabledWorkflows();
        if (!enabled) {
            Q_EMIT finished(false, enabled.error(), {});
            return;
        }
        workflows = enabled.value();
    }
    WorkflowEngine engine(*store.value(), m_options);
    QList<WorkflowRun> completed;
    for (const Workflow& w : workflows) {
        auto preview = store.value()->workflows().preview(w.groupIds, w.keyType, w.id);
        const qint64 total = preview ? preview->inScope : 0;
        auto run = engine.run(w, m_trigger, [this, total](qint64 done) {
            Q_EMIT progress(done, total);
            return !m_cancelled.load();
        });
        if (!run) {
            Q_EMIT finished(false, tr("Workflow “%1” failed: %2").arg(w.name, run.error()), completed);
            return;
        }
        if (run->status == QLatin1String("cancelled")) {
            Q_EMIT finished(false,
                            tr("Cancelled. Users already processed keep their keys; the next run goes on."),
                            completed);
            return;
        }
        completed.append(run.value());
    }
    Q_EMIT finished(true, summary(completed), completed);
}

QString WorkflowWorker::summary(const QList<WorkflowRun>& runs)
{
    qint64 assigned = 0, reminded = 0, reissued = 0, gaveUp = 0;
    for (const WorkflowRun& run : runs) {
        assigned += run.keysAssigned;
        reminded += run.remindersSent;
        reissued += run.linksReissued;
        gaveUp += run.keysExpired;
    }
    return tr("Workflows run: %1. Keys assigned: %2, reminders: %3, links re-issued: %4, gave up: %5.")
        .arg(runs.size())
        .arg(assigned)
        .arg(reminded)
        .arg(reissued)
        .arg(gaveUp);
}

} // namespace keydesk::net
