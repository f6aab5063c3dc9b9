// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "CliFormat.h"
#include "Command.h"
#include "TablePrinter.h"
#include "core/domain/OperatorJson.h"

namespace keydesk::cli {

namespace {

const QString kUserArg = QStringLiteral("user");
const QString kUserArgHelp = QStringLiteral("User id or email.");
const QCommandLineOption kRole(QStringLiteral("role"), QStringLiteral("admin, helpdesk or auditor."),
                               QStringLiteral("role"));

int printOne(CliContext& ctx, const Operator& op, const char* verb)
{
    if (ctx.json)
        ctx.printJson(operatorJson(op));
    else
        ctx.out() << verb << ' ' << op.email << " (" << operatorRoleName(op.role) << ")\n";
    return ExitOk;
}

QString operatorPath(const QString& user)
{
    return QStringLiteral("/operators/") + pathSegment(user);
}

int runList(CliContext& ctx, const QCommandLineParser&)
{
    auto operators = ctx.callList(QStringLiteral("/operators"), operatorFromJson);
    if (!operators)
        return ExitFailed;
    if (ctx.json)
        return ctx.printJsonList(*operators, operatorJson);
    TablePrinter table(
        {QStringLiteral("USER"), QStringLiteral("EMAIL"), QStringLiteral("NAME"), QStringLiteral("ROLE")});
    for (const Operator& op : *operators)
        table.addRow(
            {QString::number(op.userId), op.email, op.displayName,
             operatorRoleName(op.role) + (op.enabled ? QString() : QStringLiteral(" (user disabled)"))});
    table.print(ctx.out());
    ctx.out() << operators->size() << " operators\n";
    return ExitOk;
}

int runAdd(CliContext& ctx, const QCommandLineParser& p)
{
    if (!p.isSet(kRole))
        return usageError(ctx, QStringLiteral("operators add needs --role (admin, helpdesk or auditor)"));
    auto added = ctx.call(
        "POST", QStringLiteral("/operators"), {},
        {{QStringLiteral("user"), p.positionalArguments().at(0)}, {QStringLiteral("role"), p.value(kRole)}});
    return added ? printOne(ctx, operatorFromJson(*added), "added operator") : int(ExitFailed);
}

int runSetRole(CliContext& ctx, const QCommandLineParser& p)
{
    auto changed = ctx.call("PUT", operatorPath(p.positionalArguments().at(0)), {},
                            {{QStringLiteral("role"), p.positionalArguments().at(1)}});
    return changed ? printOne(ctx, operatorFromJson(*changed), "operator") : int(ExitFailed);
}

int runRemove(CliContext& ctx, const QCommandLineParser& p)
{
    auto answer = ctx.call("DELETE", operatorPath(p.positionalArguments().at(0)));
    if (!answer)
        return ExitFailed;
    const Operator removed = operatorFromJson(*answer);
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("user_id"), removed.userId},
                                  {QStringLiteral("email"), removed.email},
                                  {QStringLiteral("role"), operatorRoleName(removed.role)},
                                  {QStringLiteral("removed"), true}});
    else
        ctx.out() << "removed operator " << removed.email << " (" << operatorRoleName(removed.role)
                  << "); the user stays\n";
    return ExitOk;
}

} // namespace

QList<Command> operatorCommands()
{
    const QString operators = QStringLiteral("operators");
    return overAdminApi({
        {operators,
         QStringLiteral("list"),
         QStringLiteral("List operators and their roles."),
         {},
         0,
         {},
         runList},
        {operators,
         QStringLiteral("add"),
         QStringLiteral("Make a user an operator with a role."),
         {{kUserArg, kUserArgHelp}},
         1,
         [](QCommandLineParser& p) { p.addOption(kRole); },
         runAdd},
        {operators,
         QStringLiteral("set-role"),
         QStringLiteral("Change an operator's role."),
         {{kUserArg, kUserArgHelp}, {QStringLiteral("role"), QStringLiteral("admin, helpdesk or auditor.")}},
         2,
         {},
         runSetRole},
        {operators,
         QStringLiteral("remove"),
         QStringLiteral("Take the operator role away (the user stays)."),
         {{kUserArg, kUserArgHelp}},
         1,
         {},
         runRemove},
    });
}

} // namespace keydesk::cli
