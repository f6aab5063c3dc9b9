// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "DirectorySync.h"

#include "core/keys/KeyLifecycle.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QSet>

namespace {

struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(DirectorySync)
};

} // namespace

namespace keydesk {

namespace {

using SourcedUser = DirectoryRepository::SourcedUser;
using SourcedGroup = DirectoryRepository::SourcedGroup;

// One run's state: the source's users and groups as the database has them, kept up to date as
// the run changes them, and what it has counted.
class SyncRun
{
public:
    SyncRun(Store& store, const Actor& by, const DirectorySource& source, const DirectorySnapshot& snapshot)
        : m_store(store), m_by(by), m_source(source),
          m_snapshot(snapshot), m_origin{{QStringLiteral("directory_source"), source.name}}
    {
        m_report.run.sourceId = source.id;
        m_report.run.mode = snapshot.mode;
        m_report.run.startedAtMs = snapshot.startedAtMs;
        m_report.run.entriesRead = snapshot.entriesRead;
        m_report.errors = snapshot.errors;
    }

    Status run(Transaction& tx)
    {
        if (Status s = load(); !s)
            return s;
        if (Status s = syncUsers(tx); !s)
            return s;
        if (m_snapshot.mode == SyncMode::Full) {
            if (Status s = removeMissingUsers(); !s)
                return s;
        }
        if (Status s = removeListedUsers(tx); !s)
            return s;
        return syncGroups(tx);
    }

    DirectorySyncReport& report() { return m_report; }

private:
    Status load()
    {
        const bool incremental = m_snapshot.mode == SyncMode::Incremental;
        const bool removes = !m_snapshot.removedUsers.isEmpty() || !m_snapshot.removedGroups.isEmpty();
        QStringList read;
        for (const DirectoryUserEntry& entry : m_snapshot.users)
            read << entry.externalId;
        // An incremental run that saw no group change needs only the users it read.
        if (incremental && m_snapshot.groups.isEmpty() && !removes)
            return loadUsers(m_store.directory().usersOf(m_source.id, read));
        auto groups = m_store.directory().groupsOf(m_source.id);
        if (!groups)
            return Status::failure(groups.cause());
        m_groups = std::move(groups).value();
        for (const SourcedGroup& g : std::as_const(m_groups))
            m_groupsById.insert(g.group.id, g.group);
        // One that lists some groups (a SCIM request): those groups' members and the users named.
        if (incremental && !m_snapshot.allGroups && !removes)
            return loadListedGroups(read);
        if (Status s = loadUsers(m_store.directory().usersOf(m_source.id)); !s)
            return s;
        auto members = m_store.directory().membershipsOf(m_source.id);
        if (!members)
            return Status::failure(members.cause());
        m_members = std::move(members).value();
        for (const DirectoryUserEntry& entry : m_snapshot.users)
            m_snapshotIds.insert(entry.externalId);
        return {};
    }

    Status loadUsers(Result<QHash<QString, SourcedUser>> users)
    {
        if (!users)
            return Status::failure(users.cause());
        for (auto it = users->cbegin(); it != users->cend(); ++it) {
            m_users.insert(it.key(), it.value());
            m_byId.insert(it->user.id, it->user);
        }
        return {};
    }

    Status loadListedGroups(QStringList read)
    {
        QList<qint64> listed;
        for (const DirectoryGroupEntry& entry : m_snapshot.groups) {
            read << entry.memberIds;
            if (const auto known = m_groups.constFind(entry.externalId); known != m_groups.cend())
                listed << known->group.id;
        }
        auto members = m_store.directory().membershipsOf(m_source.id, listed);
        if (!members)
            return Status::failure(members.cause());
        m_members = std::move(members).value();
        if (Status s = loadUsers(m_store.directory().usersOf(m_source.id, read)); !s)
            return s;
        QList<qint64> current;
        for (const QSet<qint64>& ids : std::as_const(m_members)) {
            for (qint64 id : ids) {
                if (!m_byId.contains(id))
                    current << id;
            }
        }
        return loadUsers(m_store.directory().usersWithIds(m_source.id, current));
    }

    void entryError(const QString& entry, const Error& why)
    {
        m_report.errors.append({entry, why.message()});
    }
    void change(const QString& entry, const char* action, const QString& details = {})
    {
        m_report.changes.append({entry, QString::fromLatin1(action), details});
    }

    // Whether `email` is free for the user `self` (0: a new user); an entry error when not.
    Result<bool> emailFree(const DirectoryUserEntry& entry, qint64 self)
    {
        auto holder = m_store.users().findByEmail(entry.fields.email);
        if (!holder)
            return Result<bool>::failure(holder.cause());
        if (!holder.value() || holder.value()->id == self)
            return true;
        entryError(
            entry.dn.isEmpty() ? entry.externalId : entry.dn,
            Text::tr("the email %1 is already user %2's").arg(entry.fields.email).arg(holder.value()->id));
        return false;
    }

    Status syncUsers(Transaction& tx)
    {
        QList<const DirectoryUserEntry*> toCreate;
        QSet<QString> newEmails;
        for (const DirectoryUserEntry& entry : m_snapshot.users) {
            const QString name = entry.dn.isEmpty() ? entry.externalId : entry.dn;
            // Seen even when unusable: a known user whose entry has a bad field has not left.
            m_seen.insert(entry.externalId);
            if (Error problem = validateUserFields(entry.fields); !problem.isEmpty()) {
                entryError(name, problem);
                continue;
            }
            const auto known = m_users.find(entry.externalId);
            if (known != m_users.end()) {
                if (Status s = update(*known, entry, tx); !s)
                    return s;
                continue;
            }
            auto holder = m_store.users().findByEmail(entry.fields.email);
            if (!holder)
                return Status::failure(holder.cause());
            if (holder.value()) {
                if (Status s = claim(*holder.value(), entry, tx); !s)
                    return s;
                continue;
            }
            if (newEmails.contains(entry.fields.email.toLower())) {
                entryError(
                    name,
                    Text::tr("the email %1 is another entry's of this source too").arg(entry.fields.email));
                continue;
            }
            newEmails.insert(entry.fields.email.toLower());
            toCreate.append(&entry);
        }
        return create(toCreate, tx);
    }

    // The entry's fields; a field the source does not map (null) keeps the user's value.
    static UserFields wantedFields(const DirectoryUserEntry& entry, const User& user)
    {
        UserFields wanted = entry.fields;
        if (wanted.upn.isNull())
            wanted.upn = user.upn;
        if (wanted.department.isNull())
            wanted.department = user.department;
        return wanted;
    }

    Status update(SourcedUser& known, const DirectoryUserEntry& entry, Transaction& tx)
    {
        User& user = known.user;
        const UserFields wanted = wantedFields(entry, user);
        if (user.displayName != wanted.displayName.trimmed() || user.email != wanted.email ||
            user.upn != wanted.upn || user.department != wanted.department) {
            auto free = emailFree(entry, user.id);
            if (!free)
                return Status::failure(free.cause());
            if (!free.value())
                return {};
            auto updated = m_store.users().update(user, wanted, tx, m_origin);
            if (!updated)
                return Status::failure(updated.cause());
            change(updated->email, "update", describeChanges(user, updated.value()));
            user = updated.value();
            m_byId.insert(user.id, user);
            ++m_report.run.usersUpdated;
        }
        const bool newScimId = entry.scimExternalId && *entry.scimExternalId != known.scimExternalId;
        if (known.dn != entry.dn || newScimId) {
            if (Status s = m_store.directory().setUserEntry(user.id, entry.dn, entry.scimExternalId); !s)
                return s;
            known.dn = entry.dn;
            known.scimExternalId = entry.scimExternalId.value_or(known.scimExternalId);
        }
        if (known.removed) { // back in the source
            if (Status s = m_store.directory().setUserRemoved(user.id, false); !s)
                return s;
            known.removed = false;
        }
        return followEnabled(user, entry.enabled, Text::tr("disabled"));
    }

    static QString describeChanges(const User& from, const User& to)
    {
        QStringList parts;
        const auto compare = [&](const char* name, const QString& a, const QString& b) {
            if (a != b)
                parts << QStringLiteral("%1: %2 → %3").arg(QLatin1String(name), a, b);
        };
        compare("display_name", from.displayName, to.displayName);
        compare("email", from.email, to.email);
        compare("upn", from.upn, to.upn);
        compare("department", from.department, to.department);
        return parts.join(QStringLiteral("; "));
    }

    // A KeyDesk user (typed in, imported, from the demo) that the directory has too: the source
    // takes it over with its keys. One of another source is that source's.
    Status claim(const User& holder, const DirectoryUserEntry& entry, Transaction& tx)
    {
        // The source's own user under a new id: the entry was deleted and made again (a new
        // objectGUID, a SCIM create after a delete). Followed when the source removed the old
        // one, or a full run no longer has it.
        bool rekey = false;
        if (holder.sourceId == m_source.id) {
            auto removed = m_store.directory().userRemoved(holder.id);
            if (!removed)
                return Status::failure(removed.cause());
            rekey = removed.value() ||
                    (m_snapshot.mode == SyncMode::Full && !m_snapshotIds.contains(holder.externalId));
        }
        if (rekey) {
            m_users.remove(holder.externalId);
        } else if (holder.sourceId == m_source.id) {
            entryError(entry.dn.isEmpty() ? entry.externalId : entry.dn,
                       Text::tr("the email %1 is already user %2's, another entry of this source")
                           .arg(entry.fields.email)
                           .arg(holder.id));
            return {};
        } else if (holder.sourceId != 0) {
            entryError(entry.dn.isEmpty() ? entry.externalId : entry.dn,
                       Text::tr("the email %1 is already user %2's, who comes from another directory source")
                           .arg(entry.fields.email)
                           .arg(holder.id));
            return {};
        }
        if (Status s = m_store.directory().claimUser(holder.id, m_source.id, entry.externalId, entry.dn,
                                                     entry.scimExternalId);
            !s)
            return s;
        QJsonObject details = m_origin;
        details.insert(QStringLiteral("external_id"), entry.externalId);
        details.insert(QStringLiteral("was"), userSourceName(holder.source));
        if (!holder.externalId.isEmpty())
            details.insert(QStringLiteral("was_external_id"), holder.externalId);
        if (Status s = m_store.audit().append(QStringLiteral("user.claim"), QStringLiteral("user"), holder.id,
                                              holder.displayName, details);
            !s)
            return s;
        change(holder.email, "claim", Text::tr("was %1").arg(userSourceName(holder.source)).message());
        SourcedUser& known = m_users[entry.externalId];
        known.user = holder;
        known.user.source = UserSource::Directory;
        known.user.sourceId = m_source.id;
        known.user.externalId = entry.externalId;
        known.dn = entry.dn;
        known.scimExternalId = entry.scimExternalId.value_or(QString());
        known.removed = false;
        m_byId.insert(holder.id, known.user);
        auto updated = m_store.users().update(known.user, wantedFields(entry, known.user), tx, m_origin);
        if (!updated)
            return Status::failure(updated.cause());
        known.user = updated.value();
        m_byId.insert(holder.id, known.user);
        ++m_report.run.usersUpdated;
        return followEnabled(known.user, entry.enabled, Text::tr("disabled"));
    }

    Status create(const QList<const DirectoryUserEntry*>& entries, Transaction& tx)
    {
        const qsizetype chunk = UserRepository::kInsertBatch;
        for (qsizetype start = 0; start < entries.size(); start += chunk) {
            const qsizetype end = std::min<qsizetype>(start + chunk, entries.size());
            QList<UserFields> fields;
            for (qsizetype i = start; i < end; ++i)
                fields << entries[i]->fields;
            auto created = m_store.users().createMany(fields, UserSource::Directory, tx, m_origin);
            if (!created)
                return Status::failure(created.cause());
            for (qsizetype i = start; i < end; ++i) {
                const DirectoryUserEntry& entry = *entries[i];
                User user = created->at(i - start);
                if (Status s = m_store.directory().claimUser(user.id, m_source.id, entry.externalId, entry.dn,
                                                             entry.scimExternalId);
                    !s)
                    return s;
                user.sourceId = m_source.id;
                user.externalId = entry.externalId;
                change(user.email, "create", entry.enabled ? QString() : Text::tr("disabled").message());
                if (!entry.enabled) {
                    if (Status s = m_store.users().setEnabled(user.id, false, m_origin); !s)
                        return s;
                    user.enabled = false;
                } else {
                    m_report.entersScope = true;
                }
                m_users.insert(entry.externalId,
                               SourcedUser{user, entry.dn, entry.scimExternalId.value_or(QString()), false});
                m_byId.insert(user.id, user);
                ++m_report.run.usersCreated;
            }
        }
        return {};
    }

    // The directory's enabled flag wins. A user disabled there loses their keys; enabled again,
    // their keys stay as they are (suspended ones wait for an operator: the Overview lists them).
    Status followEnabled(User& user, bool enabled, const Error& why)
    {
        if (user.enabled == enabled)
            return {};
        QJsonObject details = m_origin;
        if (Status s = m_store.users().setEnabled(user.id, enabled, details); !s)
            return s;
        user.enabled = enabled;
        m_byId.insert(user.id, user);
        if (enabled) {
            ++m_report.run.usersEnabled;
            m_report.entersScope = true;
            change(user.email, "enable");
            return {};
        }
        ++m_report.run.usersDisabled;
        change(user.email, "disable");
        return withdrawKeys(user, why);
    }

    // A leaver's keys: active ones suspended or revoked (the source's setting), suspended ones
    // revoked under "revoke", and keys still waiting revoked, so their links stop working.
    Status withdrawKeys(const User& user, const Error& why)
    {
        auto keys = m_store.keys().listForUser(user.id);
        if (!keys)
            return Status::failure(keys.cause());
        KeyLifecycle lifecycle(m_store);
        const QString reason =
            Text::tr("left the directory source %1 (%2)").arg(m_source.name).arg(why.message()).message();
        for (const SecurityKeyRow& row : keys.value()) {
            const KeyStatus status = row.key.status;
            const bool revoke = status == KeyStatus::Pending || status == KeyStatus::Expired ||
                                (m_source.onLeave == LeaverAction::Revoke &&
                                 (status == KeyStatus::Active || status == KeyStatus::Suspended));
            Status done;
            if (revoke)
                done = lifecycle.revoke(m_by, row.key.id, reason);
            else if (status == KeyStatus::Active)
                done = lifecycle.suspend(m_by, row.key.id, reason);
            else
                continue;
            if (!done)
                return done;
            ++m_report.run.keysWithdrawn;
        }
        return {};
    }

    // A full run did not find these users: gone from the source, or out of its filter.
    Status removeMissingUsers()
    {
        for (auto it = m_users.begin(); it != m_users.end(); ++it) {
            if (!m_seen.contains(it.key())) {
                if (Status s = removeUser(it.value()); !s)
                    return s;
            }
        }
        return {};
    }

    // Users the source says are gone (SCIM DELETE): removed, and out of the source's groups,
    // which this run does not list.
    Status removeListedUsers(Transaction& tx)
    {
        for (const QString& id : m_snapshot.removedUsers) {
            const auto known = m_users.find(id);
            if (known == m_users.end())
                continue;
            if (Status s = removeUser(known.value()); !s)
                return s;
            for (auto g = m_members.cbegin(); g != m_members.cend(); ++g) {
                if (!g->contains(known->user.id))
                    continue;
                QSet<qint64> wanted = g.value();
                wanted.remove(known->user.id);
                if (Status s = setMembers(m_groupsById.value(g.key()), wanted, tx); !s)
                    return s;
            }
        }
        return {};
    }

    // Disabled, without keys, marked removed; its groups are left by the caller.
    Status removeUser(SourcedUser& known)
    {
        User& user = known.user;
        const qint64 withdrawnBefore = m_report.run.keysWithdrawn;
        const bool wasEnabled = user.enabled;
        const bool wasRemoved = known.removed;
        if (wasEnabled) {
            if (Status s = m_store.users().setEnabled(
                    user.id, false,
                    QJsonObject{{QStringLiteral("directory_source"), m_source.name},
                                {QStringLiteral("reason"), QStringLiteral("removed")}});
                !s)
                return s;
            user.enabled = false;
            m_byId.insert(user.id, user);
        }
        if (Status s = withdrawKeys(user, Text::tr("removed")); !s)
            return s;
        if (!wasRemoved) {
            if (Status s = m_store.directory().setUserRemoved(user.id, true); !s)
                return s;
            known.removed = true;
        }
        bool hadGroups = false;
        for (const QSet<qint64>& members : std::as_const(m_members))
            hadGroups = hadGroups || members.contains(user.id);
        // Removed by an earlier run already: nothing left to take.
        if (wasRemoved && !wasEnabled && !hadGroups && m_report.run.keysWithdrawn == withdrawnBefore)
            return {};
        m_removedNow.insert(user.id);
        return {};
    }

    Status syncGroups(Transaction& tx)
    {
        QSet<QString> listed;
        for (const DirectoryGroupEntry& entry : m_snapshot.groups) {
            listed.insert(entry.externalId);
            auto group = groupFor(entry, tx);
            if (!group)
                return Status::failure(group.cause());
            if (!group.value())
                continue;
            QSet<qint64> wanted;
            for (const QString& memberId : entry.memberIds) {
                const auto member = m_users.constFind(memberId);
                if (member != m_users.constEnd() && !m_removedNow.contains(member->user.id))
                    wanted.insert(member->user.id);
            }
            if (Status s = setMembers(*group.value(), wanted, tx); !s)
                return s;
        }
        // Groups the source no longer has keep their name (workflows may name them) but no members.
        if (m_snapshot.allGroups) {
            for (auto it = m_groups.begin(); it != m_groups.end(); ++it) {
                if (!listed.contains(it.key())) {
                    if (Status s = removeGroup(it.value(), tx); !s)
                        return s;
                }
            }
        }
        for (const QString& id : m_snapshot.removedGroups) {
            if (const auto it = m_groups.find(id); it != m_groups.end()) {
                if (Status s = removeGroup(it.value(), tx); !s)
                    return s;
            }
        }
        // Users removed in this run (a full one, which lists every group) left their groups above.
        m_report.run.usersRemoved = m_removedNow.size();
        for (qint64 id : std::as_const(m_removedNow))
            change(m_byId.value(id).email, "remove");
        return {};
    }

    Status removeGroup(SourcedGroup& gone, Transaction& tx)
    {
        if (Status s = setMembers(gone.group, {}, tx); !s)
            return s;
        if (gone.removed)
            return {};
        if (Status s = m_store.directory().setGroupRemoved(gone.group.id, true); !s)
            return s;
        gone.removed = true;
        change(gone.group.name, "group-remove");
        return {};
    }

    // A known group's provider id and removed mark, as the entry has them.
    Status refreshGroup(SourcedGroup& known, const DirectoryGroupEntry& entry)
    {
        if (entry.scimExternalId && *entry.scimExternalId != known.scimExternalId) {
            if (Status s = m_store.directory().setGroupScimExternalId(known.group.id, *entry.scimExternalId);
                !s)
                return s;
            known.scimExternalId = *entry.scimExternalId;
        }
        if (known.removed) {
            if (Status s = m_store.directory().setGroupRemoved(known.group.id, false); !s)
                return s;
            known.removed = false;
        }
        return {};
    }

    // The source's group for the entry, made or renamed as needed; nullopt after an entry error.
    Result<std::optional<Group>> groupFor(const DirectoryGroupEntry& entry, Transaction& tx)
    {
        using R = Result<std::optional<Group>>;
        const QString name = entry.name.trimmed();
        if (Error problem = validateGroupName(name); !problem.isEmpty()) {
            entryError(entry.dn, problem);
            return std::optional<Group>();
        }
        auto known = m_groups.find(entry.externalId);
        if (known != m_groups.end()) {
            if (Status s = refreshGroup(known.value(), entry); !s)
                return R::failure(s.cause());
            if (known->group.name == name)
                return std::optional<Group>(known->group);
        }
        auto holder = m_store.groups().findByName(name);
        if (!holder)
            return R::failure(holder.cause());
        if (holder.value() && (known == m_groups.end() || holder.value()->id != known->group.id)) {
            // The source's group it removed, made again under a new id: this entry takes it over.
            const auto removed = std::find_if(m_groups.begin(), m_groups.end(), [&](const SourcedGroup& g) {
                return g.group.id == holder.value()->id && g.removed;
            });
            if (known == m_groups.end() && removed != m_groups.end())
                return rekeyGroup(removed, entry);
            entryError(entry.dn.isEmpty() ? entry.externalId : entry.dn,
                       holder.value()->sourceId == m_source.id
                           ? Text::tr("the group name %1 is another group's of this source").arg(name)
                           : Text::tr("KeyDesk already has a group named %1 that does not come "
                                      "from this source; rename it to take the directory's")
                                 .arg(name));
            return known == m_groups.end() ? std::optional<Group>() : std::optional<Group>(known->group);
        }
        if (known != m_groups.end()) {
            if (Status s = m_store.groups().rename(known->group, name); !s)
                return R::failure(s.cause());
            change(name, "group-rename", Text::tr("was %1").arg(known->group.name).message());
            known->group.name = name;
            m_groupsById.insert(known->group.id, known->group);
            return std::optional<Group>(known->group);
        }
        auto created = m_store.groups().create(name, {}, tx, m_origin);
        if (!created)
            return R::failure(created.cause());
        if (Status s = m_store.directory().claimGroup(created->id, m_source.id, entry.externalId,
                                                      entry.scimExternalId);
            !s)
            return R::failure(s.cause());
        Group group = created.value();
        group.sourceId = m_source.id;
        m_groups.insert(entry.externalId,
                        SourcedGroup{group, entry.scimExternalId.value_or(QString()), false});
        m_groupsById.insert(group.id, group);
        change(name, "group-create");
        return std::optional<Group>(group);
    }

    Result<std::optional<Group>> rekeyGroup(QHash<QString, SourcedGroup>::iterator removed,
                                            const DirectoryGroupEntry& entry)
    {
        using R = Result<std::optional<Group>>;
        SourcedGroup group = removed.value();
        if (Status s = m_store.directory().claimGroup(group.group.id, m_source.id, entry.externalId,
                                                      entry.scimExternalId);
            !s)
            return R::failure(s.cause());
        m_groups.erase(removed);
        group.scimExternalId = entry.scimExternalId.value_or(QString());
        group.removed = false;
        m_groups.insert(entry.externalId, group);
        change(group.group.name, "group-create", Text::tr("made again").message());
        return std::optional<Group>(group.group);
    }

    Status setMembers(const Group& group, const QSet<qint64>& wanted, Transaction& tx)
    {
        QSet<qint64>& current = m_members[group.id];
        for (qint64 userId : wanted) {
            if (current.contains(userId))
                continue;
            const User user = m_byId.value(userId);
            auto added = m_store.groups().addMember(group, user, tx, m_origin);
            if (!added)
                return Status::failure(added.cause());
            ++m_report.run.membershipsAdded;
            if (user.enabled)
                m_report.entersScope = true;
            change(user.email, "join", group.name);
        }
        const QSet<qint64> leaving = current - wanted;
        for (qint64 userId : leaving) {
            const User user = m_byId.value(userId);
            auto removed = m_store.groups().removeMember(group, user, tx);
            if (!removed)
                return Status::failure(removed.cause());
            ++m_report.run.membershipsRemoved;
            change(user.email, "leave", group.name);
        }
        current = wanted;
        return {};
    }

    Store& m_store;
    const Actor& m_by;
    const DirectorySource& m_source;
    const DirectorySnapshot& m_snapshot;
    const QJsonObject m_origin;
    DirectorySyncReport m_report;
    QHash<QString, SourcedUser> m_users; // by external id
    QHash<qint64, User> m_byId;
    QHash<QString, SourcedGroup> m_groups; // by external id
    QHash<qint64, Group> m_groupsById;
    QHash<qint64, QSet<qint64>> m_members;
    QSet<QString> m_seen;
    QSet<QString> m_snapshotIds; // every user entry's id (full and group-changing runs)
    QSet<qint64> m_removedNow;
};

} // namespace

Result<DirectorySyncReport> DirectorySync::apply(const Actor& by, const DirectorySource& source,
                                                 const DirectorySnapshot& snapshot, bool dryRun,
                                                 Recording recording)
{
    using R = Result<DirectorySyncReport>;
    for (Permission needed : {Permission::EditUsers, Permission::EditGroups, Permission::HandleKeys}) {
        if (Status allowed = by.check(needed); !allowed)
            return R::failure(allowed.cause());
    }
    Database& db = m_store.database();
    DirectorySyncReport report;
    {
        Transaction tx(db);
        if (!tx.status())
            return R::failure(tx.status().cause());
        AuditLog::ActingAs acting(m_store.audit(), by);
        SyncRun run(m_store, by, source, snapshot);
        if (Status s = run.run(tx); !s)
            return R::failure(s.cause());
        report = std::move(run.report());
        report.run.dryRun = dryRun;
        report.run.entryErrors = report.errors.size();
        report.run.finishedAtMs = m_store.clock().nowMs();
        if (!dryRun) {
            if (Status s = m_store.directory().setSyncState(
                    source.id, snapshot.watermark.isEmpty() ? source.watermark : snapshot.watermark,
                    snapshot.mode == SyncMode::Full ? std::optional<qint64>(snapshot.startedAtMs)
                                                    : std::nullopt);
                !s)
                return R::failure(s.cause());
            if (recording == Recording::WhenSomethingHappened && report.changes.isEmpty() &&
                report.errors.isEmpty()) {
                if (Status s = tx.commit(); !s) // what no change lists: a provider's id, a moved DN
                    return R::failure(s.cause());
                return report;
            }
            if (Status s = record(report, tx); !s)
                return R::failure(s.cause());
            return report;
        }
    } // a dry run's changes are rolled back here; what it would have done is recorded
    Transaction tx(db);
    if (!tx.status())
        return R::failure(tx.status().cause());
    report.entersScope = false;
    if (Status s = record(report, tx); !s)
        return R::failure(s.cause());
    return report;
}

Status DirectorySync::record(DirectorySyncReport& report, Transaction& tx)
{
    auto id = m_store.directory().insertRun(report.run, report.errors);
    if (!id)
        return Status::failure(id.cause());
    report.run.id = id.value();
    return tx.commit();
}

Result<DirectoryRun> DirectorySync::recordFailure(const Actor& by, const DirectorySource& source,
                                                  SyncMode mode, bool dryRun, qint64 startedAtMs,
                                                  const Error& why)
{
    using R = Result<DirectoryRun>;
    if (Status allowed = by.check(Permission::EditUsers); !allowed)
        return R::failure(allowed.cause());
    DirectoryRun run;
    run.sourceId = source.id;
    run.mode = mode;
    run.dryRun = dryRun;
    run.failed = true;
    run.error = why.message();
    run.startedAtMs = startedAtMs;
    run.finishedAtMs = std::max(startedAtMs, m_store.clock().nowMs());
    Transaction tx(m_store.database());
    if (!tx.status())
        return R::failure(tx.status().cause());
    auto id = m_store.directory().insertRun(run, {});
    if (!id)
        return R::failure(id.cause());
    run.id = id.value();
    if (Status s = tx.commit(); !s)
        return R::failure(s.cause());
    return run;
}

} // namespace keydesk
