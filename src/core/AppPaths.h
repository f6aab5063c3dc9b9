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
    // <cache folder>/KeyDesk/teams/<host>-<port>-<operator>.sqlite, e.g.
    // ~/.cache/KeyDesk/teams/keys.example.com-443-ana@example.com.sqlite: a team desk's cache of
    // one server for one operator (docs/team-mode.md).
    static QString teamCache(const QString& host, int port, const QString& operatorEmail);
};

} // namespace keydesk
