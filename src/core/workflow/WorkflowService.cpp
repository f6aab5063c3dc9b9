// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "WorkflowService.h"

#include "core/ServiceCall.h"
#include "core/keys/KeyLifecycle.h"

#include <QCoreApplication>

namespace {

struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(WorkflowService)
};

} // namespace

namespace keydesk {

Result<QList<WorkflowListRow>> WorkflowService::list()
{
    return m_store.workflows().list();
}

Result<std::optional<Workflow>> WorkflowService::findById(qint64 workflowId)
{
    return m_store.workflows().findById(workflowId);
}

Result<Workflow> WorkflowService::resolve(const QString& idOrName)
{
    return m_store.workflows().resolve(idOrName);
}

Result<QList<Workflow>> WorkflowService::enabledWorkflows()
{
    return m_store.workflows().enabledWorkflows();
}

Result<WorkflowPreview> WorkflowService::preview(const QList<qint64>& groupIds, KeyType type,
                                                 qint64 workflowId)
{
    return m_store.workflows().preview(groupIds, type, workflowId);
}

Result<QList<WorkflowRun>> WorkflowService::runs(qint64 workflowId, int limit)
{
    return m_store.workflows().runs(workflowId, limit);
}

Result<QList<RunOutcomeRow>> WorkflowService::outcomes(qint64 runId, std::optional<RunOutcome> outcome,
                                                       int offset, int limit)
{
    return m_store.workflows().outcomes(runId, outcome, offset, limit);
}

Status WorkflowService::checkChange(const QString& name, const QList<qint64>& groupIds)
{
    if (name.trimmed().isEmpty())
        return Status::failure(Text::tr("a workflow needs a name"));
    if (name.trimmed().size() > 120)
        return Status::failure(Text::tr("a workflow name has at most 120 characters"));
    auto missing = m_store.workflows().firstMissingGroup(groupIds);
    if (!missing)
        return Status::from(missing);
    if (missing.value())
        return Status::failure(Text::tr("no group %1").arg(*missing.value()));
    return {};
}

Result<Workflow> WorkflowService::named(Result<Workflow> saved, const QString& name)
{
    // Names are unique regardless of case (the table's index): the clash said as people say it.
    if (!saved && saved.cause().code() == ErrorCode::DuplicateRow)
        return Result<Workflow>::failure(
            Text::tr("a workflow named '%1' exists already").arg(name.trimmed()));
    return saved;
}

Result<Workflow> WorkflowService::create(const Actor& by, const QString& name, const QList<qint64>& groupIds,
                                         KeyType type, const WorkflowSettings& settings)
{
    return serviceCall(m_store, by, Permission::ManageWorkflows, [&]() -> Result<Workflow> {
        if (Status s = checkChange(name, groupIds); !s)
            return Result<Workflow>::failure(s.cause());
        return named(m_store.workflows().create(name, groupIds, type, settings), name);
    });
}

Result<Workflow> WorkflowService::update(const Actor& by, qint64 workflowId, const QString& name,
                                         const QList<qint64>& groupIds, const WorkflowSettings& settings)
{
    return serviceCall(m_store, by, Permission::ManageWorkflows, [&]() -> Result<Workflow> {
        if (Status s = checkChange(name, groupIds); !s)
            return Result<Workflow>::failure(s.cause());
        return named(m_store.workflows().update(workflowId, name, groupIds, settings), name);
    });
}

Status WorkflowService::setEnabled(const Actor& by, qint64 workflowId, bool enabled)
{
    return serviceCall(m_store, by, Permission::ManageWorkflows,
                       [&] { return m_store.workflows().setEnabled(workflowId, enabled); });
}

Status WorkflowService::remove(const Actor& by, qint64 workflowId, bool revokeWaitingKeys)
{
    if (Status allowed = by.check(Permission::ManageWorkflows); !allowed)
        return allowed;
    Transaction tx(m_store.database());
    if (!tx.status())
        return tx.status();
    auto workflow = m_store.workflows().findById(workflowId);
    if (!workflow)
        return Status::from(workflow);
    if (!workflow.value())
        return Status::failure(Text::tr("no workflow %1").arg(workflowId));
    int revoked = 0;
    if (revokeWaitingKeys) {
        // The key's status reason and the audit event are stored records, kept in English.
        auto count = KeyLifecycle(m_store).revokeWaitingKeysOf(
            by, workflowId, QString::fromLatin1("workflow '%1' deleted").arg(workflow.value()->name));
        if (!count)
            return Status::from(count);
        revoked = count.value();
    }
    if (Status s = m_store.workflows().deleteWorkflow(workflowId); !s)
        return s;
    const AuditLog::Entry event{QStringLiteral("workflow.delete"),
                                QStringLiteral("workflow"),
                                workflowId,
                                workflow.value()->name,
                                {{QStringLiteral("pending_keys"),
                                  revokeWaitingKeys ? QStringLiteral("revoked") : QStringLiteral("kept")},
                                 {QStringLiteral("revoked"), revoked}}};
    if (Status s = m_store.audit().appendAs(by, {event}); !s)
        return s;
    return tx.commit();
}

} // namespace keydesk
