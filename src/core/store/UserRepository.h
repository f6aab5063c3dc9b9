// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "AuditLog.h"
#include "Database.h"
#include "core/domain/Group.h"
#include "core/domain/User.h"
#include "core/domain/UserQuery.h"

#include <QHash>
#include <QList>

#include <optional>

namespace keydesk {

// How a user search narrows rows in SQL. All plans select exactly the same users
// (SearchTerms.h); they differ in cost only.
enum class UserSearchPlan
{
    IndexSubquery, // u.id IN (ids from the FTS5 index): for counting with other filters
    IndexJoin,     // FROM users_fts JOIN users: fetch the few matches, then sort them
    RowTest        // walk users in sort order testing each row: stops early when many match
};

// Users: lookups, paged and searched lists, and audited changes. Methods that take a
// Transaction& run inside the caller's transaction (bulk import); the others open their own.
class UserRepository
{
public:
    UserRepository(Database& db, const Clock& clock, AuditLog& audit)
        : m_db(db), m_clock(clock), m_audit(audit)
    {}

    Result<std::optional<User>> findById(qint64 id);
    Result<std::optional<User>> findByEmail(const QString& email);
    // The user's WebAuthn user handle; empty until their first registration made one.
    Result<QByteArray> webAuthnHandle(qint64 userId);
    // Accepts an id or an email, as operators type them on the command line.
    Result<User> resolve(const QString& idOrEmail);

    // The search as a condition on users aliased `u` (empty for a blank search), for lists of
    // other things that belong to users (All Keys).
    static SqlCondition searchCondition(SqlEngine engine, const QString& search);

    Result<qint64> count(const UserQuery& query);
    Result<QList<UserListRow>> page(const UserQuery& query, qint64 offset, int limit);
    Result<QList<Group>> groupsOf(qint64 userId);

    Result<User> create(const UserFields& fields, UserSource source);
    Result<User> create(const UserFields& fields, UserSource source, Transaction& tx,
                        const QJsonObject& auditDetails = {});
    Result<User> update(const User& current, const UserFields& fields, Transaction& tx,
                        const QJsonObject& auditDetails = {});
    Status setEnabled(qint64 id, bool enabled, const QJsonObject& auditDetails = {});

    // Many users in one transaction: multi-row INSERTs, because SQLite 3.40's FTS5 flushes its
    // index at every statement that writes to it. Rows must be new and valid. createMany writes
    // a user.create audit event per user; insertBulk (generated data) writes none and the caller
    // records one summary event.
    static constexpr int kInsertBatch = 200;
    // extraDetails[i], when given, goes into user i's user.create event.
    Result<QList<User>> createMany(const QList<UserFields>& fields, UserSource source, Transaction& tx,
                                   const QJsonObject& auditDetails = {},
                                   const QList<QJsonObject>& extraDetails = {});
    struct BulkRow
    {
        UserFields fields;
        bool enabled = true;
        qint64 createdAtMs = 0;
    };
    Result<QList<qint64>> insertBulk(const QList<BulkRow>& rows, UserSource source, Transaction& tx);
    // Memberships of users created in the same transaction: no event of their own, since the
    // caller's events (user.create with its groups, or demo.create) record them.
    struct Membership
    {
        qint64 groupId = 0;
        qint64 userId = 0;
    };
    Status addMembershipsBulk(const QList<Membership>& memberships, qint64 addedAtMs, Transaction& tx);
    // Users by email (any case), keyed by lower-case email; absent emails are not in the hash.
    Result<QHash<QString, User>> findByEmails(const QStringList& emails);

private:
    // Measured on a million users (bench_users): sorting index matches by name costs about this
    // per match ("j": 98,460 matches in about 180 ms), walking users in name order about this per
    // row tested, and reading a page's rows with their groups and keys about this per row.
    static constexpr double kSortNsPerMatch = 1800.0;
    static constexpr double kRowTestNs = 300.0;
    static constexpr qint64 kPageRowNs = 20'000;

    Result<qint64> scalar(const QString& sql, const QVariantList& values);
    // One page by one search plan; empty (not an error) when budgetNs ran out first.
    Result<std::optional<QList<UserListRow>>> pageWith(const UserQuery& query, UserSearchPlan plan,
                                                       qint64 offset, int limit,
                                                       std::optional<qint64> budgetNs);
    // Users matching a search, from the index. count() always asks afresh; planning a page may
    // use the last answer, since a stale one changes only the plan's cost, never its rows.
    Result<qint64> searchMatchCount(const QString& matchExpression, bool fresh);
    Result<QList<qint64>> insertRows(const QList<BulkRow>& rows, UserSource source);
    Result<std::optional<User>> findOne(const QString& where, const QVariant& value);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    QHash<QString, qint64> m_matchCounts;
};

} // namespace keydesk
