// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// `users windows-logon`: how a user signs in to Windows with the smartphone key.
#include "CliFormat.h"
#include "Command.h"
#include "core/domain/DirectoryJson.h"
#include "core/domain/OperatorJson.h"

#include <QDate>

namespace keydesk::cli {

namespace {

const QCommandLineOption
    kDedicated(QStringLiteral("dedicated"),
               QStringLiteral("A dedicated PC paired with the phone: its computer name."),
               QStringLiteral("pc-name"));
const QCommandLineOption
    kPairedOn(QStringLiteral("paired-on"),
              QStringLiteral("With --dedicated: the pairing date, YYYY-MM-DD (default today)."),
              QStringLiteral("date"));
const QCommandLineOption
    kShared(QStringLiteral("shared"),
            QStringLiteral("A shared PC with a security key reader: where the reader is."),
            QStringLiteral("location"));
const QCommandLineOption kClear(QStringLiteral("clear"), QStringLiteral("Forget the arrangement."));

int runWindowsLogon(CliContext& ctx, const QCommandLineParser& p)
{
    const int choices = int(p.isSet(kDedicated)) + int(p.isSet(kShared)) + int(p.isSet(kClear));
    if (choices > 1)
        return usageError(ctx, QStringLiteral("give one of --dedicated, --shared or --clear"));
    if (p.isSet(kPairedOn) && !p.isSet(kDedicated))
        return usageError(ctx, QStringLiteral("--paired-on goes with --dedicated"));
    std::optional<QDate> pairedOn;
    if (p.isSet(kPairedOn)) {
        pairedOn = QDate::fromString(p.value(kPairedOn), Qt::ISODate);
        if (!pairedOn->isValid())
            return usageError(ctx, QStringLiteral("--paired-on must be a date like 2026-11-20, not '%1'")
                                       .arg(p.value(kPairedOn)));
    }
    const QString path = QStringLiteral("/users/") + pathSegment(p.positionalArguments().at(0)) +
                         QStringLiteral("/windows-logon");
    std::optional<QJsonObject> answer;
    if (p.isSet(kClear)) {
        answer = ctx.call("DELETE", path);
    } else if (p.isSet(kDedicated)) {
        // Noon local time, as the console records a date.
        const QDate date = pairedOn.value_or(QDate::currentDate());
        answer = ctx.call(
            "PUT", path, {},
            {{QStringLiteral("mode"), QStringLiteral("dedicated")},
             {QStringLiteral("pc_name"), p.value(kDedicated)},
             {QStringLiteral("paired_at"), jsonTime(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch())}});
    } else if (p.isSet(kShared)) {
        answer = ctx.call("PUT", path, {},
                          {{QStringLiteral("mode"), QStringLiteral("shared")},
                           {QStringLiteral("reader_location"), p.value(kShared)}});
    } else {
        answer = ctx.call("GET", path);
    }
    if (!answer)
        return ExitFailed;
    if (ctx.json) {
        ctx.printJson(*answer);
        return ExitOk;
    }
    const QJsonValue logon = answer->value(QStringLiteral("windows_logon"));
    ctx.out() << answer->value(QStringLiteral("user")).toString() << ": "
              << (logon.isObject() ? windowsLogonFromJson(logon.toObject()).describe()
                                   : QStringLiteral("not set up"))
              << '\n';
    return ExitOk;
}

} // namespace

QList<Command> windowsLogonCommands()
{
    return overAdminApi(
        {{QStringLiteral("users"),
          QStringLiteral("windows-logon"),
          QStringLiteral("Show or record how a user signs in to Windows: dedicated (paired) or shared PC."),
          {{QStringLiteral("user"), QStringLiteral("User id or email.")}},
          1,
          [](QCommandLineParser& p) {
              p.addOptions({kDedicated, kPairedOn, kShared, kClear});
          },
          runWindowsLogon}});
}

} // namespace keydesk::cli
