// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "AuditLog.h"
#include "Database.h"
#include "core/domain/Workflow.h"

#include <QHash>
#include <QList>

#include <optional>

namespace keydesk {

// Security Key Device Assignment workflows: definitions, runs and their per-user outcomes, and
// the reads a run makes. Definition changes are audited against the workflow.
class WorkflowRepository
{
public:
    WorkflowRepository(Database& db, const Clock& clock, AuditLog& audit)
        : m_db(db), m_clock(clock), m_audit(audit)
    {}

    // The rows and the audit event; WorkflowService checks the name and the groups first (a
    // taken name fails here as ErrorCode::DuplicateRow).
    Result<Workflow> create(const QString& name, const QList<qint64>& groupIds, KeyType type,
                            const WorkflowSettings& settings);
    Result<Workflow> update(qint64 id, const QString& name, const QList<qint64>& groupIds,
                            const WorkflowSettings& settings);
    Status setEnabled(qint64 id, bool enabled);
    // The row only (its keys forget it by the foreign key); WorkflowService::remove decides.
    Status deleteWorkflow(qint64 id);

    Result<std::optional<Workflow>> findById(qint64 id);
    // The first of these group ids that has no group, if any.
    Result<std::optional<qint64>> firstMissingGroup(const QList<qint64>& groupIds);
    Result<Workflow> resolve(const QString& idOrName);
    Result<QList<WorkflowListRow>> list();
    // The same without the scope counts (which read every user in scope): the Overview's list.
    Result<QList<WorkflowListRow>> listWithLastRuns();
    Result<QList<Workflow>> enabledWorkflows();

    using Preview = WorkflowPreview;
    Result<Preview> preview(const QList<qint64>& groupIds, KeyType type, qint64 workflowId = 0);

    Result<QList<WorkflowRun>> runs(qint64 workflowId, int limit);
    Result<std::optional<WorkflowRun>> findRun(qint64 runId);
    Result<QList<RunOutcomeRow>> outcomes(qint64 runId, std::optional<RunOutcome> outcome, int offset,
                                          int limit);

    // --- for the engine ---
    // A run row; runs of this workflow whose process stopped beating are marked interrupted.
    Result<qint64> beginRun(qint64 workflowId, RunTrigger trigger);
    using RunCounts = WorkflowRunCounts;
    // Adds to the run's counts and beats its heartbeat, inside the batch's transaction.
    Status addToRun(qint64 runId, const RunCounts& delta);
    Status finishRun(qint64 runId, const QString& status, const Error& error = {});
    Status recordOutcomes(qint64 runId, const QList<std::pair<qint64, RunOutcome>>& outcomes);

    // One batch of the users in scope after `afterUserId` (in id order, at most `limit`),
    // classified in SQL: every user who is skipped gets the outcome row saying why; the users
    // to assign a key to are returned. The counts say how many were in scope and skipped.
    struct ScopeBatch
    {
        qint64 lastUserId = 0; // 0: no users left
        qint64 inScope = 0;    // enabled users in the batch
        qint64 skipped = 0;
        QList<std::pair<qint64, QString>> toAssign; // user id, email
        QHash<qint64, QString> names;
    };
    Result<ScopeBatch> classifyBatch(const Workflow& workflow, qint64 runId, qint64 afterUserId, int limit);

    struct FollowUp
    {
        qint64 keyId = 0;
        qint64 userId = 0;
        QString email;
        QString displayName;
        qint64 activationId = 0; // the latest activation
        qint64 activationCreatedAtMs = 0;
        qint64 expiresAtMs = 0;
        bool reminder = false;
        int reissueCount = 0;
        bool live = false; // not used, superseded or expired
    };
    // This workflow's keys that need a follow-up now, by their open activation (not used, not
    // superseded) after `afterActivationId`: expired ones, and live ones created before
    // `remindBeforeMs` that were not reminders themselves. Both come from indexes, so a run with
    // nothing to follow up reads next to nothing.
    Result<QList<FollowUp>> followUps(qint64 workflowId, qint64 remindBeforeMs, qint64 afterActivationId,
                                      int limit);

    static constexpr qint64 kHeartbeatTimeoutMs = 5 * 60 * 1000;

private:
    Status writeGroups(qint64 workflowId, const QList<qint64>& groupIds);
    // The end of create and update: the groups, the audit event (with them), the workflow as
    // saved, and the commit.
    Result<Workflow> finishChange(qint64 id, const QString& name, const QList<qint64>& groupIds,
                                  const QString& action, QJsonObject details, Transaction& tx);
    Result<QList<Workflow>> query(const QString& where, const QVariantList& values);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

// The scope condition on users `u` for a workflow's groups (none: everybody).
QString workflowScopeSql(bool allUsers);

} // namespace keydesk
