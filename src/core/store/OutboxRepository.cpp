// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "OutboxRepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(OutboxRepository)
};

} // namespace

namespace keydesk {

namespace {

const QString kColumns =
    QStringLiteral("id, idempotency_key, recipient, subject, message_id, status, attempts, "
                   "next_attempt_at, last_error, created_at, sent_at, "
                   "(coalesce(length(mime), 0) = 0 AND payload IS NULL) AS content_erased");

// By column name (QSqlQuery finds each by name); the statements select kColumns.
OutboxMessage readMessage(const QSqlQuery& q)
{
    OutboxMessage m;
    m.id = q.value(QStringLiteral("id")).toLongLong();
    m.idempotencyKey = q.value(QStringLiteral("idempotency_key")).toString();
    m.recipient = q.value(QStringLiteral("recipient")).toString();
    m.subject = q.value(QStringLiteral("subject")).toString();
    m.messageId = q.value(QStringLiteral("message_id")).toString();
    m.status =
        outboxStatusFromName(q.value(QStringLiteral("status")).toString()).value_or(OutboxStatus::Failed);
    m.attempts = q.value(QStringLiteral("attempts")).toInt();
    m.nextAttemptAtMs = q.value(QStringLiteral("next_attempt_at")).toLongLong();
    m.lastError = q.value(QStringLiteral("last_error")).toString();
    m.createdAtMs = q.value(QStringLiteral("created_at")).toLongLong();
    m.contentErased = q.value(QStringLiteral("content_erased")).toBool();
    if (!q.value(QStringLiteral("sent_at")).isNull())
        m.sentAtMs = q.value(QStringLiteral("sent_at")).toLongLong();
    return m;
}

// Server replies can be long or odd; what is stored and shown stays one readable line.
QString oneLine(const QString& text)
{
    QString line = text.simplified();
    if (line.size() > 500)
        line = line.left(500) + QStringLiteral("…");
    return line;
}

} // namespace

QString outboxStatusName(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Queued:
        return QStringLiteral("queued");
    case OutboxStatus::Sending:
        return QStringLiteral("sending");
    case OutboxStatus::Sent:
        return QStringLiteral("sent");
    case OutboxStatus::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<OutboxStatus> outboxStatusFromName(const QString& name)
{
    for (OutboxStatus s :
         {OutboxStatus::Queued, OutboxStatus::Sending, OutboxStatus::Sent, OutboxStatus::Failed}) {
        if (outboxStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

Result<std::optional<qint64>> OutboxRepository::enqueue(const QString& idempotencyKey,
                                                        const QString& recipient, const QString& subject,
                                                        const QByteArray& mime, const QString& messageId,
                                                        Transaction& tx, const QByteArray& payload)
{
    using R = Result<std::optional<qint64>>;
    Q_UNUSED(tx);
    const qint64 now = m_clock.nowMs();
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO outbox (idempotency_key, recipient, subject, mime, payload, message_id, status, "
        "next_attempt_at, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?) ON CONFLICT (idempotency_key) DO NOTHING"));
    q.addBindValue(idempotencyKey);
    q.addBindValue(recipient);
    q.addBindValue(subject);
    q.addBindValue(mime.isNull() ? QByteArray("") : mime);
    q.addBindValue(payload.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                     : QVariant(QString::fromUtf8(payload)));
    q.addBindValue(messageId);
    q.addBindValue(now);
    q.addBindValue(now);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "queueing the email")); !s)
        return R::failure(s.cause());
    if (q.numRowsAffected() != 1)
        return std::optional<qint64>();
    return std::optional<qint64>(q.lastInsertId().toLongLong());
}

Status OutboxRepository::enqueueMany(const QList<NewMessage>& messages)
{
    constexpr qsizetype kBatch = 100; // 9 values a row, well under SQLite's variable limit
    const qint64 now = m_clock.nowMs();
    for (qsizetype start = 0; start < messages.size(); start += kBatch) {
        const qsizetype n = std::min(kBatch, messages.size() - start);
        QSqlQuery& q = m_db.prepared(
            QStringLiteral(
                "INSERT INTO outbox (idempotency_key, recipient, subject, mime, payload, message_id, status, "
                "next_attempt_at, created_at) VALUES ") +
            QStringList(n, QStringLiteral("(?, ?, ?, %1, ?, ?, 'queued', ?, ?)").arg(m_db.emptyBlob()))
                .join(QStringLiteral(", ")) +
            QStringLiteral(" ON CONFLICT (idempotency_key) DO NOTHING"));
        for (qsizetype i = start; i < start + n; ++i) {
            const NewMessage& m = messages[i];
            q.addBindValue(m.idempotencyKey);
            q.addBindValue(m.recipient);
            q.addBindValue(m.subject);
            q.addBindValue(QString::fromUtf8(m.payload));
            q.addBindValue(m.messageId);
            q.addBindValue(now);
            q.addBindValue(now);
        }
        if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "queueing emails")); !s)
            return s;
    }
    return {};
}

Result<std::optional<OutboxMessage>> OutboxRepository::claimNext(qint64 leaseMs, std::optional<qint64> only)
{
    using R = Result<std::optional<OutboxMessage>>;
    const qint64 now = m_clock.nowMs();
    const QString due = QStringLiteral(
        " FROM outbox WHERE status IN ('queued', 'sending') AND next_attempt_at <= ? AND (? OR id = ?)");
    // A look without the write lock first: a sender woken with nothing due (every operator's change
    // wakes it) must not queue behind, or hold up, the writers.
    QSqlQuery& any = m_db.prepared(QStringLiteral("SELECT 1") + due + QStringLiteral(" LIMIT 1"));
    any.addBindValue(now);
    any.addBindValue(!only.has_value());
    any.addBindValue(only.value_or(0));
    if (Status s = m_db.exec(any, QT_TRANSLATE_NOOP("Database", "finding the next email")); !s)
        return R::failure(s.cause());
    const bool anyDue = any.next();
    any.finish();
    if (!anyDue)
        return std::optional<OutboxMessage>();
    Transaction tx(m_db);
    if (!tx.status())
        return R::failure(tx.status().cause());
    // BEGIN IMMEDIATE: no other sender can claim between this read and the update.
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kColumns + QStringLiteral(", mime, payload") +
                                 due + QStringLiteral(" ORDER BY next_attempt_at, id LIMIT 1"));
    q.addBindValue(now);
    q.addBindValue(!only.has_value());
    q.addBindValue(only.value_or(0));
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "finding the next email")); !s)
        return R::failure(s.cause());
    if (!q.next()) {
        q.finish();
        return std::optional<OutboxMessage>();
    }
    OutboxMessage m = readMessage(q);
    m.mime = q.value(QStringLiteral("mime")).toByteArray();
    m.payload = q.value(QStringLiteral("payload")).toString().toUtf8();
    q.finish();
    QSqlQuery& u = m_db.prepared(QStringLiteral(
        "UPDATE outbox SET status = 'sending', attempts = attempts + 1, next_attempt_at = ? WHERE id = ?"));
    u.addBindValue(now + leaseMs);
    u.addBindValue(m.id);
    if (Status s = m_db.exec(u, QT_TRANSLATE_NOOP("Database", "claiming the email")); !s)
        return R::failure(s.cause());
    if (Status s = tx.commit(); !s)
        return R::failure(s.cause());
    m.status = OutboxStatus::Sending;
    m.attempts += 1;
    m.nextAttemptAtMs = now + leaseMs;
    return std::optional<OutboxMessage>(m);
}

Status OutboxRepository::update(qint64 id, const QString& sql, const QVariantList& values, const char* what)
{
    QSqlQuery& q = m_db.prepared(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    q.addBindValue(id);
    if (Status s = m_db.exec(q, what); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(Text::tr("outbox message %1 is not in a state for this").arg(id));
    return {};
}

Status OutboxRepository::markSent(qint64 id)
{
    // The body may hold an activation link: once delivered, the queue keeps no copy.
    return update(
        id,
        QStringLiteral(
            "UPDATE outbox SET status = 'sent', sent_at = ?, mime = %1, payload = NULL, last_error = '' "
            "WHERE id = ? AND status = 'sending'")
            .arg(m_db.emptyBlob()),
        {m_clock.nowMs()}, QT_TRANSLATE_NOOP("Database", "marking the email sent"));
}

Status OutboxRepository::markRetry(qint64 id, const QString& error, qint64 nextAttemptAtMs)
{
    return update(id,
                  QStringLiteral("UPDATE outbox SET status = 'queued', last_error = ?, next_attempt_at = ? "
                                 "WHERE id = ? AND status = 'sending'"),
                  {oneLine(error), nextAttemptAtMs}, QT_TRANSLATE_NOOP("Database", "rescheduling the email"));
}

Status OutboxRepository::markFailed(qint64 id, const QString& error)
{
    // Refused for good: the link and code go too (subject and recipient stay for the Outbox page).
    return update(
        id,
        QStringLiteral("UPDATE outbox SET status = 'failed', mime = %1, payload = NULL, last_error = ? WHERE "
                       "id = ? AND status = 'sending'")
            .arg(m_db.emptyBlob()),
        {oneLine(error)}, QT_TRANSLATE_NOOP("Database", "marking the email failed"));
}

Status OutboxRepository::operatorAction(const OutboxMessage& m, const QString& setSql, const QString& action,
                                        const QVariantList& values)
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("UPDATE outbox SET ") + setSql + QStringLiteral(" WHERE id = ?"));
    for (const QVariant& v : values)
        q.addBindValue(v);
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(m.id);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "changing the outbox message")); !s)
        return s;
    return m_audit.append(action, QStringLiteral("outbox"), m.id, m.recipient,
                          QJsonObject{{QStringLiteral("subject"), m.subject},
                                      {QStringLiteral("from"), outboxStatusName(m.status)}});
}

Status OutboxRepository::retryNow(const OutboxMessage& message)
{
    return operatorAction(message, QStringLiteral("status = 'queued', next_attempt_at = ?"),
                          QStringLiteral("outbox.retry"));
}

Status OutboxRepository::cancel(const OutboxMessage& message, const Error& why)
{
    return operatorAction(
        message,
        QStringLiteral("status = 'failed', mime = %1, payload = NULL, last_error = ?, next_attempt_at = ?")
            .arg(m_db.emptyBlob()),
        QStringLiteral("outbox.cancel"), {why.toStored()});
}

Status OutboxRepository::cancelByKeys(const QStringList& idempotencyKeys, const Error& why)
{
    for (const QString& key : idempotencyKeys) {
        // A message being sent right now is left to finish: its link is dead anyway.
        QSqlQuery& q = m_db.prepared(
            QStringLiteral(
                "UPDATE outbox SET status = 'failed', mime = %1, payload = NULL, last_error = ? WHERE "
                "idempotency_key = ? "
                "AND status IN ('queued', 'failed') AND (length(mime) > 0 OR payload IS NOT NULL)")
                .arg(m_db.emptyBlob()));
        q.addBindValue(why.toStored());
        q.addBindValue(key);
        if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "cancelling a queued email")); !s)
            return s;
    }
    return {};
}

Status OutboxRepository::releaseKeys(const QStringList& idempotencyKeys)
{
    for (const QString& key : idempotencyKeys) {
        QSqlQuery& q = m_db.prepared(QStringLiteral(
            "UPDATE outbox SET idempotency_key = idempotency_key || '#' || id WHERE idempotency_key = ?"));
        q.addBindValue(key);
        if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "releasing a deleted key's emails")); !s)
            return s;
    }
    return {};
}

Result<std::optional<OutboxMessage>> OutboxRepository::findById(qint64 id)
{
    using R = Result<std::optional<OutboxMessage>>;
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(", mime, payload FROM outbox WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading the outbox message")); !s)
        return R::failure(s.cause());
    std::optional<OutboxMessage> m;
    if (q.next()) {
        m = readMessage(q);
        m->mime = q.value(QStringLiteral("mime")).toByteArray();
        m->payload = q.value(QStringLiteral("payload")).toString().toUtf8();
    }
    q.finish();
    return m;
}

Result<QList<OutboxMessage>> OutboxRepository::listWhere(const QString& where, const QVariantList& values,
                                                         int limit)
{
    using R = Result<QList<OutboxMessage>>;
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM outbox WHERE ") + where +
                      QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    for (const QVariant& v : values)
        q.addBindValue(v);
    q.addBindValue(qMax(1, limit));
    if (Status st = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "listing the outbox")); !st)
        return R::failure(st.cause());
    QList<OutboxMessage> messages;
    while (q.next())
        messages.append(readMessage(q));
    q.finish();
    return messages;
}

Result<qint64> OutboxRepository::countWhere(const QString& where, const QVariantList& values)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT count(*) FROM outbox WHERE ") + where);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (Status st = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "counting the outbox")); !st)
        return Result<qint64>::failure(st.cause());
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

namespace {

const QString kOfStatus = QStringLiteral("(CAST(? AS TEXT) IS NULL OR status = ?)");
const QString kStuck = QStringLiteral("status IN ('queued', 'sending') AND (attempts > 0 OR created_at < ?)");

QVariant statusValue(std::optional<OutboxStatus> status)
{
    return status ? QVariant(outboxStatusName(*status)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

Result<QList<OutboxMessage>> OutboxRepository::list(std::optional<OutboxStatus> status, int limit)
{
    return listWhere(kOfStatus, {statusValue(status), statusValue(status)}, limit);
}

Result<qint64> OutboxRepository::count(std::optional<OutboxStatus> status)
{
    return countWhere(kOfStatus, {statusValue(status), statusValue(status)});
}

Result<QList<OutboxMessage>> OutboxRepository::listStuck(qint64 queuedBeforeMs, int limit)
{
    return listWhere(kStuck, {queuedBeforeMs}, limit);
}

Result<qint64> OutboxRepository::countStuck(qint64 queuedBeforeMs)
{
    return countWhere(kStuck, {queuedBeforeMs});
}

} // namespace keydesk
