// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ImportUploadRepository.h"

#include <QCoreApplication>

namespace keydesk {

Status ImportUploadRepository::insert(const ImportUpload& upload)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO import_uploads (id, owner, name, size, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(upload.id);
    q.addBindValue(upload.owner);
    q.addBindValue(upload.name);
    q.addBindValue(upload.size);
    q.addBindValue(upload.sha256);
    q.addBindValue(upload.createdAtMs);
    return m_db.exec(q, QT_TRANSLATE_NOOP("Database", "keeping an import file"));
}

Result<std::optional<ImportUpload>> ImportUploadRepository::find(const QString& id)
{
    using R = Result<std::optional<ImportUpload>>;
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT id, owner, name, size, sha256, created_at FROM import_uploads WHERE id = ?"));
    q.addBindValue(id);
    auto rows = m_db.readAll<ImportUpload>(q, QT_TRANSLATE_NOOP("Database", "reading an import file"),
                                           [](const QSqlQuery& row) {
                                               ImportUpload u;
                                               u.id = row.value(0).toString();
                                               u.owner = row.value(1).toString();
                                               u.name = row.value(2).toString();
                                               u.size = row.value(3).toLongLong();
                                               u.sha256 = row.value(4).toByteArray();
                                               u.createdAtMs = row.value(5).toLongLong();
                                               return u;
                                           });
    if (!rows)
        return R::failure(rows.cause());
    return rows->isEmpty() ? std::optional<ImportUpload>() : std::optional(rows->first());
}

Result<int> ImportUploadRepository::countOwnedBy(const QString& owner)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT count(*) FROM import_uploads WHERE owner = ?"));
    q.addBindValue(owner);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading import files")); !s)
        return Result<int>::failure(s.cause());
    const int count = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return count;
}

Status ImportUploadRepository::putPart(const QString& id, qint64 index, const QByteArray& bytes)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("INSERT INTO import_upload_parts (upload_id, part, bytes) VALUES (?, ?, ?) "
                       "ON CONFLICT (upload_id, part) DO UPDATE SET bytes = excluded.bytes"));
    q.addBindValue(id);
    q.addBindValue(index);
    q.addBindValue(bytes);
    return m_db.exec(q, QT_TRANSLATE_NOOP("Database", "keeping a part of an import file"));
}

Result<QList<std::pair<qint64, qint64>>> ImportUploadRepository::partSizes(const QString& id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT part, length(bytes) FROM import_upload_parts WHERE upload_id = ? ORDER BY part"));
    q.addBindValue(id);
    return m_db.readAll<std::pair<qint64, qint64>>(
        q, QT_TRANSLATE_NOOP("Database", "reading an import file"), [](const QSqlQuery& row) {
            return std::pair{row.value(0).toLongLong(), row.value(1).toLongLong()};
        });
}

Result<QByteArray> ImportUploadRepository::joined(const QString& id, qint64 size)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT bytes FROM import_upload_parts WHERE upload_id = ? ORDER BY part"));
    q.setForwardOnly(true);
    q.addBindValue(id);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading an import file")); !s)
        return Result<QByteArray>::failure(s.cause());
    QByteArray whole;
    whole.reserve(size);
    while (q.next())
        whole += q.value(0).toByteArray();
    q.finish();
    return whole;
}

Status ImportUploadRepository::remove(const QString& id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("DELETE FROM import_uploads WHERE id = ?"));
    q.addBindValue(id);
    return m_db.exec(q, QT_TRANSLATE_NOOP("Database", "discarding an import file"));
}

Result<int> ImportUploadRepository::removeBefore(qint64 createdBeforeMs)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("DELETE FROM import_uploads WHERE created_at < ?"));
    q.addBindValue(createdBeforeMs);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "discarding old import files")); !s)
        return Result<int>::failure(s.cause());
    return q.numRowsAffected();
}

} // namespace keydesk
