// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ScimRepository.h"

#include "Rows.h"

#include <QSqlQuery>

namespace keydesk {

namespace {

const QString kUsersOfSource = QStringLiteral(
    " FROM users u WHERE u.source_id = ? AND u.removed_at IS NULL AND u.external_id IS NOT NULL");
const QString kGroupsOfSource =
    QStringLiteral(" FROM groups g WHERE g.source_id = ? AND g.removed_at IS NULL");
const QString kGroupColumns = QStringLiteral(
    "SELECT g.id, g.name, g.description, g.created_at, g.key_policy, g.external_id, g.scim_external_id");

// LIKE's wildcards in a value, taken literally (ESCAPE '!').
QString likeLiteral(const QString& value)
{
    QString escaped = value;
    escaped.replace(u'!', QStringLiteral("!!"))
        .replace(u'%', QStringLiteral("!%"))
        .replace(u'_', QStringLiteral("!_"));
    return escaped;
}

ScimRepository::GroupRow readGroup(const QSqlQuery& q, qint64 sourceId)
{
    ScimRepository::GroupRow row;
    row.group = Group{q.value(0).toLongLong(),
                      q.value(1).toString(),
                      q.value(2).toString(),
                      q.value(3).toLongLong(),
                      0,
                      q.value(4).toString(),
                      sourceId};
    row.id = q.value(5).toString();
    row.scimExternalId = q.value(6).toString();
    return row;
}

} // namespace

QString ScimRepository::where(const std::optional<ScimCondition>& condition, bool groups,
                              QVariantList& values) const
{
    if (!condition)
        return {};
    using A = ScimCondition::Attribute;
    using M = ScimCondition::Match;
    const QString prefix = groups ? QStringLiteral("g.") : QStringLiteral("u.");
    QString column;
    bool caseExact = false;
    switch (condition->attribute) {
    case A::UserName:
        column = QStringLiteral("u.upn");
        break;
    case A::Email:
        column = QStringLiteral("u.email");
        break;
    case A::DisplayName:
        column = groups ? QStringLiteral("g.name") : QStringLiteral("u.display_name");
        break;
    case A::ExternalId:
        column = prefix + QStringLiteral("scim_external_id");
        caseExact = true;
        break;
    case A::Id:
        column = prefix + QStringLiteral("external_id");
        caseExact = true;
        break;
    }
    const QString& v = condition->value;
    if (!caseExact) {
        switch (condition->match) {
        case M::Equals:
            values << v.toLower();
            return QStringLiteral(" AND lower(%1) = ?").arg(column);
        case M::Contains:
            values << QString(u'%' + likeLiteral(v.toLower()) + u'%');
            return QStringLiteral(" AND lower(%1) LIKE ? ESCAPE '!'").arg(column);
        case M::StartsWith:
            values << QString(likeLiteral(v.toLower()) + u'%');
            return QStringLiteral(" AND lower(%1) LIKE ? ESCAPE '!'").arg(column);
        }
    }
    switch (condition->match) {
    case M::Equals:
        values << v;
        return QStringLiteral(" AND %1 = ?").arg(column);
    case M::Contains:
        values << v;
        return m_db.engine() == SqlEngine::PostgreSQL ? QStringLiteral(" AND strpos(%1, ?) > 0").arg(column)
                                                      : QStringLiteral(" AND instr(%1, ?) > 0").arg(column);
    case M::StartsWith:
        values << qint64(v.size()) << v;
        return QStringLiteral(" AND substr(%1, 1, ?) = ?").arg(column);
    }
    return {};
}

Result<std::optional<ScimRepository::UserRow>> ScimRepository::user(qint64 sourceId, const QString& id)
{
    auto page =
        users(sourceId, ScimCondition{ScimCondition::Attribute::Id, ScimCondition::Match::Equals, id}, 0, 1);
    if (!page)
        return Result<std::optional<UserRow>>::failure(page.cause());
    return page->rows.isEmpty() ? std::nullopt : std::optional(page->rows.constFirst());
}

Result<ScimPage<ScimRepository::UserRow>> ScimRepository::users(qint64 sourceId,
                                                                const std::optional<ScimCondition>& condition,
                                                                qint64 offset, int limit)
{
    using R = Result<ScimPage<UserRow>>;
    QVariantList values{sourceId};
    const QString from = kUsersOfSource + where(condition, false, values);
    ScimPage<UserRow> page;
    QSqlQuery& count = m_db.prepared(QStringLiteral("SELECT count(*)") + from);
    for (const QVariant& v : values)
        count.addBindValue(v);
    if (Status s = m_db.exec(count, QT_TRANSLATE_NOOP("Database", "reading the source's users")); !s)
        return R::failure(s.cause());
    page.total = count.next() ? count.value(0).toLongLong() : 0;
    count.finish();
    if (limit <= 0)
        return page;
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT ") + kUserFullSelect + QStringLiteral(", u.scim_external_id") +
                      from + QStringLiteral(" ORDER BY u.id LIMIT ? OFFSET ?"));
    for (const QVariant& v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading the source's users")); !s)
        return R::failure(s.cause());
    const Columns columns(q);
    const UserReader reader{columns};
    const int scim = columns("scim_external_id");
    while (q.next())
        page.rows.append(UserRow{reader.read(q), q.value(scim).toString()});
    q.finish();
    return page;
}

Result<std::optional<QString>> ScimRepository::userNameHolder(qint64 sourceId, const QString& userName,
                                                              const QString& exceptId)
{
    using R = Result<std::optional<QString>>;
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT u.external_id") + kUsersOfSource +
                                 QStringLiteral(" AND lower(u.upn) = ? AND u.external_id <> ?"));
    q.addBindValue(sourceId);
    q.addBindValue(userName.toLower());
    q.addBindValue(exceptId);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading the source's users")); !s)
        return R::failure(s.cause());
    std::optional<QString> holder;
    if (q.next())
        holder = q.value(0).toString();
    q.finish();
    return holder;
}

Result<QSet<QString>> ScimRepository::existingUsers(qint64 sourceId, const QStringList& ids)
{
    using R = Result<QSet<QString>>;
    constexpr qsizetype kChunk = 500;
    QSet<QString> found;
    for (qsizetype at = 0; at < ids.size(); at += kChunk) {
        const QStringList chunk = ids.mid(at, kChunk);
        QSqlQuery& q =
            m_db.prepared(QStringLiteral("SELECT u.external_id") + kUsersOfSource +
                          QStringLiteral(" AND u.external_id IN (%1)").arg(inListMarks(chunk.size())));
        q.addBindValue(sourceId);
        for (const QString& id : chunk)
            q.addBindValue(id);
        if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading the source's users")); !s)
            return R::failure(s.cause());
        while (q.next())
            found.insert(q.value(0).toString());
        q.finish();
    }
    return found;
}

Result<std::optional<ScimRepository::GroupRow>> ScimRepository::group(qint64 sourceId, const QString& id,
                                                                      bool withMembers)
{
    auto page =
        groups(sourceId, ScimCondition{ScimCondition::Attribute::Id, ScimCondition::Match::Equals, id}, 0, 1,
               withMembers);
    if (!page)
        return Result<std::optional<GroupRow>>::failure(page.cause());
    return page->rows.isEmpty() ? std::nullopt : std::optional(page->rows.constFirst());
}

Result<ScimPage<ScimRepository::GroupRow>>
ScimRepository::groups(qint64 sourceId, const std::optional<ScimCondition>& condition, qint64 offset,
                       int limit, bool withMembers)
{
    using R = Result<ScimPage<GroupRow>>;
    QVariantList values{sourceId};
    const QString from = kGroupsOfSource + where(condition, true, values);
    ScimPage<GroupRow> page;
    QSqlQuery& count = m_db.prepared(QStringLiteral("SELECT count(*)") + from);
    for (const QVariant& v : values)
        count.addBindValue(v);
    if (Status s = m_db.exec(count, QT_TRANSLATE_NOOP("Database", "reading the source's groups")); !s)
        return R::failure(s.cause());
    page.total = count.next() ? count.value(0).toLongLong() : 0;
    count.finish();
    if (limit <= 0)
        return page;
    QSqlQuery& q = m_db.prepared(kGroupColumns + from + QStringLiteral(" ORDER BY g.id LIMIT ? OFFSET ?"));
    for (const QVariant& v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading the source's groups")); !s)
        return R::failure(s.cause());
    while (q.next())
        page.rows.append(readGroup(q, sourceId));
    q.finish();
    if (withMembers) {
        if (Status s = fillMembers(sourceId, page.rows); !s)
            return R::failure(s.cause());
    }
    return page;
}

Status ScimRepository::fillMembers(qint64 sourceId, QList<GroupRow>& rows)
{
    QHash<qint64, qsizetype> at;
    for (qsizetype i = 0; i < rows.size(); ++i)
        at.insert(rows[i].group.id, i);
    if (at.isEmpty())
        return {};
    QSqlQuery& q = m_db.prepared(
        QStringLiteral(
            "SELECT gm.group_id, u.external_id, u.display_name FROM group_members gm JOIN users u ON "
            "u.id = gm.user_id WHERE u.source_id = ? AND gm.group_id IN (%1) ORDER BY u.id")
            .arg(inListMarks(at.size())));
    q.addBindValue(sourceId);
    for (const GroupRow& row : std::as_const(rows))
        q.addBindValue(row.group.id);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading the source's groups")); !s)
        return s;
    while (q.next())
        rows[at.value(q.value(0).toLongLong())].members.append(
            {q.value(1).toString(), q.value(2).toString()});
    q.finish();
    return {};
}

} // namespace keydesk
