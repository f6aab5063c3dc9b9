// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "core/Actor.h"
#include "core/domain/DirectorySource.h"
#include "core/domain/User.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace keydesk {

class Store;
class Transaction;

// One user as the directory has it, mapped to KeyDesk's fields.
struct DirectoryUserEntry
{
    QString externalId; // the directory's stable id (entryUUID, objectGUID, SCIM externalId)
    QString dn;         // where it sits (normalised; empty for SCIM), named in errors
    UserFields fields;
    bool enabled = true;
    // SCIM: the identity provider's own id for the user ("" when it sent none); nullopt for an
    // LDAP entry, which has none.
    std::optional<QString> scimExternalId;
};

// One group with every user in it, nested groups resolved.
struct DirectoryGroupEntry
{
    QString externalId;
    QString dn;
    QString name;
    QStringList memberIds;                 // the members' external ids
    std::optional<QString> scimExternalId; // as DirectoryUserEntry's
};

// What a reader found at the source, for one run.
struct DirectorySnapshot
{
    SyncMode mode = SyncMode::Full;
    // Full: every user in scope (the source's users missing here have been removed). Incremental:
    // the users that changed.
    QList<DirectoryUserEntry> users;
    // Each group listed has all its members here.
    QList<DirectoryGroupEntry> groups;
    // `groups` is every group of the source (a full run, or an incremental one that saw a group
    // change): the source's groups missing here are gone and lose their members.
    bool allGroups = false;
    // Entries the source says are gone (a SCIM DELETE), by external id: users are removed as a full
    // run removes the users it no longer finds, and leave the source's groups; groups lose their
    // members. Both stay in KeyDesk, marked removed.
    QStringList removedUsers;
    QStringList removedGroups;
    QString watermark; // the highest change marker read; empty keeps the source's
    qint64 entriesRead = 0;
    QList<DirectoryEntryError> errors; // entries the reader could not use
    qint64 startedAtMs = 0;
};

// A change a run made, or would make (a dry run lists them).
struct DirectoryChange
{
    QString entry;  // the user's email or the group's name
    QString action; // create, update, disable, enable, remove, claim, group-create, group-rename, join, leave
    QString details;
};

struct DirectorySyncReport
{
    DirectoryRun run;
    QList<DirectoryEntryError> errors;
    QList<DirectoryChange> changes;
    // Users may have entered a workflow's scope (created, enabled, joined a group): run them.
    bool entersScope = false;
};

// The rules of a directory sync, whatever read the source (LDAP, SCIM): a source owns its users'
// synced fields and its groups' members; a user the directory also has is matched by email and
// taken over; a user who leaves (disabled, or gone in a full run) is disabled and loses their
// keys (LeaverAction), each change audited with the source's name. A run is one transaction,
// recorded with its counts and entry errors; a dry run rolls back and records what it would do.
class DirectorySync
{
public:
    explicit DirectorySync(Store& store) : m_store(store) {}

    // Whether a run is recorded when it changed nothing and met no entry error: a scheduled or
    // asked-for run is (the operator sees it ran); a SCIM request that changed nothing is not.
    enum class Recording
    {
        Always,
        WhenSomethingHappened
    };

    // As `by`, who needs edit-users, edit-groups and handle-keys.
    Result<DirectorySyncReport> apply(const Actor& by, const DirectorySource& source,
                                      const DirectorySnapshot& snapshot, bool dryRun,
                                      Recording recording = Recording::Always);
    // A run that could not read the source: recorded as failed, nothing else changes.
    Result<DirectoryRun> recordFailure(const Actor& by, const DirectorySource& source, SyncMode mode,
                                       bool dryRun, qint64 startedAtMs, const Error& why);

private:
    // The run and its entry errors, committed with `tx` (and with it the run's changes).
    Status record(DirectorySyncReport& report, Transaction& tx);

    Store& m_store;
};

} // namespace keydesk
