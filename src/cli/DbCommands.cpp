// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "CliFormat.h"
#include "Command.h"
#include "TablePrinter.h"

#include "core/AppPaths.h"
#include "core/admin/DatabaseTransfer.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace keydesk::cli {

namespace {

const QCommandLineOption kFrom(QStringLiteral("from"), QStringLiteral("The SQLite database file to copy."),
                               QStringLiteral("file"));
const QCommandLineOption
    kTo(QStringLiteral("to"),
        QStringLiteral("The empty PostgreSQL database to fill (postgresql://user@host:port/db)."),
        QStringLiteral("url"));

int runMigrate(CliContext& ctx, const QCommandLineParser&)
{
    const QString database = ctx.databasePath.isEmpty() ? AppPaths::defaultDatabase() : ctx.databasePath;
    auto migrated = DatabaseTransfer::migrate(database);
    if (!migrated)
        return ctx.fail(migrated.error());
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("database"), migrated->database},
                                  {QStringLiteral("from_version"), migrated->fromVersion},
                                  {QStringLiteral("to_version"), migrated->toVersion},
                                  {QStringLiteral("code_key_file"), migrated->codeKeyFile}});
        return ExitOk;
    }
    if (migrated->fromVersion == migrated->toVersion)
        ctx.out() << migrated->database << " is at schema version " << migrated->toVersion << " already\n";
    else
        ctx.out() << "migrated " << migrated->database << " from schema version " << migrated->fromVersion
                  << " to " << migrated->toVersion << '\n';
    ctx.out() << "code key: " << migrated->codeKeyFile
              << " (every server instance on this database needs this file)\n";
    return ExitOk;
}

int runCopy(CliContext& ctx, const QCommandLineParser& p)
{
    if (!p.isSet(kFrom) || !p.isSet(kTo))
        return usageError(ctx, QStringLiteral("'db copy' needs --from FILE and --to URL"));
    QElapsedTimer timer;
    timer.start();
    const auto progress = [&](const QString& table, qint64 rows) {
        if (rows >= 10'000)
            ctx.err() << "copying " << table << ": " << rows << " rows\n" << Qt::flush;
    };
    auto copied = DatabaseTransfer::copy(p.value(kFrom), p.value(kTo), progress);
    if (!copied)
        return ctx.fail(copied.error());
    if (ctx.json) {
        QJsonArray tables;
        for (const TableSummary& t : copied->tables)
            tables.append(QJsonObject{{QStringLiteral("table"), t.table},
                                      {QStringLiteral("rows"), t.rows},
                                      {QStringLiteral("sha256"), t.checksum}});
        ctx.printJson(QJsonObject{{QStringLiteral("tables"), tables},
                                  {QStringLiteral("code_key_file"), copied->codeKeyFile},
                                  {QStringLiteral("code_key_written"), copied->codeKeyWritten},
                                  {QStringLiteral("elapsed_ms"), timer.elapsed()}});
        return ExitOk;
    }
    TablePrinter table(
        {QStringLiteral("TABLE"), QStringLiteral("ROWS"), QStringLiteral("SHA-256 (both sides)")});
    for (const TableSummary& t : copied->tables)
        table.addRow({t.table, QString::number(t.rows), t.checksum});
    table.print(ctx.out());
    ctx.out() << "copied in " << timer.elapsed() << " ms; every table's rows and checksum match\n";
    ctx.out() << "code key: " << copied->codeKeyFile
              << (copied->codeKeyWritten ? " (written; give it to every server instance)\n"
                                         : " (already there, the same key)\n");
    return ExitOk;
}

} // namespace

QList<Command> dbCommands()
{
    return {{QStringLiteral("db"),
             QStringLiteral("migrate"),
             QStringLiteral("Bring the --database schema up to date (run once before starting servers)."),
             {},
             0,
             {},
             runMigrate},
            {QStringLiteral("db"),
             QStringLiteral("copy"),
             QStringLiteral(
                 "Copy a desk's SQLite database into an empty PostgreSQL one, verified table by table."),
             {},
             0,
             [](QCommandLineParser& p) {
                 p.addOptions({kFrom, kTo});
             },
             runCopy}};
}

} // namespace keydesk::cli
