// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "Database.h"
#include "core/domain/Group.h"
#include "core/domain/User.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace keydesk {

// What a SCIM client asks for in a list's filter, mapped to KeyDesk's columns (net/scim parses
// the filter's text).
struct ScimCondition
{
    enum class Attribute
    {
        UserName,    // users.upn (SCIM userName)
        Email,       // users.email
        ExternalId,  // the provider's own id (case exact)
        DisplayName, // users.display_name, groups.name
        Id           // KeyDesk's id for the resource (users/groups.external_id; case exact)
    };
    enum class Match
    {
        Equals,
        Contains,
        StartsWith
    };
    Attribute attribute = Attribute::UserName;
    Match match = Match::Equals;
    QString value;
};

// One page of a list: the rows and how many match in all.
template <typename Row> struct ScimPage
{
    QList<Row> rows;
    qint64 total = 0;
};

// The users and groups of one SCIM source as its provider sees them: the source's entries not
// removed, by KeyDesk's id for them. Reads only: every change goes through DirectorySync.
class ScimRepository
{
public:
    explicit ScimRepository(Database& db) : m_db(db) {}

    struct UserRow
    {
        User user; // user.externalId: the SCIM id
        QString scimExternalId;
    };
    struct Member
    {
        QString id; // the member's SCIM id
        QString display;
    };
    struct GroupRow
    {
        Group group;
        QString id; // the SCIM id
        QString scimExternalId;
        QList<Member> members; // filled when asked for
    };

    Result<std::optional<UserRow>> user(qint64 sourceId, const QString& id);
    // Ordered by KeyDesk's user id; `offset` 0-based.
    Result<ScimPage<UserRow>> users(qint64 sourceId, const std::optional<ScimCondition>& condition,
                                    qint64 offset, int limit);
    // The source's user (not removed) whose userName this is, other than `exceptId`.
    Result<std::optional<QString>> userNameHolder(qint64 sourceId, const QString& userName,
                                                  const QString& exceptId);
    // Of `ids`, those that are users of the source (not removed).
    Result<QSet<QString>> existingUsers(qint64 sourceId, const QStringList& ids);

    Result<std::optional<GroupRow>> group(qint64 sourceId, const QString& id, bool withMembers);
    Result<ScimPage<GroupRow>> groups(qint64 sourceId, const std::optional<ScimCondition>& condition,
                                      qint64 offset, int limit, bool withMembers);

private:
    // " AND <column matches>" for the condition, its value appended to `values`; empty when none.
    QString where(const std::optional<ScimCondition>& condition, bool groups, QVariantList& values) const;
    Status fillMembers(qint64 sourceId, QList<GroupRow>& rows);

    Database& m_db;
};

} // namespace keydesk
