// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "core/domain/Operator.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace keydesk {
class Core;
}

namespace keydesk::net {
class DeskSync;
}

namespace keydesk::gui {

// A console connected to a team server (docs/team-mode.md): who signed in, the desk's cache of the
// server, the DeskSync that keeps it current, and the Core the pages read — the cache, with its
// changes sent to the server.
class TeamSession : public QObject
{
    Q_OBJECT

public:
    struct SignedIn
    {
        QUrl server;
        QByteArray secret; // the session's bearer credential
        qint64 userId = 0;
        QString email;
        OperatorRole role = OperatorRole::Auditor;
    };

    // File > Connect to Server…: the address (ConnectDialog), then — unless this machine keeps a
    // session the server still takes — the sign-in (SignInDialog), whose session is kept (the
    // keychain, else keydesk-cli's sessions file). Nothing when the operator gave up; `problem`
    // says why when something failed.
    static std::optional<SignedIn> connect(const QStringList& recentServers, QWidget* parent,
                                           QString* problem);
    // The same for a server chosen from File > Open Recent, or the one a start reconnects to. When
    // the server cannot be reached but this computer keeps a session for it, `lastSignedIn` (who
    // used it, as the desk noted) opens that operator's copy, offline, if there is one.
    static std::optional<SignedIn> reconnect(const QUrl& server, QWidget* parent, QString* problem,
                                             const std::optional<SignedIn>& lastSignedIn = std::nullopt);

    explicit TeamSession(SignedIn who, QObject* parent = nullptr);
    ~TeamSession() override;

    const SignedIn& who() const { return m_who; }
    QString cachePath() const { return m_cachePath; }
    net::DeskSync& sync() { return *m_sync; }

    // Starts following the server. A desk without a whole cache copies it first, showing the
    // progress; false when that copy was stopped (what was copied stays for the next time) or the
    // server refused.
    bool start(QWidget* parent, QString* problem);
    // The cache, as the pages read it, with this operator's changes going to the server.
    Result<std::unique_ptr<Core>> openCache();
    // "Team: keys.example.com — Ana Novak (helpdesk)".
    QString statusText(const QString& operatorName) const;
    // Ends the session on the server and forgets it here; the cache stays (nothing in it is secret
    // to this operator, and the next sign-in catches up from it).
    void signOut();

private:
    static std::optional<SignedIn> signIn(const QUrl& server, QWidget* parent, QString* problem);
    static std::optional<SignedIn> keptSession(const QUrl& server,
                                               const std::optional<SignedIn>& lastSignedIn);
    static QString cacheOf(const QUrl& server, const QString& email);

    SignedIn m_who;
    QString m_cachePath;
    std::unique_ptr<net::DeskSync> m_sync;
};

} // namespace keydesk::gui
