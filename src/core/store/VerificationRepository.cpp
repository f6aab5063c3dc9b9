// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "VerificationRepository.h"

#include "Rows.h"
#include "core/activation/ActivationSecrets.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace keydesk {

namespace {

const QString kColumns = QStringLiteral(
    "v.id AS verification_id, v.key_id AS key_id, k.user_id AS user_id, v.started_by AS started_by, "
    "v.created_at AS created_at, v.expires_at AS expires_at, v.completed_at AS completed_at, v.outcome AS "
    "outcome, v.failed_check AS failed_check, v.verdict AS verdict, v.sign_count AS sign_count, v.challenge "
    "AS challenge, u.user_handle AS user_handle");

// Reads a verification row by column name, the columns found on the first row.
class ContextReader
{
public:
    VerificationContext read(const QSqlQuery& q)
    {
        if (!m_columns)
            m_columns.emplace(q);
        const Columns& c = *m_columns;
        VerificationContext context;
        Verification& v = context.verification;
        v.id = q.value(c("verification_id")).toLongLong();
        v.keyId = q.value(c("key_id")).toLongLong();
        v.userId = q.value(c("user_id")).toLongLong();
        v.startedBy = q.value(c("started_by")).toString();
        v.createdAtMs = q.value(c("created_at")).toLongLong();
        v.expiresAtMs = q.value(c("expires_at")).toLongLong();
        if (const QVariant completed = q.value(c("completed_at")); !completed.isNull())
            v.completedAtMs = completed.toLongLong();
        const QString outcome = q.value(c("outcome")).toString();
        v.finished = outcome != QLatin1String("pending");
        v.verified = outcome == QLatin1String("verified");
        v.failedCheck = q.value(c("failed_check")).toString();
        v.verdict = QJsonDocument::fromJson(q.value(c("verdict")).toByteArray()).object();
        if (const QVariant count = q.value(c("sign_count")); !count.isNull())
            v.signCount = quint32(count.toLongLong());
        context.challenge = q.value(c("challenge")).toByteArray();
        context.userHandle = q.value(c("user_handle")).toByteArray();
        return context;
    }
    const Columns& columns() const { return *m_columns; }

private:
    std::optional<Columns> m_columns;
};

QJsonObject keyDetails(const Verification& v)
{
    return {{QStringLiteral("key_id"), v.keyId}, {QStringLiteral("verification_id"), v.id}};
}

} // namespace

Result<StartedVerification> VerificationRepository::start(const SecurityKey& key, const User& user,
                                                          const QByteArray& challenge, qint64 lifetimeMs,
                                                          const QString& startedBy)
{
    using R = Result<StartedVerification>;
    Transaction tx(m_db);
    if (!tx.status())
        return R::failure(tx.status().cause());
    StartedVerification out;
    out.linkId = randomToken();
    Verification& v = out.verification;
    v.keyId = key.id;
    v.userId = user.id;
    v.startedBy = startedBy;
    v.createdAtMs = m_clock.nowMs();
    v.expiresAtMs = v.createdAtMs + lifetimeMs;
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("INSERT INTO verifications (key_id, link_hash, challenge, started_by, created_at, "
                       "expires_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(key.id);
    q.addBindValue(tokenHash(out.linkId));
    q.addBindValue(challenge);
    q.addBindValue(startedBy);
    q.addBindValue(v.createdAtMs);
    q.addBindValue(v.expiresAtMs);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "starting the verification")); !s)
        return R::failure(s.cause());
    v.id = q.lastInsertId().toLongLong();
    q.finish();
    QJsonObject details = keyDetails(v);
    details.insert(QStringLiteral("expires_at"), v.expiresAtMs);
    if (Status s = m_audit.append(QStringLiteral("key.verify-start"), QStringLiteral("user"), user.id,
                                  user.email, details);
        !s)
        return R::failure(s.cause());
    if (Status s = tx.commit(); !s)
        return R::failure(s.cause());
    return out;
}

Result<QList<VerificationContext>> VerificationRepository::query(const QString& where, const QVariant& value,
                                                                 const QString& tail)
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT ") + kColumns +
                      QStringLiteral(" FROM verifications v JOIN security_keys k ON k.id = v.key_id "
                                     "JOIN users u ON u.id = k.user_id WHERE ") +
                      where + tail);
    q.addBindValue(value);
    return m_db.readAll<VerificationContext>(
        q, QT_TRANSLATE_NOOP("Database", "reading verifications"),
        [reader = ContextReader()](const QSqlQuery& row) mutable { return reader.read(row); });
}

Result<std::optional<VerificationContext>> VerificationRepository::findByLink(const QString& linkId)
{
    using R = Result<std::optional<VerificationContext>>;
    if (!looksLikeToken(linkId))
        return std::optional<VerificationContext>();
    auto rows = query(QStringLiteral("v.link_hash = ?"), tokenHash(linkId));
    if (!rows)
        return R::failure(rows.cause());
    return rows->isEmpty() ? std::nullopt : std::optional(rows->first());
}

Result<std::optional<Verification>> VerificationRepository::findById(qint64 id)
{
    using R = Result<std::optional<Verification>>;
    auto rows = query(QStringLiteral("v.id = ?"), id);
    if (!rows)
        return R::failure(rows.cause());
    return rows->isEmpty() ? std::nullopt : std::optional(rows->first().verification);
}

Result<QList<Verification>> VerificationRepository::listForKey(qint64 keyId, int limit)
{
    using R = Result<QList<Verification>>;
    auto rows = query(QStringLiteral("v.key_id = ?"), keyId,
                      QStringLiteral(" ORDER BY v.id DESC LIMIT %1").arg(qMax(1, limit)));
    if (!rows)
        return R::failure(rows.cause());
    QList<Verification> out;
    for (const VerificationContext& c : rows.value())
        out.append(c.verification);
    return out;
}

Result<QList<VerificationListRow>> VerificationRepository::listRecent(int limit)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT ") + kColumns +
        QStringLiteral(", u.display_name AS display_name, u.email AS email FROM verifications v "
                       "JOIN security_keys k "
                       "ON k.id = v.key_id JOIN users u ON u.id = k.user_id ORDER BY v.id "
                       "DESC LIMIT ?"));
    q.addBindValue(qMax(1, limit));
    return m_db.readAll<VerificationListRow>(q, QT_TRANSLATE_NOOP("Database", "reading recent verifications"),
                                             [reader = ContextReader()](const QSqlQuery& row) mutable {
                                                 const Verification v = reader.read(row).verification;
                                                 const Columns& c = reader.columns();
                                                 return VerificationListRow{
                                                     v, row.value(c("display_name")).toString(),
                                                     row.value(c("email")).toString()};
                                             });
}

Result<VerificationFinish> VerificationRepository::finish(const VerificationContext& context,
                                                          const User& user, const VerificationResult& result)
{
    using R = Result<VerificationFinish>;
    Transaction tx(m_db);
    if (!tx.status())
        return R::failure(tx.status().cause());
    const qint64 now = m_clock.nowMs();
    const Verification& v = context.verification;
    QSqlQuery& u = m_db.prepared(QStringLiteral("UPDATE verifications SET outcome = ?, completed_at = ?, "
                                                "failed_check = ?, verdict = ?, sign_count = ?, "
                                                "challenge = NULL WHERE id = ? AND outcome = 'pending'"));
    u.addBindValue(result.verified ? QStringLiteral("verified") : QStringLiteral("failed"));
    u.addBindValue(now);
    u.addBindValue(result.verified ? QString(QLatin1String("")) : result.failedCheck);
    u.addBindValue(QString::fromUtf8(QJsonDocument(result.verdict).toJson(QJsonDocument::Compact)));
    u.addBindValue(result.signCount ? QVariant(qint64(*result.signCount))
                                    : QVariant(QMetaType(QMetaType::LongLong)));
    u.addBindValue(v.id);
    if (Status s = m_db.exec(u, QT_TRANSLATE_NOOP("Database", "recording the verification")); !s)
        return R::failure(s.cause());
    if (u.numRowsAffected() != 1)
        return VerificationFinish::AlreadyFinished;

    // A refused assertion changes nothing on the key: the stored counter stays the reference.
    bool keyActive = false;
    if (result.verified) {
        QSqlQuery& k = m_db.prepared(
            QStringLiteral("UPDATE security_keys SET sign_count = ?, flag_bs = ?, last_verified_at = ?, "
                           "last_used_at = ? WHERE id = ? AND status = 'active'"));
        k.addBindValue(qint64(result.signCount.value_or(0)));
        k.addBindValue(int(result.backedUp));
        k.addBindValue(now);
        k.addBindValue(now);
        k.addBindValue(v.keyId);
        if (Status s = m_db.exec(k, QT_TRANSLATE_NOOP("Database", "stamping the key verified")); !s)
            return R::failure(s.cause());
        keyActive = k.numRowsAffected() == 1;
    } else {
        QSqlQuery& k =
            m_db.prepared(QStringLiteral("SELECT 1 FROM security_keys WHERE id = ? AND status = 'active'"));
        k.addBindValue(v.keyId);
        if (Status s = m_db.exec(k, QT_TRANSLATE_NOOP("Database", "reading the key's status")); !s)
            return R::failure(s.cause());
        keyActive = k.next();
        k.finish();
    }
    if (!keyActive)
        return VerificationFinish::KeyNotActive; // rolls back the recorded outcome

    QJsonObject details = keyDetails(v);
    details.insert(QStringLiteral("verified"), result.verified);
    if (!result.verified)
        details.insert(QStringLiteral("failed_check"), result.failedCheck);
    if (result.signCount)
        details.insert(QStringLiteral("sign_count"), qint64(*result.signCount));
    if (Status s = m_audit.append(QStringLiteral("key.verify"), QStringLiteral("user"), user.id, user.email,
                                  details);
        !s)
        return R::failure(s.cause());
    if (Status s = tx.commit(); !s)
        return R::failure(s.cause());
    return VerificationFinish::Recorded;
}

} // namespace keydesk
