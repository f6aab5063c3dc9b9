// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "CliFormat.h"
#include "Command.h"
#include "TablePrinter.h"

#include "core/import/UserCsvImporter.h"
#include "core/users/UserService.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <unistd.h>

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

int listUsers(CliContext& ctx, const QCommandLineParser& p, UserQuery query)
{
    qint64 limit = 0;
    qint64 offset = 0;
    if (!readPaging(ctx, p, limit, offset))
        return ExitUsage;
    return ctx.withCore([&](Core& core) -> int {
        auto total = core.users().count(query);
        if (!total)
            return ctx.fail(total.error());
        auto rows = core.users().page(query, offset, int(limit));
        if (!rows)
            return ctx.fail(rows.error());
        if (ctx.json) {
            QJsonArray users;
            for (const UserListRow& row : rows.value())
                users.append(userListRowJson(row));
            ctx.printJson(QJsonObject{{QStringLiteral("total"), total.value()},
                                      {QStringLiteral("offset"), offset},
                                      {QStringLiteral("users"), users}});
            return ExitOk;
        }
        printUserTable(ctx, rows.value());
        const qint64 shown = rows->size();
        ctx.out() << (shown == 0 ? QStringLiteral("no users match (%1 in all)").arg(total.value())
                                 : QStringLiteral("%1-%2 of %3 users")
                                       .arg(offset + 1)
                                       .arg(offset + shown)
                                       .arg(total.value()))
                  << '\n';
        return ExitOk;
    });
}

int runList(CliContext& ctx, const QCommandLineParser& p)
{
    UserQuery query;
    query.search = p.value(kSearch);
    const QString status = p.value(kStatus);
    static const QList<std::pair<QString, UserStatusFilter>> statuses = {
        {QStringLiteral("enabled"), UserStatusFilter::Enabled},
        {QStringLiteral("disabled"), UserStatusFilter::Disabled},
        {QStringLiteral("no-key"), UserStatusFilter::WithoutKey},
        {QStringLiteral("key-pending"), UserStatusFilter::KeyPending},
        {QStringLiteral("key-active"), UserStatusFilter::KeyActive}};
    if (!status.isEmpty()) {
        const auto it =
            std::find_if(statuses.begin(), statuses.end(), [&](const auto& s) { return s.first == status; });
        if (it == statuses.end())
            return usageError(ctx, QStringLiteral("unknown --status '%1'").arg(status));
        query.status = it->second;
    }
    if (p.isSet(kWindowsLogon)) {
        const QString mode = p.value(kWindowsLogon);
        if (mode == u"dedicated")
            query.windowsLogon = WindowsLogonFilter::DedicatedPc;
        else if (mode == u"shared")
            query.windowsLogon = WindowsLogonFilter::SharedPc;
        else if (mode == u"none")
            query.windowsLogon = WindowsLogonFilter::NotSetUp;
        else
            return usageError(
                ctx, QStringLiteral("--windows-logon must be dedicated, shared or none, not '%1'").arg(mode));
    }
    const QString sort = p.value(kSort);
    if (sort.isEmpty() || sort == u"name")
        query.sortColumn = UserSortColumn::DisplayName;
    else if (sort == u"email")
        query.sortColumn = UserSortColumn::Email;
    else if (sort == u"department")
        query.sortColumn = UserSortColumn::Department;
    else if (sort == u"enabled")
        query.sortColumn = UserSortColumn::Enabled;
    else
        return usageError(ctx, QStringLiteral("unknown --sort '%1'").arg(sort));
    query.descending = p.isSet(kDescending);
    if (p.isSet(kGroup)) {
        const int resolved = ctx.withCore([&](Core& core) -> int {
            auto group = core.groups().resolve(p.value(kGroup));
            if (!group)
                return ctx.fail(group.error());
            query.groupId = group->id;
            return int(ExitOk);
        });
        if (resolved != ExitOk)
            return resolved;
    }
    return listUsers(ctx, p, query);
}

int runShow(CliContext& ctx, const QCommandLineParser& p)
{
    return ctx.withCore([&](Core& core) -> int {
        auto user = core.users().resolve(p.positionalArguments().at(0));
        if (!user)
            return ctx.fail(user.error());
        auto groups = core.users().groupsOf(user->id);
        if (!groups)
            return ctx.fail(groups.error());
        AuditQuery activityQuery;
        activityQuery.targetType = QStringLiteral("user");
        activityQuery.targetId = user->id;
        auto activity = core.auditTrail().page(activityQuery, 0, 10);
        if (!activity)
            return ctx.fail(activity.error());
        auto windowsLogon = core.windowsLogons().find(user->id);
        if (!windowsLogon)
            return ctx.fail(windowsLogon.error());
        QStringList groupNames;
        for (const Group& g : groups.value())
            groupNames << g.name;
        if (ctx.json) {
            QJsonObject o = userJson(user.value());
            o.insert(QStringLiteral("groups"), QJsonArray::fromStringList(groupNames));
            o.insert(QStringLiteral("windows_logon"),
                     windowsLogon.value() ? QJsonValue(windowsLogonJson(*windowsLogon.value()))
                                          : QJsonValue());
            QJsonArray events;
            for (const AuditEvent& e : activity.value())
                events.append(auditJson(e));
            o.insert(QStringLiteral("recent_activity"), events);
            ctx.printJson(o);
            return ExitOk;
        }
        QTextStream& out = ctx.out();
        out << "ID:          " << user->id << '\n'
            << "Name:        " << user->displayName << '\n'
            << "Email:       " << user->email << '\n'
            << "UPN:         " << user->upn << '\n'
            << "Department:  " << user->department << '\n'
            << "Enabled:     " << (user->enabled ? "yes" : "no") << '\n'
            << "Source:      " << userSourceName(user->source) << '\n'
            << "Created:     " << formatTime(user->createdAtMs) << '\n'
            << "Updated:     " << formatTime(user->updatedAtMs) << '\n'
            << "Windows:     "
            << (windowsLogon.value() ? windowsLogon.value()->describe() : QStringLiteral("not set up"))
            << '\n'
            << "Groups:      "
            << (groupNames.isEmpty() ? QStringLiteral("-") : groupNames.join(QStringLiteral(", "))) << '\n';
        if (!activity->isEmpty()) {
            out << "\nRecent activity:\n";
            for (const AuditEvent& e : activity.value())
                out << "  " << formatTime(e.atMs) << "  " << e.action << "  by " << e.actor << '\n';
        }
        return ExitOk;
    });
}

int runAdd(CliContext& ctx, const QCommandLineParser& p)
{
    if (!p.isSet(kName) || !p.isSet(kEmail))
        return usageError(ctx, QStringLiteral("'users add' needs --name and --email"));
    const UserFields fields{p.value(kName), p.value(kEmail), p.value(kUpn), p.value(kDepartment)};
    return ctx.withCore([&](Core& core) -> int {
        QList<Group> groups;
        for (const QString& name : p.values(kGroup)) {
            auto group = core.groups().resolve(name);
            if (!group)
                return ctx.fail(group.error());
            groups << group.value();
        }
        auto change = core.users().create(core.actor(), fields, groups);
        if (!change)
            return ctx.fail(change.error());
        const User& user = change->user;
        if (ctx.json)
            ctx.printJson(userJson(user));
        else
            ctx.out() << "added user " << user.id << " <" << user.email << ">\n";
        if (change->entersScope)
            runScopeChangeWorkflows(ctx);
        return ExitOk;
    });
}

int runEdit(CliContext& ctx, const QCommandLineParser& p)
{
    if (!p.isSet(kName) && !p.isSet(kEmail) && !p.isSet(kUpn) && !p.isSet(kDepartment))
        return usageError(
            ctx, QStringLiteral("'users edit' needs at least one of --name, --email, --upn, --department"));
    return ctx.withCore([&](Core& core) -> int {
        auto current = core.users().resolve(p.positionalArguments().at(0));
        if (!current)
            return ctx.fail(current.error());
        UserFields fields{current->displayName, current->email, current->upn, current->department};
        if (p.isSet(kName))
            fields.displayName = p.value(kName);
        if (p.isSet(kEmail))
            fields.email = p.value(kEmail);
        if (p.isSet(kUpn))
            fields.upn = p.value(kUpn);
        if (p.isSet(kDepartment))
            fields.department = p.value(kDepartment);
        auto change = core.users().edit(core.actor(), current->id, fields, std::nullopt);
        if (!change)
            return ctx.fail(change.error());
        const User& updated = change->user;
        if (ctx.json)
            ctx.printJson(userJson(updated));
        else
            ctx.out() << "updated user " << updated.id << " <" << updated.email << ">\n";
        return ExitOk;
    });
}

int runSetEnabled(CliContext& ctx, const QCommandLineParser& p, bool enabled)
{
    return ctx.withCore([&](Core& core) -> int {
        auto user = core.users().resolve(p.positionalArguments().at(0));
        if (!user)
            return ctx.fail(user.error());
        auto change = core.users().setEnabled(core.actor(), user->id, enabled);
        if (!change)
            return ctx.fail(change.error());
        if (ctx.json)
            ctx.printJson(
                QJsonObject{{QStringLiteral("id"), user->id}, {QStringLiteral("enabled"), enabled}});
        else
            ctx.out() << (enabled ? "enabled" : "disabled") << " user " << user->id << " <" << user->email
                      << ">\n";
        if (change->entersScope)
            runScopeChangeWorkflows(ctx);
        return ExitOk;
    });
}

QJsonArray changesJson(const QList<UserImportChange>& changes)
{
    QJsonArray array;
    for (const UserImportChange& c : changes)
        array.append(QJsonObject{{QStringLiteral("line"), c.line},
                                 {QStringLiteral("email"), c.email},
                                 {QStringLiteral("action"), c.action},
                                 {QStringLiteral("details"), QJsonArray::fromStringList(c.details)}});
    return array;
}

// The first changes, one line each, so an operator can check a file before importing it.
void printChanges(QTextStream& out, const QList<UserImportChange>& changes)
{
    constexpr qsizetype kShown = 50;
    TablePrinter table({QStringLiteral("LINE"), QStringLiteral("ACTION"), QStringLiteral("EMAIL"),
                        QStringLiteral("DETAILS")});
    for (qsizetype i = 0; i < std::min(kShown, changes.size()); ++i) {
        const UserImportChange& c = changes[i];
        table.addRow({QString::number(c.line), c.action, c.email, c.details.join(QStringLiteral("; "))});
    }
    if (changes.isEmpty())
        return;
    out << '\n';
    table.print(out);
    if (changes.size() > kShown)
        out << "... and " << changes.size() - kShown << " more changes (--json lists them all)\n";
}

int runImport(CliContext& ctx, const QCommandLineParser& p)
{
    const QString path = p.positionalArguments().at(0);
    const bool dryRun = p.isSet(kDryRun);
    auto file = UserCsvImporter::readFile(path);
    if (!file) {
        ctx.err() << "keydesk-cli: " << path << " was not imported; nothing was changed:\n";
        for (const QString& line : file.error().split(u'\n'))
            ctx.err() << "  " << line << '\n';
        ctx.err().flush();
        return ExitFailed;
    }
    return ctx.withCore([&](Core& core) -> int {
        // Progress on stderr: a rewriting line on a terminal, a line per tenth otherwise.
        const bool terminal = isatty(STDERR_FILENO) == 1;
        qint64 lastTenth = -1;
        QElapsedTimer timer;
        timer.start();
        const auto progress = [&](qint64 done, qint64 total) {
            const qint64 tenth = total > 0 ? done * 10 / total : 10;
            if (terminal) {
                ctx.err() << "\rimporting: " << done << '/' << total << " rows";
                if (done == total)
                    ctx.err() << '\n';
                ctx.err().flush();
            } else if (tenth != lastTenth) {
                ctx.err() << "importing: " << done << '/' << total << " rows\n";
                ctx.err().flush();
            }
            lastTenth = tenth;
            return true;
        };
        auto summary = UserCsvImporter::apply(core.store(), file.value(), dryRun, progress);
        if (!summary)
            return ctx.fail(summary.error());
        const UserImportSummary& s = summary.value();
        if (ctx.json) {
            ctx.printJson(
                QJsonObject{{QStringLiteral("dry_run"), dryRun},
                            {QStringLiteral("rows"), s.rows},
                            {QStringLiteral("created"), s.created},
                            {QStringLiteral("updated"), s.updated},
                            {QStringLiteral("unchanged"), s.unchanged},
                            {QStringLiteral("memberships_added"), s.membershipsAdded},
                            {QStringLiteral("groups_created"), QJsonArray::fromStringList(s.groupsCreated)},
                            {QStringLiteral("changes"), changesJson(s.changes)}});
            return ExitOk;
        }
        QTextStream& out = ctx.out();
        out << (dryRun ? "dry run, nothing was changed; the import would:\n" : "imported ")
            << (dryRun ? "  " : "") << s.rows << " rows: " << s.created << " users created, " << s.updated
            << " updated, " << s.unchanged << " unchanged, " << s.membershipsAdded
            << " group memberships added";
        if (!s.groupsCreated.isEmpty())
            out << ", new groups: " << s.groupsCreated.join(QStringLiteral(", "));
        out << " (" << timer.elapsed() << " ms)\n";
        if (dryRun)
            printChanges(out, s.changes);
        else
            runScopeChangeWorkflows(ctx);
        return ExitOk;
    });
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
    return {
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
         runImport},
    };
}

// `groups members` lists a group's users with the same table as `users list`.
int listGroupMembers(CliContext& ctx, const QCommandLineParser& p, qint64 groupId)
{
    UserQuery query;
    query.groupId = groupId;
    return listUsers(ctx, p, query);
}

void addPagingOptions(QCommandLineParser& p)
{
    p.addOptions({kLimit, kOffset});
}

} // namespace keydesk::cli
