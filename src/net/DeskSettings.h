// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QSettings>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

class QTemporaryDir;

namespace keydesk::net {

// The settings of this desk (not of the database, which has its own: docs/architecture.md) —
// kept here, beside the server they mostly configure, because they need Qt Network's addresses —
// typed, with defaults, checked on the way in, migrated from older layouts, and announced when
// they change. Backed by QSettings (~/.config/KeyDesk/KeyDesk.conf); tests use temporary().
class DeskSettings : public QObject
{
    Q_OBJECT

public:
    static constexpr int kVersion = 1;
    static constexpr quint16 kDefaultPort = 8765;

    // The user's settings file, migrated to this version.
    DeskSettings();
    explicit DeskSettings(std::unique_ptr<QSettings> backend);
    ~DeskSettings() override;
    // A private file in a temporary folder that goes with the object; `seed` is written first,
    // as a file of an older version would hold it.
    static std::unique_ptr<DeskSettings> temporary(const QList<std::pair<QString, QVariant>>& seed = {});

    // Interface language: empty = the system's; otherwise one of supportedLanguages().
    QString language() const;
    Status setLanguage(const QString& code);
    static QStringList supportedLanguages(); // "en", "de", "fa"

    // Light or dark colours, or the desktop's: "system" (default), "light", "dark".
    QString appearance() const;
    Status setAppearance(const QString& mode);

    // The database the console opens without --database; empty = the default location.
    QString databasePath() const;
    Status setDatabasePath(const QString& path);

    // Databases this desk opened, newest first, at most kRecentDatabases; absolute paths.
    static constexpr int kRecentDatabases = 8;
    QStringList recentDatabases() const;
    void noteDatabaseOpened(const QString& path);
    void forgetRecentDatabase(const QString& path);
    // Team servers this desk connected to, newest first, at most kRecentDatabases: their
    // addresses (https://host[:port]).
    QStringList recentServers() const;
    // Who signed in to a team server from this desk (nothing secret): a start that cannot reach
    // the server still opens that operator's copy, offline, with the session kept on this computer.
    struct ServerOperator
    {
        qint64 userId = 0;
        QString email;
        QString role;
    };
    void noteServerConnected(const QUrl& server, const ServerOperator& who);
    std::optional<ServerOperator> lastOperatorOf(const QUrl& server) const;
    void forgetRecentServer(const QString& server);
    // The team server a plain start reconnects to: the one the console showed last, unless a
    // database was opened after it or the operator signed out. Empty otherwise.
    QUrl serverAtStart() const;
    void noteSignedOut();
    // What a plain start opens: the "database at start" setting if set, else the last database
    // opened that still exists, else `fallback` (the default location).
    QString databaseAtStart(const QString& fallback) const;

    // The enrollment server of this desk.
    QHostAddress bindAddress() const;
    quint16 port() const;
    QString certificatePath() const; // PEM; with keyPath, the server speaks HTTPS
    QString keyPath() const;
    Status setServer(const QString& bindAddress, int port, const QString& certificatePath,
                     const QString& keyPath);
    // The checks of setServer and setDatabasePath alone, for forms that save several things.
    static Status checkServer(const QString& bindAddress, int port, const QString& certificatePath,
                              const QString& keyPath);
    static Status checkDatabasePath(const QString& path);

    // The first-run assistant has been answered.
    bool firstRunDone() const;
    void setFirstRunDone();

    QByteArray windowGeometry(const QString& window) const;
    void setWindowGeometry(const QString& window, const QByteArray& geometry);

    // Where the values live, for messages; and what the migration did (empty if nothing).
    QString fileName() const;
    const QStringList& migrationNotes() const { return m_migrationNotes; }

Q_SIGNALS:
    // A value changed: "console/language", "server", "console/database", ...
    void changed(const QString& key);

private:
    void migrate();
    void write(const QString& key, const QVariant& value);
    // A recent list under `listKey`: `entry` first, once, and no more than kRecentDatabases.
    void noteRecent(const char* listKey, const QStringList& current, const QString& entry);
    void forgetRecent(const char* listKey, QStringList current, const QString& entry);

    std::unique_ptr<QTemporaryDir> m_temporaryDir;
    std::unique_ptr<QSettings> m_settings;
    QStringList m_migrationNotes;
};

} // namespace keydesk::net
