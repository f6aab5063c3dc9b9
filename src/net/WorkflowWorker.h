// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/workflow/WorkflowEngine.h"

#include <QObject>

#include <atomic>
#include <optional>

namespace keydesk::net {

// Runs one workflow, or every enabled one, on a worker thread with its own database
// connection (ServerRuntime starts it); reports progress by signal and stops between batches
// once `cancelled` is set.
class WorkflowWorker : public QObject
{
    Q_OBJECT

public:
    WorkflowWorker(QString databasePath, QString actor, WorkflowRunOptions options,
                   std::optional<qint64> workflowId, RunTrigger trigger, const std::atomic<bool>& cancelled)
        : m_databasePath(std::move(databasePath)), m_actor(std::move(actor)), m_options(std::move(options)),
          m_workflowId(workflowId), m_trigger(trigger), m_cancelled(cancelled)
    {}

    void run();

    // What completed runs did, in one sentence (the console's status line, here or on a team
    // desk whose server ran them).
    static QString summary(const QList<WorkflowRun>& runs);

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // ok: every run completed; message sums up what they did, or says what failed; runs are
    // the ones that completed.
    void finished(bool ok, const QString& message, const QList<keydesk::WorkflowRun>& runs);

private:
    QString m_databasePath;
    QString m_actor;
    WorkflowRunOptions m_options;
    std::optional<qint64> m_workflowId;
    RunTrigger m_trigger;
    const std::atomic<bool>& m_cancelled;
};

} // namespace keydesk::net
