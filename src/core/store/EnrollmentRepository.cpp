// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "EnrollmentRepository.h"

namespace keydesk {

namespace {

// One pass over the members, the four counts side by side: on SQLite this walks group_members in
// its key order and needs no sort, which grouping by (group, enrollment) would.
const QString kCountsByState =
    QStringLiteral("sum(CASE WHEN u.enrollment = 'active' THEN 1 ELSE 0 END) AS active, "
                   "sum(CASE WHEN u.enrollment = 'pending' THEN 1 ELSE 0 END) AS pending, "
                   "sum(CASE WHEN u.enrollment = 'withdrawn' THEN 1 ELSE 0 END) AS withdrawn, "
                   "sum(CASE WHEN u.enrollment = 'none' THEN 1 ELSE 0 END) AS none_yet");

// SQLite's planner prefers users_by_enabled and then reads each (wide) user row: seconds for a
// million users. Its covering index users_enrollment answers from the index alone.
QString fromUsers(SqlEngine engine)
{
    return engine == SqlEngine::SQLite ? QStringLiteral(" FROM users u INDEXED BY users_enrollment")
                                       : QStringLiteral(" FROM users u");
}

EnrollmentCounts readCounts(const QSqlQuery& q, int first)
{
    EnrollmentCounts c;
    c.active = q.value(first).toLongLong();
    c.pending = q.value(first + 1).toLongLong();
    c.withdrawn = q.value(first + 2).toLongLong();
    c.none = q.value(first + 3).toLongLong();
    return c;
}

} // namespace

Result<EnrollmentCounts> EnrollmentRepository::overall()
{
    using R = Result<EnrollmentCounts>;
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kCountsByState + fromUsers(m_db.engine()) +
                                 QStringLiteral(" WHERE u.enabled = 1"));
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "counting the enrollment")); !s)
        return R::failure(s.cause());
    const EnrollmentCounts counts = q.next() ? readCounts(q, 0) : EnrollmentCounts{};
    q.finish();
    return counts;
}

Result<QHash<qint64, EnrollmentCounts>> EnrollmentRepository::byGroup(const QList<qint64>& onlyGroups)
{
    using R = Result<QHash<qint64, EnrollmentCounts>>;
    QString filter;
    if (!onlyGroups.isEmpty())
        filter = QStringLiteral(" AND gm.group_id IN (") +
                 QStringList(onlyGroups.size(), QStringLiteral("?")).join(QStringLiteral(", ")) + u')';
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT gm.group_id, ") + kCountsByState + fromUsers(m_db.engine()) +
                      QStringLiteral(" JOIN group_members gm ON gm.user_id = u.id WHERE u.enabled = 1") +
                      filter + QStringLiteral(" GROUP BY gm.group_id"));
    for (qint64 id : onlyGroups)
        q.addBindValue(id);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "counting the enrollment")); !s)
        return R::failure(s.cause());
    QHash<qint64, EnrollmentCounts> counts;
    while (q.next())
        counts.insert(q.value(0).toLongLong(), readCounts(q, 1));
    q.finish();
    return counts;
}

Result<qint64> EnrollmentRepository::disabledUsers()
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT count(*) FROM users WHERE enabled = 0"));
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "counting users")); !s)
        return Result<qint64>::failure(s.cause());
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

} // namespace keydesk
