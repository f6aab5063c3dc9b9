// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "core/Actor.h"
#include "core/domain/Workflow.h"

#include <QList>

#include <optional>

namespace keydesk {

class Store;

// Workflows as operators see and change them. Each change is one transaction whose audit events
// name `by`. Running them is WorkflowEngine's (in the runtime's thread).
class WorkflowService
{
public:
    explicit WorkflowService(Store& store) : m_store(store) {}

    Result<QList<WorkflowListRow>> list();
    Result<std::optional<Workflow>> findById(qint64 workflowId);
    // An id or a name, as operators type them.
    Result<Workflow> resolve(const QString& idOrName);
    Result<QList<Workflow>> enabledWorkflows();
    // What a workflow with these groups and key type would reach now (the wizard's review).
    Result<WorkflowPreview> preview(const QList<qint64>& groupIds, KeyType type, qint64 workflowId = 0);
    // Newest first.
    Result<QList<WorkflowRun>> runs(qint64 workflowId, int limit);
    Result<QList<RunOutcomeRow>> outcomes(qint64 runId, std::optional<RunOutcome> outcome, int offset,
                                          int limit);

    // Names are unique (case does not make a new one); groups must exist; empty means all users.
    Result<Workflow> create(const Actor& by, const QString& name, const QList<qint64>& groupIds, KeyType type,
                            const WorkflowSettings& settings);
    Result<Workflow> update(const Actor& by, qint64 workflowId, const QString& name,
                            const QList<qint64>& groupIds, const WorkflowSettings& settings);
    Status setEnabled(const Actor& by, qint64 workflowId, bool enabled);

    // The workflow goes. Its keys that still wait stay (they forget the workflow), or are revoked
    // through the key lifecycle — their queued emails cancelled — when `revokeWaitingKeys`.
    Status remove(const Actor& by, qint64 workflowId, bool revokeWaitingKeys);

private:
    // A workflow's name (1-120 characters) and groups (each must exist) are acceptable.
    Status checkChange(const QString& name, const QList<qint64>& groupIds);
    // A taken name refused by the table, said as a sentence.
    static Result<Workflow> named(Result<Workflow> saved, const QString& name);

    Store& m_store;
};

} // namespace keydesk
