// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "phone/VirtualPhone.h"

#include <QStringList>
#include <QTextStream>

namespace keydesk::phoneapp {

// The virtual phone without a window, for scripts and tests:
//   list                      the passkeys it holds
//   open <link>               activate (/a/…) or verify (/v/…)
//   scan <image>              read a QR code from an image file, then open it
//   code <server> <email> <code>   "Work or School"
// Prints one JSON object; returns 0 when the server accepted, 1 when it refused, 2 on bad usage.
int runHeadlessPhone(phone::VirtualPhone& phone, const QStringList& arguments, QTextStream& out,
                     QTextStream& err);

// The verbs above, so that main() can tell a command from a window start before Qt starts.
bool isHeadlessCommand(const QString& word);

} // namespace keydesk::phoneapp
