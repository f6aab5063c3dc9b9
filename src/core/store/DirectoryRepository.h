// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "AuditLog.h"
#include "Database.h"
#include "core/domain/DirectorySource.h"
#include "core/domain/Group.h"
#include "core/domain/User.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>
#include <utility>

namespace keydesk {

// Directory sources, their runs, and what a sync reads and writes about the users and groups a
// source owns. SQL only: DirectorySync decides what changes.
class DirectoryRepository
{
public:
    DirectoryRepository(Database& db, const Clock& clock, AuditLog& audit)
        : m_db(db), m_clock(clock), m_audit(audit)
    {}

    // The row and its directory.add-source event (a taken name fails as ErrorCode::DuplicateRow).
    Result<DirectorySource> addSource(const QString& name, DirectoryKind kind, const LdapSourceConfig& config,
                                      LeaverAction onLeave);
    Result<QList<DirectorySource>> sources();
    // By id or name (any case).
    Result<std::optional<DirectorySource>> findSource(const QString& idOrName);
    // A SCIM source's new bearer token (its SHA-256; the token itself is never stored), with its
    // directory.scim-token event; the previous token stops working.
    Status setScimToken(qint64 sourceId, const QString& sourceName, const QByteArray& tokenHash);
    // The SCIM source whose token hashes to `tokenHash`, and the hash it keeps.
    Result<std::optional<std::pair<DirectorySource, QByteArray>>>
    sourceByTokenHash(const QByteArray& tokenHash);
    // The name of the source with this id ("source 7" if it is gone).
    Result<QString> sourceName(qint64 sourceId);
    Status setSyncState(qint64 sourceId, const QString& watermark, std::optional<qint64> lastFullAtMs);

    // The run and its entry errors, inside the caller's transaction (a completed run commits with
    // its changes).
    Result<qint64> insertRun(const DirectoryRun& run, const QList<DirectoryEntryError>& errors);
    // Newest first.
    Result<QList<DirectoryRun>> runs(qint64 sourceId, int limit);
    // When the source's last run that was not a dry run ended, failed or not.
    Result<std::optional<qint64>> lastRunAt(qint64 sourceId);
    Result<QList<DirectoryEntryError>> runErrors(qint64 runId, int limit);

    // --- for a sync ---
    struct SourcedUser
    {
        User user;
        QString dn;             // normalised, as the last sync saw it
        QString scimExternalId; // the identity provider's own id (SCIM)
        bool removed = false;   // the source removed it (removed_at)
    };
    struct SourcedGroup
    {
        Group group;
        QString scimExternalId;
        bool removed = false;
    };
    // The source's users by external id: all of them, those with these external ids, or those
    // with these KeyDesk ids.
    Result<QHash<QString, SourcedUser>> usersOf(qint64 sourceId);
    Result<QHash<QString, SourcedUser>> usersOf(qint64 sourceId, const QStringList& externalIds);
    Result<QHash<QString, SourcedUser>> usersWithIds(qint64 sourceId, const QList<qint64>& userIds);
    // Whether the source removed this user of its own.
    Result<bool> userRemoved(qint64 userId);
    // The source's groups by external id.
    Result<QHash<QString, SourcedGroup>> groupsOf(qint64 sourceId);
    // Members of the source's groups (of these groups only): group id -> user ids.
    Result<QHash<qint64, QSet<qint64>>> membershipsOf(qint64 sourceId);
    Result<QHash<qint64, QSet<qint64>>> membershipsOf(qint64 sourceId, const QList<qint64>& groupIds);
    // The user now belongs to the source (a KeyDesk user the directory also has, matched by
    // email; or one the source removed and made again), and is no longer marked removed.
    Status claimUser(qint64 userId, qint64 sourceId, const QString& externalId, const QString& dn,
                     const std::optional<QString>& scimExternalId = std::nullopt);
    // Where the entry sits now, and the provider's id when it sent one.
    Status setUserEntry(qint64 userId, const QString& dn, const std::optional<QString>& scimExternalId);
    Status setUserRemoved(qint64 userId, bool removed);
    // Marks a group as the source's (just made, or removed and made again).
    Status claimGroup(qint64 groupId, qint64 sourceId, const QString& externalId,
                      const std::optional<QString>& scimExternalId = std::nullopt);
    Status setGroupScimExternalId(qint64 groupId, const QString& scimExternalId);
    Status setGroupRemoved(qint64 groupId, bool removed);

private:
    Result<QList<DirectorySource>> selectSources(const QString& where, const QVariantList& values);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace keydesk
