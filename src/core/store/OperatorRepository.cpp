// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "OperatorRepository.h"

#include <QJsonObject>

namespace keydesk {

Result<QList<Operator>> OperatorRepository::select(const QString& where, const QVariantList& values)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT o.user_id, u.email, u.display_name, u.enabled, o.role, o.created_at, "
                       "o.updated_at FROM operators o JOIN users u ON u.id = o.user_id") +
        where + QStringLiteral(" ORDER BY u.email"));
    for (const QVariant& v : values)
        q.addBindValue(v);
    return m_db.readAll<Operator>(
        q, QT_TRANSLATE_NOOP("Database", "reading operators"), [](const QSqlQuery& row) {
            Operator op;
            op.userId = row.value(QStringLiteral("user_id")).toLongLong();
            op.email = row.value(QStringLiteral("email")).toString();
            op.displayName = row.value(QStringLiteral("display_name")).toString();
            op.enabled = row.value(QStringLiteral("enabled")).toInt() != 0;
            // The schema's CHECK admits only the three names.
            op.role = operatorRoleFromName(row.value(QStringLiteral("role")).toString())
                          .value_or(OperatorRole::Auditor);
            op.createdAtMs = row.value(QStringLiteral("created_at")).toLongLong();
            op.updatedAtMs = row.value(QStringLiteral("updated_at")).toLongLong();
            return op;
        });
}

Result<QList<Operator>> OperatorRepository::list()
{
    return select({}, {});
}

Result<std::optional<Operator>> OperatorRepository::find(qint64 userId)
{
    using R = Result<std::optional<Operator>>;
    auto found = select(QStringLiteral(" WHERE o.user_id = ?"), {userId});
    if (!found)
        return R::failure(found.cause());
    return found->isEmpty() ? std::optional<Operator>() : std::optional<Operator>(found->first());
}

Result<qint64> OperatorRepository::countWithRole(OperatorRole role)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT count(*) FROM operators WHERE role = ?"));
    q.addBindValue(operatorRoleName(role));
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading operators")); !s)
        return Result<qint64>::failure(s.cause());
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

Result<Operator> OperatorRepository::add(const User& user, OperatorRole role)
{
    using R = Result<Operator>;
    const qint64 now = m_clock.nowMs();
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("INSERT INTO operators (user_id, role, created_at, updated_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(user.id);
    q.addBindValue(operatorRoleName(role));
    q.addBindValue(now);
    q.addBindValue(now);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "adding an operator")); !s)
        return R::failure(s.cause());
    if (Status s = m_audit.append(QStringLiteral("operator.add"), QStringLiteral("user"), user.id, user.email,
                                  QJsonObject{{QStringLiteral("role"), operatorRoleName(role)}});
        !s)
        return R::failure(s.cause());
    return Operator{user.id, user.email, user.displayName, user.enabled, role, now, now};
}

Status OperatorRepository::setRole(const Operator& current, OperatorRole role)
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("UPDATE operators SET role = ?, updated_at = ? WHERE user_id = ?"));
    q.addBindValue(operatorRoleName(role));
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(current.userId);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "changing an operator's role")); !s)
        return s;
    return m_audit.append(QStringLiteral("operator.role"), QStringLiteral("user"), current.userId,
                          current.email,
                          QJsonObject{{QStringLiteral("from"), operatorRoleName(current.role)},
                                      {QStringLiteral("to"), operatorRoleName(role)}});
}

Status OperatorRepository::remove(const Operator& current)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("DELETE FROM operators WHERE user_id = ?"));
    q.addBindValue(current.userId);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "removing an operator")); !s)
        return s;
    return m_audit.append(QStringLiteral("operator.remove"), QStringLiteral("user"), current.userId,
                          current.email,
                          QJsonObject{{QStringLiteral("role"), operatorRoleName(current.role)}});
}

} // namespace keydesk
