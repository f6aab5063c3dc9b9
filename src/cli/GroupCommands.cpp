// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "CliFormat.h"
#include "Command.h"
#include "TablePrinter.h"
#include "core/users/UserService.h"

#include <QJsonArray>

namespace keydesk::cli {

namespace {

const QCommandLineOption kDescription(QStringLiteral("description"), QStringLiteral("What the group is for."),
                                      QStringLiteral("text"));
const QString kGroupArg = QStringLiteral("group");
const QString kGroupArgHelp = QStringLiteral("Group name or id.");
const QString kUserArg = QStringLiteral("user");
const QString kUserArgHelp = QStringLiteral("User id or email.");

int runList(CliContext& ctx, const QCommandLineParser&)
{
    return ctx.withCore([&](Core& core) -> int {
        auto groups = core.groups().list();
        if (!groups)
            return ctx.fail(groups.error());
        if (ctx.json)
            return ctx.printJsonList(groups.value(), groupJson);
        TablePrinter table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("MEMBERS"),
                            QStringLiteral("DESCRIPTION")});
        for (const Group& g : groups.value())
            table.addRow({QString::number(g.id), g.name, QString::number(g.memberCount), g.description});
        table.print(ctx.out());
        ctx.out() << groups->size() << " groups\n";
        return ExitOk;
    });
}

int runAdd(CliContext& ctx, const QCommandLineParser& p)
{
    return ctx.withCore([&](Core& core) -> int {
        auto group = core.groups().create(core.actor(), p.positionalArguments().at(0), p.value(kDescription));
        if (!group)
            return ctx.fail(group.error());
        if (ctx.json)
            ctx.printJson(groupJson(group.value()));
        else
            ctx.out() << "added group " << group->id << " '" << group->name << "'\n";
        return ExitOk;
    });
}

int runRename(CliContext& ctx, const QCommandLineParser& p)
{
    return ctx.withCore([&](Core& core) -> int {
        auto group = core.groups().resolve(p.positionalArguments().at(0));
        if (!group)
            return ctx.fail(group.error());
        const QString newName = p.positionalArguments().at(1);
        if (Status s = core.groups().rename(core.actor(), group->id, newName); !s)
            return ctx.fail(s.error());
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("id"), group->id}, {QStringLiteral("name"), newName}});
        else
            ctx.out() << "renamed group " << group->id << " '" << group->name << "' to '" << newName << "'\n";
        return ExitOk;
    });
}

int runRemove(CliContext& ctx, const QCommandLineParser& p)
{
    return ctx.withCore([&](Core& core) -> int {
        auto group = core.groups().resolve(p.positionalArguments().at(0));
        if (!group)
            return ctx.fail(group.error());
        if (Status s = core.groups().remove(core.actor(), group->id); !s)
            return ctx.fail(s.error());
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("id"), group->id}, {QStringLiteral("removed"), true}});
        else
            ctx.out() << "removed group " << group->id << " '" << group->name << "' (" << group->memberCount
                      << " memberships)\n";
        return ExitOk;
    });
}

int runMembers(CliContext& ctx, const QCommandLineParser& p)
{
    return ctx.withCore([&](Core& core) -> int {
        auto group = core.groups().resolve(p.positionalArguments().at(0));
        if (!group)
            return ctx.fail(group.error());
        return listGroupMembers(ctx, p, group->id);
    });
}

int runMembership(CliContext& ctx, const QCommandLineParser& p, bool add)
{
    return ctx.withCore([&](Core& core) -> int {
        auto group = core.groups().resolve(p.positionalArguments().at(0));
        if (!group)
            return ctx.fail(group.error());
        auto user = core.users().resolve(p.positionalArguments().at(1));
        if (!user)
            return ctx.fail(user.error());
        auto change = add ? core.users().joinGroup(core.actor(), group->id, user->id)
                          : core.users().leaveGroup(core.actor(), group->id, user->id);
        if (!change)
            return ctx.fail(change.error());
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("group_id"), group->id},
                                      {QStringLiteral("user_id"), user->id},
                                      {QStringLiteral("member"), add}});
        else
            ctx.out() << (add ? "added " : "removed ") << user->email << (add ? " to '" : " from '")
                      << group->name << "'\n";
        if (change->entersScope)
            runScopeChangeWorkflows(ctx);
        return ExitOk;
    });
}

} // namespace

QList<Command> groupCommands()
{
    const QString groups = QStringLiteral("groups");
    return {
        {groups,
         QStringLiteral("list"),
         QStringLiteral("List groups with member counts."),
         {},
         0,
         {},
         runList},
        {groups,
         QStringLiteral("add"),
         QStringLiteral("Create a group."),
         {{QStringLiteral("name"), QStringLiteral("Group name.")}},
         1,
         [](QCommandLineParser& p) { p.addOption(kDescription); },
         runAdd},
        {groups,
         QStringLiteral("rename"),
         QStringLiteral("Rename a group."),
         {{kGroupArg, kGroupArgHelp}, {QStringLiteral("new-name"), QStringLiteral("New name.")}},
         2,
         {},
         runRename},
        {groups,
         QStringLiteral("remove"),
         QStringLiteral("Delete a group (its users stay)."),
         {{kGroupArg, kGroupArgHelp}},
         1,
         {},
         runRemove},
        {groups,
         QStringLiteral("members"),
         QStringLiteral("List a group's members."),
         {{kGroupArg, kGroupArgHelp}},
         1,
         addPagingOptions,
         runMembers},
        {groups,
         QStringLiteral("add-member"),
         QStringLiteral("Add a user to a group."),
         {{kGroupArg, kGroupArgHelp}, {kUserArg, kUserArgHelp}},
         2,
         {},
         [](CliContext& c, const QCommandLineParser& p) {
             return runMembership(c, p, true);
         }},
        {groups,
         QStringLiteral("remove-member"),
         QStringLiteral("Remove a user from a group."),
         {{kGroupArg, kGroupArgHelp}, {kUserArg, kUserArgHelp}},
         2,
         {},
         [](CliContext& c, const QCommandLineParser& p) {
             return runMembership(c, p, false);
         }},
    };
}

} // namespace keydesk::cli
