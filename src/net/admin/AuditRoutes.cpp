// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AdminRouteTables.h"

#include "core/audit/AuditTrail.h"
#include "core/domain/DirectoryJson.h"
#include "core/users/UserService.h"
#include "net/AdminReplies.h"

#include <QDateTime>
#include <QJsonArray>

#include <variant>

namespace keydesk::net::admin {

namespace {

constexpr int kMaxAuditPage = 100000;

// ?actor=&action=&since=&until=&user=&text=: the audit log's filters, or a refusal.
std::variant<AuditQuery, HttpReply> auditQueryOf(const RouteContext& ctx, const AdminRequest& request)
{
    AuditQuery filter;
    filter.actor = queryValue(request, QStringLiteral("actor"));
    filter.action = queryValue(request, QStringLiteral("action"));
    filter.text = queryValue(request, QStringLiteral("text"));
    for (const auto& [name, target] : {std::pair{QStringLiteral("since"), &filter.fromMs},
                                       std::pair{QStringLiteral("until"), &filter.untilMs}}) {
        const QString text = queryValue(request, name);
        if (text.isEmpty())
            continue;
        const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!when.isValid())
            return HttpReply::error(
                400, QStringLiteral("bad-query"),
                Text::tr("%1 must be an ISO 8601 date and time, not \"%2\"").arg(name, text));
        *target = when.toMSecsSinceEpoch();
    }
    if (const QString user = queryValue(request, QStringLiteral("user")); !user.isEmpty()) {
        auto found = UserService(ctx.db()).resolve(user);
        if (!found)
            return errorReply(found.cause());
        filter.targetType = QStringLiteral("user");
        filter.targetId = found->id;
    }
    return filter;
}

} // namespace

QList<AdminRoute> auditRoutes(const RouteContext& ctx)
{
    QList<AdminRoute> r;
    r.append({"GET", base() + QStringLiteral("/audit"), RouteAccess::Permitted, Permission::ReadAudit, 200,
              QStringLiteral(
                  "The audit log, newest first: ?actor=&action=&since=<ISO 8601>&until=&user=<id or "
                  "email>&text=<contained, any case>&limit=1-100000 (50)&offset=; {total, offset, events}."),
              [ctx](AdminCall& c) {
                  const auto paging = pagingOf(c.request, kMaxAuditPage);
                  if (!paging)
                      return pagingRefused(kMaxAuditPage);
                  auto parsed = auditQueryOf(ctx, c.request);
                  if (auto* refusal = std::get_if<HttpReply>(&parsed))
                      return *refusal;
                  const AuditQuery& filter = std::get<AuditQuery>(parsed);
                  AuditTrail trail(ctx.db());
                  return pageReply(trail.count(filter), trail.page(filter, paging->offset, paging->limit),
                                   paging->offset, QStringLiteral("events"), &auditJson);
              }});
    r.append({"GET", base() + QStringLiteral("/audit/export"), RouteAccess::Permitted,
              Permission::ExportAudit, 200,
              QStringLiteral("The audit log as a file, newest first: ?format=csv (text/csv), jsonl "
                             "(application/x-ndjson) or json (one array), with the list's filters; at most "
                             "1,000,000 events. The "
                             "export is audited."),
              [ctx](AdminCall& c) {
                  const QString name = queryValue(c.request, QStringLiteral("format"));
                  const auto format =
                      auditExportFormatFromName(name.isEmpty() ? QStringLiteral("csv") : name);
                  if (!format)
                      return HttpReply::error(
                          400, QStringLiteral("bad-query"),
                          Text::tr("%1 must be %2, not \"%3\"")
                              .arg(QStringLiteral("format"), QStringLiteral("csv, jsonl or json"), name));
                  auto parsed = auditQueryOf(ctx, c.request);
                  if (auto* refusal = std::get_if<HttpReply>(&parsed))
                      return *refusal;
                  auto file = AuditTrail(ctx.db()).exportLog(*c.actor, std::get<AuditQuery>(parsed), *format);
                  if (!file)
                      return errorReply(file.cause());
                  return HttpReply::content(auditExportContentType(*format), file.value());
              }});
    return r;
}

} // namespace keydesk::net::admin
