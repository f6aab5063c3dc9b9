// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AdminRouteTables.h"

#include "core/users/GroupService.h"
#include "core/workflow/WorkflowEngine.h"
#include "core/workflow/WorkflowJson.h"
#include "core/workflow/WorkflowService.h"
#include "net/AdminReplies.h"
#include "net/Deployment.h"

#include <QJsonArray>

#include <variant>

namespace keydesk::net::admin {

namespace {

constexpr int kMaxRuns = 10'000;
constexpr int kMaxOutcomes = 100'000;

std::variant<WorkflowEngine, HttpReply> engineFor(const RouteContext& ctx)
{
    auto deployment = Deployment::load(ctx.db(), ctx.options.listeningUrl);
    if (!deployment)
        return errorReply(deployment.cause(), 500);
    return WorkflowEngine(ctx.db(), deployment->workflowOptions());
}

HttpReply runsReply(const Result<QList<WorkflowRun>>& runs)
{
    if (!runs)
        return errorReply(runs.cause());
    QJsonArray items;
    for (const WorkflowRun& r : runs.value())
        items.append(workflowRunJson(r));
    return HttpReply::json(200, {{QStringLiteral("items"), items}});
}

// ?limit= from 1 to `max` (default `fallback`), or nullopt.
std::optional<int> limitOf(const AdminRequest& request, int fallback, int max)
{
    const QString text = queryValue(request, QStringLiteral("limit"));
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const int limit = text.toInt(&ok);
    return ok && limit >= 1 && limit <= max ? std::optional<int>(limit) : std::nullopt;
}

// A workflow's scope and settings as a body gives them: {groups: [id or name], settings}.
struct WorkflowScope
{
    QList<qint64> groupIds;
    WorkflowSettings settings;
};

std::variant<WorkflowScope, HttpReply> scopeOf(const RouteContext& ctx, const AdminCall& c)
{
    Error settingsError;
    const auto settings =
        WorkflowSettings::fromJson(c.body.value(QStringLiteral("settings")).toObject(), &settingsError);
    if (!settings)
        return HttpReply::error(400, QStringLiteral("bad-body"), settingsError.message());
    WorkflowScope scope{{}, *settings};
    for (const QJsonValue& name : c.body.value(QStringLiteral("groups")).toArray()) {
        auto group = GroupService(ctx.db()).resolve(name.isDouble() ? QString::number(name.toInteger())
                                                                    : name.toString());
        if (!group)
            return errorReply(group.cause());
        scope.groupIds << group->id;
    }
    return scope;
}

HttpReply createWorkflow(const RouteContext& ctx, AdminCall& c)
{
    const auto type =
        keyTypeFromName(c.body.value(QStringLiteral("key_type")).toString(QStringLiteral("smartphone")));
    if (!type || *type != KeyType::Smartphone)
        return HttpReply::error(400, QStringLiteral("bad-body"),
                                Text::tr("type must be smartphone, the one key type KeyDesk assigns"));
    auto scope = scopeOf(ctx, c);
    if (auto* refusal = std::get_if<HttpReply>(&scope))
        return *refusal;
    auto engine = engineFor(ctx);
    if (auto* refusal = std::get_if<HttpReply>(&engine))
        return *refusal;
    const WorkflowScope& s = std::get<WorkflowScope>(scope);
    auto workflow = WorkflowService(ctx.db()).create(*c.actor, bodyText(c, QStringLiteral("name")),
                                                     s.groupIds, *type, s.settings);
    if (!workflow)
        return errorReply(workflow.cause());
    QJsonObject json = workflowJson(workflow.value());
    // Submitting runs it at once, as the wizard does; {"run": false} only saves it.
    if (c.body.value(QStringLiteral("run")).toBool(true)) {
        auto run = std::get<WorkflowEngine>(engine).run(workflow.value(), RunTrigger::Submit);
        if (!run)
            return errorReply(run.cause());
        json.insert(QStringLiteral("run"), workflowRunJson(run.value()));
    }
    return HttpReply::json(201, json);
}

// PUT: {enabled}, or the wizard's edit {name, groups, settings} (all three: an edit that left
// one out would clear it). One or the other, so that each is one transaction.
HttpReply changeWorkflow(const RouteContext& ctx, AdminCall& c, const Workflow& w)
{
    const bool edits = c.body.contains(QStringLiteral("name")) || c.body.contains(QStringLiteral("groups")) ||
                       c.body.contains(QStringLiteral("settings"));
    const QJsonValue enabled = c.body.value(QStringLiteral("enabled"));
    if (edits == c.body.contains(QStringLiteral("enabled")))
        return HttpReply::error(400, QStringLiteral("bad-body"),
                                Text::tr("send either enabled or name, groups and settings"));
    WorkflowService workflows(ctx.db());
    if (!edits) {
        if (!enabled.isBool())
            return HttpReply::error(400, QStringLiteral("bad-body"), Text::tr("enabled is true or false"));
        if (Status s = workflows.setEnabled(*c.actor, w.id, enabled.toBool()); !s)
            return errorReply(s.cause());
        return oneReply(workflows.resolve(QString::number(w.id)), &workflowJson);
    }
    if (!c.body.value(QStringLiteral("name")).isString() ||
        !c.body.value(QStringLiteral("groups")).isArray() ||
        !c.body.value(QStringLiteral("settings")).isObject())
        return HttpReply::error(400, QStringLiteral("bad-body"),
                                Text::tr("an edit sends name, groups and settings together"));
    auto scope = scopeOf(ctx, c);
    if (auto* refusal = std::get_if<HttpReply>(&scope))
        return *refusal;
    const WorkflowScope& s = std::get<WorkflowScope>(scope);
    return oneReply(
        workflows.update(*c.actor, w.id, bodyText(c, QStringLiteral("name")), s.groupIds, s.settings),
        &workflowJson);
}

// What a run says started it: {trigger: "manual"} (the default) or "submit" (a desk's wizard).
std::optional<RunTrigger> triggerOf(const AdminCall& c)
{
    const QString name = c.body.value(QStringLiteral("trigger")).toString(QStringLiteral("manual"));
    for (RunTrigger t : {RunTrigger::Manual, RunTrigger::Submit}) {
        if (runTriggerName(t) == name)
            return t;
    }
    return std::nullopt;
}

HttpReply showWorkflow(const RouteContext& ctx, const Workflow& w)
{
    WorkflowService workflows(ctx.db());
    auto preview = workflows.preview(w.groupIds, w.keyType, w.id);
    if (!preview)
        return errorReply(preview.cause());
    auto runs = workflows.runs(w.id, 5);
    if (!runs)
        return errorReply(runs.cause());
    QJsonObject json = workflowJson(w);
    json.insert(QStringLiteral("users_in_scope"), preview->inScope);
    json.insert(QStringLiteral("would_email"), preview->wouldEmail);
    QJsonArray recent;
    for (const WorkflowRun& r : runs.value())
        recent.append(workflowRunJson(r));
    json.insert(QStringLiteral("runs"), recent);
    return HttpReply::json(200, json);
}

} // namespace

QList<AdminRoute> workflowRoutes(const RouteContext& ctx)
{
    const QString workflows = base() + QStringLiteral("/workflows");
    const QString one = workflows + QStringLiteral("/{workflow}");
    const auto resolved = [ctx](AdminCall& c) {
        return WorkflowService(ctx.db()).resolve(c.params.value(QStringLiteral("workflow")));
    };
    QList<AdminRoute> r;
    r.append(
        {"GET", workflows, RouteAccess::Permitted, Permission::ReadAdministration, 200,
         QStringLiteral("Security Key Device Assignment workflows: scope, settings, users in scope by key, "
                        "last run."),
         [ctx](AdminCall&) {
             auto rows = WorkflowService(ctx.db()).list();
             if (!rows)
                 return errorReply(rows.cause());
             QJsonArray items;
             for (const WorkflowListRow& row : rows.value()) {
                 QJsonObject json = workflowJson(row.workflow);
                 json.insert(QStringLiteral("users_in_scope"), row.inScope());
                 json.insert(QStringLiteral("active"), row.active);
                 json.insert(QStringLiteral("pending"), row.pending);
                 json.insert(QStringLiteral("without_key"), row.withoutKey);
                 json.insert(QStringLiteral("last_run"),
                             row.lastRun ? QJsonValue(workflowRunJson(*row.lastRun)) : QJsonValue());
                 items.append(json);
             }
             return HttpReply::json(200, {{QStringLiteral("items"), items}});
         }});
    r.append({"POST", workflows, RouteAccess::Permitted, Permission::ManageWorkflows, 201,
              QStringLiteral("Create a workflow: {name, groups: [id or name] (none: all users), key_type, "
                             "settings, run: true}; it runs at once unless run is false."),
              [ctx](AdminCall& c) {
                  return createWorkflow(ctx, c);
              }});
    r.append({"GET", one, RouteAccess::Permitted, Permission::ReadAdministration, 200,
              QStringLiteral("One workflow (id or name): users in scope now, how many a run would email, its "
                             "last five runs."),
              [ctx, resolved](AdminCall& c) {
                  auto w = resolved(c);
                  return w ? showWorkflow(ctx, w.value()) : errorReply(w.cause(), 404);
              }});
    r.append({"PUT", one, RouteAccess::Permitted, Permission::ManageWorkflows, 200,
              QStringLiteral("Enable or disable a workflow: {enabled}; or edit it: {name, groups: [id or "
                             "name] (none: all users), settings}."),
              [ctx, resolved](AdminCall& c) {
                  auto w = resolved(c);
                  return w ? changeWorkflow(ctx, c, w.value()) : errorReply(w.cause(), 404);
              }});
    r.append(
        {"DELETE", one, RouteAccess::Permitted, Permission::ManageWorkflows, 200,
         QStringLiteral("Delete a workflow: ?pending=keep|revoke says what happens to the keys it assigned "
                        "that wait for activation. Answers the workflow as it was."),
         [ctx, resolved](AdminCall& c) {
             const QString pending = queryValue(c.request, QStringLiteral("pending"));
             if (pending != QLatin1String("keep") && pending != QLatin1String("revoke"))
                 return HttpReply::error(
                     400, QStringLiteral("bad-query"),
                     Text::tr("%1 must be %2, not \"%3\"")
                         .arg(QStringLiteral("pending"), QStringLiteral("keep or revoke"), pending));
             auto w = resolved(c);
             if (!w)
                 return errorReply(w.cause(), 404);
             if (Status s =
                     WorkflowService(ctx.db()).remove(*c.actor, w->id, pending == QLatin1String("revoke"));
                 !s)
                 return errorReply(s.cause());
             return HttpReply::json(200, workflowJson(w.value()));
         }});
    r.append({"POST", one + QStringLiteral("/run"), RouteAccess::Permitted, Permission::ManageWorkflows, 200,
              QStringLiteral("Run an enabled workflow now: {trigger: manual (default) or submit}; answers "
                             "the run."),
              [ctx, resolved](AdminCall& c) {
                  const auto trigger = triggerOf(c);
                  if (!trigger)
                      return HttpReply::error(400, QStringLiteral("bad-body"),
                                              Text::tr("trigger is manual or submit"));
                  auto w = resolved(c);
                  if (!w)
                      return errorReply(w.cause(), 404);
                  if (!w->enabled)
                      return HttpReply::error(
                          409, QStringLiteral("disabled"),
                          Text::tr("workflow '%1' is disabled; enable it first").arg(w->name));
                  auto engine = engineFor(ctx);
                  if (auto* refusal = std::get_if<HttpReply>(&engine))
                      return *refusal;
                  auto run = std::get<WorkflowEngine>(engine).run(w.value(), *trigger);
                  return run ? HttpReply::json(200, workflowRunJson(run.value())) : errorReply(run.cause());
              }});
    r.append({"GET", one + QStringLiteral("/runs"), RouteAccess::Permitted, Permission::ReadAdministration,
              200, QStringLiteral("A workflow's runs, newest first: ?limit=1-10000 (20)."),
              [ctx, resolved](AdminCall& c) {
                  const auto limit = limitOf(c.request, 20, kMaxRuns);
                  if (!limit)
                      return pagingRefused(kMaxRuns);
                  auto w = resolved(c);
                  if (!w)
                      return errorReply(w.cause(), 404);
                  return runsReply(WorkflowService(ctx.db()).runs(w->id, *limit));
              }});
    r.append({"POST", base() + QStringLiteral("/workflow-runs"), RouteAccess::Permitted,
              Permission::ManageWorkflows, 200,
              QStringLiteral("Run every enabled workflow now; answers the runs."), [ctx](AdminCall&) {
                  auto engine = engineFor(ctx);
                  if (auto* refusal = std::get_if<HttpReply>(&engine))
                      return *refusal;
                  return runsReply(std::get<WorkflowEngine>(engine).runEnabled(RunTrigger::Manual));
              }});
    r.append({"GET", base() + QStringLiteral("/workflow-runs/{id}/outcomes"), RouteAccess::Permitted,
              Permission::ReadAdministration, 200,
              QStringLiteral(
                  "What one run did to each user: ?outcome=<assigned|skipped-active|...>&limit=1-100000 "
                  "(20)."),
              [ctx](AdminCall& c) {
                  const auto limit = limitOf(c.request, 20, kMaxOutcomes);
                  if (!limit)
                      return pagingRefused(kMaxOutcomes);
                  std::optional<RunOutcome> outcome;
                  if (const QString text = queryValue(c.request, QStringLiteral("outcome"));
                      !text.isEmpty()) {
                      outcome = runOutcomeFromName(text);
                      if (!outcome)
                          return HttpReply::error(400, QStringLiteral("bad-query"),
                                                  Text::tr("outcome: unknown outcome \"%1\"").arg(text));
                  }
                  bool numeric = false;
                  const qint64 runId = c.params.value(QStringLiteral("id")).toLongLong(&numeric);
                  if (!numeric || runId <= 0)
                      return HttpReply::error(
                          404, QStringLiteral("not-found"),
                          Text::tr("'%1' is not a run id").arg(c.params.value(QStringLiteral("id"))));
                  auto rows = WorkflowService(ctx.db()).outcomes(runId, outcome, 0, *limit);
                  if (!rows)
                      return errorReply(rows.cause());
                  QJsonArray items;
                  for (const RunOutcomeRow& row : rows.value())
                      items.append(QJsonObject{{QStringLiteral("user_id"), row.userId},
                                               {QStringLiteral("name"), row.displayName},
                                               {QStringLiteral("email"), row.email},
                                               {QStringLiteral("outcome"), runOutcomeName(row.outcome)}});
                  return HttpReply::json(200, {{QStringLiteral("items"), items}});
              }});
    return r;
}

} // namespace keydesk::net::admin
