// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "DirectoryService.h"

#include "core/ServiceCall.h"
#include "core/activation/ActivationSecrets.h"

#include <QCoreApplication>

#include <cstring>

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

Result<DirectoryService::ScimToken> DirectoryService::issueScimToken(const Actor& by, const QString& name,
                                                                     LeaverAction onLeave)
{
    using R = Result<ScimToken>;
    return serviceCall(m_store, by, Permission::ManageSettings, [&]() -> R {
        if (Error problem = validateSourceName(name); !problem.isEmpty())
            return R::failure(problem);
        auto holder = m_store.directory().findSource(name);
        if (!holder)
            return R::failure(holder.cause());
        ScimToken issued;
        if (holder.value() && holder.value()->name.compare(name, Qt::CaseInsensitive) == 0) {
            if (holder.value()->kind != DirectoryKind::Scim)
                return R::failure(Text::tr("the directory source '%1' is an LDAP source; a SCIM token "
                                           "needs a SCIM source of its own name")
                                      .arg(holder.value()->name));
            issued.source = *holder.value();
        } else {
            auto added = m_store.directory().addSource(name, DirectoryKind::Scim, {}, onLeave);
            if (!added)
                return R::failure(added.cause());
            issued.source = added.value();
            issued.sourceCreated = true;
        }
        issued.token = QString::fromLatin1(kScimTokenPrefix) + randomToken();
        if (Status s = m_store.directory().setScimToken(issued.source.id, issued.source.name,
                                                        tokenHash(issued.token));
            !s)
            return R::failure(s.cause());
        issued.source.hasToken = true;
        return issued;
    });
}

Result<DirectoryService::ScimCaller> DirectoryService::scimSourceFor(const QByteArray& authorization)
{
    const auto refused = [](const Error& why) {
        return ScimCaller{std::nullopt, why};
    };
    const QByteArray scheme = "bearer ";
    if (!authorization.toLower().startsWith(scheme))
        return refused(Text::tr("the request has no bearer token"));
    // Never repeated back: whatever was sent may be someone's secret.
    const QString token = QString::fromLatin1(authorization.mid(scheme.size()).trimmed());
    if (!token.startsWith(QLatin1String(kScimTokenPrefix)) ||
        !looksLikeToken(QStringView(token).mid(qsizetype(std::strlen(kScimTokenPrefix)))))
        return refused(Text::tr("the bearer token is not a KeyDesk SCIM token"));
    const QByteArray hash = tokenHash(token);
    auto found = m_store.directory().sourceByTokenHash(hash);
    if (!found)
        return Result<ScimCaller>::failure(found.cause());
    if (!found.value() || !constantTimeEquals(found.value()->second, hash))
        return refused(Text::tr("the SCIM token is unknown or was replaced"));
    return ScimCaller{found.value()->first, {}};
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
