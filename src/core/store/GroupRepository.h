// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "AuditLog.h"
#include "Database.h"
#include "core/domain/Group.h"
#include "core/domain/User.h"

#include <QList>

#include <optional>

namespace keydesk {

// Groups and memberships, every change audited in its own transaction or the caller's.
class GroupRepository
{
public:
    GroupRepository(Database& db, const Clock& clock, AuditLog& audit)
        : m_db(db), m_clock(clock), m_audit(audit)
    {}

    // All groups by name, with member counts.
    Result<QList<Group>> list();
    // SQL for the number of members of the group groupId names (a column or a "?").
    static QString memberCount(SqlEngine engine, const QString& groupId);
    Result<std::optional<Group>> findById(qint64 id);
    Result<std::optional<Group>> findByName(const QString& name);
    // The group, or "no group with id N".
    Result<Group> existing(qint64 id);
    // Accepts an id or a name, as operators type them on the command line.
    Result<Group> resolve(const QString& idOrName);

    Result<Group> create(const QString& name, const QString& description = {});
    Result<Group> create(const QString& name, const QString& description, Transaction& tx,
                         const QJsonObject& auditDetails = {});
    // SQL and the audit event only, in the caller's transaction: GroupService checks names.
    Status rename(const Group& group, const QString& newName);
    Status remove(const Group& group);
    // Its own key policy (JSON; empty: none), in the caller's transaction, audited with before and after.
    Status setKeyPolicy(const Group& group, const QString& policyJson);

    // Inside the caller's transaction, audited when something changed; each returns whether a
    // membership was added or removed (false: it already was, or was not, there).
    Result<bool> addMember(const Group& group, const User& user, Transaction& tx,
                           const QJsonObject& auditDetails = {});
    Result<bool> removeMember(const Group& group, const User& user, Transaction& tx);

private:
    Result<std::optional<Group>> findOne(const QString& where, const QVariant& value);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace keydesk
