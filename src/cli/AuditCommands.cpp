// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "CliFormat.h"
#include "Command.h"
#include "TablePrinter.h"

#include "core/audit/AuditExport.h"
#include "core/domain/OperatorJson.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace keydesk::cli {

namespace {

const QCommandLineOption kActorFilter(QStringLiteral("by"), QStringLiteral("Only events by this operator."),
                                      QStringLiteral("actor"));
const QCommandLineOption kAction(QStringLiteral("action"),
                                 QStringLiteral("Only this action, e.g. user.update."),
                                 QStringLiteral("action"));
const QCommandLineOption kSince(QStringLiteral("since"),
                                QStringLiteral("From this date or time (ISO 8601, local)."),
                                QStringLiteral("when"));
const QCommandLineOption kUntil(QStringLiteral("until"),
                                QStringLiteral("Before this date or time (ISO 8601, local)."),
                                QStringLiteral("when"));
const QCommandLineOption kUser(QStringLiteral("user"),
                               QStringLiteral("Only events about this user (id or email)."),
                               QStringLiteral("user"));
const QCommandLineOption
    kText(QStringLiteral("text"),
          QStringLiteral("Only events containing this text (any case) in their operator, "
                         "action, target or details."),
          QStringLiteral("text"));
const QCommandLineOption kLimit(QStringLiteral("limit"),
                                QStringLiteral("Events to show, newest first (default 50)."),
                                QStringLiteral("n"), QStringLiteral("50"));

// A date means its local midnight; a date-time is taken as written (local unless it says).
std::optional<qint64> parseWhen(const QString& text)
{
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        when = date.startOfDay();
    }
    return when.toMSecsSinceEpoch();
}

const QCommandLineOption
    kFormat(QStringLiteral("format"),
            QStringLiteral("csv (default), jsonl (a JSON object a line) or json (one array)."),
            QStringLiteral("format"), QStringLiteral("csv"));

// --by, --action, --since, --until, --user and --text as the admin API's query; false after a usage error.
bool readFilters(CliContext& ctx, const QCommandLineParser& p, QUrlQuery& query)
{
    if (p.isSet(kActorFilter))
        query.addQueryItem(QStringLiteral("actor"), p.value(kActorFilter));
    if (p.isSet(kAction))
        query.addQueryItem(QStringLiteral("action"), p.value(kAction));
    for (const auto& [option, name] : {std::pair{&kSince, "since"}, std::pair{&kUntil, "until"}}) {
        if (!p.isSet(*option))
            continue;
        const auto when = parseWhen(p.value(*option));
        if (!when) {
            usageError(ctx, QStringLiteral("--%1 '%2' is not an ISO 8601 date or time")
                                .arg(option->names().first(), p.value(*option)));
            return false;
        }
        query.addQueryItem(QLatin1String(name), jsonTime(*when));
    }
    if (p.isSet(kUser))
        query.addQueryItem(QStringLiteral("user"), p.value(kUser));
    if (p.isSet(kText))
        query.addQueryItem(QStringLiteral("text"), p.value(kText));
    return true;
}

int runList(CliContext& ctx, const QCommandLineParser& p)
{
    QUrlQuery query;
    if (!readFilters(ctx, p, query))
        return ExitUsage;
    const qint64 limit = parseCount(p.value(kLimit));
    if (limit < 1 || limit > 100000)
        return usageError(ctx, QStringLiteral("--limit must be a number from 1 to 100000"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    auto answer = ctx.call("GET", QStringLiteral("/audit"), query);
    if (!answer)
        return ExitFailed;
    const QJsonArray events = answer->value(QStringLiteral("events")).toArray();
    if (ctx.json) {
        ctx.printJson(events);
        return ExitOk;
    }
    TablePrinter table({QStringLiteral("TIME"), QStringLiteral("ACTOR"), QStringLiteral("ACTION"),
                        QStringLiteral("TARGET"), QStringLiteral("DETAILS")});
    for (const QJsonValue& value : events) {
        const AuditEvent e = auditFromJson(value.toObject());
        table.addRow({formatTime(e.atMs),
                      e.actorCredential.isEmpty() ? e.actor
                                                  : e.actor + QStringLiteral(" (") + e.actorCredential + u')',
                      e.action, e.targetType + u' ' + e.targetLabel,
                      describeAuditDetails(e.details, &formatTime)});
    }
    table.print(ctx.out());
    ctx.out() << events.size() << " events\n";
    return ExitOk;
}

int runExport(CliContext& ctx, const QCommandLineParser& p)
{
    QUrlQuery query;
    if (!readFilters(ctx, p, query))
        return ExitUsage;
    if (!auditExportFormatFromName(p.value(kFormat)))
        return usageError(
            ctx, QStringLiteral("--format must be csv, jsonl or json, not '%1'").arg(p.value(kFormat)));
    query.addQueryItem(QStringLiteral("format"), p.value(kFormat));
    auto file = ctx.download(QStringLiteral("/audit/export"), query);
    if (!file)
        return ExitFailed;
    return writeOutput(ctx, p, *file);
}

} // namespace

QList<Command> auditCommands()
{
    return overAdminApi(
        {{QStringLiteral("audit"),
          QStringLiteral("list"),
          QStringLiteral("Show the audit log, newest first."),
          {},
          0,
          [](QCommandLineParser& p) {
              p.addOptions({kActorFilter, kAction, kSince, kUntil, kUser, kText, kLimit});
          },
          runList},
         {QStringLiteral("audit"),
          QStringLiteral("export"),
          QStringLiteral("Export the audit log as CSV or JSON Lines, newest first (audited)."),
          {},
          0,
          [](QCommandLineParser& p) {
              p.addOptions({kActorFilter, kAction, kSince, kUntil, kUser, kText, kFormat, outputOption()});
          },
          runExport}});
}

} // namespace keydesk::cli
