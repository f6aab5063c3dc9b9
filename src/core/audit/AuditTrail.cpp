// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AuditTrail.h"

#include "core/ServiceCall.h"
#include "core/store/Store.h"

namespace {

struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(AuditTrail)
};

} // namespace

namespace keydesk {

Result<qint64> AuditTrail::count(const AuditQuery& query)
{
    return m_store.audit().count(query);
}

Result<QList<AuditEvent>> AuditTrail::page(const AuditQuery& query, qint64 offset, int limit)
{
    return m_store.audit().page(query, offset, limit);
}

Result<QByteArray> AuditTrail::exportLog(const Actor& by, const AuditQuery& query, AuditExportFormat format)
{
    using R = Result<QByteArray>;
    if (Status allowed = by.check(Permission::ExportAudit); !allowed)
        return R::failure(allowed.cause());
    auto total = count(query);
    if (!total)
        return R::failure(total.cause());
    if (total.value() > kMaxExportEvents)
        return R::failure(Text::tr("the export would hold %1 events, more than %2; choose a shorter time")
                              .arg(total.value())
                              .arg(kMaxExportEvents));
    // Read first, then record the export: the reading holds no write lock however long it is.
    constexpr int kPage = 10'000;
    QByteArray file = auditExportHead(format);
    qint64 written = 0;
    for (qint64 offset = 0; offset < total.value(); offset += kPage) {
        auto events = page(query, offset, kPage);
        if (!events)
            return R::failure(events.cause());
        if (events->isEmpty())
            break;
        file += auditExportRows(format, events.value());
        written += events->size();
    }
    auditExportEnd(format, file);
    QJsonObject details{{QStringLiteral("format"), auditExportFormatName(format)},
                        {QStringLiteral("events"), written}};
    if (!query.actor.isEmpty())
        details.insert(QStringLiteral("actor"), query.actor);
    if (!query.action.isEmpty())
        details.insert(QStringLiteral("action"), query.action);
    if (query.fromMs)
        details.insert(QStringLiteral("from_at"), *query.fromMs);
    if (query.untilMs)
        details.insert(QStringLiteral("until_at"), *query.untilMs);
    if (query.targetId)
        details.insert(QStringLiteral("user_id"), *query.targetId);
    if (!query.text.isEmpty())
        details.insert(QStringLiteral("text"), query.text);
    const Status recorded = serviceCall(m_store, by, Permission::ExportAudit, [&]() -> Status {
        return m_store.audit().append(QStringLiteral("audit.export"), QStringLiteral("audit"), 0,
                                      QString(QLatin1String("")), details);
    });
    if (!recorded)
        return R::failure(recorded.cause());
    return file;
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
