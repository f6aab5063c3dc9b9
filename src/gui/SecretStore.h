// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace keydesk::gui {

// The SMTP password in the OS keychain (QtKeychain: Secret Service, KWallet, macOS Keychain,
// Windows Credential Store), never in the database or the settings file. KEYDESK_SMTP_PASSWORD,
// when set, wins for the SMTP account, as it does for the CLI. There is deliberately no insecure
// fallback. Database passwords live here too (the console's; servers use PGPASSWORD/~/.pgpass).
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The key names the account, so that changing server or user does not reuse a password.
    static QString keyFor(const QString& host, const QString& username);
    // A PostgreSQL database's password, by its URL (which never holds the password).
    static QString keyForDatabase(const QString& url);

    void read(const QString& key,
              std::function<void(bool ok, const QString& password, const QString& error)> done);
    void write(const QString& key, const QString& password,
               std::function<void(bool ok, const QString& error)> done);
};

} // namespace keydesk::gui
