// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/activation/EnrollmentConfig.h"
#include "core/domain/IssuedKey.h"
#include "core/domain/OutboxMessage.h"
#include "core/domain/Workflow.h"

#include <functional>

namespace keydesk {

class Store;

struct WorkflowRunOptions
{
    EnrollmentConfig config;       // where activation links point
    ActivationLifetimes lifetimes; // for links without a lifetime in their settings
    QString mailLanguage = QStringLiteral("en");
    QString messageIdDomain = QStringLiteral("keydesk.local");
    int batchSize = 10000; // users (or keys) per transaction; see docs/workflows.md for the measurements
};

// Runs Security Key Device Assignment workflows (architecture brief §4). A run first follows up
// on the workflow's keys still waiting for activation (reminders, re-issues of expired links up
// to the maximum, then giving up), then walks the users in scope in id order, in batches of one
// transaction each: every enabled user with neither an active nor a pending key of the type
// gets a pending key and an email activation queued in the outbox. Each batch re-reads what it
// decides on inside its own write transaction, so two processes running at once, or a run after
// a killed one, never assign twice; a run that changes nothing writes only its run row.
class WorkflowEngine
{
public:
    WorkflowEngine(Store& store, WorkflowRunOptions options);

    // `progress(usersDone)` after each batch; returning false cancels the run between batches.
    using Progress = std::function<bool(qint64 usersDone)>;
    Result<WorkflowRun> run(const Workflow& workflow, RunTrigger trigger, const Progress& progress = {});
    // Every enabled workflow, in name order.
    Result<QList<WorkflowRun>> runEnabled(RunTrigger trigger, const Progress& progress = {});

private:
    Status followUp(const Workflow& workflow, qint64 runId);
    Result<bool> assignBatch(const Workflow& workflow, qint64 runId, qint64& afterUserId, qint64& usersDone);
    NewOutboxMessage emailFor(qint64 activationId, const QString& name, const QString& email,
                              const ActivationSecrets& secrets, qint64 expiresAtMs, bool reminder) const;

    Store& m_store;
    WorkflowRunOptions m_options;
    QString m_subject;
    QString m_reminderSubject;
};

} // namespace keydesk
