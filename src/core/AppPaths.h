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
    // <configuration folder>/KeyDesk/<name>, e.g. ~/.config/KeyDesk/known-servers: what
    // keydesk-cli keeps about team servers (confirmed certificates, sessions without a keychain).
    static QString configFile(const QString& name);
};

} // namespace keydesk
