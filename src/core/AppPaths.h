// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QString>

namespace keydesk {

// Where KeyDesk keeps its files when the operator names none.
class AppPaths
{
public:
    // <application data folder>/keydesk.sqlite, e.g. ~/.local/share/KeyDesk/keydesk.sqlite.
    static QString defaultDatabase();
    // <application data folder>/keydesk-demo.sqlite: `keydesk --demo` creates it on first use.
    static QString demoDatabase();
};

} // namespace keydesk
