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
        QString dn; // normalised, as the last sync saw it
    };
    // The source's users by external id: all of them, or those with these external ids.
    Result<QHash<QString, SourcedUser>> usersOf(qint64 sourceId);
    Result<QHash<QString, SourcedUser>> usersOf(qint64 sourceId, const QStringList& externalIds);
    // The source's groups by external id.
    Result<QHash<QString, Group>> groupsOf(qint64 sourceId);
    // Members of the source's groups: group id -> user ids.
    Result<QHash<qint64, QSet<qint64>>> membershipsOf(qint64 sourceId);
    // The user now belongs to the source (a KeyDesk user the directory also has, matched by
    // email), or its DN moved.
    Status claimUser(qint64 userId, qint64 sourceId, const QString& externalId, const QString& dn);
    Status setUserDn(qint64 userId, const QString& dn);
    // Marks a group just created as the source's.
    Status claimGroup(qint64 groupId, qint64 sourceId, const QString& externalId);

private:
    Result<QList<DirectorySource>> selectSources(const QString& where, const QVariantList& values);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace keydesk
