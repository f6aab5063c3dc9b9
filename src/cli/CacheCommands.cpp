// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "CliFormat.h"
#include "Command.h"

#include "core/sync/CacheSync.h"
#include "net/DeskSync.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace keydesk::cli {

namespace {

const QCommandLineOption kCache(QStringLiteral("cache"),
                                QStringLiteral("The desk's cache file (SQLite; made when missing)."),
                                QStringLiteral("file"));
const QCommandLineOption
    kFor(QStringLiteral("for"),
         QStringLiteral("Stop following after this many seconds (default: until stopped)."),
         QStringLiteral("seconds"));

QString linkName(net::DeskSync::Link link)
{
    switch (link) {
    case net::DeskSync::Link::Starting:
        return QStringLiteral("starting");
    case net::DeskSync::Link::Live:
        return QStringLiteral("live");
    case net::DeskSync::Link::Polling:
        return QStringLiteral("polling");
    case net::DeskSync::Link::Offline:
        return QStringLiteral("offline");
    case net::DeskSync::Link::SignedOut:
        return QStringLiteral("signed-out");
    }
    return {};
}

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

// One line per event, as it happens: scripts read them as they come.
void printEvent(CliContext& ctx, QJsonObject event)
{
    const QDateTime now = QDateTime::currentDateTime();
    if (ctx.json) {
        event.insert(QStringLiteral("at_ms"), now.toMSecsSinceEpoch());
        ctx.out() << QJsonDocument(event).toJson(QJsonDocument::Compact) << '\n';
    } else {
        const QString what = event.value(QStringLiteral("event")).toString();
        QString line;
        if (what == QLatin1String("link"))
            line = event.value(QStringLiteral("link")).toString();
        else if (what == QLatin1String("failed"))
            line = QStringLiteral("sync failed: ") + event.value(QStringLiteral("message")).toString();
        else if (event.value(QStringLiteral("copied")).toBool())
            line = QStringLiteral("copied every table (%1 rows), up to change %2")
                       .arg(event.value(QStringLiteral("rows_copied")).toInteger())
                       .arg(event.value(QStringLiteral("through")).toInteger());
        else
            line = QStringLiteral("up to change %1: %2 changed rows")
                       .arg(event.value(QStringLiteral("through")).toInteger())
                       .arg(event.value(QStringLiteral("changes")).toInteger());
        ctx.out() << now.toString(QStringLiteral("HH:mm:ss.zzz")) << ' ' << line << '\n';
    }
    ctx.out().flush();
}

int runFollow(CliContext& ctx, const QCommandLineParser& p)
{
    if (!p.isSet(kCache))
        return usageError(ctx, QStringLiteral("cache follow needs --cache FILE"));
    if (!ctx.remote())
        return usageError(ctx, QStringLiteral("cache follow needs --server: it listens to a team server"));
    bool ok = true;
    const int seconds = p.isSet(kFor) ? p.value(kFor).toInt(&ok) : 0;
    if (!ok || seconds < 0)
        return usageError(ctx, QStringLiteral("--for is a number of seconds"));
    if (!ctx.admin())
        return ExitFailed;
    const auto who = operatorName(ctx); // also settles the credential (a kept session)
    if (!who)
        return ExitFailed;
    net::DeskSyncOptions options;
    options.server = ctx.server;
    options.cachePath = p.value(kCache);
    options.operatorName = *who;
    net::DeskSync sync(options);
    QEventLoop loop;
    QObject::connect(&sync, &net::DeskSync::linkChanged, &loop, [&](net::DeskSync::Link link) {
        printEvent(ctx, {{QStringLiteral("event"), QStringLiteral("link")},
                         {QStringLiteral("link"), linkName(link)}});
        if (link == net::DeskSync::Link::SignedOut)
            loop.exit(ExitFailed);
    });
    QObject::connect(&sync, &net::DeskSync::synced, &loop, [&](const SyncOutcome& outcome) {
        printEvent(ctx, {{QStringLiteral("event"), QStringLiteral("synced")},
                         {QStringLiteral("copied"), outcome.copied},
                         {QStringLiteral("rows_copied"), outcome.rowsCopied},
                         {QStringLiteral("changes"), outcome.changes},
                         {QStringLiteral("through"), outcome.through}});
    });
    QObject::connect(&sync, &net::DeskSync::failed, &loop, [&](const QString& why) {
        printEvent(ctx,
                   {{QStringLiteral("event"), QStringLiteral("failed")}, {QStringLiteral("message"), why}});
    });
    if (seconds > 0)
        QTimer::singleShot(seconds * 1000, &loop, [&loop] { loop.exit(ExitOk); });
    sync.start();
    return loop.exec();
}

} // namespace

QList<Command> cacheCommands()
{
    return overAdminApi(
        {{QStringLiteral("cache"),
          QStringLiteral("sync"),
          QStringLiteral("Fill or bring up to date a desk's cache of the server (the first "
                         "time, or after the server's log moved on: a copy of every table)."),
          {},
          0,
          [](QCommandLineParser& p) { p.addOption(kCache); },
          runSync},
         {QStringLiteral("cache"),
          QStringLiteral("follow"),
          QStringLiteral("Keep a desk's cache up to date as a desk does: the server's live channel "
                         "says when something changed (else ask every 2 s); one line per sync "
                         "(--json: one object per line)."),
          {},
          0,
          [](QCommandLineParser& p) {
              p.addOption(kCache);
              p.addOption(kFor);
          },
          runFollow}});
}

} // namespace keydesk::cli
