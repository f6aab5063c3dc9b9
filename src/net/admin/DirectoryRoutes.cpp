// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AdminRouteTables.h"

#include "core/activation/KeyPolicy.h"
#include "core/audit/AuditTrail.h"
#include "core/domain/DirectoryJson.h"
#include "core/store/Store.h"
#include "core/users/DirectoryService.h"
#include "core/users/GroupService.h"
#include "core/users/UserService.h"
#include "core/users/WindowsLogonService.h"
#include "net/AdminReplies.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <variant>

namespace keydesk::net::admin {

namespace {

// The CLI shows this many rows at once; an API page may be as long.
constexpr int kMaxUserPage = 100000;

HttpReply badQuery(const QString& name, const QString& value, const QString& allowed)
{
    return HttpReply::error(400, QStringLiteral("bad-query"),
                            Text::tr("%1 must be %2, not \"%3\"").arg(name, allowed, value));
}

// The users list's filters from ?search=&group=&status=&windows_logon=&sort=&desc=; a refusal
// when one is not valid.
std::variant<UserQuery, HttpReply> userQueryOf(const RouteContext& ctx, const AdminRequest& request)
{
    UserQuery filter;
    filter.search = queryValue(request, QStringLiteral("search"));
    if (const QString group = queryValue(request, QStringLiteral("group")); !group.isEmpty()) {
        auto found = GroupService(ctx.db()).resolve(group);
        if (!found)
            return errorReply(found.cause());
        filter.groupId = found->id;
    }
    if (const QString status = queryValue(request, QStringLiteral("status")); !status.isEmpty()) {
        const auto parsed = userStatusFilterFromName(status);
        if (!parsed)
            return badQuery(QStringLiteral("status"), status,
                            QStringLiteral("enabled, disabled, no-key, key-pending or key-active"));
        filter.status = *parsed;
    }
    if (const QString mode = queryValue(request, QStringLiteral("windows_logon")); !mode.isEmpty()) {
        const auto parsed = windowsLogonFilterFromName(mode);
        if (!parsed)
            return badQuery(QStringLiteral("windows_logon"), mode,
                            QStringLiteral("dedicated, shared or none"));
        filter.windowsLogon = *parsed;
    }
    if (const QString sort = queryValue(request, QStringLiteral("sort")); !sort.isEmpty()) {
        const auto parsed = userSortColumnFromName(sort);
        if (!parsed)
            return badQuery(QStringLiteral("sort"), sort,
                            QStringLiteral("name, email, department or enabled"));
        filter.sortColumn = *parsed;
    }
    filter.descending = queryValue(request, QStringLiteral("desc")) == QLatin1String("true");
    return filter;
}

// A user with their groups' names, Windows sign-in and last ten audit events: User Details.
HttpReply userDetails(const RouteContext& ctx, const User& user, int status)
{
    auto groups = UserService(ctx.db()).groupsOf(user.id);
    if (!groups)
        return errorReply(groups.cause());
    AuditQuery activityQuery;
    activityQuery.targetType = QStringLiteral("user");
    activityQuery.targetId = user.id;
    auto activity = AuditTrail(ctx.db()).page(activityQuery, 0, 10);
    if (!activity)
        return errorReply(activity.cause());
    auto windowsLogon = WindowsLogonService(ctx.db()).find(user.id);
    if (!windowsLogon)
        return errorReply(windowsLogon.cause());
    QJsonArray names;
    for (const Group& g : groups.value())
        names.append(g.name);
    QJsonArray events;
    for (const AuditEvent& e : activity.value())
        events.append(auditJson(e));
    QJsonObject json = userJson(user);
    json.insert(QStringLiteral("groups"), names);
    json.insert(QStringLiteral("windows_logon"),
                windowsLogon.value() ? QJsonValue(windowsLogonJson(*windowsLogon.value())) : QJsonValue());
    json.insert(QStringLiteral("recent_activity"), events);
    // The directory source that owns the user's synced fields (they are changed there).
    if (user.sourceId != 0) {
        auto source = DirectoryService(ctx.db()).resolve(QString::number(user.sourceId));
        json.insert(QStringLiteral("directory_source"),
                    source ? QJsonValue(source->name) : QJsonValue(QString::number(user.sourceId)));
    }
    return HttpReply::json(status, json);
}

// A change's user, and what the workflows did when it brought the user into their scope.
HttpReply userChanged(const RouteContext& ctx, const Result<UserChange>& change, int status)
{
    if (!change)
        return errorReply(change.cause());
    QJsonObject json = userJson(change->user);
    if (change->entersScope)
        json.insert(QStringLiteral("workflows"), runScopeChangeWorkflows(ctx));
    return HttpReply::json(status, json);
}

// {"user": …, "group": …, "member": …} of a membership change.
HttpReply membershipChanged(const RouteContext& ctx, AdminCall& c, bool join)
{
    auto group = GroupService(ctx.db()).resolve(c.params.value(QStringLiteral("group")));
    if (!group)
        return errorReply(group.cause(), 404);
    UserService users(ctx.db());
    auto user = users.resolve(c.params.value(QStringLiteral("user")));
    if (!user)
        return errorReply(user.cause(), 404);
    auto change = join ? users.joinGroup(*c.actor, group->id, user->id)
                       : users.leaveGroup(*c.actor, group->id, user->id);
    if (!change)
        return errorReply(change.cause());
    QJsonObject json{{QStringLiteral("group"), groupJson(group.value())},
                     {QStringLiteral("user"), userJson(change->user)},
                     {QStringLiteral("member"), join}};
    if (change->entersScope)
        json.insert(QStringLiteral("workflows"), runScopeChangeWorkflows(ctx));
    return HttpReply::json(200, json);
}

// {"user": email, "windows_logon": … or null}
HttpReply windowsLogonReply(const User& user, const std::optional<WindowsLogon>& logon)
{
    return HttpReply::json(200, {{QStringLiteral("user"), user.email},
                                 {QStringLiteral("windows_logon"),
                                  logon ? QJsonValue(windowsLogonJson(*logon)) : QJsonValue()}});
}

HttpReply setWindowsLogon(const RouteContext& ctx, AdminCall& c, const User& user)
{
    WindowsLogon logon;
    const QString mode = bodyText(c, QStringLiteral("mode"));
    if (mode == QLatin1String("dedicated")) {
        logon.mode = WindowsLogonMode::DedicatedPc;
        logon.pcName = bodyText(c, QStringLiteral("pc_name"));
        const QDateTime pairedAt =
            QDateTime::fromString(bodyText(c, QStringLiteral("paired_at")), Qt::ISODateWithMs);
        // Without a date: paired now.
        logon.pairedAtMs = pairedAt.isValid() ? pairedAt.toMSecsSinceEpoch() : ctx.db().clock().nowMs();
    } else if (mode == QLatin1String("shared")) {
        logon.mode = WindowsLogonMode::SharedPc;
        logon.readerLocation = bodyText(c, QStringLiteral("reader_location"));
    } else {
        return HttpReply::error(
            400, QStringLiteral("bad-body"),
            Text::tr("%1 must be %2, not \"%3\"")
                .arg(QStringLiteral("mode"), QStringLiteral("dedicated or shared"), mode));
    }
    auto saved = WindowsLogonService(ctx.db()).set(*c.actor, user, logon);
    return saved ? windowsLogonReply(user, saved.value()) : errorReply(saved.cause());
}

} // namespace

QList<AdminRoute> directoryRoutes(const RouteContext& ctx)
{
    QList<AdminRoute> r;
    r.append(
        {"GET", base() + QStringLiteral("/users"), RouteAccess::Permitted, Permission::ReadDirectory, 200,
         QStringLiteral("The All Users list: ?search=&group=<id or name>&status=<enabled|disabled|no-key|"
                        "key-pending|key-active>&windows_logon=<dedicated|shared|none>&sort=<name|email|"
                        "department|enabled>&desc=true&limit=1-100000 (50)&offset=; {total, offset, users}."),
         [ctx](AdminCall& c) {
             const auto paging = pagingOf(c.request, kMaxUserPage);
             if (!paging)
                 return pagingRefused(kMaxUserPage);
             auto filter = userQueryOf(ctx, c.request);
             if (auto* refusal = std::get_if<HttpReply>(&filter))
                 return *refusal;
             const UserQuery& query = std::get<UserQuery>(filter);
             UserService users(ctx.db());
             return pageReply(users.count(query), users.page(query, paging->offset, paging->limit),
                              paging->offset, QStringLiteral("users"), &userListRowJson);
         }});
    r.append(
        {"GET", base() + QStringLiteral("/users/{user}"), RouteAccess::Permitted, Permission::ReadDirectory,
         200,
         QStringLiteral("One user (id or email): their groups' names, Windows sign-in and recent activity."),
         [ctx](AdminCall& c) {
             auto user = UserService(ctx.db()).resolve(c.params.value(QStringLiteral("user")));
             return user ? userDetails(ctx, user.value(), 200) : errorReply(user.cause(), 404);
         }});
    r.append({"POST", base() + QStringLiteral("/users"), RouteAccess::Permitted, Permission::EditUsers, 201,
              QStringLiteral("Add a user: {display_name, email, upn, department, groups: [id or name]}; "
                             "workflows run when it enters their scope."),
              [ctx](AdminCall& c) {
                  QList<Group> groups;
                  for (const QJsonValue& name : c.body.value(QStringLiteral("groups")).toArray()) {
                      auto group = GroupService(ctx.db()).resolve(name.toString());
                      if (!group)
                          return errorReply(group.cause());
                      groups << group.value();
                  }
                  const UserFields fields{
                      bodyText(c, QStringLiteral("display_name")), bodyText(c, QStringLiteral("email")),
                      bodyText(c, QStringLiteral("upn")), bodyText(c, QStringLiteral("department"))};
                  return userChanged(ctx, UserService(ctx.db()).create(*c.actor, fields, groups), 201);
              }});
    r.append({"PUT", base() + QStringLiteral("/users/{user}"), RouteAccess::Permitted, Permission::EditUsers,
              200,
              QStringLiteral("Change a user: any of {display_name, email, upn, department}, or {enabled}."),
              [ctx](AdminCall& c) {
                  UserService users(ctx.db());
                  auto current = users.resolve(c.params.value(QStringLiteral("user")));
                  if (!current)
                      return errorReply(current.cause(), 404);
                  UserFields fields{current->displayName, current->email, current->upn, current->department};
                  bool editsFields = false;
                  for (auto [name, field] :
                       {std::pair{"display_name", &fields.displayName}, std::pair{"email", &fields.email},
                        std::pair{"upn", &fields.upn}, std::pair{"department", &fields.department}}) {
                      if (c.body.contains(QLatin1String(name))) {
                          *field = c.body.value(QLatin1String(name)).toString();
                          editsFields = true;
                      }
                  }
                  const QJsonValue enabled = c.body.value(QStringLiteral("enabled"));
                  if (!enabled.isUndefined() && !enabled.isBool())
                      return HttpReply::error(400, QStringLiteral("bad-body"),
                                              Text::tr("enabled is true or false"));
                  if (!editsFields && enabled.isBool())
                      return userChanged(ctx, users.setEnabled(*c.actor, current->id, enabled.toBool()), 200);
                  return userChanged(
                      ctx,
                      users.edit(*c.actor, current->id, fields,
                                 enabled.isBool() ? std::optional<bool>(enabled.toBool()) : std::nullopt),
                      200);
              }});
    const QString windowsLogon = base() + QStringLiteral("/users/{user}/windows-logon");
    const auto userOf = [ctx](AdminCall& c) {
        return UserService(ctx.db()).resolve(c.params.value(QStringLiteral("user")));
    };
    r.append(
        {"GET", windowsLogon, RouteAccess::Permitted, Permission::ReadDirectory, 200,
         QStringLiteral("How a user signs in to Windows with the phone: a dedicated PC paired with it, a "
                        "shared PC with a reader, or null."),
         [ctx, userOf](AdminCall& c) {
             auto user = userOf(c);
             if (!user)
                 return errorReply(user.cause(), 404);
             auto found = WindowsLogonService(ctx.db()).find(user->id);
             return found ? windowsLogonReply(user.value(), found.value()) : errorReply(found.cause());
         }});
    r.append({"PUT", windowsLogon, RouteAccess::Permitted, Permission::EditUsers, 200,
              QStringLiteral(
                  "Record it: {mode: dedicated, pc_name, paired_at} or {mode: shared, reader_location}."),
              [ctx, userOf](AdminCall& c) {
                  auto user = userOf(c);
                  return user ? setWindowsLogon(ctx, c, user.value()) : errorReply(user.cause(), 404);
              }});
    r.append({"DELETE", windowsLogon, RouteAccess::Permitted, Permission::EditUsers, 200,
              QStringLiteral("Forget it."), [ctx, userOf](AdminCall& c) {
                  auto user = userOf(c);
                  if (!user)
                      return errorReply(user.cause(), 404);
                  if (Status s = WindowsLogonService(ctx.db()).clear(*c.actor, user.value()); !s)
                      return errorReply(s.cause());
                  return windowsLogonReply(user.value(), std::nullopt);
              }});
    r.append({"GET", base() + QStringLiteral("/groups"), RouteAccess::Permitted, Permission::ReadDirectory,
              200, QStringLiteral("Groups with their member counts."), [ctx](AdminCall&) {
                  return listReply(GroupService(ctx.db()).list(), &groupJson);
              }});
    r.append({"POST", base() + QStringLiteral("/groups"), RouteAccess::Permitted, Permission::EditGroups, 201,
              QStringLiteral("Create a group: {name, description}."), [ctx](AdminCall& c) {
                  return oneReply(GroupService(ctx.db()).create(*c.actor, bodyText(c, QStringLiteral("name")),
                                                                bodyText(c, QStringLiteral("description"))),
                                  &groupJson, 201);
              }});
    r.append(
        {"GET", base() + QStringLiteral("/groups/{group}"), RouteAccess::Permitted, Permission::ReadDirectory,
         200, QStringLiteral("One group (id or name) with its member count."), [ctx](AdminCall& c) {
             auto group = GroupService(ctx.db()).resolve(c.params.value(QStringLiteral("group")));
             return group ? HttpReply::json(200, groupJson(group.value())) : errorReply(group.cause(), 404);
         }});
    r.append(
        {"PUT", base() + QStringLiteral("/groups/{group}"), RouteAccess::Permitted, Permission::EditGroups,
         200, QStringLiteral("Rename a group: {name}; answers the group as it is now."), [ctx](AdminCall& c) {
             GroupService groups(ctx.db());
             auto group = groups.resolve(c.params.value(QStringLiteral("group")));
             if (!group)
                 return errorReply(group.cause(), 404);
             if (Status renamed = groups.rename(*c.actor, group->id, bodyText(c, QStringLiteral("name")));
                 !renamed)
                 return errorReply(renamed.cause());
             return oneReply(groups.resolve(QString::number(group->id)), &groupJson);
         }});
    r.append(
        {"PUT", base() + QStringLiteral("/groups/{group}/key-policy"), RouteAccess::Permitted,
         Permission::ManageSettings, 200,
         QStringLiteral("Set a group's own key policy: {policy: {deviceBoundOnly, authenticators, aaguids} "
                        "or null}; answers the group as it is now."),
         [ctx](AdminCall& c) {
             GroupService groups(ctx.db());
             auto group = groups.resolve(c.params.value(QStringLiteral("group")));
             if (!group)
                 return errorReply(group.cause(), 404);
             const QJsonValue body = c.body.value(QStringLiteral("policy"));
             if (!body.isNull() && !body.isObject())
                 return HttpReply::error(400, QStringLiteral("bad-body"),
                                         QStringLiteral("'policy' must be a key policy object or null"));
             std::optional<webauthn::AuthenticatorPolicy> policy;
             if (body.isObject()) {
                 auto read = keyPolicyFromJson(
                     QString::fromUtf8(QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)));
                 if (!read)
                     return HttpReply::error(400, QStringLiteral("bad-body"), read.error());
                 policy = read.value();
             }
             if (Status s = groups.setKeyPolicy(*c.actor, group->id, policy); !s)
                 return errorReply(s.cause());
             return oneReply(groups.resolve(QString::number(group->id)), &groupJson);
         }});
    r.append({"DELETE", base() + QStringLiteral("/groups/{group}"), RouteAccess::Permitted,
              Permission::Delete, 200,
              QStringLiteral("Delete a group (id or name); its members stay. Answers the group as it was."),
              [ctx](AdminCall& c) {
                  GroupService groups(ctx.db());
                  auto group = groups.resolve(c.params.value(QStringLiteral("group")));
                  if (!group)
                      return errorReply(group.cause(), 404);
                  if (Status removed = groups.remove(*c.actor, group->id); !removed)
                      return errorReply(removed.cause());
                  return HttpReply::json(200, groupJson(group.value()));
              }});
    r.append(
        {"PUT", base() + QStringLiteral("/groups/{group}/members/{user}"), RouteAccess::Permitted,
         Permission::EditUsers, 200,
         QStringLiteral("Add a user to a group; workflows run when it brings the user into their scope."),
         [ctx](AdminCall& c) {
             return membershipChanged(ctx, c, true);
         }});
    r.append({"DELETE", base() + QStringLiteral("/groups/{group}/members/{user}"), RouteAccess::Permitted,
              Permission::EditUsers, 200, QStringLiteral("Take a user out of a group."), [ctx](AdminCall& c) {
                  return membershipChanged(ctx, c, false);
              }});
    return r;
}

} // namespace keydesk::net::admin
