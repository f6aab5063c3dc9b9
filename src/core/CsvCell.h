// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QByteArray>
#include <QString>

namespace keydesk {

// One RFC 4180 cell, UTF-8, quoted when it must be. A cell that a spreadsheet would run as a
// formula (it starts with =, +, -, @, a tab or a carriage return) gets a leading apostrophe:
// exports carry whatever people typed.
QByteArray csvCell(QString text);

} // namespace keydesk
