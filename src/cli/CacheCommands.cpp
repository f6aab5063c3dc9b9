// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "CliFormat.h"
#include "Command.h"

#include "core/sync/CacheSync.h"

#include <QDateTime>
#include <QJsonArray>

namespace keydesk::cli {

namespace {

const QCommandLineOption kCache(QStringLiteral("cache"),
                                QStringLiteral("The desk's cache file (SQLite; made when missing)."),
                                QStringLiteral("file"));

// Who the cache is filled for: the signed-in operator, or --actor on a database.
std::optional<QString> operatorName(CliContext& ctx)
{
    auto me = ctx.call("GET", QStringLiteral("/me"));
    if (!me)
        return std::nullopt;
    const QString email = me->value(QStringLiteral("email")).toString();
    return email.isEmpty() ? me->value(QStringLiteral("actor")).toString() : email;
}

int runSync(CliContext& ctx, const QCommandLineParser& p)
{
    if (!p.isSet(kCache))
        return usageError(ctx, QStringLiteral("cache sync needs --cache FILE"));
    AdminClient* admin = ctx.admin();
    if (!admin)
        return ExitFailed;
    const auto who = operatorName(ctx);
    if (!who)
        return ExitFailed;
    CacheSyncOptions options;
    options.server = ctx.remote() ? ctx.server.url.toString() : QStringLiteral("file:") + ctx.databasePath;
    options.operatorName = *who;
    options.nowMs = QDateTime::currentMSecsSinceEpoch();
    const SyncFetch fetch = [admin](const QString& path, const QUrlQuery& query) {
        const ApiAnswer answer = admin->send({"GET", path, query, {}, {}, {}});
        return SyncAnswer{answer.status, answer.body, answer.message()};
    };
    const QString cache = p.value(kCache);
    auto outcome = CacheSync::run(cache, fetch, options);
    if (!outcome)
        return ctx.fail(outcome.error());
    if (ctx.json) {
        QJsonObject tables;
        for (const auto& [name, rows] : outcome->tables)
            tables.insert(name, rows);
        ctx.printJson(QJsonObject{{QStringLiteral("cache"), cache},
                                  {QStringLiteral("copied"), outcome->copied},
                                  {QStringLiteral("rows_copied"), outcome->rowsCopied},
                                  {QStringLiteral("changes"), outcome->changes},
                                  {QStringLiteral("through"), outcome->through},
                                  {QStringLiteral("tables"), tables}});
        return ExitOk;
    }
    if (outcome->copied)
        ctx.out() << QStringLiteral(
                         "Copied every table into %1: %2 rows, then %3 changed rows; up to change %4.\n")
                         .arg(cache)
                         .arg(outcome->rowsCopied)
                         .arg(outcome->changes)
                         .arg(outcome->through);
    else
        ctx.out() << QStringLiteral("Brought %1 up to change %2: %3 changed rows.\n")
                         .arg(cache)
                         .arg(outcome->through)
                         .arg(outcome->changes);
    for (const auto& [name, rows] : outcome->tables)
        ctx.out() << QStringLiteral("  %1 %2\n").arg(name, -20).arg(rows);
    return ExitOk;
}

} // namespace

QList<Command> cacheCommands()
{
    return overAdminApi({{QStringLiteral("cache"),
                          QStringLiteral("sync"),
                          QStringLiteral("Fill or bring up to date a desk's cache of the server (the first "
                                         "time, or after the server's log moved on: a copy of every table)."),
                          {},
                          0,
                          [](QCommandLineParser& p) { p.addOption(kCache); },
                          runSync}});
}

} // namespace keydesk::cli
