// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "DirectoryService.h"

#include "core/ServiceCall.h"

#include <QCoreApplication>

namespace {

struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(DirectoryService)
};

} // namespace

namespace keydesk {

Result<DirectorySource> DirectoryService::addLdapSource(const Actor& by, const QString& name,
                                                        const LdapSourceConfig& config, LeaverAction onLeave)
{
    using R = Result<DirectorySource>;
    return serviceCall(m_store, by, Permission::ManageSettings, [&]() -> R {
        if (Error problem = validateSourceName(name); !problem.isEmpty())
            return R::failure(problem);
        if (Status s = config.check(); !s)
            return R::failure(s.cause());
        auto holder = m_store.directory().findSource(name);
        if (!holder)
            return R::failure(holder.cause());
        if (holder.value() && holder.value()->name.compare(name, Qt::CaseInsensitive) == 0)
            return R::failure(Text::tr("a directory source named '%1' already exists").arg(name));
        return m_store.directory().addSource(name, DirectoryKind::Ldap, config, onLeave);
    });
}

Result<QList<DirectorySource>> DirectoryService::sources()
{
    return m_store.directory().sources();
}

Result<DirectorySource> DirectoryService::resolve(const QString& idOrName)
{
    auto found = m_store.directory().findSource(idOrName);
    if (!found)
        return Result<DirectorySource>::failure(found.cause());
    if (!found.value())
        return Result<DirectorySource>::failure(Text::tr("no directory source '%1'").arg(idOrName));
    return *found.value();
}

Result<QList<DirectoryRun>> DirectoryService::runs(qint64 sourceId, int limit)
{
    return m_store.directory().runs(sourceId, limit);
}

Result<QList<DirectoryService::DueRun>> DirectoryService::dueRuns(qint64 nowMs)
{
    using R = Result<QList<DueRun>>;
    auto all = m_store.directory().sources();
    if (!all)
        return R::failure(all.cause());
    QList<DueRun> due;
    for (const DirectorySource& source : all.value()) {
        if (source.kind != DirectoryKind::Ldap || source.ldap.syncMinutes == 0)
            continue;
        auto last = m_store.directory().lastRunAt(source.id);
        if (!last)
            return R::failure(last.cause());
        if (last.value() && *last.value() + qint64(source.ldap.syncMinutes) * 60'000 > nowMs)
            continue;
        const bool full = !source.lastFullAtMs ||
                          *source.lastFullAtMs + qint64(source.ldap.fullSyncHours) * 3'600'000 <= nowMs;
        due.append({source, full ? SyncMode::Full : SyncMode::Incremental});
    }
    return due;
}

Result<QList<DirectoryEntryError>> DirectoryService::runErrors(qint64 runId, int limit)
{
    return m_store.directory().runErrors(runId, limit);
}

} // namespace keydesk
