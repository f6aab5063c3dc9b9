// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "WorkflowService.h"

#include "core/keys/KeyLifecycle.h"
#include "core/store/Store.h"

#include <QCoreApplication>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowService)
};

} // namespace

namespace keydesk {

Status WorkflowService::remove(const Actor& by, qint64 workflowId, bool revokeWaitingKeys)
{
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
    if (Status s = m_store.audit().appendAs(by.name(), {event}); !s)
        return s;
    return tx.commit();
}

} // namespace keydesk
