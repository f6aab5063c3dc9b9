// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"

#include <QString>
#include <QUrl>

namespace keydesk::net {

// Where `keydesk-cli login` keeps an operator's session for a team server, so that later commands
// with --server need no --token: the OS keychain (QtKeychain, service "KeyDesk", key
// "session:<server>"), or where no keychain answers, a file only its owner may read
// (~/.config/KeyDesk/sessions, one "<server> <secret>" line each).
class SessionKeeper
{
public:
    explicit SessionKeeper(QString filePath);

    // Where it went: "the keychain" or the file's path.
    Result<QString> keep(const QUrl& server, const QString& secret);
    // Empty when there is none.
    QString find(const QUrl& server);
    // Forgets it, wherever it was.
    Status forget(const QUrl& server);

private:
    static QString keyOf(const QUrl& server);
    QStringList fileLines() const;
    // Takes `server`'s line out of `lines`; whether there was one.
    static bool removeLineOf(const QUrl& server, QStringList& lines);
    Status forgetInFile(const QUrl& server) const;
    Status writeFile(const QStringList& lines) const;
    QString m_filePath;
};

} // namespace keydesk::net
