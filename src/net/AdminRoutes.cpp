// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// The admin API's route table and the OpenAPI description made from it, read by the developers
// of scripts and desks: English, like keydesk-cli's output (TestTranslations leaves this file's
// literals alone; what people read in an answer still goes through tr()).
#include "AdminApi.h"

#include "AdminReplies.h"
#include "ClientAddress.h"
#include "core/access/AccessService.h"
#include "core/audit/AuditTrail.h"
#include "core/domain/DirectoryJson.h"
#include "core/domain/OperatorJson.h"
#include "core/users/GroupService.h"
#include "core/users/OperatorService.h"
#include "core/users/UserService.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QUrlQuery>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AdminApi)
};

} // namespace

namespace keydesk::net {

namespace {

constexpr int kMaxPage = 1000;

struct Paging
{
    qint64 offset = 0;
    int limit = 50;
};

// ?limit= (1 to `maxLimit`, default 50) and ?offset= (0 or more), or nullopt when either is not.
std::optional<Paging> pagingOf(const QHttpServerRequest& request, int maxLimit)
{
    const QUrlQuery query(request.url());
    Paging paging;
    bool ok = true;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        paging.limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || paging.limit < 1 || paging.limit > maxLimit)
            return std::nullopt;
    }
    if (query.hasQueryItem(QStringLiteral("offset"))) {
        paging.offset = query.queryItemValue(QStringLiteral("offset")).toLongLong(&ok);
        if (!ok || paging.offset < 0)
            return std::nullopt;
    }
    return paging;
}

HttpReply pagingRefused(int maxLimit)
{
    return HttpReply::error(400, QStringLiteral("bad-paging"),
                            Text::tr("limit is a number from 1 to %1, offset a number from 0").arg(maxLimit));
}

} // namespace

QList<AdminRoute> AdminApi::routes()
{
    const QString base = QStringLiteral("/api/v1/admin");
    QList<AdminRoute> r;
    r.append(
        {"POST",
         base + QStringLiteral("/sign-in"),
         RouteAccess::Public,
         {},
         201,
         QStringLiteral("Start a sign-in: a link for the operator's phone, a match number, a poll secret."),
         [this](AdminCall& c) {
             auto started = m_signIns.start(c.body.value(QStringLiteral("desk")).toString(),
                                            clientKey(c.client).toString());
             if (!started)
                 return errorReply(started.cause());
             return HttpReply::json(201, {{QStringLiteral("id"), started->id},
                                          {QStringLiteral("link"), started->link},
                                          {QStringLiteral("matchNumber"), started->matchNumber},
                                          {QStringLiteral("pollSecret"), started->pollSecret},
                                          {QStringLiteral("expiresAt"), jsonTime(started->expiresAtMs)}});
         }});
    r.append({"POST",
              base + QStringLiteral("/sign-in/collect"),
              RouteAccess::Public,
              {},
              200,
              QStringLiteral("Poll a sign-in: 202 while the phone has not answered, then the session, once."),
              [this](AdminCall& c) {
                  auto collected = m_signIns.collect(c.body.value(QStringLiteral("pollSecret")).toString());
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
              base + QStringLiteral("/me"),
              RouteAccess::SignedIn,
              {},
              200,
              QStringLiteral("Who the credential is: operator, role, session or token."),
              [](AdminCall& c) {
                  const SignedInOperator& who = *c.actor->signedInOperator();
                  return HttpReply::json(200, {{QStringLiteral("user_id"), who.userId},
                                               {QStringLiteral("email"), who.email},
                                               {QStringLiteral("role"), operatorRoleName(who.role)},
                                               {QStringLiteral("credential"), who.credential}});
              }});
    r.append({"POST",
              base + QStringLiteral("/sign-out"),
              RouteAccess::SignedIn,
              {},
              200,
              QStringLiteral("End the session this request carries."),
              [this](AdminCall& c) {
                  const QString credential = c.actor->signedInOperator()->credential;
                  if (!credential.startsWith(QStringLiteral("session ")))
                      return HttpReply::error(400, QStringLiteral("not-a-session"),
                                              Text::tr("An API token is revoked, not signed out."));
                  return oneReply(AccessService(m_store).endSession(*c.actor, credential.mid(8)),
                                  &sessionJson);
              }});
    r.append({"GET", base + QStringLiteral("/operators"), RouteAccess::Permitted,
              Permission::ReadAdministration, 200, QStringLiteral("List operators and their roles."),
              [this](AdminCall&) {
                  return listReply(OperatorService(m_store).list(), &operatorJson);
              }});
    r.append({"POST", base + QStringLiteral("/operators"), RouteAccess::Permitted,
              Permission::ManageOperators, 201,
              QStringLiteral("Make a user (\"user\": id or email) an operator with a \"role\"."),
              [this](AdminCall& c) {
                  return oneReply(
                      OperatorService(m_store).add(*c.actor, c.body.value(QStringLiteral("user")).toString(),
                                                   c.body.value(QStringLiteral("role")).toString()),
                      &operatorJson, 201);
              }});
    r.append({"PUT", base + QStringLiteral("/operators/{user}"), RouteAccess::Permitted,
              Permission::ManageOperators, 200,
              QStringLiteral("Change an operator's \"role\" (ends their sessions)."), [this](AdminCall& c) {
                  return oneReply(
                      OperatorService(m_store).setRole(*c.actor, c.params.value(QStringLiteral("user")),
                                                       c.body.value(QStringLiteral("role")).toString()),
                      &operatorJson);
              }});
    r.append({"DELETE", base + QStringLiteral("/operators/{user}"), RouteAccess::Permitted,
              Permission::ManageOperators, 200,
              QStringLiteral("Take the operator role away (ends their sessions, revokes their tokens)."),
              [this](AdminCall& c) {
                  return oneReply(
                      OperatorService(m_store).remove(*c.actor, c.params.value(QStringLiteral("user"))),
                      &operatorJson);
              }});
    r.append({"GET",
              base + QStringLiteral("/sessions"),
              RouteAccess::SignedIn,
              {},
              200,
              QStringLiteral("Open sessions: one's own, or everyone's with read-administration."),
              [this](AdminCall& c) {
                  return listReply(AccessService(m_store).sessions(*c.actor), &sessionJson);
              }});
    r.append({"DELETE",
              base + QStringLiteral("/sessions/{id}"),
              RouteAccess::SignedIn,
              {},
              200,
              QStringLiteral("End a session: one's own, or anyone's with manage-operators."),
              [this](AdminCall& c) {
                  return oneReply(
                      AccessService(m_store).endSession(*c.actor, c.params.value(QStringLiteral("id"))),
                      &sessionJson);
              }});
    r.append({"GET",
              base + QStringLiteral("/tokens"),
              RouteAccess::SignedIn,
              {},
              200,
              QStringLiteral("API tokens (never their secrets): one's own, or all with read-administration."),
              [this](AdminCall& c) {
                  return listReply(AccessService(m_store).tokens(*c.actor), &tokenJson);
              }});
    r.append({"POST", base + QStringLiteral("/tokens"), RouteAccess::Permitted, Permission::ManageOperators,
              201,
              QStringLiteral(
                  "Create an API token (\"operator\", \"name\", optional \"expiresDays\"); its secret once."),
              [this](AdminCall& c) {
                  std::optional<int> days;
                  if (c.body.contains(QStringLiteral("expiresDays")))
                      days = c.body.value(QStringLiteral("expiresDays")).toInt();
                  auto created = AccessService(m_store).createToken(
                      *c.actor, c.body.value(QStringLiteral("operator")).toString(),
                      c.body.value(QStringLiteral("name")).toString(), days);
                  if (!created)
                      return errorReply(created.cause());
                  QJsonObject json = tokenJson(created->token);
                  json.insert(QStringLiteral("token"), created->secret);
                  return HttpReply::json(201, json);
              }});
    r.append({"DELETE",
              base + QStringLiteral("/tokens/{name}"),
              RouteAccess::SignedIn,
              {},
              200,
              QStringLiteral("Revoke an API token: one's own, or any with manage-operators."),
              [this](AdminCall& c) {
                  return oneReply(
                      AccessService(m_store).revokeToken(*c.actor, c.params.value(QStringLiteral("name"))),
                      &tokenJson);
              }});
    r.append({"GET", base + QStringLiteral("/users"), RouteAccess::Permitted, Permission::ReadDirectory, 200,
              QStringLiteral("The All Users list: ?search=&group=<id or name>&limit=1-1000 (50)&offset=; "
                             "{total, offset, users}."),
              [this](AdminCall& c) {
                  const auto paging = pagingOf(c.request, kMaxPage);
                  if (!paging)
                      return pagingRefused(kMaxPage);
                  const QUrlQuery query(c.request.url());
                  UserQuery filter;
                  filter.search = query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded);
                  if (query.hasQueryItem(QStringLiteral("group"))) {
                      auto group = GroupService(m_store).resolve(
                          query.queryItemValue(QStringLiteral("group"), QUrl::FullyDecoded));
                      if (!group)
                          return errorReply(group.cause());
                      filter.groupId = group->id;
                  }
                  UserService users(m_store);
                  auto total = users.count(filter);
                  if (!total)
                      return errorReply(total.cause());
                  auto rows = users.page(filter, paging->offset, paging->limit);
                  if (!rows)
                      return errorReply(rows.cause());
                  QJsonArray items;
                  for (const UserListRow& row : rows.value())
                      items.append(userListRowJson(row));
                  return HttpReply::json(200, {{QStringLiteral("total"), total.value()},
                                               {QStringLiteral("offset"), paging->offset},
                                               {QStringLiteral("users"), items}});
              }});
    r.append({"GET", base + QStringLiteral("/users/{user}"), RouteAccess::Permitted,
              Permission::ReadDirectory, 200,
              QStringLiteral("One user (id or email) with the names of their groups."), [this](AdminCall& c) {
                  UserService users(m_store);
                  auto user = users.resolve(c.params.value(QStringLiteral("user")));
                  if (!user)
                      return errorReply(user.cause(), 404);
                  auto groups = users.groupsOf(user->id);
                  if (!groups)
                      return errorReply(groups.cause());
                  QStringList names;
                  for (const Group& g : groups.value())
                      names << g.name;
                  QJsonObject json = userJson(user.value());
                  json.insert(QStringLiteral("groups"), QJsonArray::fromStringList(names));
                  return HttpReply::json(200, json);
              }});
    r.append({"POST", base + QStringLiteral("/users"), RouteAccess::Permitted, Permission::EditUsers, 201,
              QStringLiteral("Add a user: {display_name, email, upn, department}."), [this](AdminCall& c) {
                  const UserFields fields{c.body.value(QStringLiteral("display_name")).toString(),
                                          c.body.value(QStringLiteral("email")).toString(),
                                          c.body.value(QStringLiteral("upn")).toString(),
                                          c.body.value(QStringLiteral("department")).toString()};
                  auto created = UserService(m_store).create(*c.actor, fields);
                  return created ? HttpReply::json(201, userJson(created->user))
                                 : errorReply(created.cause());
              }});
    r.append({"GET", base + QStringLiteral("/groups"), RouteAccess::Permitted, Permission::ReadDirectory, 200,
              QStringLiteral("Groups with their member counts."), [this](AdminCall&) {
                  return listReply(GroupService(m_store).list(), &groupJson);
              }});
    r.append({"POST", base + QStringLiteral("/groups"), RouteAccess::Permitted, Permission::EditGroups, 201,
              QStringLiteral("Create a group: {name, description}."), [this](AdminCall& c) {
                  return oneReply(
                      GroupService(m_store).create(*c.actor, c.body.value(QStringLiteral("name")).toString(),
                                                   c.body.value(QStringLiteral("description")).toString()),
                      &groupJson, 201);
              }});
    r.append({"DELETE", base + QStringLiteral("/groups/{group}"), RouteAccess::Permitted, Permission::Delete,
              200, QStringLiteral("Delete a group (id or name); its members stay."), [this](AdminCall& c) {
                  GroupService groups(m_store);
                  auto group = groups.resolve(c.params.value(QStringLiteral("group")));
                  if (!group)
                      return errorReply(group.cause(), 404);
                  if (Status removed = groups.remove(*c.actor, group->id); !removed)
                      return errorReply(removed.cause());
                  return HttpReply::json(200, groupJson(group.value()));
              }});
    r.append({"GET", base + QStringLiteral("/audit"), RouteAccess::Permitted, Permission::ReadAudit, 200,
              QStringLiteral(
                  "The audit log, newest first: ?actor=&action=&limit=1-1000 (50)&offset=; {total, offset, "
                  "events}."),
              [this](AdminCall& c) {
                  const auto paging = pagingOf(c.request, kMaxPage);
                  if (!paging)
                      return pagingRefused(kMaxPage);
                  const QUrlQuery query(c.request.url());
                  AuditQuery filter;
                  filter.actor = query.queryItemValue(QStringLiteral("actor"), QUrl::FullyDecoded);
                  filter.action = query.queryItemValue(QStringLiteral("action"), QUrl::FullyDecoded);
                  AuditTrail trail(m_store);
                  auto total = trail.count(filter);
                  if (!total)
                      return errorReply(total.cause());
                  auto events = trail.page(filter, paging->offset, paging->limit);
                  if (!events)
                      return errorReply(events.cause());
                  QJsonArray items;
                  for (const AuditEvent& e : events.value())
                      items.append(auditJson(e));
                  return HttpReply::json(200, {{QStringLiteral("total"), total.value()},
                                               {QStringLiteral("offset"), paging->offset},
                                               {QStringLiteral("events"), items}});
              }});
    return r;
}

QJsonObject AdminApi::openApi() const
{
    QJsonObject paths;
    for (const AdminRoute& route : m_routes) {
        QJsonArray parameters;
        for (const QString& part : route.pattern.split(u'/', Qt::SkipEmptyParts))
            if (part.startsWith(u'{'))
                parameters.append(
                    QJsonObject{{QStringLiteral("name"), part.mid(1, part.size() - 2)},
                                {QStringLiteral("in"), QStringLiteral("path")},
                                {QStringLiteral("required"), true},
                                {QStringLiteral("schema"),
                                 QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}});
        const QJsonObject error{
            {QStringLiteral("description"), QStringLiteral("An error: {error, message}.")}};
        QJsonObject responses{{QString::number(route.successStatus),
                               QJsonObject{{QStringLiteral("description"), QStringLiteral("Done.")}}},
                              {QStringLiteral("400"), error}};
        QString access = QStringLiteral("public");
        if (route.access != RouteAccess::Public) {
            responses.insert(QStringLiteral("401"), error);
            access = QStringLiteral("signed-in");
        }
        if (route.access == RouteAccess::Permitted) {
            responses.insert(QStringLiteral("403"), error);
            access = permissionName(route.permission);
        }
        QJsonObject operation{{QStringLiteral("summary"), route.summary},
                              {QStringLiteral("x-keydesk-permission"), access},
                              {QStringLiteral("responses"), responses}};
        if (!parameters.isEmpty())
            operation.insert(QStringLiteral("parameters"), parameters);
        operation.insert(QStringLiteral("security"),
                         route.access == RouteAccess::Public
                             ? QJsonArray{}
                             : QJsonArray{QJsonObject{{QStringLiteral("bearer"), QJsonArray{}}}});
        if (route.method == "POST" || route.method == "PUT")
            operation.insert(
                QStringLiteral("requestBody"),
                QJsonObject{{QStringLiteral("required"), true},
                            {QStringLiteral("content"),
                             QJsonObject{{QStringLiteral("application/json"),
                                          QJsonObject{{QStringLiteral("schema"),
                                                       QJsonObject{{QStringLiteral("type"),
                                                                    QStringLiteral("object")}}}}}}}});
        QJsonObject item = paths.value(route.pattern).toObject();
        item.insert(QString::fromLatin1(route.method).toLower(), operation);
        paths.insert(route.pattern, item);
    }
    return {{QStringLiteral("openapi"), QStringLiteral("3.1.0")},
            {QStringLiteral("info"),
             QJsonObject{{QStringLiteral("title"), QStringLiteral("KeyDesk admin API")},
                         {QStringLiteral("version"), QCoreApplication::applicationVersion().isEmpty()
                                                         ? QStringLiteral("1")
                                                         : QCoreApplication::applicationVersion()},
                         {QStringLiteral("description"),
                          QStringLiteral("Operators' API of a KeyDesk team server; see docs/operators.md. "
                                         "x-keydesk-permission names what a route needs: public, signed-in "
                                         "(any operator) or a permission.")}}},
            {QStringLiteral("components"),
             QJsonObject{{QStringLiteral("securitySchemes"),
                          QJsonObject{{QStringLiteral("bearer"),
                                       QJsonObject{{QStringLiteral("type"), QStringLiteral("http")},
                                                   {QStringLiteral("scheme"), QStringLiteral("bearer")}}}}}}},
            {QStringLiteral("paths"), paths}};
}

} // namespace keydesk::net
