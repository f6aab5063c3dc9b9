// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "core/domain/Group.h"
#include "core/domain/User.h"

#include <functional>
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

// Users as operators change them, one transaction per call: a failed call changes nothing.
class UserService
{
public:
    explicit UserService(Store& store) : m_store(store) {}

    // A new (manual) user, in these groups.
    Result<UserChange> create(const UserFields& fields, const QList<Group>& groups = {});
    // The fields and, when given, the enabled flag, together.
    Result<UserChange> edit(qint64 userId, const UserFields& fields, std::optional<bool> enabled);
    Result<UserChange> setEnabled(qint64 userId, bool enabled);
    // Group membership: joining may bring the user into a workflow's scope, leaving does not.
    Result<UserChange> joinGroup(qint64 groupId, qint64 userId);
    Result<UserChange> leaveGroup(qint64 groupId, qint64 userId);

private:
    // Runs `write` and reads the user back, in one transaction.
    Result<UserChange> change(qint64 userId, bool entersScope, const std::function<Status()>& write);

    Store& m_store;
};

} // namespace keydesk
