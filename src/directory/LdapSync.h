// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "LdapConnection.h"
#include "core/users/DirectorySync.h"

#include <QHash>

namespace keydesk {
class Store;
}

namespace keydesk::directory {

// The bind password of LDAP sources, from the environment of the process that syncs; empty
// when KEYDESK_LDAP_PASSWORD is not set. It is never stored.
QString ldapPasswordFromEnvironment();

// A DN in the one spelling the sync compares: attribute names and values in lower case, no
// spaces around separators. Member values and entries' DNs come from the same server.
QString normaliseDn(const QString& dn);
// Active Directory's binary objectGUID in its usual text form (the first three fields are
// little-endian): "3f2504e0-4f89-11d3-9a0c-0305e82c3301".
QString guidText(const QByteArray& bytes);
// A value made safe for a search filter (RFC 4515: * ( ) \ and NUL escaped).
QString escapeFilterValue(const QString& value);
// The filter that asks Active Directory for every user in `groupDn`, nested groups included.
QString inChainMemberFilter(const QString& userFilter, const QString& groupDn);
// The later of two change markers: uSNChanged numbers compare as numbers, modifyTimestamp's
// GeneralizedTime as text.
QString laterMark(const QString& a, const QString& b);

// Reads an LDAP source into what DirectorySync applies: users mapped by the source's settings,
// groups with their members (nested groups walked, or asked in chain), and the highest change
// marker seen. An incremental read asks only for entries whose marker is at or after the
// watermark; when a group changed it reads every group again, since nesting can carry a change
// anywhere.
class LdapReader
{
public:
    LdapReader(LdapConnection& connection, const LdapSourceConfig& config)
        : m_connection(connection), m_config(config)
    {}

    // Normalised DN -> external id of the source's users the database has: asked for only when
    // an incremental read must resolve the groups' members, most of whom it did not read again.
    using KnownDns = std::function<Result<QHash<QString, QString>>()>;
    Result<DirectorySnapshot> read(SyncMode mode, const QString& watermark, const KnownDns& knownDns);

private:
    struct GroupEntry
    {
        QString dn;
        DirectoryGroupEntry entry;
        QStringList memberDns; // normalised
    };
    Status readUsers(const QString& filter, DirectorySnapshot& snapshot, QHash<QString, QString>& dns);
    Status readGroups(const QString& filter, bool withMembers, DirectorySnapshot& snapshot,
                      QList<GroupEntry>& groups);
    Status resolveMembers(QList<GroupEntry>& groups, const QHash<QString, QString>& userDns);
    // Each base DN in turn.
    Status searchAll(const QString& filter, const QStringList& attributes,
                     const std::function<void(const LdapEntry&)>& onEntry);
    QString entryId(const LdapEntry& entry) const;
    // Counts the entry read and its change marker; its id, or empty after an entry error.
    QString counted(const LdapEntry& entry, DirectorySnapshot& snapshot) const;
    QString changedSince(const QString& filter, const QString& watermark) const;

    LdapConnection& m_connection;
    const LdapSourceConfig& m_config;
};

// One run of an LDAP source: connect, bind, read, apply (DirectorySync). A source that cannot be
// reached, refuses the bind or fails a search is recorded as a failed run, and nothing changes;
// the error is returned. An incremental run of a source never synced is a full one.
Result<DirectorySyncReport> runLdapSync(Store& store, const Actor& by, const DirectorySource& source,
                                        SyncMode mode, bool dryRun, const QString& password);

// What `directory test` reports: the source answers, takes the bind, and this many entries match
// its user and group filters.
struct LdapSourceCheck
{
    qint64 users = 0;
    qint64 groups = 0;
};
Result<LdapSourceCheck> testLdapSource(const LdapSourceConfig& config, const QString& password);

} // namespace keydesk::directory
