// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "GroupService.h"

#include "core/ServiceCall.h"
#include "core/activation/KeyPolicy.h"

#include <QCoreApplication>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(GroupService)
};

} // namespace

namespace keydesk {

Result<QList<Group>> GroupService::list()
{
    return m_store.groups().list();
}

Result<Group> GroupService::resolve(const QString& idOrName)
{
    return m_store.groups().resolve(idOrName);
}

Status GroupService::checkName(const QString& name, qint64 self)
{
    if (Error problem = validateGroupName(name); !problem.isEmpty())
        return Status::failure(problem);
    auto holder = m_store.groups().findByName(name);
    if (!holder)
        return Status::failure(holder.cause());
    if (holder.value() && holder.value()->id != self)
        return Status::failure(Text::tr("a group named '%1' already exists").arg(holder.value()->name));
    return {};
}

Result<Group> GroupService::create(const Actor& by, const QString& name, const QString& description)
{
    return serviceCall(m_store, by, Permission::EditGroups, [&]() -> Result<Group> {
        if (Status s = checkName(name); !s)
            return Result<Group>::failure(s.cause());
        return m_store.groups().create(name, description);
    });
}

Status GroupService::checkNotSynced(const Group& group, const Error& refusal)
{
    if (group.sourceId == 0)
        return {};
    auto source = m_store.directory().sourceName(group.sourceId);
    if (!source)
        return Status::failure(source.cause());
    return Status::failure(refusal.arg(group.name).arg(source.value()));
}

Status GroupService::rename(const Actor& by, qint64 groupId, const QString& newName)
{
    return serviceCall(m_store, by, Permission::EditGroups, [&]() -> Status {
        auto group = m_store.groups().existing(groupId);
        if (!group)
            return Status::from(group);
        if (group->name == newName)
            return Status::failure(Text::tr("group '%1' already has that name").arg(group->name));
        if (Status s =
                checkNotSynced(group.value(), Text::tr("group '%1' comes from the directory source %2: "
                                                       "rename it there"));
            !s)
            return s;
        if (Status s = checkName(newName, groupId); !s)
            return s;
        return m_store.groups().rename(group.value(), newName);
    });
}

Status GroupService::remove(const Actor& by, qint64 groupId)
{
    return serviceCall(m_store, by, Permission::Delete, [&]() -> Status {
        auto group = m_store.groups().existing(groupId);
        if (!group)
            return Status::from(group);
        if (Status s =
                checkNotSynced(group.value(), Text::tr("group '%1' comes from the directory source %2: "
                                                       "remove it there"));
            !s)
            return s;
        return m_store.groups().remove(group.value());
    });
}

Status GroupService::setKeyPolicy(const Actor& by, qint64 groupId,
                                  const std::optional<webauthn::AuthenticatorPolicy>& policy)
{
    return serviceCall(m_store, by, Permission::ManageSettings, [&]() -> Status {
        QString json;
        if (policy && refusesAnything(*policy)) {
            json = keyPolicyJson(*policy);
            // Read back through the rules a stored one is read by (an allow-list of nothing...).
            if (auto checked = keyPolicyFromJson(json); !checked)
                return Status::failure(checked.cause());
        }
        auto group = m_store.groups().existing(groupId);
        if (!group)
            return Status::from(group);
        if (group->keyPolicy == json)
            return {}; // as it is: nothing to write or audit
        if (Status s = m_store.groups().setKeyPolicy(group.value(), json); !s)
            return s;
        return checkTrustedAttestationHasRoots(m_store); // rolled back when refused
    });
}

} // namespace keydesk
