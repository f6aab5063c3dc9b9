// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// `keydesk-cli reports …`: the Overview's figures as CSV or JSON (the enrollment report also as
// PDF), from a database or a desk's cache (`cache sync` first to report on a team server).
#include "CliFormat.h"
#include "Command.h"

#include "core/reports/ReportExport.h"
#include "paint/EnrollmentReportPdf.h"

namespace keydesk::cli {

namespace {

const QCommandLineOption kFormat(QStringLiteral("format"), QStringLiteral("csv (default) or json."),
                                 QStringLiteral("format"), QStringLiteral("csv"));
// The enrollment report is also a PDF; cli_main starts a QGuiApplication for it (drawsPdf).
const QCommandLineOption kEnrollmentFormat(QStringLiteral("format"),
                                           QStringLiteral("csv (default), json or pdf."),
                                           QStringLiteral("format"), QStringLiteral("csv"));
const QCommandLineOption kGroup(QStringLiteral("group"),
                                QStringLiteral("Only this group (id or name); repeat for more."),
                                QStringLiteral("group"));
const QCommandLineOption
    kDays(QStringLiteral("days"),
          QStringLiteral("Active keys not used or verified for this many days (default: the "
                         "overview.stale_key_days setting, else 90)."),
          QStringLiteral("n"));
const QCommandLineOption kExpiringWithin(QStringLiteral("expiring-within"),
                                         QStringLiteral("Pending keys whose link expires within this time: a "
                                                        "number of hours (24h) or days (7d); default 24h."),
                                         QStringLiteral("time"), QStringLiteral("24h"));

void addFileOptions(QCommandLineParser& p)
{
    p.addOptions({kFormat, outputOption()});
}

std::optional<ReportFormat> formatOf(CliContext& ctx, const QCommandLineParser& p)
{
    const auto format = reportFormatFromName(p.value(kFormat));
    if (!format)
        usageError(ctx, QStringLiteral("--format must be csv or json, not '%1'").arg(p.value(kFormat)));
    return format;
}

int runEnrollment(CliContext& ctx, const QCommandLineParser& p)
{
    // nullopt: a PDF.
    std::optional<ReportFormat> format;
    if (p.value(kEnrollmentFormat) != QLatin1String("pdf")) {
        format = reportFormatFromName(p.value(kEnrollmentFormat));
        if (!format)
            return usageError(ctx, QStringLiteral("--format must be csv, json or pdf, not '%1'")
                                       .arg(p.value(kEnrollmentFormat)));
    }
    return ctx.withCore([&](Core& core) -> int {
        QList<qint64> groups;
        for (const QString& name : p.values(kGroup)) {
            auto group = core.groups().resolve(name);
            if (!group)
                return ctx.fail(group.error());
            groups << group->id;
        }
        OverviewService overview = core.overview();
        auto report = readEnrollmentReport(overview, core.clock().nowMs(), groups);
        if (!report)
            return ctx.fail(report.error());
        if (!format) {
            auto pdf = paint::enrollmentReportPdf(report.value());
            if (!pdf)
                return ctx.fail(pdf.error());
            return writeOutput(ctx, p, pdf.value());
        }
        return writeOutput(ctx, p, enrollmentReportFile(report.value(), *format));
    });
}

int runStaleKeys(CliContext& ctx, const QCommandLineParser& p)
{
    const auto format = formatOf(ctx, p);
    if (!format)
        return ExitUsage;
    std::optional<int> days;
    if (p.isSet(kDays)) {
        const qint64 n = parseCount(p.value(kDays));
        if (n < 1 || n > 3650)
            return usageError(ctx, QStringLiteral("--days must be a number from 1 to 3650"));
        days = int(n);
    }
    return ctx.withCore([&](Core& core) -> int {
        OverviewService overview = core.overview();
        auto query = overview.staleKeysList(days);
        if (!query)
            return ctx.fail(query.error());
        auto rows = overview.allKeys(query.value());
        if (!rows)
            return ctx.fail(rows.error());
        return writeOutput(
            ctx, p, keyReportFile(QStringLiteral("stale-keys"), core.clock().nowMs(), rows.value(), *format));
    });
}

int runActivations(CliContext& ctx, const QCommandLineParser& p)
{
    const auto format = formatOf(ctx, p);
    if (!format)
        return ExitUsage;
    const QString within = p.value(kExpiringWithin).trimmed();
    const qint64 n = parseCount(within.chopped(within.isEmpty() ? 0 : 1));
    const bool hours = within.endsWith(u'h');
    if (n < 1 || (!hours && !within.endsWith(u'd')) || n > (hours ? 90 * 24 : 90))
        return usageError(
            ctx, QStringLiteral("--expiring-within must be hours (24h, up to 2160h) or days (7d, up to "
                                "90d), not '%1'")
                     .arg(within));
    const qint64 windowMs = n * (hours ? 3600'000 : 24 * 3600'000);
    return ctx.withCore([&](Core& core) -> int {
        OverviewService overview = core.overview();
        auto rows = overview.allKeys(overview.expiringSoonList(windowMs));
        if (!rows)
            return ctx.fail(rows.error());
        return writeOutput(
            ctx, p,
            keyReportFile(QStringLiteral("activations"), core.clock().nowMs(), rows.value(), *format));
    });
}

} // namespace

QList<Command> reportCommands()
{
    return {
        {QStringLiteral("reports"),
         QStringLiteral("enrollment"),
         QStringLiteral("Enabled users by enrollment (active key, pending, suspended or revoked, none): all, "
                        "then per group."),
         {},
         0,
         [](QCommandLineParser& p) {
             p.addOptions({kGroup, kEnrollmentFormat, outputOption()});
         },
         runEnrollment},
        {QStringLiteral("reports"),
         QStringLiteral("stale-keys"),
         QStringLiteral("Active keys not activated, used or verified for a number of days."),
         {},
         0,
         [](QCommandLineParser& p) {
             p.addOption(kDays);
             addFileOptions(p);
         },
         runStaleKeys},
        {QStringLiteral("reports"),
         QStringLiteral("activations"),
         QStringLiteral("Pending keys whose activation link expires soon."),
         {},
         0,
         [](QCommandLineParser& p) {
             p.addOption(kExpiringWithin);
             addFileOptions(p);
         },
         runActivations}};
}

} // namespace keydesk::cli
