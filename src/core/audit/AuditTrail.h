// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "core/Actor.h"
#include "core/audit/AuditExport.h"
#include "core/domain/AuditEvent.h"

#include <QList>
#include <QStringList>

namespace keydesk {

class Store;

// The audit log as operators read it (the Activity page, `audit list`). Only the services that
// make a change write to it, in the change's own transaction.
class AuditTrail
{
public:
    explicit AuditTrail(Store& store) : m_store(store) {}

    Result<qint64> count(const AuditQuery& query);
    // Newest first.
    Result<QList<AuditEvent>> page(const AuditQuery& query, qint64 offset, int limit);
    // The whole log matching `query`, newest first, as a file (auditor's export), at most
    // kMaxExportEvents events (narrow it with dates otherwise). Needs export-audit; the export
    // itself is audited (`audit.export`, with the filters and the count).
    static constexpr qint64 kMaxExportEvents = 1'000'000;
    Result<QByteArray> exportLog(const Actor& by, const AuditQuery& query, AuditExportFormat format);
    // For the page's filters.
    Result<QStringList> actors();
    Result<QStringList> actions();

private:
    Store& m_store;
};

} // namespace keydesk
