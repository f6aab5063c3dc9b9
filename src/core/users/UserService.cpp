// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "UserService.h"

#include "core/ServiceCall.h"

#include <QCoreApplication>

namespace {

struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(UserService)
};

} // namespace

namespace keydesk {

Result<std::optional<User>> UserService::findById(qint64 userId)
{
    return m_store.users().findById(userId);
}

Result<User> UserService::resolve(const QString& idOrEmail)
{
    return m_store.users().resolve(idOrEmail);
}

Result<qint64> UserService::count(const UserQuery& query)
{
    return m_store.users().count(query);
}

Result<QList<UserListRow>> UserService::page(const UserQuery& query, qint64 offset, int limit)
{
    return m_store.users().page(query, offset, limit);
}

Result<QList<Group>> UserService::groupsOf(qint64 userId)
{
    return m_store.users().groupsOf(userId);
}

Result<QByteArray> UserService::webAuthnHandle(qint64 userId)
{
    return m_store.users().webAuthnHandle(userId);
}

Result<User> UserService::existing(qint64 userId)
{
    auto user = m_store.users().findById(userId);
    if (!user)
        return Result<User>::failure(user.cause());
    if (!user.value())
        return Result<User>::failure(Text::tr("no user with id %1").arg(userId));
    return *user.value();
}

Status UserService::checkNotSynced(const User& user)
{
    if (user.sourceId == 0)
        return {};
    auto source = m_store.directory().sourceName(user.sourceId);
    if (!source)
        return Status::failure(source.cause());
    return Status::failure(Text::tr("%1 comes from the directory source %2: change their name, email, UPN, "
                                    "department and state there")
                               .arg(user.email, source.value()));
}

Status UserService::checkMembersNotSynced(const Group& group)
{
    if (group.sourceId == 0)
        return {};
    auto source = m_store.directory().sourceName(group.sourceId);
    if (!source)
        return Status::failure(source.cause());
    return Status::failure(
        Text::tr("the members of group '%1' come from the directory source %2: change them "
                 "there")
            .arg(group.name, source.value()));
}

Status UserService::checkFields(const UserFields& fields, std::optional<qint64> self)
{
    if (Error problem = validateUserFields(fields); !problem.isEmpty())
        return Status::failure(problem);
    auto holder = m_store.users().findByEmail(fields.email);
    if (!holder)
        return Status::failure(holder.cause());
    if (holder.value() && holder.value()->id != self)
        return Status::failure(Text::tr("a user with email '%1' already exists").arg(holder.value()->email));
    return {};
}

Result<UserChange> UserService::create(const Actor& by, const UserFields& fields, const QList<Group>& groups)
{
    using R = Result<UserChange>;
    return serviceCall(m_store, by, Permission::EditUsers, [&]() -> R {
        if (Status s = checkFields(fields, std::nullopt); !s)
            return R::failure(s.cause());
        Transaction tx(m_store.database());
        auto user = m_store.users().create(fields, UserSource::Manual, tx);
        if (!user)
            return R::failure(user.cause());
        for (const Group& group : groups) {
            if (auto added = m_store.groups().addMember(group, user.value(), tx); !added)
                return R::failure(added.cause());
        }
        if (Status s = tx.commit(); !s)
            return R::failure(s.cause());
        return UserChange{user.value(), true};
    });
}

Result<UserChange> UserService::edit(const Actor& by, qint64 userId, const UserFields& fields,
                                     std::optional<bool> enabled)
{
    using R = Result<UserChange>;
    return serviceCall(m_store, by, Permission::EditUsers, [&]() -> R {
        auto current = existing(userId);
        if (!current)
            return R::failure(current.cause());
        UserFields tidied = fields; // the display name is stored trimmed, and checked so
        tidied.displayName = fields.displayName.trimmed();
        const bool synced = tidied.displayName != current->displayName || tidied.email != current->email ||
                            tidied.upn != current->upn || tidied.department != current->department ||
                            (enabled && *enabled != current->enabled);
        if (synced) {
            if (Status s = checkNotSynced(current.value()); !s)
                return R::failure(s.cause());
        }
        if (Status s = checkFields(tidied, userId); !s)
            return R::failure(s.cause());
        Transaction tx(m_store.database());
        auto updated = m_store.users().update(current.value(), fields, tx);
        if (!updated)
            return R::failure(updated.cause());
        UserChange change{updated.value(), false};
        if (enabled && *enabled != current->enabled) {
            if (Status s = m_store.users().setEnabled(userId, *enabled); !s)
                return R::failure(s.cause());
            change.user.enabled = *enabled;
            change.entersScope = *enabled;
        }
        if (Status s = tx.commit(); !s)
            return R::failure(s.cause());
        return change;
    });
}

Result<UserChange> UserService::setEnabled(const Actor& by, qint64 userId, bool enabled)
{
    using R = Result<UserChange>;
    return serviceCall(m_store, by, Permission::EditUsers, [&]() -> R {
        auto user = existing(userId);
        if (!user)
            return R::failure(user.cause());
        if (user->enabled == enabled)
            return R::failure(enabled ? Text::tr("user '%1' is already enabled").arg(user->email)
                                      : Text::tr("user '%1' is already disabled").arg(user->email));
        if (Status s = checkNotSynced(user.value()); !s)
            return R::failure(s.cause());
        if (Status s = m_store.users().setEnabled(userId, enabled); !s)
            return R::failure(s.cause());
        user.value().enabled = enabled;
        return UserChange{user.value(), enabled};
    });
}

Result<UserChange> UserService::changeMembership(const Actor& by, qint64 groupId, qint64 userId, bool join)
{
    using R = Result<UserChange>;
    return serviceCall(m_store, by, Permission::EditUsers, [&]() -> R {
        auto group = m_store.groups().existing(groupId);
        if (!group)
            return R::failure(group.cause());
        auto user = existing(userId);
        if (!user)
            return R::failure(user.cause());
        if (Status s = checkMembersNotSynced(group.value()); !s)
            return R::failure(s.cause());
        Transaction tx(m_store.database());
        auto changed = join ? m_store.groups().addMember(group.value(), user.value(), tx)
                            : m_store.groups().removeMember(group.value(), user.value(), tx);
        if (!changed)
            return R::failure(changed.cause());
        if (!changed.value())
            return R::failure(join
                                  ? Text::tr("'%1' is already a member of '%2'").arg(user->email, group->name)
                                  : Text::tr("'%1' is not a member of '%2'").arg(user->email, group->name));
        if (Status s = tx.commit(); !s)
            return R::failure(s.cause());
        return UserChange{user.value(), join};
    });
}

Result<UserChange> UserService::joinGroup(const Actor& by, qint64 groupId, qint64 userId)
{
    return changeMembership(by, groupId, userId, true);
}

Result<UserChange> UserService::leaveGroup(const Actor& by, qint64 groupId, qint64 userId)
{
    return changeMembership(by, groupId, userId, false);
}

} // namespace keydesk
