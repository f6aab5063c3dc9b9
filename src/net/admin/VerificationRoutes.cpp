// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AdminRouteTables.h"

#include "core/activation/AuthenticatorNames.h"
#include "core/domain/OperatorJson.h"
#include "core/keys/KeyLifecycle.h"
#include "core/store/Store.h"
#include "core/users/UserService.h"
#include "core/verification/VerificationJson.h"
#include "core/verification/VerificationReceipt.h"
#include "core/verification/VerificationRecords.h"
#include "core/verification/VerificationService.h"
#include "net/AdminReplies.h"
#include "net/Deployment.h"

#include <variant>

namespace keydesk::net::admin {

namespace {

std::variant<Verification, HttpReply> verificationOf(const RouteContext& ctx, const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return HttpReply::error(404, QStringLiteral("not-found"),
                                Text::tr("'%1' is not a verification id").arg(text));
    auto found = VerificationRecords(ctx.db()).findById(id);
    if (!found)
        return errorReply(found.cause());
    if (!found.value())
        return HttpReply::error(404, QStringLiteral("not-found"), Text::tr("no verification %1").arg(id));
    return *found.value();
}

// The one-page receipt of an answered verification, as the console prints it.
HttpReply receipt(const RouteContext& ctx, const Verification& v)
{
    if (!v.finished)
        return HttpReply::error(409, QStringLiteral("no-result"),
                                Text::tr("verification %1 has no result yet").arg(v.id));
    auto key = KeyLifecycle(ctx.db()).findById(v.keyId);
    auto user = UserService(ctx.db()).findById(v.userId);
    auto names = authenticatorNames(ctx);
    auto deployment = Deployment::load(ctx.db(), ctx.options.listeningUrl);
    if (!key || !key.value() || !user || !user.value() || std::holds_alternative<HttpReply>(names) ||
        !deployment)
        return HttpReply::error(500, QStringLiteral("internal"),
                                Text::tr("cannot gather the receipt's facts for verification %1").arg(v.id));
    const ReceiptFacts facts{*user.value(),
                             key.value()->key,
                             v,
                             std::get<const AuthenticatorNames*>(names)->describe(key.value()->key.aaguid),
                             deployment->config.rpId,
                             ctx.db().clock().now()};
    return HttpReply::content("text/html; charset=utf-8", verificationReceiptHtml(facts).toUtf8());
}

} // namespace

QList<AdminRoute> verificationRoutes(const RouteContext& ctx)
{
    QList<AdminRoute> r;
    r.append({"POST", base() + QStringLiteral("/keys/{id}/verify"), RouteAccess::Permitted,
              Permission::HandleKeys, 201,
              QStringLiteral("Start a test-mode sign-in of an active key: {verification_id, key_id, link, "
                             "expires_at}; the phone opens the link."),
              [ctx](AdminCall& c) {
                  bool ok = false;
                  const qint64 keyId = c.params.value(QStringLiteral("id")).toLongLong(&ok);
                  if (!ok || keyId <= 0)
                      return HttpReply::error(
                          404, QStringLiteral("not-found"),
                          Text::tr("'%1' is not a key id").arg(c.params.value(QStringLiteral("id"))));
                  auto deployment = Deployment::load(ctx.db(), ctx.options.listeningUrl);
                  if (!deployment)
                      return errorReply(deployment.cause(), 500);
                  auto loaded = authenticatorNames(ctx);
                  if (auto* refusal = std::get_if<HttpReply>(&loaded))
                      return *refusal;
                  const AuthenticatorNames& names = *std::get<const AuthenticatorNames*>(loaded);
                  auto started =
                      VerificationService(ctx.db(), deployment->config, names).start(*c.actor, keyId);
                  if (!started)
                      return errorReply(started.cause());
                  const Verification& v = started->verification;
                  return HttpReply::json(201, {{QStringLiteral("verification_id"), v.id},
                                               {QStringLiteral("key_id"), v.keyId},
                                               {QStringLiteral("link"), started->link},
                                               {QStringLiteral("expires_at"), jsonTime(v.expiresAtMs)}});
              }});
    r.append({"GET", base() + QStringLiteral("/verifications/{id}"), RouteAccess::Permitted,
              Permission::ReadDirectory, 200,
              QStringLiteral("A verification: its state and, once answered, the verdict with every check."),
              [ctx](AdminCall& c) {
                  auto found = verificationOf(ctx, c.params.value(QStringLiteral("id")));
                  if (auto* refusal = std::get_if<HttpReply>(&found))
                      return *refusal;
                  return HttpReply::json(
                      200, verificationJson(std::get<Verification>(found), ctx.db().clock().nowMs()));
              }});
    r.append(
        {"GET", base() + QStringLiteral("/verifications/{id}/receipt"), RouteAccess::Permitted,
         Permission::ReadDirectory, 200,
         QStringLiteral("The receipt of an answered verification (text/html): who, which key, when, every "
                        "check."),
         [ctx](AdminCall& c) {
             auto found = verificationOf(ctx, c.params.value(QStringLiteral("id")));
             if (auto* refusal = std::get_if<HttpReply>(&found))
                 return *refusal;
             return receipt(ctx, std::get<Verification>(found));
         }});
    return r;
}

} // namespace keydesk::net::admin
