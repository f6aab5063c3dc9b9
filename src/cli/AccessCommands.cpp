// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// `keydesk-cli sessions …` and `tokens …`: who may use the team server (docs/operators.md).
#include "CliFormat.h"
#include "Command.h"
#include "TablePrinter.h"
#include "core/domain/OperatorJson.h"

#include <QDateTime>

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
    auto sessions = ctx.callList(QStringLiteral("/sessions"), sessionFromJson);
    if (!sessions)
        return ExitFailed;
    if (ctx.json)
        return ctx.printJsonList(*sessions, sessionJson);
    TablePrinter table({QStringLiteral("ID"), QStringLiteral("OPERATOR"), QStringLiteral("ROLE"),
                        QStringLiteral("DESK"), QStringLiteral("SIGNED IN"), QStringLiteral("LAST USED"),
                        QStringLiteral("ENDS")});
    for (const OperatorSession& s : *sessions)
        table.addRow({s.id, s.email, operatorRoleName(s.role), s.desk, formatTime(s.createdAtMs),
                      formatTime(s.lastUsedAtMs), formatTime(s.expiresAtMs)});
    table.print(ctx.out());
    ctx.out() << countText(sessions->size(), "session", "sessions") << '\n';
    return ExitOk;
}

int runSessionsRevoke(CliContext& ctx, const QCommandLineParser& p)
{
    auto answer =
        ctx.call("DELETE", QStringLiteral("/sessions/") + pathSegment(p.positionalArguments().at(0)));
    if (!answer)
        return ExitFailed;
    const OperatorSession ended = sessionFromJson(*answer);
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("id"), ended.id},
                                  {QStringLiteral("email"), ended.email},
                                  {QStringLiteral("revoked"), true}});
    else
        ctx.out() << "revoked session " << ended.id << " of " << ended.email << " (" << ended.desk << ")\n";
    return ExitOk;
}

int runTokensCreate(CliContext& ctx, const QCommandLineParser& p)
{
    if (!p.isSet(kOperator) || !p.isSet(kName))
        return usageError(ctx, QStringLiteral("tokens create needs --operator and --name"));
    QJsonObject request{{QStringLiteral("operator"), p.value(kOperator)},
                        {QStringLiteral("name"), p.value(kName)}};
    if (p.isSet(kExpiresDays)) {
        const qint64 n = parseCount(p.value(kExpiresDays));
        if (n < 0 || n > std::numeric_limits<int>::max())
            return usageError(ctx, QStringLiteral("--expires-days takes a number of days"));
        request.insert(QStringLiteral("expiresDays"), n);
    }
    auto answer = ctx.call("POST", QStringLiteral("/tokens"), {}, request);
    if (!answer)
        return ExitFailed;
    const ApiToken token = tokenFromJson(*answer);
    const QString secret = answer->value(QStringLiteral("token")).toString();
    if (ctx.json) {
        QJsonObject json = tokenJson(token);
        json.insert(QStringLiteral("token"), secret);
        ctx.printJson(json);
    } else {
        ctx.out() << "created token " << token.name << " for " << token.email << " ("
                  << operatorRoleName(token.role) << ")"
                  << (token.expiresAtMs ? QStringLiteral(", until ") + formatTime(*token.expiresAtMs)
                                        : QString())
                  << "\n"
                  << secret << "\n"
                  << "It is shown only now; keep it where your scripts keep secrets.\n";
    }
    return ExitOk;
}

int runTokensList(CliContext& ctx, const QCommandLineParser&)
{
    auto tokens = ctx.callList(QStringLiteral("/tokens"), tokenFromJson);
    if (!tokens)
        return ExitFailed;
    if (ctx.json)
        return ctx.printJsonList(*tokens, tokenJson);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    TablePrinter table({QStringLiteral("NAME"), QStringLiteral("OPERATOR"), QStringLiteral("ROLE"),
                        QStringLiteral("CREATED"), QStringLiteral("EXPIRES"), QStringLiteral("LAST USED")});
    for (const ApiToken& t : *tokens) {
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
}

int runTokensRevoke(CliContext& ctx, const QCommandLineParser& p)
{
    auto answer = ctx.call("DELETE", QStringLiteral("/tokens/") + pathSegment(p.positionalArguments().at(0)));
    if (!answer)
        return ExitFailed;
    const ApiToken revoked = tokenFromJson(*answer);
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("name"), revoked.name},
                                  {QStringLiteral("email"), revoked.email},
                                  {QStringLiteral("revoked"), true}});
    else
        ctx.out() << "revoked token " << revoked.name << " of " << revoked.email << "\n";
    return ExitOk;
}

} // namespace

QList<Command> accessCommands()
{
    const QString sessions = QStringLiteral("sessions");
    const QString tokens = QStringLiteral("tokens");
    return overAdminApi({
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
    });
}

} // namespace keydesk::cli
