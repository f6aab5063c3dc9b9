// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Error.h"

#include <QString>

#include <optional>

namespace keydesk {

// How a user signs in to Windows with the smartphone key. Windows needs one of two
// arrangements: the phone paired with the user's own PC, or a security key reader on a PC that
// several people share.
enum class WindowsLogonMode
{
    DedicatedPc, // paired: the PC's computer name and when it was paired
    SharedPc,    // through a reader: where the reader is
};
QString windowsLogonModeName(WindowsLogonMode mode); // "dedicated", "shared" (database, CLI)
std::optional<WindowsLogonMode> windowsLogonModeFromName(const QString& name);

struct WindowsLogon
{
    WindowsLogonMode mode = WindowsLogonMode::DedicatedPc;
    QString pcName; // dedicated: the Windows computer name, e.g. DESK-0042
    qint64 pairedAtMs = 0;
    QString readerLocation; // shared: e.g. "Reception, ground floor"
    qint64 updatedAtMs = 0;

    // "Dedicated PC DESK-0042, paired 20 Nov 2026" / "Shared PC, reader at Reception".
    QString describe() const;
};

// The filter of All Users and `users list --windows-logon`.
enum class WindowsLogonFilter
{
    Any,
    DedicatedPc,
    SharedPc,
    NotSetUp,
};

// What is wrong with an arrangement an operator typed, or empty when it can be stored: a
// dedicated PC needs a valid computer name (letters, digits and hyphens, 1-63, not all digits,
// no hyphen at either end) and a pairing date not in the future; a shared PC needs the
// reader's location (1-200 characters).
Error validateWindowsLogon(const WindowsLogon& logon, qint64 nowMs);

// The longest computer name Windows keeps (its NetBIOS name).
constexpr int kMaxComputerName = 15;

} // namespace keydesk
