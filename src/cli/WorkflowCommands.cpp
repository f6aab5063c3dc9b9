// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "CliFormat.h"
#include "Command.h"
#include "TablePrinter.h"
#include "core/workflow/WorkflowEngine.h"
#include "core/workflow/WorkflowJson.h"
#include "core/workflow/WorkflowService.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QUrlQuery>

namespace keydesk::cli {

namespace {

const QCommandLineOption kName(QStringLiteral("name"), QStringLiteral("Workflow name."),
                               QStringLiteral("text"));
const QCommandLineOption kType(QStringLiteral("type"), QStringLiteral("Key type: smartphone (default)."),
                               QStringLiteral("type"), QStringLiteral("smartphone"));
const QCommandLineOption kGroup(QStringLiteral("group"),
                                QStringLiteral("A group in scope (repeatable); none means all users."),
                                QStringLiteral("group"));
const QCommandLineOption kUserVerification(QStringLiteral("user-verification"),
                                           QStringLiteral("required (default) or preferred."),
                                           QStringLiteral("policy"));
const QCommandLineOption kAttestation(QStringLiteral("attestation"),
                                      QStringLiteral("none (default), record or require."),
                                      QStringLiteral("policy"));
const QCommandLineOption
    kLifetimeDays(QStringLiteral("lifetime-days"),
                  QStringLiteral("Activation link lifetime in days (default: activation.email_days)."),
                  QStringLiteral("days"));
const QCommandLineOption kReminderDays(QStringLiteral("reminder-days"),
                                       QStringLiteral("Remind after this many days; 0 = never (default 3)."),
                                       QStringLiteral("days"));
const QCommandLineOption
    kMaxReissues(QStringLiteral("max-reissues"),
                 QStringLiteral("Re-issue expired links at most this often (default 2)."),
                 QStringLiteral("n"));
const QCommandLineOption kNoRun(QStringLiteral("no-run"), QStringLiteral("Create without running it now."));
const QCommandLineOption kAll(QStringLiteral("all"), QStringLiteral("Every enabled workflow."));
const QCommandLineOption kKeepPending(QStringLiteral("keep-pending"),
                                      QStringLiteral("Its pending keys stay."));
const QCommandLineOption
    kRevokePending(QStringLiteral("revoke-pending"),
                   QStringLiteral("Its pending keys are revoked, their emails cancelled."));
const QCommandLineOption kLimit(QStringLiteral("limit"), QStringLiteral("At most this many (default 20)."),
                                QStringLiteral("n"), QStringLiteral("20"));
const QCommandLineOption kRun(QStringLiteral("run"), QStringLiteral("Per-user outcomes of this run."),
                              QStringLiteral("id"));
const QCommandLineOption kOutcome(QStringLiteral("outcome"),
                                  QStringLiteral("Only this outcome (with --run)."),
                                  QStringLiteral("outcome"));
const QString kWorkflowArg = QStringLiteral("workflow");
const QString kWorkflowArgHelp = QStringLiteral("Workflow name or id.");

QString scopeText(const Workflow& w)
{
    return w.groupNames.isEmpty() ? QStringLiteral("All users") : w.groupNames.join(QStringLiteral(", "));
}

QString runLine(const WorkflowRun& r)
{
    return QStringLiteral(
               "run %1 (%2) %3: %4 in scope, %5 assigned, %6 skipped; %7 queued, %8, %9 re-issued, "
               "%10 gave up")
        .arg(r.id)
        .arg(r.trigger, r.status)
        .arg(countText(r.usersInScope, "user", "users"))
        .arg(r.keysAssigned)
        .arg(r.usersSkipped)
        .arg(countText(r.emailsQueued, "email", "emails"))
        .arg(countText(r.remindersSent, "reminder", "reminders"))
        .arg(r.linksReissued)
        .arg(r.keysExpired);
}

int printRuns(CliContext& ctx, const QJsonArray& runs, qint64 elapsedMs)
{
    if (ctx.json) {
        ctx.printJson(runs);
        return ExitOk;
    }
    for (const QJsonValue& r : runs)
        ctx.out() << runLine(workflowRunFromJson(r.toObject())) << '\n';
    ctx.out() << runs.size() << " runs in " << elapsedMs << " ms\n";
    return ExitOk;
}

QString workflowPath(const QString& workflow)
{
    return QStringLiteral("/workflows/") + pathSegment(workflow);
}

std::optional<WorkflowSettings> settingsFrom(CliContext& ctx, const QCommandLineParser& p,
                                             WorkflowSettings settings)
{
    QJsonObject json = settings.toJson();
    if (p.isSet(kUserVerification))
        json.insert(QStringLiteral("userVerification"), p.value(kUserVerification));
    if (p.isSet(kAttestation))
        json.insert(QStringLiteral("attestation"), p.value(kAttestation));
    const auto number = [&](const QCommandLineOption& option) {
        return double(parseCount(p.value(option)));
    };
    if (p.isSet(kLifetimeDays))
        json.insert(QStringLiteral("activationLifetimeMinutes"),
                    parseCount(p.value(kLifetimeDays)) < 0 ? -1.0 : number(kLifetimeDays) * 24 * 60);
    if (p.isSet(kReminderDays))
        json.insert(QStringLiteral("reminderDays"), number(kReminderDays));
    if (p.isSet(kMaxReissues))
        json.insert(QStringLiteral("maxReissues"), number(kMaxReissues));
    Error error;
    auto parsed = WorkflowSettings::fromJson(json, &error);
    if (!parsed)
        usageError(ctx, error.message());
    return parsed;
}

int runCreate(CliContext& ctx, const QCommandLineParser& p)
{
    if (!p.isSet(kName))
        return usageError(ctx, QStringLiteral("workflows create needs --name"));
    const auto type = keyTypeFromName(p.value(kType));
    if (!type || *type != KeyType::Smartphone)
        return usageError(ctx, QStringLiteral("--type: only smartphone keys can be assigned so far"));
    const auto settings = settingsFrom(ctx, p, {});
    if (!settings)
        return ExitUsage;
    QElapsedTimer timer;
    timer.start();
    auto answer = ctx.call("POST", QStringLiteral("/workflows"), {},
                           {{QStringLiteral("name"), p.value(kName)},
                            {QStringLiteral("groups"), QJsonArray::fromStringList(p.values(kGroup))},
                            {QStringLiteral("key_type"), keyTypeName(*type)},
                            {QStringLiteral("settings"), settings->toJson()},
                            {QStringLiteral("run"), !p.isSet(kNoRun)}});
    if (!answer)
        return ExitFailed;
    if (ctx.json) {
        ctx.printJson(*answer);
        return ExitOk;
    }
    const Workflow workflow = workflowFromJson(*answer);
    ctx.out() << "created workflow " << workflow.id << " '" << workflow.name << "' for "
              << scopeText(workflow) << '\n';
    if (!answer->contains(QStringLiteral("run")))
        return ExitOk;
    return printRuns(ctx, QJsonArray{answer->value(QStringLiteral("run"))}, timer.elapsed());
}

int runRun(CliContext& ctx, const QCommandLineParser& p)
{
    const bool all = p.isSet(kAll);
    if (all == !p.positionalArguments().isEmpty())
        return usageError(ctx, QStringLiteral("workflows run takes a workflow or --all"));
    QElapsedTimer timer;
    timer.start();
    if (all) {
        auto runs = ctx.call("POST", QStringLiteral("/workflow-runs"));
        if (!runs)
            return ExitFailed;
        return printRuns(ctx, runs->value(QStringLiteral("items")).toArray(), timer.elapsed());
    }
    auto run = ctx.call("POST", workflowPath(p.positionalArguments().at(0)) + QStringLiteral("/run"));
    if (!run)
        return ExitFailed;
    return printRuns(ctx, QJsonArray{*run}, timer.elapsed());
}

int runList(CliContext& ctx, const QCommandLineParser&)
{
    auto answer = ctx.call("GET", QStringLiteral("/workflows"));
    if (!answer)
        return ExitFailed;
    const QJsonArray items = answer->value(QStringLiteral("items")).toArray();
    if (ctx.json) {
        ctx.printJson(items);
        return ExitOk;
    }
    TablePrinter table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("SCOPE"),
                        QStringLiteral("TYPE"), QStringLiteral("ENABLED"), QStringLiteral("LAST RUN"),
                        QStringLiteral("IN SCOPE"), QStringLiteral("ACTIVE"), QStringLiteral("PENDING"),
                        QStringLiteral("NO KEY")});
    for (const QJsonValue& item : items) {
        const QJsonObject json = item.toObject();
        const Workflow w = workflowFromJson(json);
        const QJsonValue last = json.value(QStringLiteral("last_run"));
        const WorkflowRun lastRun = workflowRunFromJson(last.toObject());
        // Users in scope by their key, whoever made it: active + pending + without a key = in scope.
        table.addRow(
            {QString::number(w.id), w.name, scopeText(w), keyTypeName(w.keyType),
             w.enabled ? QStringLiteral("yes") : QStringLiteral("no"),
             last.isObject() ? formatTime(lastRun.startedAtMs) + u' ' + lastRun.status : QStringLiteral("-"),
             QString::number(json.value(QStringLiteral("users_in_scope")).toInteger()),
             QString::number(json.value(QStringLiteral("active")).toInteger()),
             QString::number(json.value(QStringLiteral("pending")).toInteger()),
             QString::number(json.value(QStringLiteral("without_key")).toInteger())});
    }
    table.print(ctx.out());
    ctx.out() << countText(items.size(), "workflow", "workflows") << '\n';
    return ExitOk;
}

int runShow(CliContext& ctx, const QCommandLineParser& p)
{
    auto answer = ctx.call("GET", workflowPath(p.positionalArguments().at(0)));
    if (!answer)
        return ExitFailed;
    if (ctx.json) {
        ctx.printJson(*answer);
        return ExitOk;
    }
    const Workflow w = workflowFromJson(*answer);
    const WorkflowSettings& s = w.settings;
    ctx.out() << "workflow " << w.id << " '" << w.name << "' (" << (w.enabled ? "enabled" : "disabled")
              << ")\n"
              << "scope:        " << scopeText(w) << " — "
              << answer->value(QStringLiteral("users_in_scope")).toInteger() << " users now, "
              << answer->value(QStringLiteral("would_email")).toInteger() << " would get an email\n"
              << "key:          " << keyTypeName(w.keyType) << ", user verification "
              << (s.key.requireUserVerification ? "required" : "preferred") << ", attestation "
              << attestationPolicyName(s.key.attestation) << '\n'
              << "follow-up:    reminder after " << s.reminderDays << " days, at most " << s.maxReissues
              << " re-issues\n";
    for (const QJsonValue& value : answer->value(QStringLiteral("runs")).toArray()) {
        const WorkflowRun r = workflowRunFromJson(value.toObject());
        ctx.out() << "  " << formatTime(r.startedAtMs) << "  " << runLine(r) << '\n';
    }
    return ExitOk;
}

int runSetEnabled(CliContext& ctx, const QCommandLineParser& p, bool enabled)
{
    auto answer = ctx.call("PUT", workflowPath(p.positionalArguments().at(0)), {},
                           {{QStringLiteral("enabled"), enabled}});
    if (!answer)
        return ExitFailed;
    ctx.out() << (enabled ? "enabled" : "disabled") << " workflow '"
              << answer->value(QStringLiteral("name")).toString() << "'\n";
    return ExitOk;
}

int runDelete(CliContext& ctx, const QCommandLineParser& p)
{
    if (p.isSet(kKeepPending) == p.isSet(kRevokePending))
        return usageError(ctx, QStringLiteral("workflows delete needs --keep-pending or --revoke-pending"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("pending"),
                       p.isSet(kRevokePending) ? QStringLiteral("revoke") : QStringLiteral("keep"));
    auto answer = ctx.call("DELETE", workflowPath(p.positionalArguments().at(0)), query);
    if (!answer)
        return ExitFailed;
    ctx.out() << "deleted workflow '" << answer->value(QStringLiteral("name")).toString()
              << "'; its pending keys were " << (p.isSet(kRevokePending) ? "revoked" : "kept") << '\n';
    return ExitOk;
}

int runRuns(CliContext& ctx, const QCommandLineParser& p)
{
    const qint64 limit = parseCount(p.value(kLimit));
    if (limit <= 0)
        return usageError(ctx, QStringLiteral("--limit must be a positive number"));
    QUrlQuery query;
    if (p.isSet(kRun)) {
        if (p.isSet(kOutcome)) {
            if (!runOutcomeFromName(p.value(kOutcome)))
                return usageError(ctx,
                                  QStringLiteral("--outcome: unknown outcome \"%1\"").arg(p.value(kOutcome)));
            query.addQueryItem(QStringLiteral("outcome"), p.value(kOutcome));
        }
        const qint64 runId = parseCount(p.value(kRun));
        if (runId <= 0)
            return usageError(ctx, QStringLiteral("'%1' is not a run id").arg(p.value(kRun)));
        query.addQueryItem(QStringLiteral("limit"), QString::number(std::min<qint64>(limit, 100'000)));
        auto answer = ctx.call("GET", QStringLiteral("/workflow-runs/%1/outcomes").arg(runId), query);
        if (!answer)
            return ExitFailed;
        const QJsonArray items = answer->value(QStringLiteral("items")).toArray();
        if (ctx.json) {
            ctx.printJson(items);
            return ExitOk;
        }
        TablePrinter table({QStringLiteral("USER"), QStringLiteral("EMAIL"), QStringLiteral("OUTCOME")});
        for (const QJsonValue& value : items) {
            const QJsonObject r = value.toObject();
            table.addRow(
                {r.value(QStringLiteral("name")).toString(), r.value(QStringLiteral("email")).toString(),
                 runOutcomeDisplayName(runOutcomeFromName(r.value(QStringLiteral("outcome")).toString())
                                           .value_or(RunOutcome::Assigned))});
        }
        table.print(ctx.out());
        return ExitOk;
    }
    if (p.positionalArguments().isEmpty())
        return usageError(
            ctx, QStringLiteral("workflows runs takes a workflow, or --run ID for one run's outcomes"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(std::min<qint64>(limit, 10'000)));
    auto answer =
        ctx.call("GET", workflowPath(p.positionalArguments().at(0)) + QStringLiteral("/runs"), query);
    if (!answer)
        return ExitFailed;
    const QJsonArray items = answer->value(QStringLiteral("items")).toArray();
    if (ctx.json) {
        ctx.printJson(items);
        return ExitOk;
    }
    for (const QJsonValue& value : items) {
        const WorkflowRun r = workflowRunFromJson(value.toObject());
        ctx.out() << formatTime(r.startedAtMs) << "  " << runLine(r)
                  << (r.error.message().isEmpty() ? QString() : QStringLiteral(" — ") + r.error.message())
                  << '\n';
    }
    return ExitOk;
}

Command byName(const QString& verb, const QString& summary,
               std::function<int(CliContext&, const QCommandLineParser&)> run,
               std::function<void(QCommandLineParser&)> options = {}, int required = 1)
{
    return {QStringLiteral("workflows"), verb,          summary, {{kWorkflowArg, kWorkflowArgHelp}}, required,
            std::move(options),          std::move(run)};
}

} // namespace

QList<Command> workflowCommands()
{
    const QString workflows = QStringLiteral("workflows");
    return overAdminApi({
        {workflows,
         QStringLiteral("list"),
         QStringLiteral("List workflows with their scope, last run and key counts."),
         {},
         0,
         {},
         runList},
        {workflows,
         QStringLiteral("create"),
         QStringLiteral("Create a Security Key Device Assignment workflow and run it (unless --no-run)."),
         {},
         0,
         [](QCommandLineParser& p) {
             p.addOptions({kName, kType, kGroup, kUserVerification, kAttestation, kLifetimeDays,
                           kReminderDays, kMaxReissues, kNoRun});
         },
         runCreate},
        byName(QStringLiteral("show"),
               QStringLiteral("Show a workflow, who is in scope now and its last runs."), runShow),
        {workflows,
         QStringLiteral("run"),
         QStringLiteral("Run a workflow now, or every enabled one with --all."),
         {{kWorkflowArg, kWorkflowArgHelp}},
         0,
         [](QCommandLineParser& p) { p.addOption(kAll); },
         runRun},
        byName(QStringLiteral("enable"), QStringLiteral("Enable a workflow."),
               [](CliContext& c, const QCommandLineParser& p) { return runSetEnabled(c, p, true); }),
        byName(QStringLiteral("disable"), QStringLiteral("Disable a workflow (it stops running)."),
               [](CliContext& c, const QCommandLineParser& p) { return runSetEnabled(c, p, false); }),
        byName(QStringLiteral("delete"),
               QStringLiteral("Delete a workflow (--keep-pending or --revoke-pending)."), runDelete,
               [](QCommandLineParser& p) {
                   p.addOptions({kKeepPending, kRevokePending});
               }),
        byName(
            QStringLiteral("runs"),
            QStringLiteral("A workflow's runs, or one run's per-user outcomes (--run ID)."), runRuns,
            [](QCommandLineParser& p) {
                p.addOptions({kLimit, kRun, kOutcome});
            },
            0),
    });
}

} // namespace keydesk::cli
