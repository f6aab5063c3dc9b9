// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "GroupRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(GroupRepository)
};

} // namespace

namespace keydesk {

namespace {

QString groupSelect(SqlEngine engine)
{
    return QStringLiteral("SELECT g.id, g.name, g.description, g.created_at, g.key_policy, g.source_id, ") +
           GroupRepository::memberCount(engine, QStringLiteral("g.id")) +
           QStringLiteral(" AS member_count FROM groups g");
}

Group readGroup(const QSqlQuery& q)
{
    return Group{q.value(QStringLiteral("id")).toLongLong(),
                 q.value(QStringLiteral("name")).toString(),
                 q.value(QStringLiteral("description")).toString(),
                 q.value(QStringLiteral("created_at")).toLongLong(),
                 q.value(QStringLiteral("member_count")).toLongLong(),
                 q.value(QStringLiteral("key_policy")).toString(),
                 q.value(QStringLiteral("source_id")).toLongLong()};
}

// Membership events are about the user (its Activity tab shows them) and name the group.
QJsonObject memberDetails(const Group& group, const User& user)
{
    return {{QStringLiteral("group"), group.name},
            {QStringLiteral("group_id"), group.id},
            {QStringLiteral("email"), user.email}};
}

} // namespace

QString GroupRepository::memberCount(SqlEngine engine, const QString& groupId)
{
    // PostgreSQL counts index entries one by one (a big group takes 100 ms and more); its
    // triggers keep the numbers instead (migration 0003).
    if (engine == SqlEngine::PostgreSQL)
        return QStringLiteral(
                   "(SELECT coalesce(sum(c.n), 0) FROM group_member_counts c WHERE c.group_id = %1)")
            .arg(groupId);
    return QStringLiteral("(SELECT count(*) FROM group_members gm WHERE gm.group_id = %1)").arg(groupId);
}

Result<QList<Group>> GroupRepository::list()
{
    QSqlQuery& q = m_db.prepared(groupSelect(m_db.engine()) + QStringLiteral(" ORDER BY g.name"));
    return m_db.readAll<Group>(q, QT_TRANSLATE_NOOP("Database", "listing groups"),
                               [&](const QSqlQuery& row) { return readGroup(row); });
}

Result<std::optional<Group>> GroupRepository::findOne(const QString& where, const QVariant& value)
{
    QSqlQuery& q = m_db.prepared(groupSelect(m_db.engine()) + QStringLiteral(" WHERE ") + where);
    q.addBindValue(value);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading a group")); !s)
        return Result<std::optional<Group>>::failure(s.cause());
    std::optional<Group> group;
    if (q.next())
        group = readGroup(q);
    q.finish();
    return group;
}

Result<std::optional<Group>> GroupRepository::findById(qint64 id)
{
    return findOne(QStringLiteral("g.id = ?"), id);
}

Result<std::optional<Group>> GroupRepository::findByName(const QString& name)
{
    return findOne(QStringLiteral("g.name = ?"), name);
}

Result<Group> GroupRepository::resolve(const QString& idOrName)
{
    auto found = findByName(idOrName);
    if (found && !found.value()) {
        bool isNumber = false;
        const qint64 id = idOrName.toLongLong(&isNumber);
        if (isNumber)
            found = findById(id);
    }
    if (!found)
        return Result<Group>::failure(found.cause());
    if (!found.value())
        return Result<Group>::failure(Text::tr("no group '%1'").arg(idOrName));
    return *found.value();
}

Result<Group> GroupRepository::create(const QString& name, const QString& description)
{
    Transaction tx(m_db);
    if (!tx.status())
        return Result<Group>::failure(tx.status().cause());
    auto group = create(name, description, tx);
    if (!group)
        return group;
    if (Status s = tx.commit(); !s)
        return Result<Group>::failure(s.cause());
    return group;
}

Result<Group> GroupRepository::create(const QString& name, const QString& description, Transaction&,
                                      const QJsonObject& auditDetails)
{
    using R = Result<Group>;
    const qint64 now = m_clock.nowMs();
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("INSERT INTO groups (name, description, created_at) VALUES (?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(sqlText(description));
    q.addBindValue(now);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "adding the group")); !s)
        return R::failure(s.cause());
    const Group group{q.lastInsertId().toLongLong(), name, description, now, 0, {}, 0};
    QJsonObject details = auditDetails;
    if (!description.isEmpty())
        details.insert(QStringLiteral("description"), description);
    if (Status s =
            m_audit.append(QStringLiteral("group.create"), QStringLiteral("group"), group.id, name, details);
        !s)
        return R::failure(s.cause());
    return group;
}

Status GroupRepository::rename(const Group& group, const QString& newName)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("UPDATE groups SET name = ? WHERE id = ?"));
    q.addBindValue(newName);
    q.addBindValue(group.id);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "renaming the group")); !s)
        return s;
    return m_audit.append(QStringLiteral("group.rename"), QStringLiteral("group"), group.id, newName,
                          {{QStringLiteral("from"), group.name}, {QStringLiteral("to"), newName}});
}

Status GroupRepository::setKeyPolicy(const Group& group, const QString& policyJson)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("UPDATE groups SET key_policy = ? WHERE id = ?"));
    q.addBindValue(policyJson.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(policyJson));
    q.addBindValue(group.id);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "setting the group's key policy")); !s)
        return s;
    const QJsonValue policy = policyJson.isEmpty()
                                  ? QJsonValue(QJsonValue::Null)
                                  : QJsonValue(QJsonDocument::fromJson(policyJson.toUtf8()).object());
    const QJsonValue before = group.keyPolicy.isEmpty()
                                  ? QJsonValue(QJsonValue::Null)
                                  : QJsonValue(QJsonDocument::fromJson(group.keyPolicy.toUtf8()).object());
    return m_audit.append(QStringLiteral("group.key-policy"), QStringLiteral("group"), group.id, group.name,
                          {{QStringLiteral("from"), before}, {QStringLiteral("to"), policy}});
}

Status GroupRepository::remove(const Group& group)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("DELETE FROM groups WHERE id = ?"));
    q.addBindValue(group.id);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "deleting the group")); !s)
        return s;
    return m_audit.append(QStringLiteral("group.delete"), QStringLiteral("group"), group.id, group.name,
                          {{QStringLiteral("members"), group.memberCount}});
}

Result<Group> GroupRepository::existing(qint64 id)
{
    auto group = findById(id);
    if (!group)
        return Result<Group>::failure(group.cause());
    if (!group.value())
        return Result<Group>::failure(Text::tr("no group with id %1").arg(id));
    return *group.value();
}

Result<bool> GroupRepository::addMember(const Group& group, const User& user, Transaction&,
                                        const QJsonObject& auditDetails)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO group_members (group_id, user_id, added_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(group.id);
    q.addBindValue(user.id);
    q.addBindValue(m_clock.nowMs());
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "adding the member")); !s)
        return Result<bool>::failure(s.cause());
    if (q.numRowsAffected() == 0)
        return false;
    QJsonObject details = memberDetails(group, user);
    for (auto it = auditDetails.begin(); it != auditDetails.end(); ++it)
        details.insert(it.key(), it.value());
    if (Status s = m_audit.append(QStringLiteral("group.add-member"), QStringLiteral("user"), user.id,
                                  user.displayName, details);
        !s)
        return Result<bool>::failure(s.cause());
    return true;
}

Result<bool> GroupRepository::removeMember(const Group& group, const User& user, Transaction&)
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("DELETE FROM group_members WHERE group_id = ? AND user_id = ?"));
    q.addBindValue(group.id);
    q.addBindValue(user.id);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "removing the member")); !s)
        return Result<bool>::failure(s.cause());
    if (q.numRowsAffected() == 0)
        return false;
    if (Status s = m_audit.append(QStringLiteral("group.remove-member"), QStringLiteral("user"), user.id,
                                  user.displayName, memberDetails(group, user));
        !s)
        return Result<bool>::failure(s.cause());
    return true;
}

} // namespace keydesk
