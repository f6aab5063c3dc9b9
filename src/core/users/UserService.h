// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "core/Actor.h"
#include "core/domain/Group.h"
#include "core/domain/User.h"
#include "core/domain/UserQuery.h"

#include <optional>

namespace keydesk {

class Store;

// A change to a user, and whether it may have brought them into a workflow's scope. That is the
// one rule the console and the CLI follow to run workflows after a change: a new user, a user
// enabled, a user added to a group.
struct UserChange
{
    User user;
    bool entersScope = false;
};

// Users as operators see and change them, and the rules of a change: fields valid, an email held
// by one user only, no change that changes nothing. Each change is one transaction whose audit
// events name `by`: a failed call changes nothing.
class UserService
{
public:
    explicit UserService(Store& store) : m_store(store) {}

    Result<std::optional<User>> findById(qint64 userId);
    // An id or an email address, as operators type them.
    Result<User> resolve(const QString& idOrEmail);
    // The All Users list: how many match, and one page of them in the query's order.
    Result<qint64> count(const UserQuery& query);
    Result<QList<UserListRow>> page(const UserQuery& query, qint64 offset, int limit);
    Result<QList<Group>> groupsOf(qint64 userId);
    // The WebAuthn user handle the user's credentials were made for.
    Result<QByteArray> webAuthnHandle(qint64 userId);

    // A new (manual) user, in these groups.
    Result<UserChange> create(const Actor& by, const UserFields& fields, const QList<Group>& groups = {});
    // The fields and, when given, the enabled flag, together.
    Result<UserChange> edit(const Actor& by, qint64 userId, const UserFields& fields,
                            std::optional<bool> enabled);
    Result<UserChange> setEnabled(const Actor& by, qint64 userId, bool enabled);
    // Group membership: joining may bring the user into a workflow's scope, leaving does not.
    Result<UserChange> joinGroup(const Actor& by, qint64 groupId, qint64 userId);
    Result<UserChange> leaveGroup(const Actor& by, qint64 groupId, qint64 userId);

private:
    // Runs `write` and reads the user back, in one call.
    // Fields valid, and the email no other user's (`self`: the user being edited).
    Status checkFields(const UserFields& fields, std::optional<qint64> self);
    Result<UserChange> changeMembership(const Actor& by, qint64 groupId, qint64 userId, bool join);
    // A user whose synced fields (name, email, UPN, department, enabled) a directory source owns,
    // and a group whose members it owns, are changed there, not here.
    Status checkNotSynced(const User& user);
    Status checkMembersNotSynced(const Group& group);
    // The user, or "no user with id N".
    Result<User> existing(qint64 userId);

    Store& m_store;
};

} // namespace keydesk
