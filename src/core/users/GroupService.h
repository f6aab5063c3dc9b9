// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "core/Actor.h"
#include "core/domain/Group.h"
#include "webauthn/Expectations.h"

#include <QList>

#include <optional>

namespace keydesk {

class Store;

// Groups as operators see and change them. Names are checked here (valid, not taken — case
// does not make a new name); each change is one transaction whose audit event names `by`.
// Membership changes go through UserService (they may bring a user into a workflow's scope).
class GroupService
{
public:
    explicit GroupService(Store& store) : m_store(store) {}

    // By name, with member counts.
    Result<QList<Group>> list();
    // An id or a name, as operators type them.
    Result<Group> resolve(const QString& idOrName);

    Result<Group> create(const Actor& by, const QString& name, const QString& description = {});
    Status rename(const Actor& by, qint64 groupId, const QString& newName);
    // The group goes; its members stay, and leave it.
    Status remove(const Actor& by, qint64 groupId);
    // The group's own key policy, which its members' new keys must pass besides the deployment's;
    // nullopt (or a policy that refuses nothing) removes it. Needs manage-settings.
    Status setKeyPolicy(const Actor& by, qint64 groupId,
                        const std::optional<webauthn::AuthenticatorPolicy>& policy);

private:
    // Fails when `name` is not a valid group name or another group than `self` has it.
    Status checkName(const QString& name, qint64 self = 0);
    // `refusal` ("group '%1' comes from the directory source %2: …") for a group a source owns.
    Status checkNotSynced(const Group& group, const Error& refusal);

    Store& m_store;
};

} // namespace keydesk
