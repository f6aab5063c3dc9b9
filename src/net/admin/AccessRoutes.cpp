// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AdminRouteTables.h"

#include "core/store/Store.h"

#include "core/access/AccessService.h"
#include "core/access/SignInService.h"
#include "core/domain/OperatorJson.h"
#include "core/users/OperatorService.h"
#include "net/AdminReplies.h"
#include "net/ClientAddress.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace keydesk::net::admin {

namespace {

// keydesk-cli on a database file has no server to send a phone to.
HttpReply signInsRefused()
{
    return HttpReply::error(404, QStringLiteral("not-found"),
                            Text::tr("Operators sign in on a team server (keydesk-cli serve)."));
}

} // namespace

QList<AdminRoute> accessRoutes(const RouteContext& ctx)
{
    QList<AdminRoute> r;
    r.append(
        {"POST",
         base() + QStringLiteral("/sign-in"),
         RouteAccess::Public,
         {},
         201,
         QStringLiteral("Start a sign-in: a link for the operator's phone, a match number, a poll secret, "
                        "when it expires (expiresAt, and expiresInSeconds from now)."),
         [ctx](AdminCall& c) {
             if (!ctx.options.signIns)
                 return signInsRefused();
             auto started = ctx.options.signIns->start(c.body.value(QStringLiteral("desk")).toString(),
                                                       clientKey(c.client).toString());
             if (!started)
                 return errorReply(started.cause());
             return HttpReply::json(
                 201, {{QStringLiteral("id"), started->id},
                       {QStringLiteral("link"), started->link},
                       {QStringLiteral("matchNumber"), started->matchNumber},
                       {QStringLiteral("pollSecret"), started->pollSecret},
                       {QStringLiteral("expiresAt"), jsonTime(started->expiresAtMs)},
                       // A desk's clock may differ from the server's: counting down
                       // from when the answer came needs no agreement on the time.
                       {QStringLiteral("expiresInSeconds"),
                        std::max<qint64>(0, (started->expiresAtMs - ctx.db().clock().nowMs()) / 1000)}});
         }});
    r.append({"POST",
              base() + QStringLiteral("/sign-in/collect"),
              RouteAccess::Public,
              {},
              200,
              QStringLiteral("Poll a sign-in: 202 while the phone has not answered, then the session, once."),
              [ctx](AdminCall& c) {
                  if (!ctx.options.signIns)
                      return signInsRefused();
                  auto collected =
                      ctx.options.signIns->collect(c.body.value(QStringLiteral("pollSecret")).toString());
                  if (!collected)
                      return errorReply(collected.cause(), 410);
                  if (!collected.value())
                      return HttpReply::json(202, {{QStringLiteral("state"), QStringLiteral("pending")}});
                  const OperatorSession& s = collected.value()->session;
                  QJsonObject json = sessionJson(s);
                  json.insert(QStringLiteral("state"), QStringLiteral("signed-in"));
                  json.insert(QStringLiteral("session"), collected.value()->secret);
                  return HttpReply::json(200, json);
              }});
    r.append({"GET",
              base() + QStringLiteral("/me"),
              RouteAccess::SignedIn,
              {},
              200,
              QStringLiteral("Who the credential is: operator, role, session or token."),
              [](AdminCall& c) {
                  if (!c.actor->signedInOperator()) // keydesk-cli on the database: --actor
                      return HttpReply::json(200, {{QStringLiteral("actor"), c.actor->name()},
                                                   {QStringLiteral("credential"), QStringLiteral("direct")}});
                  const SignedInOperator& who = *c.actor->signedInOperator();
                  return HttpReply::json(200, {{QStringLiteral("user_id"), who.userId},
                                               {QStringLiteral("email"), who.email},
                                               {QStringLiteral("role"), operatorRoleName(who.role)},
                                               {QStringLiteral("credential"), who.credential}});
              }});
    r.append({"POST",
              base() + QStringLiteral("/sign-out"),
              RouteAccess::SignedIn,
              {},
              200,
              QStringLiteral("End the session this request carries."),
              [ctx](AdminCall& c) {
                  const QString credential =
                      c.actor->signedInOperator() ? c.actor->signedInOperator()->credential : QString();
                  if (!credential.startsWith(QStringLiteral("session ")))
                      return HttpReply::error(400, QStringLiteral("not-a-session"),
                                              Text::tr("An API token is revoked, not signed out."));
                  return oneReply(AccessService(ctx.db()).endSession(*c.actor, credential.mid(8)),
                                  &sessionJson);
              }});
    r.append({"GET", base() + QStringLiteral("/operators"), RouteAccess::Permitted,
              Permission::ReadAdministration, 200, QStringLiteral("List operators and their roles."),
              [ctx](AdminCall&) {
                  return listReply(OperatorService(ctx.db()).list(), &operatorJson);
              }});
    r.append({"POST", base() + QStringLiteral("/operators"), RouteAccess::Permitted,
              Permission::ManageOperators, 201,
              QStringLiteral("Make a user (\"user\": id or email) an operator with a \"role\"."),
              [ctx](AdminCall& c) {
                  return oneReply(
                      OperatorService(ctx.db()).add(*c.actor, c.body.value(QStringLiteral("user")).toString(),
                                                    c.body.value(QStringLiteral("role")).toString()),
                      &operatorJson, 201);
              }});
    r.append({"PUT", base() + QStringLiteral("/operators/{user}"), RouteAccess::Permitted,
              Permission::ManageOperators, 200,
              QStringLiteral("Change an operator's \"role\" (ends their sessions)."), [ctx](AdminCall& c) {
                  return oneReply(
                      OperatorService(ctx.db()).setRole(*c.actor, c.params.value(QStringLiteral("user")),
                                                        c.body.value(QStringLiteral("role")).toString()),
                      &operatorJson);
              }});
    r.append({"DELETE", base() + QStringLiteral("/operators/{user}"), RouteAccess::Permitted,
              Permission::ManageOperators, 200,
              QStringLiteral("Take the operator role away (ends their sessions, revokes their tokens)."),
              [ctx](AdminCall& c) {
                  return oneReply(
                      OperatorService(ctx.db()).remove(*c.actor, c.params.value(QStringLiteral("user"))),
                      &operatorJson);
              }});
    r.append({"GET",
              base() + QStringLiteral("/sessions"),
              RouteAccess::SignedIn,
              {},
              200,
              QStringLiteral("Open sessions: one's own, or everyone's with read-administration."),
              [ctx](AdminCall& c) {
                  return listReply(AccessService(ctx.db()).sessions(*c.actor), &sessionJson);
              }});
    r.append({"DELETE",
              base() + QStringLiteral("/sessions/{id}"),
              RouteAccess::SignedIn,
              {},
              200,
              QStringLiteral("End a session: one's own, or anyone's with manage-operators."),
              [ctx](AdminCall& c) {
                  return oneReply(
                      AccessService(ctx.db()).endSession(*c.actor, c.params.value(QStringLiteral("id"))),
                      &sessionJson);
              }});
    r.append({"GET",
              base() + QStringLiteral("/tokens"),
              RouteAccess::SignedIn,
              {},
              200,
              QStringLiteral("API tokens (never their secrets): one's own, or all with read-administration."),
              [ctx](AdminCall& c) {
                  return listReply(AccessService(ctx.db()).tokens(*c.actor), &tokenJson);
              }});
    r.append({"POST", base() + QStringLiteral("/tokens"), RouteAccess::Permitted, Permission::ManageOperators,
              201,
              QStringLiteral(
                  "Create an API token (\"operator\", \"name\", optional \"expiresDays\"); its secret once."),
              [ctx](AdminCall& c) {
                  std::optional<int> days;
                  if (c.body.contains(QStringLiteral("expiresDays")))
                      days = c.body.value(QStringLiteral("expiresDays")).toInt();
                  auto created = AccessService(ctx.db()).createToken(
                      *c.actor, c.body.value(QStringLiteral("operator")).toString(),
                      c.body.value(QStringLiteral("name")).toString(), days);
                  if (!created)
                      return errorReply(created.cause());
                  QJsonObject json = tokenJson(created->token);
                  json.insert(QStringLiteral("token"), created->secret);
                  return HttpReply::json(201, json);
              }});
    r.append({"DELETE",
              base() + QStringLiteral("/tokens/{name}"),
              RouteAccess::SignedIn,
              {},
              200,
              QStringLiteral("Revoke an API token: one's own, or any with manage-operators."),
              [ctx](AdminCall& c) {
                  return oneReply(
                      AccessService(ctx.db()).revokeToken(*c.actor, c.params.value(QStringLiteral("name"))),
                      &tokenJson);
              }});
    return r;
}

} // namespace keydesk::net::admin
