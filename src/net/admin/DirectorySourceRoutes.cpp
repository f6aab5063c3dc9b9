// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AdminRouteTables.h"

#include "core/domain/DirectorySourceJson.h"
#include "core/users/DirectoryService.h"
#include "directory/LdapSync.h"
#include "net/AdminReplies.h"
#include "net/DirectoryPasswords.h"

#include <QJsonArray>

namespace keydesk::net::admin {

namespace {

// A run's answer lists at most this many changes and entry errors (the run keeps every error).
constexpr int kMaxListed = 10'000;
constexpr int kMaxRuns = 1000;

HttpReply addSource(const RouteContext& ctx, AdminCall& c)
{
    const QString kind = c.body.value(QStringLiteral("kind")).toString(QStringLiteral("ldap"));
    if (kind != QLatin1String("ldap"))
        return HttpReply::error(400, QStringLiteral("bad-body"), Text::tr("kind must be \"ldap\""));
    auto config = LdapSourceConfig::fromJson(c.body.value(QStringLiteral("config")).toObject());
    if (!config)
        return HttpReply::error(400, QStringLiteral("bad-body"), config.error());
    const auto onLeave =
        leaverActionFromName(c.body.value(QStringLiteral("on_leave")).toString(QStringLiteral("suspend")));
    if (!onLeave)
        return HttpReply::error(400, QStringLiteral("bad-body"),
                                Text::tr("on_leave must be \"suspend\" or \"revoke\""));
    auto added = DirectoryService(ctx.db()).addLdapSource(*c.actor, bodyText(c, QStringLiteral("name")),
                                                          config.value(), *onLeave);
    return added ? HttpReply::json(201, directorySourceJson(added.value())) : errorReply(added.cause());
}

// {"mode": "full" | "incremental", "dry_run": bool}: the run, its entry errors and its changes
// (what a dry run would do), and the workflows' answer when users may have entered a scope.
HttpReply syncSource(const RouteContext& ctx, AdminCall& c, const DirectorySource& source)
{
    const QString modeName = c.body.value(QStringLiteral("mode")).toString(QStringLiteral("incremental"));
    if (modeName != QLatin1String("full") && modeName != QLatin1String("incremental"))
        return HttpReply::error(400, QStringLiteral("bad-body"),
                                Text::tr("mode must be \"full\" or \"incremental\""));
    const bool dryRun = c.body.value(QStringLiteral("dry_run")).toBool();
    auto report =
        directory::runLdapSync(ctx.db(), *c.actor, source,
                               modeName == QLatin1String("full") ? SyncMode::Full : SyncMode::Incremental,
                               dryRun, directoryBindPassword(source));
    if (!report)
        return errorReply(report.cause(), 502);
    QJsonArray errors;
    for (const DirectoryEntryError& e : report->errors.mid(0, kMaxListed))
        errors.append(
            QJsonObject{{QStringLiteral("entry"), e.entry}, {QStringLiteral("message"), e.message}});
    QJsonArray changes;
    for (const DirectoryChange& change : report->changes.mid(0, kMaxListed))
        changes.append(QJsonObject{{QStringLiteral("entry"), change.entry},
                                   {QStringLiteral("action"), change.action},
                                   {QStringLiteral("details"), change.details}});
    QJsonObject json{{QStringLiteral("run"), directoryRunJson(report->run)},
                     {QStringLiteral("errors"), errors},
                     {QStringLiteral("changes"), changes},
                     {QStringLiteral("changes_total"), report->changes.size()}};
    if (report->entersScope)
        json.insert(QStringLiteral("workflows"), runScopeChangeWorkflows(ctx));
    return HttpReply::json(200, json);
}

} // namespace

QList<AdminRoute> directorySourceRoutes(const RouteContext& ctx)
{
    const QString sources = base() + QStringLiteral("/directory-sources");
    const QString one = sources + QStringLiteral("/{source}");
    const auto resolved = [ctx](AdminCall& c) {
        return DirectoryService(ctx.db()).resolve(c.params.value(QStringLiteral("source")));
    };
    QList<AdminRoute> r;
    r.append({"GET", sources, RouteAccess::Permitted, Permission::ReadDirectory, 200,
              QStringLiteral("Directory sources (LDAP / Active Directory, SCIM), each with its last run."),
              [ctx](AdminCall&) {
                  DirectoryService service(ctx.db());
                  auto all = service.sources();
                  if (!all)
                      return errorReply(all.cause());
                  QJsonArray items;
                  for (const DirectorySource& source : all.value()) {
                      auto last = service.runs(source.id, 1);
                      if (!last)
                          return errorReply(last.cause());
                      QJsonObject json = directorySourceJson(source);
                      json.insert(QStringLiteral("last_run"),
                                  last->isEmpty() ? QJsonValue()
                                                  : QJsonValue(directoryRunJson(last->constFirst())));
                      items.append(json);
                  }
                  return HttpReply::json(200, {{QStringLiteral("items"), items}});
              }});
    r.append({"POST", sources, RouteAccess::Permitted, Permission::ManageSettings, 201,
              QStringLiteral(
                  "Add an LDAP / Active Directory source: {name, kind: \"ldap\", config: {flavour, url, "
                  "startTls, caFile, bindDn, baseDns, userFilter, groupFilter, ...}, on_leave: "
                  "suspend|revoke}. The bind password is the server's KEYDESK_LDAP_PASSWORD."),
              [ctx](AdminCall& c) {
                  return addSource(ctx, c);
              }});
    r.append({"GET", one, RouteAccess::Permitted, Permission::ReadDirectory, 200,
              QStringLiteral("One directory source (id or name)."), [resolved](AdminCall& c) {
                  auto source = resolved(c);
                  return source ? HttpReply::json(200, directorySourceJson(source.value()))
                                : errorReply(source.cause(), 404);
              }});
    r.append(
        {"POST", one + QStringLiteral("/test"), RouteAccess::Permitted, Permission::ManageSettings, 200,
         QStringLiteral("Connect, bind and count the entries the source's filters match: {users, groups}."),
         [resolved](AdminCall& c) {
             auto source = resolved(c);
             if (!source)
                 return errorReply(source.cause(), 404);
             auto check = directory::testLdapSource(source->ldap, directoryBindPassword(source.value()));
             if (!check)
                 return errorReply(check.cause(), 502);
             return HttpReply::json(
                 200, {{QStringLiteral("users"), check->users}, {QStringLiteral("groups"), check->groups}});
         }});
    r.append({"POST", one + QStringLiteral("/sync"), RouteAccess::Permitted, Permission::EditUsers, 200,
              QStringLiteral("Run a sync now: {mode: full|incremental, dry_run}. A failing source changes "
                             "nothing (502, and the failed run is recorded)."),
              [ctx, resolved](AdminCall& c) {
                  auto source = resolved(c);
                  return source ? syncSource(ctx, c, source.value()) : errorReply(source.cause(), 404);
              }});
    r.append({"GET", one + QStringLiteral("/runs"), RouteAccess::Permitted, Permission::ReadDirectory, 200,
              QStringLiteral("The source's runs, newest first (?limit=, default 20)."),
              [ctx, resolved](AdminCall& c) {
                  auto source = resolved(c);
                  if (!source)
                      return errorReply(source.cause(), 404);
                  const auto paging = pagingOf(c.request, kMaxRuns);
                  if (!paging)
                      return pagingRefused(kMaxRuns);
                  auto runs = DirectoryService(ctx.db()).runs(
                      source->id,
                      queryValue(c.request, QStringLiteral("limit")).isEmpty() ? 20 : paging->limit);
                  if (!runs)
                      return errorReply(runs.cause());
                  QJsonArray items;
                  for (const DirectoryRun& run : runs.value())
                      items.append(directoryRunJson(run));
                  return HttpReply::json(200, {{QStringLiteral("items"), items}});
              }});
    r.append({"POST", base() + QStringLiteral("/scim-tokens"), RouteAccess::Permitted,
              Permission::ManageSettings, 201,
              QStringLiteral(
                  "A SCIM source's bearer token, shown once: {name, on_leave: suspend|revoke} makes the "
                  "SCIM source `name` (201), or gives the existing one a new token (200; the old "
                  "one stops working). Answers {source, token, created}."),
              [ctx](AdminCall& c) {
                  const auto onLeave = leaverActionFromName(
                      c.body.value(QStringLiteral("on_leave")).toString(QStringLiteral("suspend")));
                  if (!onLeave)
                      return HttpReply::error(400, QStringLiteral("bad-body"),
                                              Text::tr("on_leave must be \"suspend\" or \"revoke\""));
                  auto issued = DirectoryService(ctx.db()).issueScimToken(
                      *c.actor, bodyText(c, QStringLiteral("name")), *onLeave);
                  if (!issued)
                      return errorReply(issued.cause());
                  return HttpReply::json(issued->sourceCreated ? 201 : 200,
                                         {{QStringLiteral("source"), directorySourceJson(issued->source)},
                                          {QStringLiteral("token"), issued->token},
                                          {QStringLiteral("created"), issued->sourceCreated}});
              }});
    r.append({"GET", base() + QStringLiteral("/directory-runs/{id}/errors"), RouteAccess::Permitted,
              Permission::ReadDirectory, 200,
              QStringLiteral("A run's entry errors, in the order met (?limit=)."), [ctx](AdminCall& c) {
                  const auto paging = pagingOf(c.request, kMaxListed);
                  if (!paging)
                      return pagingRefused(kMaxListed);
                  auto errors = DirectoryService(ctx.db()).runErrors(
                      c.params.value(QStringLiteral("id")).toLongLong(), paging->limit);
                  if (!errors)
                      return errorReply(errors.cause());
                  QJsonArray items;
                  for (const DirectoryEntryError& e : errors.value())
                      items.append(QJsonObject{{QStringLiteral("entry"), e.entry},
                                               {QStringLiteral("message"), e.message}});
                  return HttpReply::json(200, {{QStringLiteral("items"), items}});
              }});
    return r;
}

} // namespace keydesk::net::admin
