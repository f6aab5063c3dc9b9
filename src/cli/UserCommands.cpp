// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "CliFormat.h"
#include "Command.h"
#include "TablePrinter.h"

#include "core/domain/UserQuery.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace keydesk::cli {

namespace {

const QCommandLineOption kName(QStringLiteral("name"), QStringLiteral("Display name."),
                               QStringLiteral("text"));
const QCommandLineOption kEmail(QStringLiteral("email"), QStringLiteral("Email address (unique)."),
                                QStringLiteral("address"));
const QCommandLineOption kUpn(QStringLiteral("upn"), QStringLiteral("User principal name."),
                              QStringLiteral("name"));
const QCommandLineOption kDepartment(QStringLiteral("department"), QStringLiteral("Department."),
                                     QStringLiteral("text"));
const QCommandLineOption kGroup(QStringLiteral("group"), QStringLiteral("Group (name or id); repeatable."),
                                QStringLiteral("group"));
const QCommandLineOption kSearch(QStringLiteral("search"),
                                 QStringLiteral("Words that name, email, UPN or department start with."),
                                 QStringLiteral("text"));
const QCommandLineOption kStatus(QStringLiteral("status"),
                                 QStringLiteral("enabled, disabled, no-key, key-pending or key-active."),
                                 QStringLiteral("status"));
const QCommandLineOption kWindowsLogon(QStringLiteral("windows-logon"),
                                       QStringLiteral("Windows sign-in: dedicated, shared or none."),
                                       QStringLiteral("mode"));
const QCommandLineOption kSort(QStringLiteral("sort"),
                               QStringLiteral("name (default), email, department, enabled."),
                               QStringLiteral("column"));
const QCommandLineOption kDescending(QStringLiteral("desc"), QStringLiteral("Sort descending."));
const QCommandLineOption kLimit(QStringLiteral("limit"), QStringLiteral("Rows to show (default 50)."),
                                QStringLiteral("n"), QStringLiteral("50"));
const QCommandLineOption kOffset(QStringLiteral("offset"), QStringLiteral("Rows to skip (default 0)."),
                                 QStringLiteral("n"), QStringLiteral("0"));
const QCommandLineOption kDryRun(QStringLiteral("dry-run"),
                                 QStringLiteral("Show what would change; change nothing."));

const QString kUserArg = QStringLiteral("user");
const QString kUserArgHelp = QStringLiteral("User id or email.");

// Parses the list options shared by `users list` and `groups members`.
bool readPaging(CliContext& ctx, const QCommandLineParser& p, qint64& limit, qint64& offset)
{
    limit = parseCount(p.value(kLimit));
    offset = parseCount(p.value(kOffset));
    if (limit < 1 || limit > 100000) {
        usageError(ctx, QStringLiteral("--limit must be a number from 1 to 100000"));
        return false;
    }
    if (offset < 0) {
        usageError(ctx, QStringLiteral("--offset must be a non-negative number"));
        return false;
    }
    return true;
}

void printUserTable(CliContext& ctx, const QList<UserListRow>& rows)
{
    TablePrinter table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("EMAIL"),
                        QStringLiteral("DEPARTMENT"), QStringLiteral("GROUPS"), QStringLiteral("KEYS"),
                        QStringLiteral("ENABLED")});
    for (const UserListRow& row : rows)
        table.addRow({QString::number(row.user.id), row.user.displayName, row.user.email, row.user.department,
                      row.groups.join(QStringLiteral(", ")), keySummaryText(row.keys),
                      row.user.enabled ? QStringLiteral("yes") : QStringLiteral("no")});
    table.print(ctx.out());
}

// `users list` and `groups members`: one page of the All Users list, by the admin API's query.
int listUsers(CliContext& ctx, const QCommandLineParser& p, QUrlQuery query)
{
    qint64 limit = 0;
    qint64 offset = 0;
    if (!readPaging(ctx, p, limit, offset))
        return ExitUsage;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    auto answer = ctx.call("GET", QStringLiteral("/users"), query);
    if (!answer)
        return ExitFailed;
    if (ctx.json) {
        ctx.printJson(*answer);
        return ExitOk;
    }
    QList<UserListRow> rows;
    for (const QJsonValue& row : answer->value(QStringLiteral("users")).toArray())
        rows << userListRowFromJson(row.toObject());
    const qint64 total = answer->value(QStringLiteral("total")).toInteger();
    printUserTable(ctx, rows);
    const qint64 shown = rows.size();
    ctx.out() << (shown == 0
                      ? QStringLiteral("no users match (%1 in all)").arg(total)
                      : QStringLiteral("%1-%2 of %3 users").arg(offset + 1).arg(offset + shown).arg(total))
              << '\n';
    return ExitOk;
}

int runList(CliContext& ctx, const QCommandLineParser& p)
{
    QUrlQuery query;
    if (p.isSet(kSearch))
        query.addQueryItem(QStringLiteral("search"), p.value(kSearch));
    if (const QString status = p.value(kStatus); !status.isEmpty()) {
        if (!userStatusFilterFromName(status))
            return usageError(ctx, QStringLiteral("unknown --status '%1'").arg(status));
        query.addQueryItem(QStringLiteral("status"), status);
    }
    if (p.isSet(kWindowsLogon)) {
        const QString mode = p.value(kWindowsLogon);
        if (!windowsLogonFilterFromName(mode))
            return usageError(
                ctx, QStringLiteral("--windows-logon must be dedicated, shared or none, not '%1'").arg(mode));
        query.addQueryItem(QStringLiteral("windows_logon"), mode);
    }
    if (const QString sort = p.value(kSort); !sort.isEmpty()) {
        if (!userSortColumnFromName(sort))
            return usageError(ctx, QStringLiteral("unknown --sort '%1'").arg(sort));
        query.addQueryItem(QStringLiteral("sort"), sort);
    }
    if (p.isSet(kDescending))
        query.addQueryItem(QStringLiteral("desc"), QStringLiteral("true"));
    if (p.isSet(kGroup))
        query.addQueryItem(QStringLiteral("group"), p.value(kGroup));
    return listUsers(ctx, p, query);
}

int runShow(CliContext& ctx, const QCommandLineParser& p)
{
    auto answer = ctx.call("GET", QStringLiteral("/users/") + pathSegment(p.positionalArguments().at(0)));
    if (!answer)
        return ExitFailed;
    if (ctx.json) {
        ctx.printJson(*answer);
        return ExitOk;
    }
    const User user = userFromJson(*answer);
    QStringList groupNames;
    for (const QJsonValue& name : answer->value(QStringLiteral("groups")).toArray())
        groupNames << name.toString();
    const QJsonValue windowsLogon = answer->value(QStringLiteral("windows_logon"));
    QTextStream& out = ctx.out();
    out << "ID:          " << user.id << '\n'
        << "Name:        " << user.displayName << '\n'
        << "Email:       " << user.email << '\n'
        << "UPN:         " << user.upn << '\n'
        << "Department:  " << user.department << '\n'
        << "Enabled:     " << (user.enabled ? "yes" : "no") << '\n'
        << "Source:      "
        << (answer->contains(QStringLiteral("directory_source"))
                ? QStringLiteral(
                      "directory source %1 (name, email, UPN, department and state are changed there)")
                      .arg(answer->value(QStringLiteral("directory_source")).toString())
                : userSourceName(user.source))
        << '\n'
        << "Created:     " << formatTime(user.createdAtMs) << '\n'
        << "Updated:     " << formatTime(user.updatedAtMs) << '\n'
        << "Windows:     "
        << (windowsLogon.isObject() ? windowsLogonFromJson(windowsLogon.toObject()).describe()
                                    : QStringLiteral("not set up"))
        << '\n'
        << "Groups:      "
        << (groupNames.isEmpty() ? QStringLiteral("-") : groupNames.join(QStringLiteral(", "))) << '\n';
    const QJsonArray activity = answer->value(QStringLiteral("recent_activity")).toArray();
    if (!activity.isEmpty()) {
        out << "\nRecent activity:\n";
        for (const QJsonValue& value : activity) {
            const AuditEvent e = auditFromJson(value.toObject());
            out << "  " << formatTime(e.atMs) << "  " << e.action << "  by " << e.actor << '\n';
        }
    }
    return ExitOk;
}

int runAdd(CliContext& ctx, const QCommandLineParser& p)
{
    if (!p.isSet(kName) || !p.isSet(kEmail))
        return usageError(ctx, QStringLiteral("'users add' needs --name and --email"));
    auto answer = ctx.call("POST", QStringLiteral("/users"), {},
                           {{QStringLiteral("display_name"), p.value(kName)},
                            {QStringLiteral("email"), p.value(kEmail)},
                            {QStringLiteral("upn"), p.value(kUpn)},
                            {QStringLiteral("department"), p.value(kDepartment)},
                            {QStringLiteral("groups"), QJsonArray::fromStringList(p.values(kGroup))}});
    if (!answer)
        return ExitFailed;
    const User user = userFromJson(*answer);
    if (ctx.json)
        ctx.printJson(userJson(user));
    else
        ctx.out() << "added user " << user.id << " <" << user.email << ">\n";
    reportWorkflows(ctx, *answer);
    return ExitOk;
}

int runEdit(CliContext& ctx, const QCommandLineParser& p)
{
    if (!p.isSet(kName) && !p.isSet(kEmail) && !p.isSet(kUpn) && !p.isSet(kDepartment))
        return usageError(
            ctx, QStringLiteral("'users edit' needs at least one of --name, --email, --upn, --department"));
    QJsonObject change;
    for (const auto& [option, field] : {std::pair{&kName, "display_name"}, std::pair{&kEmail, "email"},
                                        std::pair{&kUpn, "upn"}, std::pair{&kDepartment, "department"}}) {
        if (p.isSet(*option))
            change.insert(QLatin1String(field), p.value(*option));
    }
    auto answer =
        ctx.call("PUT", QStringLiteral("/users/") + pathSegment(p.positionalArguments().at(0)), {}, change);
    if (!answer)
        return ExitFailed;
    const User updated = userFromJson(*answer);
    if (ctx.json)
        ctx.printJson(userJson(updated));
    else
        ctx.out() << "updated user " << updated.id << " <" << updated.email << ">\n";
    return ExitOk;
}

int runSetEnabled(CliContext& ctx, const QCommandLineParser& p, bool enabled)
{
    auto answer = ctx.call("PUT", QStringLiteral("/users/") + pathSegment(p.positionalArguments().at(0)), {},
                           {{QStringLiteral("enabled"), enabled}});
    if (!answer)
        return ExitFailed;
    const User user = userFromJson(*answer);
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("id"), user.id}, {QStringLiteral("enabled"), enabled}});
    else
        ctx.out() << (enabled ? "enabled" : "disabled") << " user " << user.id << " <" << user.email << ">\n";
    reportWorkflows(ctx, *answer);
    return ExitOk;
}

} // namespace

QList<Command> userCommands()
{
    const auto listOptions = [](QCommandLineParser& p) {
        p.addOptions({kSearch, kGroup, kStatus, kWindowsLogon, kSort, kDescending, kLimit, kOffset});
    };
    const auto fieldOptions = [](QCommandLineParser& p) {
        p.addOptions({kName, kEmail, kUpn, kDepartment});
    };
    return overAdminApi({
        {QStringLiteral("users"),
         QStringLiteral("list"),
         QStringLiteral("List users: search, filter, sort, page."),
         {},
         0,
         listOptions,
         runList},
        {QStringLiteral("users"),
         QStringLiteral("show"),
         QStringLiteral("Show one user, its groups and recent activity."),
         {{kUserArg, kUserArgHelp}},
         1,
         {},
         runShow},
        {QStringLiteral("users"),
         QStringLiteral("add"),
         QStringLiteral("Add a user."),
         {},
         0,
         [](QCommandLineParser& p) {
             p.addOptions({kName, kEmail, kUpn, kDepartment, kGroup});
         },
         runAdd},
        {QStringLiteral("users"),
         QStringLiteral("edit"),
         QStringLiteral("Change a user's name, email, UPN or department."),
         {{kUserArg, kUserArgHelp}},
         1,
         fieldOptions,
         runEdit},
        {QStringLiteral("users"),
         QStringLiteral("disable"),
         QStringLiteral("Disable a user."),
         {{kUserArg, kUserArgHelp}},
         1,
         {},
         [](CliContext& c, const QCommandLineParser& p) {
             return runSetEnabled(c, p, false);
         }},
        {QStringLiteral("users"),
         QStringLiteral("enable"),
         QStringLiteral("Enable a user."),
         {{kUserArg, kUserArgHelp}},
         1,
         {},
         [](CliContext& c, const QCommandLineParser& p) {
             return runSetEnabled(c, p, true);
         }},
        {QStringLiteral("users"),
         QStringLiteral("import"),
         QStringLiteral("Import users from CSV (display_name,email,upn,department,groups); all or nothing."),
         {{QStringLiteral("file"), QStringLiteral("CSV file, UTF-8.")}},
         1,
         [](QCommandLineParser& p) { p.addOption(kDryRun); },
         [](CliContext& c, const QCommandLineParser& p) {
             return runUserImport(c, p.positionalArguments().at(0), p.isSet(kDryRun));
         }},
    });
}

// `groups members` lists a group's users with the same table as `users list`.
int listGroupMembers(CliContext& ctx, const QCommandLineParser& p, const QString& group)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("group"), group);
    return listUsers(ctx, p, query);
}

void reportWorkflows(CliContext& ctx, const QJsonObject& answer)
{
    const QJsonObject workflows = answer.value(QStringLiteral("workflows")).toObject();
    if (workflows.contains(QStringLiteral("error"))) {
        ctx.err() << "keydesk-cli: workflows not run: " << workflows.value(QStringLiteral("error")).toString()
                  << '\n';
        return;
    }
    const qint64 assigned = workflows.value(QStringLiteral("keys_assigned")).toInteger();
    if (!ctx.json && assigned > 0)
        ctx.out() << "workflows: " << countText(assigned, "key", "keys")
                  << " assigned to users who entered their scope\n";
}

void addPagingOptions(QCommandLineParser& p)
{
    p.addOptions({kLimit, kOffset});
}

} // namespace keydesk::cli
