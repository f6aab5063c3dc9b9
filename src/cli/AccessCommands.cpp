// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// `keydesk-cli sessions …` and `tokens …`: who may use the team server (docs/operators.md).
#include "CliFormat.h"
#include "Command.h"
#include "TablePrinter.h"
#include "core/access/AccessService.h"
#include "core/domain/OperatorJson.h"

namespace keydesk::cli {

namespace {

const QCommandLineOption kOperator(QStringLiteral("operator"),
                                   QStringLiteral("The operator (user id or email)."),
                                   QStringLiteral("user"));
const QCommandLineOption kName(QStringLiteral("name"),
                               QStringLiteral("The token's name: letters, digits, '.', '_', '-'."),
                               QStringLiteral("name"));
const QCommandLineOption kExpiresDays(QStringLiteral("expires-days"),
                                      QStringLiteral("Days until the token stops working (default: never)."),
                                      QStringLiteral("days"));

int runSessionsList(CliContext& ctx, const QCommandLineParser&)
{
    return ctx.withCore([&](Core& core) -> int {
        auto sessions = core.access().sessions(core.actor());
        if (!sessions)
            return ctx.fail(sessions.error());
        if (ctx.json)
            return ctx.printJsonList(sessions.value(), sessionJson);
        TablePrinter table({QStringLiteral("ID"), QStringLiteral("OPERATOR"), QStringLiteral("ROLE"),
                            QStringLiteral("DESK"), QStringLiteral("SIGNED IN"), QStringLiteral("LAST USED"),
                            QStringLiteral("ENDS")});
        for (const OperatorSession& s : sessions.value())
            table.addRow({s.id, s.email, operatorRoleName(s.role), s.desk, formatTime(s.createdAtMs),
                          formatTime(s.lastUsedAtMs), formatTime(s.expiresAtMs)});
        table.print(ctx.out());
        ctx.out() << countText(sessions->size(), "session", "sessions") << '\n';
        return ExitOk;
    });
}

int runSessionsRevoke(CliContext& ctx, const QCommandLineParser& p)
{
    return ctx.withCore([&](Core& core) -> int {
        auto ended = core.access().endSession(core.actor(), p.positionalArguments().at(0));
        if (!ended)
            return ctx.fail(ended.error());
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("id"), ended->id},
                                      {QStringLiteral("email"), ended->email},
                                      {QStringLiteral("revoked"), true}});
        else
            ctx.out() << "revoked session " << ended->id << " of " << ended->email << " (" << ended->desk
                      << ")\n";
        return ExitOk;
    });
}

int runTokensCreate(CliContext& ctx, const QCommandLineParser& p)
{
    if (!p.isSet(kOperator) || !p.isSet(kName))
        return usageError(ctx, QStringLiteral("tokens create needs --operator and --name"));
    std::optional<int> days;
    if (p.isSet(kExpiresDays)) {
        const qint64 n = parseCount(p.value(kExpiresDays));
        if (n < 0 || n > std::numeric_limits<int>::max())
            return usageError(ctx, QStringLiteral("--expires-days takes a number of days"));
        days = int(n);
    }
    return ctx.withCore([&](Core& core) -> int {
        auto created = core.access().createToken(core.actor(), p.value(kOperator), p.value(kName), days);
        if (!created)
            return ctx.fail(created.error());
        if (ctx.json) {
            QJsonObject json = tokenJson(created->token);
            json.insert(QStringLiteral("token"), created->secret);
            ctx.printJson(json);
        } else {
            ctx.out() << "created token " << created->token.name << " for " << created->token.email << " ("
                      << operatorRoleName(created->token.role) << ")"
                      << (created->token.expiresAtMs
                              ? QStringLiteral(", until ") + formatTime(*created->token.expiresAtMs)
                              : QString())
                      << "\n"
                      << created->secret << "\n"
                      << "It is shown only now; keep it where your scripts keep secrets.\n";
        }
        return ExitOk;
    });
}

int runTokensList(CliContext& ctx, const QCommandLineParser&)
{
    return ctx.withCore([&](Core& core) -> int {
        auto tokens = core.access().tokens(core.actor());
        if (!tokens)
            return ctx.fail(tokens.error());
        if (ctx.json)
            return ctx.printJsonList(tokens.value(), tokenJson);
        const qint64 now = core.clock().nowMs();
        TablePrinter table({QStringLiteral("NAME"), QStringLiteral("OPERATOR"), QStringLiteral("ROLE"),
                            QStringLiteral("CREATED"), QStringLiteral("EXPIRES"),
                            QStringLiteral("LAST USED")});
        for (const ApiToken& t : tokens.value()) {
            QString expires = QStringLiteral("never");
            if (t.expiresAtMs)
                expires = formatTime(*t.expiresAtMs) +
                          (*t.expiresAtMs <= now ? QStringLiteral(" (expired)") : QString());
            table.addRow({t.name, t.email, operatorRoleName(t.role), formatTime(t.createdAtMs), expires,
                          t.lastUsedAtMs ? formatTime(*t.lastUsedAtMs) : QStringLiteral("never")});
        }
        table.print(ctx.out());
        ctx.out() << countText(tokens->size(), "token", "tokens") << '\n';
        return ExitOk;
    });
}

int runTokensRevoke(CliContext& ctx, const QCommandLineParser& p)
{
    return ctx.withCore([&](Core& core) -> int {
        auto revoked = core.access().revokeToken(core.actor(), p.positionalArguments().at(0));
        if (!revoked)
            return ctx.fail(revoked.error());
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("name"), revoked->name},
                                      {QStringLiteral("email"), revoked->email},
                                      {QStringLiteral("revoked"), true}});
        else
            ctx.out() << "revoked token " << revoked->name << " of " << revoked->email << "\n";
        return ExitOk;
    });
}

} // namespace

QList<Command> accessCommands()
{
    const QString sessions = QStringLiteral("sessions");
    const QString tokens = QStringLiteral("tokens");
    return {
        {sessions,
         QStringLiteral("list"),
         QStringLiteral("List the operators' open sessions."),
         {},
         0,
         {},
         runSessionsList},
        {sessions,
         QStringLiteral("revoke"),
         QStringLiteral("End a session at once."),
         {{QStringLiteral("id"), QStringLiteral("The session's id (sessions list).")}},
         1,
         {},
         runSessionsRevoke},
        {tokens,
         QStringLiteral("create"),
         QStringLiteral("Create an API token for an operator; prints it once."),
         {},
         0,
         [](QCommandLineParser& p) {
             p.addOption(kOperator);
             p.addOption(kName);
             p.addOption(kExpiresDays);
         },
         runTokensCreate},
        {tokens,
         QStringLiteral("list"),
         QStringLiteral("List API tokens (never their secrets)."),
         {},
         0,
         {},
         runTokensList},
        {tokens,
         QStringLiteral("revoke"),
         QStringLiteral("Revoke an API token at once."),
         {{QStringLiteral("name"), QStringLiteral("The token's name.")}},
         1,
         {},
         runTokensRevoke},
    };
}

} // namespace keydesk::cli
