// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "CliFormat.h"
#include "Command.h"
#include "TablePrinter.h"
#include "core/domain/DirectorySourceJson.h"

#include <QJsonArray>

namespace keydesk::cli {

namespace {

const QString kSourceArg = QStringLiteral("source");
const QString kSourceArgHelp = QStringLiteral("Directory source name or id.");

const QCommandLineOption kUrl(QStringLiteral("url"), QStringLiteral("ldap://host:port or ldaps://host:port."),
                              QStringLiteral("url"));
const QCommandLineOption
    kBindDn(QStringLiteral("bind-dn"),
            QStringLiteral("The account the sync binds as (its password: KEYDESK_LDAP_PASSWORD)."),
            QStringLiteral("dn"));
const QCommandLineOption
    kBaseDn(QStringLiteral("base-dn"),
            QStringLiteral("Where users and groups are searched; may be given more than once."),
            QStringLiteral("dn"));
const QCommandLineOption kUserFilter(QStringLiteral("user-filter"),
                                     QStringLiteral("LDAP filter of the users (default: the flavour's)."),
                                     QStringLiteral("filter"));
const QCommandLineOption kGroupFilter(QStringLiteral("group-filter"),
                                      QStringLiteral("LDAP filter of the groups (default: the flavour's)."),
                                      QStringLiteral("filter"));
const QCommandLineOption kStartTls(QStringLiteral("starttls"), QStringLiteral("StartTLS on an ldap:// URL."));
const QCommandLineOption
    kCaFile(QStringLiteral("ca-file"),
            QStringLiteral("PEM CA certificates the directory's certificate must chain to "
                           "(default: the system's)."),
            QStringLiteral("file"));
const QCommandLineOption
    kFlavour(QStringLiteral("flavour"),
             QStringLiteral("openldap (default) or ad: attribute names, nested groups, change "
                            "marker."),
             QStringLiteral("openldap|ad"));
const QCommandLineOption kNested(QStringLiteral("nested-groups"),
                                 QStringLiteral("walk (read every group) or in-chain (ask AD per group)."),
                                 QStringLiteral("walk|in-chain"));
const QCommandLineOption
    kOnLeave(QStringLiteral("on-leave"),
             QStringLiteral("What a leaver's active keys become: suspend (default) or revoke."),
             QStringLiteral("suspend|revoke"));
const QCommandLineOption kPageSize(QStringLiteral("page-size"),
                                   QStringLiteral("Entries per page of a search (default 500)."),
                                   QStringLiteral("n"));
const QCommandLineOption kFull(QStringLiteral("full"),
                               QStringLiteral("Read every entry (and find deletions), not only changes."));
const QCommandLineOption kDryRun(QStringLiteral("dry-run"),
                                 QStringLiteral("List what would change; change nothing."));
const QCommandLineOption kName(QStringLiteral("name"), QStringLiteral("The SCIM source's name."),
                               QStringLiteral("name"));
const QCommandLineOption kErrors(QStringLiteral("errors"), QStringLiteral("List this run's entry errors."),
                                 QStringLiteral("run"));

QString sourcePath(const QString& source)
{
    return QStringLiteral("/directory-sources/") + pathSegment(source);
}

QString runCounts(const DirectoryRun& run)
{
    return QStringLiteral("created %1, updated %2, disabled %3, enabled %4, removed %5; memberships +%6 -%7; "
                          "keys withdrawn %8; entry errors %9")
        .arg(run.usersCreated)
        .arg(run.usersUpdated)
        .arg(run.usersDisabled)
        .arg(run.usersEnabled)
        .arg(run.usersRemoved)
        .arg(run.membershipsAdded)
        .arg(run.membershipsRemoved)
        .arg(run.keysWithdrawn)
        .arg(run.entryErrors);
}

// `items` of a list answer to print as a table; nullopt when nothing is left to print: the call
// was refused (`exit` is ExitFailed) or --json printed them (ExitOk).
std::optional<QJsonArray> tableItems(CliContext& ctx, const QString& path, int& exit)
{
    auto answer = ctx.call("GET", path);
    exit = answer ? ExitOk : ExitFailed;
    if (!answer)
        return std::nullopt;
    const QJsonArray items = answer->value(QStringLiteral("items")).toArray();
    if (ctx.json) {
        ctx.printJson(items);
        return std::nullopt;
    }
    return items;
}

QString runMode(const DirectoryRun& run)
{
    return syncModeName(run.mode) + (run.dryRun ? QStringLiteral(" (dry run)") : QString());
}

QString runResult(const DirectoryRun& run)
{
    return run.failed ? QStringLiteral("failed: ") + run.error : runCounts(run);
}

int runAddLdap(CliContext& ctx, const QCommandLineParser& p)
{
    for (const QCommandLineOption* required : {&kUrl, &kBindDn, &kBaseDn}) {
        if (!p.isSet(*required))
            return usageError(ctx, QStringLiteral("--%1 is required").arg(required->names().constFirst()));
    }
    QJsonObject config{
        {QStringLiteral("flavour"), p.isSet(kFlavour) ? p.value(kFlavour) : QStringLiteral("openldap")},
        {QStringLiteral("url"), p.value(kUrl)},
        {QStringLiteral("bindDn"), p.value(kBindDn)},
        {QStringLiteral("baseDns"), QJsonArray::fromStringList(p.values(kBaseDn))},
        {QStringLiteral("startTls"), p.isSet(kStartTls)}};
    for (const auto& [option, field] : {std::pair{&kUserFilter, QStringLiteral("userFilter")},
                                        std::pair{&kGroupFilter, QStringLiteral("groupFilter")},
                                        std::pair{&kCaFile, QStringLiteral("caFile")},
                                        std::pair{&kNested, QStringLiteral("nestedGroups")}}) {
        if (p.isSet(*option))
            config.insert(field, p.value(*option));
    }
    if (p.isSet(kPageSize)) {
        bool ok = false;
        const int size = p.value(kPageSize).toInt(&ok);
        if (!ok)
            return usageError(
                ctx, QStringLiteral("--page-size must be a number, not '%1'").arg(p.value(kPageSize)));
        config.insert(QStringLiteral("pageSize"), size);
    }
    auto answer = ctx.call(
        "POST", QStringLiteral("/directory-sources"), {},
        {{QStringLiteral("name"), p.positionalArguments().at(0)},
         {QStringLiteral("kind"), QStringLiteral("ldap")},
         {QStringLiteral("config"), config},
         {QStringLiteral("on_leave"), p.isSet(kOnLeave) ? p.value(kOnLeave) : QStringLiteral("suspend")}});
    if (!answer)
        return ExitFailed;
    if (ctx.json) {
        ctx.printJson(*answer);
        return ExitOk;
    }
    const DirectorySource source = directorySourceFromJson(*answer);
    ctx.out() << "added LDAP source " << source.id << " '" << source.name << "' (" << source.ldap.url
              << " as " << source.ldap.bindDn << ")\n";
    return ExitOk;
}

int runList(CliContext& ctx, const QCommandLineParser&)
{
    int exit = ExitOk;
    const auto items = tableItems(ctx, QStringLiteral("/directory-sources"), exit);
    if (!items)
        return exit;
    TablePrinter table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("KIND"),
                        QStringLiteral("WHERE"), QStringLiteral("LAST RUN"), QStringLiteral("RESULT")});
    for (const QJsonValue& item : *items) {
        const DirectorySource source = directorySourceFromJson(item.toObject());
        const QJsonValue last = item.toObject().value(QStringLiteral("last_run"));
        QString when = QStringLiteral("-");
        QString result = QStringLiteral("-");
        if (last.isObject()) {
            const DirectoryRun run = directoryRunFromJson(last.toObject());
            when = formatTime(run.finishedAtMs) + u' ' + runMode(run);
            result = runResult(run);
        }
        table.addRow({QString::number(source.id), source.name, directoryKindName(source.kind),
                      source.kind == DirectoryKind::Ldap ? source.ldap.url : QStringLiteral("SCIM"), when,
                      result});
    }
    table.print(ctx.out());
    ctx.out() << items->size() << " directory sources\n";
    return ExitOk;
}

int runTest(CliContext& ctx, const QCommandLineParser& p)
{
    auto answer = ctx.call("POST", sourcePath(p.positionalArguments().at(0)) + QStringLiteral("/test"));
    if (!answer)
        return ExitFailed;
    if (ctx.json) {
        ctx.printJson(*answer);
        return ExitOk;
    }
    ctx.out() << "the directory answers and takes the bind; its filters match "
              << answer->value(QStringLiteral("users")).toInteger() << " users and "
              << answer->value(QStringLiteral("groups")).toInteger() << " groups\n";
    return ExitOk;
}

int runSync(CliContext& ctx, const QCommandLineParser& p)
{
    auto answer = ctx.call(
        "POST", sourcePath(p.positionalArguments().at(0)) + QStringLiteral("/sync"), {},
        {{QStringLiteral("mode"), p.isSet(kFull) ? QStringLiteral("full") : QStringLiteral("incremental")},
         {QStringLiteral("dry_run"), p.isSet(kDryRun)}});
    if (!answer)
        return ExitFailed;
    if (ctx.json) {
        ctx.printJson(*answer);
        return ExitOk;
    }
    const DirectoryRun run = directoryRunFromJson(answer->value(QStringLiteral("run")).toObject());
    const QJsonArray changes = answer->value(QStringLiteral("changes")).toArray();
    if (run.dryRun && !changes.isEmpty()) {
        TablePrinter table({QStringLiteral("ENTRY"), QStringLiteral("WOULD"), QStringLiteral("DETAILS")});
        for (const QJsonValue& change : changes) {
            const QJsonObject c = change.toObject();
            table.addRow({c.value(QStringLiteral("entry")).toString(),
                          c.value(QStringLiteral("action")).toString(),
                          c.value(QStringLiteral("details")).toString()});
        }
        table.print(ctx.out());
        const qint64 total = answer->value(QStringLiteral("changes_total")).toInteger();
        if (total > changes.size())
            ctx.out() << "(" << changes.size() << " of " << total << " changes listed)\n";
    }
    for (const QJsonValue& error : answer->value(QStringLiteral("errors")).toArray())
        ctx.out() << "entry error: " << error.toObject().value(QStringLiteral("entry")).toString() << ": "
                  << error.toObject().value(QStringLiteral("message")).toString() << '\n';
    ctx.out() << (run.dryRun ? "dry run " : "run ") << run.id << " (" << syncModeName(run.mode)
              << "): " << run.entriesRead << " entries read; " << runCounts(run)
              << (run.dryRun ? "; nothing was changed\n" : "\n");
    reportWorkflows(ctx, *answer);
    return ExitOk;
}

// `directory scim-token create --name NAME`: the token is printed once, on its own line, for
// the identity provider's provisioning settings; KeyDesk keeps only its hash.
int runScimToken(CliContext& ctx, const QCommandLineParser& p)
{
    if (p.positionalArguments().at(0) != QLatin1String("create"))
        return usageError(
            ctx, QStringLiteral("scim-token takes 'create', not '%1'").arg(p.positionalArguments().at(0)));
    if (!p.isSet(kName))
        return usageError(ctx, QStringLiteral("--name is required"));
    auto answer = ctx.call(
        "POST", QStringLiteral("/scim-tokens"), {},
        {{QStringLiteral("name"), p.value(kName)},
         {QStringLiteral("on_leave"), p.isSet(kOnLeave) ? p.value(kOnLeave) : QStringLiteral("suspend")}});
    if (!answer)
        return ExitFailed;
    if (ctx.json) {
        ctx.printJson(*answer);
        return ExitOk;
    }
    const DirectorySource source =
        directorySourceFromJson(answer->value(QStringLiteral("source")).toObject());
    ctx.out() << (answer->value(QStringLiteral("created")).toBool() ? "added SCIM source "
                                                                    : "new token for SCIM source ")
              << source.id << " '" << source.name << "'"
              << (answer->value(QStringLiteral("created")).toBool() ? ""
                                                                    : "; its previous token no longer works")
              << "\nbearer token (shown only now; KeyDesk keeps its hash):\n"
              << answer->value(QStringLiteral("token")).toString() << '\n';
    return ExitOk;
}

int runRuns(CliContext& ctx, const QCommandLineParser& p)
{
    if (p.isSet(kErrors)) {
        int exit = ExitOk;
        const auto items = tableItems(
            ctx, QStringLiteral("/directory-runs/%1/errors").arg(pathSegment(p.value(kErrors))), exit);
        if (!items)
            return exit;
        TablePrinter table({QStringLiteral("ENTRY"), QStringLiteral("ERROR")});
        for (const QJsonValue& item : *items)
            table.addRow({item.toObject().value(QStringLiteral("entry")).toString(),
                          item.toObject().value(QStringLiteral("message")).toString()});
        table.print(ctx.out());
        ctx.out() << items->size() << " entry errors\n";
        return ExitOk;
    }
    int exit = ExitOk;
    const auto items =
        tableItems(ctx, sourcePath(p.positionalArguments().at(0)) + QStringLiteral("/runs"), exit);
    if (!items)
        return exit;
    TablePrinter table({QStringLiteral("RUN"), QStringLiteral("FINISHED"), QStringLiteral("MODE"),
                        QStringLiteral("READ"), QStringLiteral("RESULT")});
    for (const QJsonValue& item : *items) {
        const DirectoryRun run = directoryRunFromJson(item.toObject());
        table.addRow({QString::number(run.id), formatTime(run.finishedAtMs), runMode(run),
                      QString::number(run.entriesRead), runResult(run)});
    }
    table.print(ctx.out());
    ctx.out() << items->size() << " runs\n";
    return ExitOk;
}

} // namespace

QList<Command> directoryCommands()
{
    const QString directory = QStringLiteral("directory");
    return overAdminApi({
        {directory,
         QStringLiteral("add-ldap"),
         QStringLiteral("Add an LDAP / Active Directory source whose users and groups KeyDesk follows."),
         {{QStringLiteral("name"), QStringLiteral("Source name.")}},
         1,
         [](QCommandLineParser& p) {
             p.addOptions({kUrl, kBindDn, kBaseDn, kUserFilter, kGroupFilter, kStartTls, kCaFile, kFlavour,
                           kNested, kOnLeave, kPageSize});
         },
         runAddLdap},
        {directory,
         QStringLiteral("list"),
         QStringLiteral("List directory sources and their last runs."),
         {},
         0,
         {},
         runList},
        {directory,
         QStringLiteral("test"),
         QStringLiteral("Connect and bind to a source, and count what its filters match."),
         {{kSourceArg, kSourceArgHelp}},
         1,
         {},
         runTest},
        {directory,
         QStringLiteral("sync"),
         QStringLiteral("Sync a source now: its changes since the last run, or everything with --full."),
         {{kSourceArg, kSourceArgHelp}},
         1,
         [](QCommandLineParser& p) {
             p.addOptions({kFull, kDryRun});
         },
         runSync},
        {directory,
         QStringLiteral("scim-token"),
         QStringLiteral(
             "create --name NAME: a SCIM source's bearer token for the identity provider (shown once)."),
         {{QStringLiteral("create"), QStringLiteral("create: a new source, or a new token for it.")}},
         1,
         [](QCommandLineParser& p) {
             p.addOptions({kName, kOnLeave});
         },
         runScimToken},
        {directory,
         QStringLiteral("runs"),
         QStringLiteral("List a source's sync runs, or one run's entry errors (--errors RUN)."),
         {{kSourceArg, kSourceArgHelp}},
         1,
         [](QCommandLineParser& p) { p.addOption(kErrors); },
         runRuns},
    });
}

} // namespace keydesk::cli
