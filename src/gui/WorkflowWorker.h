// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/workflow/WorkflowEngine.h"

#include <QAtomicInteger>
#include <QObject>

#include <optional>

namespace keydesk::gui {

// Runs one workflow, or every enabled one, on a worker thread with its own database
// connection; reports progress by signal and stops between batches when cancelled.
class WorkflowWorker : public QObject
{
    Q_OBJECT

public:
    WorkflowWorker(QString databasePath, QString actor, WorkflowRunOptions options,
                   std::optional<qint64> workflowId, RunTrigger trigger)
        : m_databasePath(std::move(databasePath)), m_actor(std::move(actor)), m_options(std::move(options)),
          m_workflowId(workflowId), m_trigger(trigger)
    {}

    void run();
    void cancel() { m_cancelled.storeRelaxed(1); }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // ok: every run completed; message sums up what they did, or says what failed.
    void finished(bool ok, const QString& message);

private:
    QString m_databasePath;
    QString m_actor;
    WorkflowRunOptions m_options;
    std::optional<qint64> m_workflowId;
    RunTrigger m_trigger;
    QAtomicInteger<int> m_cancelled{0};
};

} // namespace keydesk::gui
