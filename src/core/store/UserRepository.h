#pragma once

#include "AuditLog.h"
#include "Database.h"
#include "core/domain/Group.h"
#include "core/domain/User.h"
#include "core/domain/UserQuery.h"

#include <QList>

#include <optional>

namespace keydesk {

// Users: lookups, paged and searched lists, and audited changes. Methods that take a
// Transaction& run inside the caller's transaction (bulk import); the others open their own.
class UserRepository
{
public:
    UserRepository(Database& db, const Clock& clock, AuditLog& audit) : m_db(db), m_clock(clock), m_audit(audit) {}

    Result<std::optional<User>> findById(qint64 id);
    Result<std::optional<User>> findByEmail(const QString& email);
    // Accepts an id or an email, as operators type them on the command line.
    Result<User> resolve(const QString& idOrEmail);

    Result<qint64> count(const UserQuery& query);
    Result<QList<UserListRow>> page(const UserQuery& query, qint64 offset, int limit);
    Result<QList<Group>> groupsOf(qint64 userId);

    Result<User> create(const UserFields& fields, UserSource source);
    Result<User> create(const UserFields& fields, UserSource source, Transaction& tx, const QJsonObject& auditDetails = {});
    Result<User> update(qint64 id, const UserFields& fields);
    Result<User> update(const User& current, const UserFields& fields, Transaction& tx, const QJsonObject& auditDetails = {});
    Status setEnabled(qint64 id, bool enabled);

    // Bulk path for generated data (demo, benchmarks): inserts without a per-user audit event;
    // the caller writes one summary event in the same transaction. Input must be valid.
    Result<qint64> insertBulk(const UserFields& fields, UserSource source, bool enabled, qint64 createdAtMs,
                              Transaction& tx);
    Status addMembershipBulk(qint64 groupId, qint64 userId, qint64 addedAtMs, Transaction& tx);

    // An FTS5 MATCH expression for what an operator typed: every word must match as a prefix.
    static QString searchExpression(const QString& text);

private:
    Result<std::optional<User>> findOne(const QString& where, const QVariant& value);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace keydesk
