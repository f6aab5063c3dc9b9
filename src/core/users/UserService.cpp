// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "UserService.h"

#include "core/store/Store.h"

#include <QCoreApplication>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(UserService)
};

} // namespace

namespace keydesk {

Result<UserChange> UserService::create(const UserFields& fields, const QList<Group>& groups)
{
    using R = Result<UserChange>;
    Transaction tx(m_store.database());
    if (!tx.status())
        return R::failure(tx.status().cause());
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
}

Result<UserChange> UserService::edit(qint64 userId, const UserFields& fields, std::optional<bool> enabled)
{
    using R = Result<UserChange>;
    Transaction tx(m_store.database());
    if (!tx.status())
        return R::failure(tx.status().cause());
    auto current = m_store.users().findById(userId);
    if (!current)
        return R::failure(current.cause());
    if (!current.value())
        return R::failure(Text::tr("no user with id %1").arg(userId));
    auto updated = m_store.users().update(*current.value(), fields, tx);
    if (!updated)
        return R::failure(updated.cause());
    UserChange change{updated.value(), false};
    if (enabled && *enabled != current.value()->enabled) {
        if (Status s = m_store.users().setEnabled(userId, *enabled); !s)
            return R::failure(s.cause());
        change.user.enabled = *enabled;
        change.entersScope = *enabled;
    }
    if (Status s = tx.commit(); !s)
        return R::failure(s.cause());
    return change;
}

Result<UserChange> UserService::change(qint64 userId, bool entersScope, const std::function<Status()>& write)
{
    using R = Result<UserChange>;
    Transaction tx(m_store.database());
    if (!tx.status())
        return R::failure(tx.status().cause());
    if (Status s = write(); !s)
        return R::failure(s.cause());
    auto user = m_store.users().findById(userId);
    if (!user)
        return R::failure(user.cause());
    if (!user.value())
        return R::failure(Text::tr("no user with id %1").arg(userId));
    if (Status s = tx.commit(); !s)
        return R::failure(s.cause());
    return UserChange{*user.value(), entersScope};
}

Result<UserChange> UserService::setEnabled(qint64 userId, bool enabled)
{
    return change(userId, enabled, [&] { return m_store.users().setEnabled(userId, enabled); });
}

Result<UserChange> UserService::joinGroup(qint64 groupId, qint64 userId)
{
    return change(userId, true, [&] { return m_store.groups().addMember(groupId, userId); });
}

Result<UserChange> UserService::leaveGroup(qint64 groupId, qint64 userId)
{
    return change(userId, false, [&] { return m_store.groups().removeMember(groupId, userId); });
}

} // namespace keydesk
