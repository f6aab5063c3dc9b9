// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AdminRouteTables.h"

#include "core/domain/OperatorJson.h"
#include "core/mail/OutboxService.h"
#include "net/AdminReplies.h"

#include <QJsonArray>

#include <variant>

namespace keydesk::net::admin {

namespace {

constexpr int kMaxMessages = 1'000'000;

QJsonObject outboxJson(const OutboxMessage& m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("recipient"), m.recipient},
            {QStringLiteral("subject"), m.subject},
            {QStringLiteral("status"), outboxStatusName(m.status)},
            {QStringLiteral("attempts"), m.attempts},
            {QStringLiteral("next_attempt_at"), jsonTime(m.nextAttemptAtMs)},
            {QStringLiteral("last_error"), Error::fromStored(m.lastError).message()},
            {QStringLiteral("message_id"), m.messageId},
            {QStringLiteral("created_at"), jsonTime(m.createdAtMs)},
            {QStringLiteral("sent_at"), jsonOptionalTime(m.sentAtMs)}};
}

// The {id} of the path, or a refusal.
std::variant<qint64, HttpReply> messageIdOf(const AdminCall& c)
{
    bool ok = false;
    const qint64 id = c.params.value(QStringLiteral("id")).toLongLong(&ok);
    if (!ok || id <= 0)
        return HttpReply::error(
            404, QStringLiteral("not-found"),
            Text::tr("'%1' is not a message id").arg(c.params.value(QStringLiteral("id"))));
    return id;
}

// retry or cancel; answers {id, status} afterwards.
HttpReply changeMessage(const RouteContext& ctx, AdminCall& c, bool retry)
{
    const auto parsed = messageIdOf(c);
    if (const auto* refusal = std::get_if<HttpReply>(&parsed))
        return *refusal;
    const qint64 id = std::get<qint64>(parsed);
    OutboxService outbox(ctx.db());
    if (Status s = retry ? outbox.retryNow(*c.actor, id) : outbox.cancel(*c.actor, id); !s)
        return errorReply(s.cause());
    return HttpReply::json(
        200, {{QStringLiteral("id"), id},
              {QStringLiteral("status"), retry ? QStringLiteral("queued") : QStringLiteral("cancelled")}});
}

} // namespace

QList<AdminRoute> outboxRoutes(const RouteContext& ctx)
{
    const QString outbox = base() + QStringLiteral("/outbox");
    QList<AdminRoute> r;
    r.append({"GET", outbox, RouteAccess::Permitted, Permission::ReadDirectory, 200,
              QStringLiteral(
                  "Activation emails, newest first: ?status=<queued|sending|sent|failed>&limit= (100)."),
              [ctx](AdminCall& c) {
                  std::optional<OutboxStatus> status;
                  if (const QString text = queryValue(c.request, QStringLiteral("status")); !text.isEmpty()) {
                      status = outboxStatusFromName(text);
                      if (!status)
                          return HttpReply::error(400, QStringLiteral("bad-query"),
                                                  Text::tr("%1 must be %2, not \"%3\"")
                                                      .arg(QStringLiteral("status"),
                                                           QStringLiteral("queued, sending, sent or failed"),
                                                           text));
                  }
                  int limit = 100;
                  if (const QString text = queryValue(c.request, QStringLiteral("limit")); !text.isEmpty()) {
                      bool ok = false;
                      limit = text.toInt(&ok);
                      if (!ok || limit < 1 || limit > kMaxMessages)
                          return pagingRefused(kMaxMessages);
                  }
                  return listReply(OutboxService(ctx.db()).list(status, limit), &outboxJson);
              }});
    r.append({"GET", outbox + QStringLiteral("/{id}"), RouteAccess::Permitted, Permission::ReadDirectory, 200,
              QStringLiteral("One email (without its text): its status, attempts and last error."),
              [ctx](AdminCall& c) {
                  const auto parsed = messageIdOf(c);
                  if (const auto* refusal = std::get_if<HttpReply>(&parsed))
                      return *refusal;
                  auto found = OutboxService(ctx.db()).find(std::get<qint64>(parsed));
                  return found ? HttpReply::json(200, outboxJson(found.value()))
                               : errorReply(found.cause(), 404);
              }});
    r.append({"POST", outbox + QStringLiteral("/{id}/retry"), RouteAccess::Permitted, Permission::RetryOutbox,
              200, QStringLiteral("Send a failed or waiting email at the next chance."), [ctx](AdminCall& c) {
                  return changeMessage(ctx, c, true);
              }});
    r.append({"POST", outbox + QStringLiteral("/{id}/cancel"), RouteAccess::Permitted, Permission::Delete,
              200, QStringLiteral("Cancel an email that has not gone out."), [ctx](AdminCall& c) {
                  return changeMessage(ctx, c, false);
              }});
    return r;
}

} // namespace keydesk::net::admin
