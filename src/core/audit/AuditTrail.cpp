// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AuditTrail.h"

#include "core/store/Store.h"

namespace keydesk {

Result<qint64> AuditTrail::count(const AuditQuery& query)
{
    return m_store.audit().count(query);
}

Result<QList<AuditEvent>> AuditTrail::page(const AuditQuery& query, qint64 offset, int limit)
{
    return m_store.audit().page(query, offset, limit);
}

Result<QStringList> AuditTrail::actors()
{
    return m_store.audit().distinctActors();
}

Result<QStringList> AuditTrail::actions()
{
    return m_store.audit().distinctActions();
}

} // namespace keydesk
