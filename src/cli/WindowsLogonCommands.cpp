// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// `users windows-logon`: how a user signs in to Windows with the smartphone key.
#include "CliFormat.h"
#include "Command.h"
#include "core/Core.h"

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
    return ctx.withCore([&](Core& core) -> int {
        auto user = core.users().resolve(p.positionalArguments().at(0));
        if (!user)
            return ctx.fail(user.error());

        std::optional<WindowsLogon> shown;
        if (p.isSet(kClear)) {
            if (Status s = core.windowsLogons().clear(core.actor(), user.value()); !s)
                return ctx.fail(s.error());
        } else if (choices == 1) {
            WindowsLogon logon;
            if (p.isSet(kDedicated)) {
                logon.mode = WindowsLogonMode::DedicatedPc;
                logon.pcName = p.value(kDedicated);
                // Noon local time, as the console records a date.
                const QDate date = pairedOn.value_or(core.clock().now().toLocalTime().date());
                logon.pairedAtMs = QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch();
            } else {
                logon.mode = WindowsLogonMode::SharedPc;
                logon.readerLocation = p.value(kShared);
            }
            auto saved = core.windowsLogons().set(core.actor(), user.value(), logon);
            if (!saved)
                return ctx.fail(saved.error());
            shown = saved.value();
        } else {
            auto found = core.windowsLogons().find(user->id);
            if (!found)
                return ctx.fail(found.error());
            shown = found.value();
        }
        if (ctx.json) {
            ctx.printJson(QJsonObject{{QStringLiteral("user"), user->email},
                                      {QStringLiteral("windows_logon"),
                                       shown ? QJsonValue(windowsLogonJson(*shown)) : QJsonValue()}});
            return ExitOk;
        }
        ctx.out() << user->email << ": " << (shown ? shown->describe() : QStringLiteral("not set up"))
                  << '\n';
        return ExitOk;
    });
}

} // namespace

QList<Command> windowsLogonCommands()
{
    return {
        {QStringLiteral("users"),
         QStringLiteral("windows-logon"),
         QStringLiteral("Show or record how a user signs in to Windows: dedicated (paired) or shared PC."),
         {{QStringLiteral("user"), QStringLiteral("User id or email.")}},
         1,
         [](QCommandLineParser& p) {
             p.addOptions({kDedicated, kPairedOn, kShared, kClear});
         },
         runWindowsLogon}};
}

} // namespace keydesk::cli
