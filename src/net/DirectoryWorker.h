// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/users/DirectorySync.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace keydesk::net {

// Syncs the directory sources that are due (DirectoryService::dueRuns), one after another, on a
// thread of its own with its own database connection: an LDAP server that is slow to answer
// holds up neither phones nor the operator's window.
class DirectoryWorker : public QObject
{
    Q_OBJECT

public:
    // `passwords`: bind passwords by source id (the console's, from the keychain); `password` for
    // the others (KEYDESK_LDAP_PASSWORD). `actor`: who the changes are by.
    DirectoryWorker(QString databasePath, QString actor, QHash<qint64, QString> passwords, QString password)
        : m_databasePath(std::move(databasePath)), m_actor(std::move(actor)),
          m_passwords(std::move(passwords)), m_password(std::move(password))
    {}

    void run();

    // One run of one source, now, on a connection of its own (`databasePath` as the runtime
    // opens it): the console's Sync Now on a thread it starts.
    static Result<DirectorySyncReport> syncOne(const QString& databasePath, const QString& actor,
                                               const DirectorySource& source, SyncMode mode, bool dryRun,
                                               const QString& password);

Q_SIGNALS:
    // `entersScope`: users may have entered a workflow's scope. `summary`: one line per source
    // synced, empty when none was due.
    void finished(bool entersScope, const QString& summary);

private:
    QString m_databasePath;
    QString m_actor;
    QHash<qint64, QString> m_passwords;
    QString m_password;
};

} // namespace keydesk::net
