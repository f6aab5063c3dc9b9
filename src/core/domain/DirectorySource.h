// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace keydesk {

// Where users and groups come from: an LDAP / Active Directory server KeyDesk reads, or an
// identity provider that pushes them over SCIM 2.0 (docs/directory.md).
enum class DirectoryKind
{
    Ldap,
    Scim
};
QString directoryKindName(DirectoryKind kind); // "ldap", "scim"
std::optional<DirectoryKind> directoryKindFromName(const QString& name);

// What a user who leaves (disabled or removed at the source) loses: their active keys are
// suspended or revoked. Keys still waiting for activation are revoked either way.
enum class LeaverAction
{
    Suspend,
    Revoke
};
QString leaverActionName(LeaverAction action); // "suspend", "revoke"
std::optional<LeaverAction> leaverActionFromName(const QString& name);

// The two directories the defaults know: attribute names, how nested groups are resolved and
// what marks a change differ between them.
enum class LdapFlavour
{
    OpenLdap,
    ActiveDirectory
};
QString ldapFlavourName(LdapFlavour flavour); // "openldap", "ad"
std::optional<LdapFlavour> ldapFlavourFromName(const QString& name);

// How a group's members in nested groups are found: by reading every group and walking their
// `member` values (any directory), or by asking Active Directory for each group's members in
// chain (LDAP_MATCHING_RULE_IN_CHAIN, 1.2.840.113556.1.4.1941).
enum class NestedGroups
{
    Walk,
    InChain
};

// An LDAP source's settings, as the directory_sources row keeps them (JSON). No password: the
// bind password comes from the keychain or KEYDESK_LDAP_PASSWORD when a run starts.
struct LdapSourceConfig
{
    static constexpr int kDefaultPageSize = 500;
    static constexpr int kMaxPageSize = 5000;

    LdapFlavour flavour = LdapFlavour::OpenLdap;
    QString url; // ldap://host:port or ldaps://host:port
    bool startTls = false;
    QString caFile; // empty: the system's CAs
    QString bindDn;
    QStringList baseDns;
    QString userFilter;
    QString groupFilter;
    NestedGroups nested = NestedGroups::Walk;
    // Attribute names: the entry's stable id (entryUUID; AD's binary objectGUID), the fields
    // mapped to a user's, a group's name, and the one that marks a change (modifyTimestamp; AD's
    // uSNChanged). An empty name maps nothing (the field stays as KeyDesk has it).
    QString idAttribute;
    QString displayNameAttribute;
    QString mailAttribute;
    QString upnAttribute;
    QString departmentAttribute;
    QString groupNameAttribute;
    QString changeAttribute;
    int pageSize = kDefaultPageSize;
    int timeoutSeconds = 10;
    // The server runtime syncs the source this often (0: only when asked), and a run is full
    // once the last full one is this old.
    int syncMinutes = 15;
    int fullSyncHours = 24;

    // The settings a flavour starts from: its classes, attributes, nesting and change marker.
    static LdapSourceConfig defaults(LdapFlavour flavour);
    QJsonObject toJson() const;
    // Members missing from `json` keep the flavour's defaults; a wrong type, an unknown member or
    // a setting out of range is refused with what is wrong.
    static Result<LdapSourceConfig> fromJson(const QJsonObject& json);
    // Every setting a run needs is there and usable (URL scheme, a base DN, filters in parentheses).
    Status check() const;
};

struct DirectorySource
{
    qint64 id = 0;
    QString name;
    DirectoryKind kind = DirectoryKind::Ldap;
    LdapSourceConfig ldap; // for an LDAP source
    LeaverAction onLeave = LeaverAction::Suspend;
    bool hasToken = false; // a SCIM source's bearer token is set
    QString watermark;     // the highest change marker the last run saw
    std::optional<qint64> lastFullAtMs;
    qint64 createdAtMs = 0;
};

// Empty when the name can name a source, else what is wrong.
Error validateSourceName(const QString& name);

// How a run reads the source: every entry (and so finds deletions), or only what changed since
// the source's watermark.
enum class SyncMode
{
    Full,
    Incremental
};
QString syncModeName(SyncMode mode); // "full", "incremental"

// One run as recorded: what it read and changed, or why it failed (then it changed nothing).
struct DirectoryRun
{
    qint64 id = 0;
    qint64 sourceId = 0;
    SyncMode mode = SyncMode::Full;
    bool dryRun = false;
    bool failed = false;
    QString error; // failed: why
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;
    qint64 entriesRead = 0;
    qint64 usersCreated = 0;
    qint64 usersUpdated = 0;
    qint64 usersDisabled = 0;
    qint64 usersEnabled = 0;
    qint64 usersRemoved = 0;
    qint64 membershipsAdded = 0;
    qint64 membershipsRemoved = 0;
    qint64 keysWithdrawn = 0;
    qint64 entryErrors = 0;
};

// An entry a run could not take, and why; `entry` names it (a DN, a SCIM resource).
struct DirectoryEntryError
{
    QString entry;
    QString message;
};

} // namespace keydesk
