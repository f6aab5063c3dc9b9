// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "CliFormat.h"
#include "Command.h"
#include "TablePrinter.h"
#include "core/workflow/WorkflowEngine.h"
#include "core/workflow/WorkflowService.h"
#include "net/Deployment.h"

#include <QElapsedTimer>
#include <QJsonArray>

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

QJsonObject runJson(const WorkflowRun& r)
{
    return {
        {QStringLiteral("id"), r.id},
        {QStringLiteral("trigger"), r.trigger},
        {QStringLiteral("status"), r.status},
        {QStringLiteral("started_at"), isoTime(r.startedAtMs)},
        {QStringLiteral("finished_at"), r.finishedAtMs ? QJsonValue(isoTime(*r.finishedAtMs)) : QJsonValue()},
        {QStringLiteral("users_in_scope"), r.usersInScope},
        {QStringLiteral("keys_assigned"), r.keysAssigned},
        {QStringLiteral("emails_queued"), r.emailsQueued},
        {QStringLiteral("users_skipped"), r.usersSkipped},
        {QStringLiteral("reminders_sent"), r.remindersSent},
        {QStringLiteral("links_reissued"), r.linksReissued},
        {QStringLiteral("keys_expired"), r.keysExpired},
        {QStringLiteral("error"), r.error.message()}};
}

QJsonObject workflowJson(const Workflow& w)
{
    return {{QStringLiteral("id"), w.id},
            {QStringLiteral("name"), w.name},
            {QStringLiteral("groups"), QJsonArray::fromStringList(w.groupNames)},
            {QStringLiteral("key_type"), keyTypeName(w.keyType)},
            {QStringLiteral("settings"), w.settings.toJson()},
            {QStringLiteral("enabled"), w.enabled}};
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

std::optional<WorkflowEngine> makeEngine(CliContext& ctx, Core& core)
{
    auto deployment = net::Deployment::load(core.store());
    if (!deployment) {
        ctx.fail(deployment.error());
        return std::nullopt;
    }
    return std::optional<WorkflowEngine>(std::in_place, core.store(), deployment->workflowOptions());
}

int printRuns(CliContext& ctx, const QList<WorkflowRun>& runs, qint64 elapsedMs)
{
    if (ctx.json) {
        QJsonArray array;
        for (const WorkflowRun& r : runs)
            array.append(runJson(r));
        ctx.printJson(array);
    } else {
        for (const WorkflowRun& r : runs)
            ctx.out() << runLine(r) << '\n';
        ctx.out() << runs.size() << " runs in " << elapsedMs << " ms\n";
    }
    return ExitOk;
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

Result<QList<qint64>> groupIds(Core& core, const QStringList& names)
{
    QList<qint64> ids;
    for (const QString& name : names) {
        auto group = core.groups().resolve(name);
        if (!group)
            return Result<QList<qint64>>::failure(group.cause());
        ids << group->id;
    }
    return ids;
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
    return ctx.withCore([&](Core& core) -> int {
        auto groups = groupIds(core, p.values(kGroup));
        if (!groups)
            return ctx.fail(groups.error());
        auto engine = makeEngine(ctx, core);
        if (!engine)
            return ExitFailed;
        auto workflow =
            core.workflows().create(core.actor(), p.value(kName), groups.value(), *type, *settings);
        if (!workflow)
            return ctx.fail(workflow.error());
        if (!ctx.json)
            ctx.out() << "created workflow " << workflow->id << " '" << workflow->name << "' for "
                      << scopeText(workflow.value()) << '\n';
        if (p.isSet(kNoRun)) {
            if (ctx.json)
                ctx.printJson(workflowJson(workflow.value()));
            return ExitOk;
        }
        QElapsedTimer timer;
        timer.start();
        auto run = engine->run(workflow.value(), RunTrigger::Submit);
        if (!run)
            return ctx.fail(run.error());
        if (ctx.json) {
            QJsonObject json = workflowJson(workflow.value());
            json.insert(QStringLiteral("run"), runJson(run.value()));
            ctx.printJson(json);
            return ExitOk;
        }
        return printRuns(ctx, {run.value()}, timer.elapsed());
    });
}

int runRun(CliContext& ctx, const QCommandLineParser& p)
{
    const bool all = p.isSet(kAll);
    if (all == !p.positionalArguments().isEmpty())
        return usageError(ctx, QStringLiteral("workflows run takes a workflow or --all"));
    return ctx.withCore([&](Core& core) -> int {
        auto engine = makeEngine(ctx, core);
        if (!engine)
            return ExitFailed;
        QElapsedTimer timer;
        timer.start();
        if (all) {
            auto runs = engine->runEnabled(RunTrigger::Manual);
            if (!runs)
                return ctx.fail(runs.error());
            return printRuns(ctx, runs.value(), timer.elapsed());
        }
        auto workflow = core.workflows().resolve(p.positionalArguments().at(0));
        if (!workflow)
            return ctx.fail(workflow.error());
        if (!workflow->enabled)
            return ctx.fail(QStringLiteral("workflow '%1' is disabled; enable it first").arg(workflow->name));
        auto run = engine->run(workflow.value(), RunTrigger::Manual);
        if (!run)
            return ctx.fail(run.error());
        return printRuns(ctx, {run.value()}, timer.elapsed());
    });
}

int runList(CliContext& ctx, const QCommandLineParser&)
{
    return ctx.withCore([&](Core& core) -> int {
        auto rows = core.workflows().list();
        if (!rows)
            return ctx.fail(rows.error());
        QJsonArray array;
        TablePrinter table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("SCOPE"),
                            QStringLiteral("TYPE"), QStringLiteral("ENABLED"), QStringLiteral("LAST RUN"),
                            QStringLiteral("IN SCOPE"), QStringLiteral("ACTIVE"), QStringLiteral("PENDING"),
                            QStringLiteral("NO KEY")});
        for (const WorkflowListRow& r : rows.value()) {
            // Users in scope by their key, whoever made it: active + pending + without a key = in scope.
            QJsonObject json = workflowJson(r.workflow);
            json.insert(QStringLiteral("users_in_scope"), r.inScope());
            json.insert(QStringLiteral("active"), r.active);
            json.insert(QStringLiteral("pending"), r.pending);
            json.insert(QStringLiteral("without_key"), r.withoutKey);
            json.insert(QStringLiteral("last_run"),
                        r.lastRun ? QJsonValue(runJson(*r.lastRun)) : QJsonValue());
            array.append(json);
            table.addRow({QString::number(r.workflow.id), r.workflow.name, scopeText(r.workflow),
                          keyTypeName(r.workflow.keyType),
                          r.workflow.enabled ? QStringLiteral("yes") : QStringLiteral("no"),
                          r.lastRun ? formatTime(r.lastRun->startedAtMs) + u' ' + r.lastRun->status
                                    : QStringLiteral("-"),
                          QString::number(r.inScope()), QString::number(r.active), QString::number(r.pending),
                          QString::number(r.withoutKey)});
        }
        if (ctx.json) {
            ctx.printJson(array);
            return ExitOk;
        }
        table.print(ctx.out());
        ctx.out() << countText(rows->size(), "workflow", "workflows") << '\n';
        return ExitOk;
    });
}

int runShow(CliContext& ctx, const QCommandLineParser& p)
{
    return ctx.withCore([&](Core& core) -> int {
        auto w = core.workflows().resolve(p.positionalArguments().at(0));
        if (!w)
            return ctx.fail(w.error());
        auto preview = core.workflows().preview(w->groupIds, w->keyType, w->id);
        auto runs = core.workflows().runs(w->id, 5);
        if (!preview || !runs)
            return ctx.fail(preview ? runs.error() : preview.error());
        if (ctx.json) {
            QJsonObject json = workflowJson(w.value());
            json.insert(QStringLiteral("users_in_scope"), preview->inScope);
            json.insert(QStringLiteral("would_email"), preview->wouldEmail);
            QJsonArray recent;
            for (const WorkflowRun& r : runs.value())
                recent.append(runJson(r));
            json.insert(QStringLiteral("runs"), recent);
            ctx.printJson(json);
            return ExitOk;
        }
        const WorkflowSettings& s = w->settings;
        ctx.out() << "workflow " << w->id << " '" << w->name << "' (" << (w->enabled ? "enabled" : "disabled")
                  << ")\n"
                  << "scope:        " << scopeText(w.value()) << " — " << preview->inScope << " users now, "
                  << preview->wouldEmail << " would get an email\n"
                  << "key:          " << keyTypeName(w->keyType) << ", user verification "
                  << (s.key.requireUserVerification ? "required" : "preferred") << ", attestation "
                  << attestationPolicyName(s.key.attestation) << '\n'
                  << "follow-up:    reminder after " << s.reminderDays << " days, at most " << s.maxReissues
                  << " re-issues\n";
        for (const WorkflowRun& r : runs.value())
            ctx.out() << "  " << formatTime(r.startedAtMs) << "  " << runLine(r) << '\n';
        return ExitOk;
    });
}

int runSetEnabled(CliContext& ctx, const QCommandLineParser& p, bool enabled)
{
    return ctx.withCore([&](Core& core) -> int {
        auto w = core.workflows().resolve(p.positionalArguments().at(0));
        if (!w)
            return ctx.fail(w.error());
        if (Status s = core.workflows().setEnabled(core.actor(), w->id, enabled); !s)
            return ctx.fail(s.error());
        ctx.out() << (enabled ? "enabled" : "disabled") << " workflow '" << w->name << "'\n";
        return ExitOk;
    });
}

int runDelete(CliContext& ctx, const QCommandLineParser& p)
{
    if (p.isSet(kKeepPending) == p.isSet(kRevokePending))
        return usageError(ctx, QStringLiteral("workflows delete needs --keep-pending or --revoke-pending"));
    return ctx.withCore([&](Core& core) -> int {
        auto w = core.workflows().resolve(p.positionalArguments().at(0));
        if (!w)
            return ctx.fail(w.error());
        if (Status s = core.workflows().remove(core.actor(), w->id, p.isSet(kRevokePending)); !s)
            return ctx.fail(s.error());
        ctx.out() << "deleted workflow '" << w->name << "'; its pending keys were "
                  << (p.isSet(kRevokePending) ? "revoked" : "kept") << '\n';
        return ExitOk;
    });
}

int runRuns(CliContext& ctx, const QCommandLineParser& p)
{
    return ctx.withCore([&](Core& core) -> int {
        const qint64 limit = parseCount(p.value(kLimit));
        if (limit <= 0)
            return usageError(ctx, QStringLiteral("--limit must be a positive number"));
        if (p.isSet(kRun)) {
            std::optional<RunOutcome> outcome;
            if (p.isSet(kOutcome)) {
                outcome = runOutcomeFromName(p.value(kOutcome));
                if (!outcome)
                    return usageError(
                        ctx, QStringLiteral("--outcome: unknown outcome \"%1\"").arg(p.value(kOutcome)));
            }
            auto rows = core.workflows().outcomes(parseCount(p.value(kRun)), outcome, 0,
                                                  int(std::min<qint64>(limit, 100'000)));
            if (!rows)
                return ctx.fail(rows.error());
            QJsonArray array;
            TablePrinter table({QStringLiteral("USER"), QStringLiteral("EMAIL"), QStringLiteral("OUTCOME")});
            for (const RunOutcomeRow& r : rows.value()) {
                array.append(QJsonObject{{QStringLiteral("user_id"), r.userId},
                                         {QStringLiteral("email"), r.email},
                                         {QStringLiteral("outcome"), runOutcomeName(r.outcome)}});
                table.addRow({r.displayName, r.email, runOutcomeDisplayName(r.outcome)});
            }
            if (ctx.json)
                ctx.printJson(array);
            else
                table.print(ctx.out());
            return ExitOk;
        }
        if (p.positionalArguments().isEmpty())
            return usageError(
                ctx, QStringLiteral("workflows runs takes a workflow, or --run ID for one run's outcomes"));
        auto w = core.workflows().resolve(p.positionalArguments().at(0));
        if (!w)
            return ctx.fail(w.error());
        auto runs = core.workflows().runs(w->id, int(std::min<qint64>(limit, 10'000)));
        if (!runs)
            return ctx.fail(runs.error());
        if (ctx.json)
            return ctx.printJsonList(runs.value(), runJson);
        for (const WorkflowRun& r : runs.value())
            ctx.out() << formatTime(r.startedAtMs) << "  " << runLine(r)
                      << (r.error.message().isEmpty() ? QString() : QStringLiteral(" — ") + r.error.message())
                      << '\n';
        return ExitOk;
    });
}

Command byName(const QString& verb, const QString& summary,
               std::function<int(CliContext&, const QCommandLineParser&)> run,
               std::function<void(QCommandLineParser&)> options = {}, int required = 1)
{
    return {QStringLiteral("workflows"), verb,          summary, {{kWorkflowArg, kWorkflowArgHelp}}, required,
            std::move(options),          std::move(run)};
}

} // namespace

void runScopeChangeWorkflows(CliContext& ctx)
{
    Core* core = ctx.core();
    if (!core)
        return;
    auto enabled = core->workflows().enabledWorkflows();
    if (!enabled || enabled->isEmpty())
        return;
    auto deployment = net::Deployment::load(core->store());
    if (!deployment) {
        ctx.err() << "keydesk-cli: workflows not run: " << deployment.error() << '\n';
        return;
    }
    WorkflowEngine engine(core->store(), deployment->workflowOptions());
    auto runs = engine.runEnabled(RunTrigger::ScopeChange);
    if (!runs) {
        ctx.err() << "keydesk-cli: workflows not run: " << runs.error() << '\n';
        return;
    }
    qint64 assigned = 0;
    for (const WorkflowRun& r : runs.value())
        assigned += r.keysAssigned;
    if (!ctx.json && assigned > 0)
        ctx.out() << "workflows: " << countText(assigned, "key", "keys")
                  << " assigned to users who entered their scope\n";
}

QList<Command> workflowCommands()
{
    const QString workflows = QStringLiteral("workflows");
    return {
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
    };
}

} // namespace keydesk::cli
