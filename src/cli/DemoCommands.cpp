// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "CliFormat.h"
#include "Command.h"

#include "core/AppPaths.h"
#include "core/demo/DemoDataGenerator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace keydesk::cli {

namespace {

const QCommandLineOption kUsers(QStringLiteral("users"), QStringLiteral("Number of users (default 200)."),
                                QStringLiteral("n"), QString::number(DemoDataGenerator::kDefaultUsers));
const QCommandLineOption kForce(QStringLiteral("force"),
                                QStringLiteral("Replace an existing database file."));

int runCreate(CliContext& ctx, const QCommandLineParser& p)
{
    const qint64 users = parseCount(p.value(kUsers));
    if (users < 1 || users > DemoDataGenerator::kMaxUsers)
        return usageError(
            ctx, QStringLiteral("--users must be a number from 1 to %1").arg(DemoDataGenerator::kMaxUsers));
    const QString path = ctx.databasePath.isEmpty() ? AppPaths::defaultDatabase() : ctx.databasePath;
    if (QFileInfo::exists(path)) {
        if (!p.isSet(kForce))
            return ctx.fail(QStringLiteral("'%1' already exists; pass --force to replace it").arg(path));
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile file(path + suffix);
            if (file.exists() && !file.remove())
                return ctx.fail(
                    QStringLiteral("cannot remove '%1': %2").arg(file.fileName(), file.errorString()));
        }
    }
    ctx.databasePath = path;
    return ctx.withCore([&](Core& core) -> int {
        QElapsedTimer timer;
        timer.start();
        const auto progress = [&](qint64 done, qint64 total) {
            if (total >= 100000)
                ctx.err() << "creating demo users: " << done << '/' << total << '\n' << Qt::flush;
        };
        auto summary = DemoDataGenerator::generate(core.store(), users, progress);
        if (!summary)
            return ctx.fail(summary.error());
        if (ctx.json) {
            ctx.printJson(QJsonObject{{QStringLiteral("database"), path},
                                      {QStringLiteral("users"), summary->users},
                                      {QStringLiteral("disabled_users"), summary->disabledUsers},
                                      {QStringLiteral("groups"), summary->groups}});
            return ExitOk;
        }
        ctx.out() << "created demo database " << path << ": " << summary->users << " users ("
                  << summary->disabledUsers << " disabled), " << summary->groups << " groups in "
                  << timer.elapsed() << " ms\n";
        return ExitOk;
    });
}

} // namespace

QList<Command> demoCommands()
{
    return {{QStringLiteral("demo"),
             QStringLiteral("create"),
             QStringLiteral("Create a deterministic demo database (about 200 users in 8 department groups)."),
             {},
             0,
             [](QCommandLineParser& p) {
                 p.addOptions({kUsers, kForce});
             },
             runCreate}};
}

} // namespace keydesk::cli
