// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "DirectoryWorker.h"

#include "core/store/Store.h"
#include "core/users/DirectoryService.h"
#include "directory/LdapSync.h"

namespace keydesk::net {

Result<DirectorySyncReport> DirectoryWorker::syncOne(const QString& databasePath, const QString& actor,
                                                     const DirectorySource& source, SyncMode mode,
                                                     bool dryRun, const QString& password)
{
    StoreOptions options;
    options.actor = actor;
    auto store = Store::open(databasePath, options);
    if (!store)
        return Result<DirectorySyncReport>::failure(store.cause());
    return directory::runLdapSync(*store.value(), Actor(actor), source, mode, dryRun, password);
}

void DirectoryWorker::run()
{
    StoreOptions storeOptions;
    storeOptions.actor = m_actor;
    auto store = Store::open(m_databasePath, storeOptions);
    if (!store) {
        Q_EMIT finished(false, tr("Directory sync not run: %1").arg(store.error()));
        return;
    }
    auto due = DirectoryService(*store.value()).dueRuns(store.value()->clock().nowMs());
    if (!due) {
        Q_EMIT finished(false, tr("Directory sync not run: %1").arg(due.error()));
        return;
    }
    const Actor by(m_actor);
    bool entersScope = false;
    QStringList lines;
    for (const DirectoryService::DueRun& run : due.value()) {
        // A failed run is recorded by runLdapSync; the other sources still run.
        auto report = directory::runLdapSync(*store.value(), by, run.source, run.mode, false,
                                             m_passwords.value(run.source.id, m_password));
        if (!report) {
            lines << tr("%1: sync failed: %2").arg(run.source.name, report.error());
            continue;
        }
        entersScope = entersScope || report->entersScope;
        const DirectoryRun& r = report->run;
        lines << tr("%1: %2 created, %3 updated, %4 disabled, %5 removed, %6 entry errors")
                     .arg(run.source.name)
                     .arg(r.usersCreated)
                     .arg(r.usersUpdated)
                     .arg(r.usersDisabled)
                     .arg(r.usersRemoved)
                     .arg(r.entryErrors);
    }
    Q_EMIT finished(entersScope, lines.join(u'\n'));
}

} // namespace keydesk::net
