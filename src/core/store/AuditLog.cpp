// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AuditLog.h"

#include "Rows.h"

#include <QJsonDocument>

namespace keydesk {

namespace {

// WHERE clause and its values for an audit query; both lists stay in step.
struct Filter
{
    QString where;
    QVariantList values;
};

Filter buildFilter(const AuditQuery& query)
{
    QStringList terms;
    Filter f;
    if (!query.actor.isEmpty()) {
        terms << QStringLiteral("actor = ?");
        f.values << query.actor;
    }
    if (!query.action.isEmpty()) {
        terms << QStringLiteral("action = ?");
        f.values << query.action;
    }
    if (query.fromMs) {
        terms << QStringLiteral("at >= ?");
        f.values << *query.fromMs;
    }
    if (query.untilMs) {
        terms << QStringLiteral("at < ?");
        f.values << *query.untilMs;
    }
    if (!query.targetType.isEmpty()) {
        terms << QStringLiteral("target_type = ?");
        f.values << query.targetType;
    }
    if (query.targetId) {
        terms << QStringLiteral("target_id = ?");
        f.values << *query.targetId;
    }
    if (!query.text.trimmed().isEmpty()) {
        // The search's own % and _ are literal (! escapes them).
        QString pattern = query.text.trimmed().toLower();
        pattern.replace(u'!', QStringLiteral("!!"))
            .replace(u'%', QStringLiteral("!%"))
            .replace(u'_', QStringLiteral("!_"));
        terms << QStringLiteral(
            "lower(actor || ' ' || action || ' ' || target_label || ' ' || details) LIKE ? "
            "ESCAPE '!'");
        f.values << QString(u'%' + pattern + u'%');
    }
    if (!terms.isEmpty())
        f.where = QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    return f;
}

} // namespace

Status AuditLog::append(const QString& action, const QString& targetType, qint64 targetId,
                        const QString& targetLabel, const QJsonObject& details)
{
    return appendMany({Entry{action, targetType, targetId, targetLabel, details}});
}

Status AuditLog::appendMany(const QList<Entry>& entries)
{
    return appendAs(m_actor, entries);
}

Status AuditLog::appendAs(const Actor& actor, const QList<Entry>& entries)
{
    QStringList texts;
    texts.reserve(entries.size());
    for (const Entry& e : entries)
        texts << QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
    return insert(actor, entries, texts);
}

Status AuditLog::appendMany(const QList<Entry>& entries, const QStringList& detailsTexts)
{
    return insert(m_actor, entries, detailsTexts);
}

Status AuditLog::insert(const Actor& actor, const QList<Entry>& entries, const QStringList& detailsTexts)
{
    Q_ASSERT(entries.size() == detailsTexts.size());
    constexpr qsizetype kBatch = 100; // 9 values per event, under SQLite's oldest variable limit
    const qint64 now = m_clock.nowMs();
    const auto& signedIn = actor.signedInOperator();
    const QVariant actorUserId =
        signedIn ? QVariant(signedIn->userId) : QVariant(QMetaType::fromType<qint64>());
    const QVariant actorCredential =
        signedIn ? QVariant(signedIn->credential) : QVariant(QMetaType::fromType<QString>());
    for (qsizetype start = 0; start < entries.size(); start += kBatch) {
        const qsizetype n = std::min(kBatch, entries.size() - start);
        QSqlQuery& q = m_db.prepared(
            QStringLiteral(
                "INSERT INTO audit_events (at, actor, actor_user_id, actor_credential, action, target_type, "
                "target_id, target_label, details) VALUES ") +
            QStringList(n, QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?)")).join(QStringLiteral(", ")));
        for (qsizetype i = start; i < start + n; ++i) {
            const Entry& e = entries[i];
            q.addBindValue(now);
            q.addBindValue(actor.name());
            q.addBindValue(actorUserId);
            q.addBindValue(actorCredential);
            q.addBindValue(e.action);
            q.addBindValue(e.targetType);
            q.addBindValue(e.targetId);
            q.addBindValue(sqlText(e.targetLabel));
            q.addBindValue(detailsTexts[i]);
        }
        if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "writing the audit event")); !s)
            return s;
    }
    return {};
}

Result<qint64> AuditLog::count(const AuditQuery& query)
{
    const Filter f = buildFilter(query);
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT count(*) FROM audit_events") + f.where);
    for (const QVariant& v : f.values)
        q.addBindValue(v);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "counting audit events")); !s)
        return Result<qint64>::failure(s.cause());
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

Result<QList<AuditEvent>> AuditLog::page(const AuditQuery& query, qint64 offset, int limit)
{
    const Filter f = buildFilter(query);
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT id, at, actor, actor_user_id, actor_credential, action, target_type, "
                       "target_id, target_label, details FROM audit_events") +
        f.where + QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ? OFFSET ?"));
    for (const QVariant& v : f.values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    std::optional<Columns> c; // found on the first row
    return m_db.readAll<AuditEvent>(
        q, QT_TRANSLATE_NOOP("Database", "reading audit events"), [&](const QSqlQuery& row) {
            if (!c)
                c.emplace(row);
            AuditEvent e;
            e.id = row.value((*c)("id")).toLongLong();
            e.atMs = row.value((*c)("at")).toLongLong();
            e.actor = row.value((*c)("actor")).toString();
            e.actorUserId = row.value((*c)("actor_user_id")).toLongLong();
            e.actorCredential = row.value((*c)("actor_credential")).toString();
            e.action = row.value((*c)("action")).toString();
            e.targetType = row.value((*c)("target_type")).toString();
            e.targetId = row.value((*c)("target_id")).toLongLong();
            e.targetLabel = row.value((*c)("target_label")).toString();
            e.details = QJsonDocument::fromJson(row.value((*c)("details")).toString().toUtf8()).object();
            return e;
        });
}

Result<QStringList> AuditLog::distinct(const char* column)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT DISTINCT %1 FROM audit_events ORDER BY 1").arg(QString::fromLatin1(column)));
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "listing audit values")); !s)
        return Result<QStringList>::failure(s.cause());
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    q.finish();
    return values;
}

Result<QStringList> AuditLog::distinctActors()
{
    return distinct("actor");
}

Result<QStringList> AuditLog::distinctActions()
{
    return distinct("action");
}

} // namespace keydesk
