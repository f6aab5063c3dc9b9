// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "WindowsLogon.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace keydesk {

namespace {

// lupdate files these strings under the context the macro names, as translate() looks them up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WindowsLogon)
};

// Refusals, said when they are read.
struct Refusal
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(WindowsLogon)
};

bool isComputerName(const QString& name)
{
    // Windows keeps a NetBIOS name of at most 15 characters; a longer host name is cut, and the
    // PC then is not the one named here.
    if (name.isEmpty() || name.size() > kMaxComputerName || name.startsWith(u'-') || name.endsWith(u'-'))
        return false;
    bool allDigits = true;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool digit = u >= '0' && u <= '9';
        if (!digit && !(u >= 'a' && u <= 'z') && !(u >= 'A' && u <= 'Z') && u != '-')
            return false;
        allDigits = allDigits && digit;
    }
    return !allDigits;
}

} // namespace

QString windowsLogonModeName(WindowsLogonMode mode)
{
    return mode == WindowsLogonMode::DedicatedPc ? QStringLiteral("dedicated") : QStringLiteral("shared");
}

std::optional<WindowsLogonMode> windowsLogonModeFromName(const QString& name)
{
    if (name == QLatin1String("dedicated"))
        return WindowsLogonMode::DedicatedPc;
    if (name == QLatin1String("shared"))
        return WindowsLogonMode::SharedPc;
    return std::nullopt;
}

QString WindowsLogon::describe() const
{
    if (mode == WindowsLogonMode::SharedPc)
        return Text::tr("Shared PC, reader at %1").arg(readerLocation);
    return Text::tr("Dedicated PC %1, paired %2")
        .arg(pcName,
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(pairedAtMs).date(), QLocale::ShortFormat));
}

Error validateWindowsLogon(const WindowsLogon& logon, qint64 nowMs)
{
    if (logon.mode == WindowsLogonMode::SharedPc) {
        const QString where = logon.readerLocation.trimmed();
        if (where.isEmpty())
            return Refusal::tr("Say where the shared PC's security key reader is.");
        if (where.size() > 200)
            return Refusal::tr("The reader's location is longer than 200 characters.");
        for (const QChar c : where)
            if (c.category() == QChar::Other_Control)
                return Refusal::tr("The reader's location contains a control character.");
        return {};
    }
    if (!isComputerName(logon.pcName.trimmed()))
        return Refusal::tr(
                   "“%1” is not a Windows computer name: use 1 to 15 letters, digits and hyphens, not only "
                   "digits, without a hyphen at either end.")
            .arg(logon.pcName);
    if (logon.pairedAtMs <= 0)
        return Refusal::tr("Give the date the phone was paired with the PC.");
    // A day of slack: the date is picked in local time.
    if (logon.pairedAtMs > nowMs + 24LL * 60 * 60 * 1000)
        return Refusal::tr("The pairing date is in the future.");
    return {};
}

} // namespace keydesk
