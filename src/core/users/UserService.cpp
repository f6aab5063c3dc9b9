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

Result<UserChange> UserService::create(const Actor& by, const UserFields& fields, const QList<Group>& groups)
{
    using R = Result<UserChange>;
    return serviceCall(m_store, by, [&]() -> R {
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
    return serviceCall(m_store, by, [&]() -> R {
        auto current = existing(userId);
        if (!current)
            return R::failure(current.cause());
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

Result<UserChange> UserService::change(const Actor& by, qint64 userId, bool entersScope,
                                       const std::function<Status()>& write)
{
    using R = Result<UserChange>;
    return serviceCall(m_store, by, [&]() -> R {
        if (Status s = write(); !s)
            return R::failure(s.cause());
        auto user = existing(userId);
        if (!user)
            return R::failure(user.cause());
        return UserChange{user.value(), entersScope};
    });
}

Result<UserChange> UserService::setEnabled(const Actor& by, qint64 userId, bool enabled)
{
    return change(by, userId, enabled, [&] { return m_store.users().setEnabled(userId, enabled); });
}

Result<UserChange> UserService::joinGroup(const Actor& by, qint64 groupId, qint64 userId)
{
    return change(by, userId, true, [&] { return m_store.groups().addMember(groupId, userId); });
}

Result<UserChange> UserService::leaveGroup(const Actor& by, qint64 groupId, qint64 userId)
{
    return change(by, userId, false, [&] { return m_store.groups().removeMember(groupId, userId); });
}

} // namespace keydesk
