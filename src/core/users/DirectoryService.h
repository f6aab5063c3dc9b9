// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "core/Actor.h"
#include "core/domain/DirectorySource.h"

#include <QList>

#include <optional>

namespace keydesk {

class Store;

// Directory sources as operators see and add them, and their recorded runs. Adding a source is
// an administrator's change (manage-settings): it decides where users come from. A run itself is
// DirectorySync's (LDAP: directory/LdapSync).
class DirectoryService
{
public:
    explicit DirectoryService(Store& store) : m_store(store) {}

    // A new LDAP source: its name free, its settings complete (LdapSourceConfig::check).
    Result<DirectorySource> addLdapSource(const Actor& by, const QString& name,
                                          const LdapSourceConfig& config, LeaverAction onLeave);
    // A SCIM source's bearer token, shown once: a new SCIM source named `name`, or a new token for
    // the SCIM source of that name (its previous token stops working). Kept only as SHA-256.
    struct ScimToken
    {
        DirectorySource source;
        QString token;
        bool sourceCreated = false;
    };
    static constexpr const char* kScimTokenPrefix = "kdscim_";
    Result<ScimToken> issueScimToken(const Actor& by, const QString& name, LeaverAction onLeave);
    // The SCIM source an Authorization header's bearer token belongs to, or why the header is
    // refused (a failure is the database's).
    struct ScimCaller
    {
        std::optional<DirectorySource> source;
        Error refusal; // when there is no source
    };
    Result<ScimCaller> scimSourceFor(const QByteArray& authorization);

    Result<QList<DirectorySource>> sources();
    // By id or name, or "no directory source 'x'".
    Result<DirectorySource> resolve(const QString& idOrName);
    // Newest first.
    Result<QList<DirectoryRun>> runs(qint64 sourceId, int limit);
    Result<QList<DirectoryEntryError>> runErrors(qint64 runId, int limit);

    // The LDAP sources the server runtime syncs at `nowMs`: those with a sync interval whose last
    // run (a failed one too, so a broken source is not asked every minute) is that old, full when
    // the last full run is older than the source's fullSyncHours.
    struct DueRun
    {
        DirectorySource source;
        SyncMode mode = SyncMode::Incremental;
    };
    Result<QList<DueRun>> dueRuns(qint64 nowMs);

private:
    Store& m_store;
};

} // namespace keydesk
