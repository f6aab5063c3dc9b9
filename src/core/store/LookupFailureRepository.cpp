// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "LookupFailureRepository.h"

#include <QCoreApplication>

namespace keydesk {

namespace {

// Deleting old rows costs an index range scan; one in this many recordings does it.
constexpr int kPruneEvery = 64;

} // namespace

QString LookupFailureRepository::emailSubject(const QString& email) const
{
    return QStringLiteral("email:") +
           QString::fromLatin1(
               m_codeKey.keyedHash("lookup-email", email.trimmed().toLower().toUtf8()).toHex());
}

Result<std::optional<qint64>> LookupFailureRepository::blockedUntil(const QString& subject, int limit,
                                                                    qint64 windowMs, qint64 nowMs)
{
    using R = Result<std::optional<qint64>>;
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT failed_at FROM lookup_failures WHERE subject = ? AND "
                                                "failed_at > ? ORDER BY failed_at DESC LIMIT ?"));
    q.addBindValue(subject);
    q.addBindValue(nowMs - windowMs);
    q.addBindValue(limit);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading wrong codes")); !s)
        return R::failure(s.cause());
    int count = 0;
    qint64 oldest = 0;
    while (q.next()) {
        ++count;
        oldest = q.value(0).toLongLong();
    }
    q.finish();
    if (count < limit)
        return std::optional<qint64>();
    // Free again once enough of the failures have aged out of the window.
    return std::optional<qint64>(oldest + windowMs);
}

Result<int> LookupFailureRepository::countSince(const QString& subject, qint64 sinceMs)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT count(*) FROM lookup_failures WHERE subject = ? AND failed_at > ?"));
    q.addBindValue(subject);
    q.addBindValue(sinceMs);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading wrong codes")); !s)
        return Result<int>::failure(s.cause());
    const int count = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return count;
}

Status LookupFailureRepository::record(const QStringList& subjects, qint64 atMs, qint64 windowMs)
{
    QSqlQuery& insert =
        m_db.prepared(QStringLiteral("INSERT INTO lookup_failures (subject, failed_at) VALUES (?, ?)"));
    for (const QString& subject : subjects) {
        insert.addBindValue(subject);
        insert.addBindValue(atMs);
        if (Status s = m_db.exec(insert, QT_TRANSLATE_NOOP("Database", "recording a wrong code")); !s)
            return s;
    }
    if (++m_sincePrune < kPruneEvery)
        return {};
    m_sincePrune = 0;
    QSqlQuery& prune = m_db.prepared(QStringLiteral("DELETE FROM lookup_failures WHERE failed_at <= ?"));
    prune.addBindValue(atMs - windowMs);
    return m_db.exec(prune, QT_TRANSLATE_NOOP("Database", "forgetting old wrong codes"));
}

} // namespace keydesk
