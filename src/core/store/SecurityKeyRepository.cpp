// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "SecurityKeyRepository.h"

#include "Rows.h"
#include "core/domain/Workflow.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlRecord>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(SecurityKeyRepository)
};

} // namespace

namespace keydesk {

namespace {

// An activation with its key and user, as the enrollment server needs it.
ActivationContext readContext(const QSqlQuery& q)
{
    const Columns c(q);
    ActivationContext context;
    context.key = KeyReader(c).read(q);
    context.activation = *ActivationReader(c).read(q);
    context.user = UserReader(c).read(q);
    context.challenge = q.value(c("challenge")).toByteArray();
    context.challengeExpiresAtMs = q.value(c("challenge_expires_at")).toLongLong();
    return context;
}

QJsonObject keyDetails(const SecurityKey& key)
{
    return {{QStringLiteral("key_id"), key.id}, {QStringLiteral("type"), keyTypeName(key.type)}};
}

} // namespace

QString activationEmailKey(qint64 activationId)
{
    return QStringLiteral("activation-email:%1").arg(activationId);
}

qint64 ActivationLifetimes::forMethod(ActivationMethod method, const KeySettings& settings) const
{
    if (settings.activationLifetimeMinutes)
        return qint64(*settings.activationLifetimeMinutes) * 60 * 1000;
    return method == ActivationMethod::Now ? nowMs : emailMs;
}

Result<std::optional<qint64>> SecurityKeyRepository::pendingKeyOf(qint64 userId, KeyType type,
                                                                  qint64 exceptKeyId)
{
    using R = Result<std::optional<qint64>>;
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT id FROM security_keys WHERE user_id = ? AND type = ? "
                                                "AND status = 'pending' AND id <> ?"));
    q.addBindValue(userId);
    q.addBindValue(keyTypeName(type));
    q.addBindValue(exceptKeyId);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "checking for a pending key")); !s)
        return R::failure(s.cause());
    const std::optional<qint64> id = q.next() ? std::optional(q.value(0).toLongLong()) : std::nullopt;
    q.finish();
    return id;
}

Result<SecurityKey> SecurityKeyRepository::insertPendingKey(qint64 userId, KeyType type, const QString& label,
                                                            const KeySettings& settings,
                                                            std::optional<qint64> workflowId)
{
    using R = Result<SecurityKey>;
    const qint64 now = m_clock.nowMs();
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO security_keys (user_id, type, label, status, settings, workflow_id, created_at, "
        "status_changed_at) VALUES (?, ?, ?, 'pending', ?, ?, ?, ?)"));
    q.addBindValue(userId);
    q.addBindValue(keyTypeName(type));
    q.addBindValue(label);
    q.addBindValue(QString::fromUtf8(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(workflowId ? QVariant(*workflowId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(now);
    q.addBindValue(now);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "adding the security key")); !s)
        return R::failure(s.cause());
    SecurityKey key;
    key.id = q.lastInsertId().toLongLong();
    key.userId = userId;
    key.type = type;
    key.label = label;
    key.settings = settings;
    key.createdAtMs = now;
    key.statusChangedAtMs = now;
    return key;
}

Result<QList<SecurityKeyRepository::BulkAssignment>>
SecurityKeyRepository::assignMany(const QList<std::pair<qint64, QString>>& users, KeyType type,
                                  const KeySettings& settings, ActivationMethod method, qint64 lifetimeMs,
                                  qint64 workflowId)
{
    using R = Result<QList<BulkAssignment>>;
    constexpr qsizetype kBatch = 250; // 8 values a row, well under SQLite's variable limit
    const qint64 now = m_clock.nowMs();
    const QString typeName = keyTypeName(type);
    const QString label = keyTypeDisplayName(type);
    const QString settingsText =
        QString::fromUtf8(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact));
    const QString methodName = activationMethodName(method);
    QList<BulkAssignment> out;
    out.reserve(users.size());
    QHash<qint64, qsizetype> byUser;
    for (const auto& [userId, email] : users) {
        byUser.insert(userId, out.size());
        out.append(BulkAssignment{userId, email, 0, {}});
    }
    for (qsizetype start = 0; start < out.size(); start += kBatch) {
        const qsizetype n = std::min(kBatch, out.size() - start);
        QSqlQuery& keys = m_db.prepared(
            QStringLiteral(
                "INSERT INTO security_keys (user_id, type, label, status, settings, workflow_id, created_at, "
                "status_changed_at) VALUES ") +
            QStringList(n, QStringLiteral("(?, ?, ?, 'pending', ?, ?, ?, ?)")).join(u',') +
            QStringLiteral(" RETURNING id, user_id"));
        for (qsizetype i = start; i < start + n; ++i) {
            keys.addBindValue(out[i].userId);
            keys.addBindValue(typeName);
            keys.addBindValue(label);
            keys.addBindValue(settingsText);
            keys.addBindValue(workflowId);
            keys.addBindValue(now);
            keys.addBindValue(now);
        }
        if (Status s = m_db.exec(keys, QT_TRANSLATE_NOOP("Database", "adding security keys")); !s)
            return R::failure(s.cause());
        // RETURNING promises no order: rows are matched by user (one pending key each).
        const Columns keyColumns(keys);
        const int keyId = keyColumns("id"), keyUser = keyColumns("user_id");
        while (keys.next())
            out[byUser.value(keys.value(keyUser).toLongLong())].keyId = keys.value(keyId).toLongLong();
        keys.finish();

        QSqlQuery& acts = m_db.prepared(QStringLiteral("INSERT INTO activations (key_id, method, token_hash, "
                                                       "manual_code_hash, created_at, expires_at) "
                                                       "VALUES ") +
                                        QStringList(n, QStringLiteral("(?, ?, ?, ?, ?, ?)")).join(u',') +
                                        QStringLiteral(" RETURNING id, key_id"));
        QHash<qint64, qsizetype> byKey;
        for (qsizetype i = start; i < start + n; ++i) {
            BulkAssignment& a = out[i];
            byKey.insert(a.keyId, i);
            a.issued.secrets = ActivationSecrets::generate();
            a.issued.activation.keyId = a.keyId;
            a.issued.activation.method = method;
            a.issued.activation.createdAtMs = now;
            a.issued.activation.expiresAtMs = now + lifetimeMs;
            acts.addBindValue(a.keyId);
            acts.addBindValue(methodName);
            acts.addBindValue(tokenHash(a.issued.secrets.token));
            acts.addBindValue(m_codeKey.manualCodeHash(a.email, a.issued.secrets.manualCode));
            acts.addBindValue(now);
            acts.addBindValue(now + lifetimeMs);
        }
        if (Status s = m_db.exec(acts, QT_TRANSLATE_NOOP("Database", "adding activations")); !s)
            return R::failure(s.cause());
        const Columns activationColumns(acts);
        const int activationId = activationColumns("id"), activationKey = activationColumns("key_id");
        while (acts.next())
            out[byKey.value(acts.value(activationKey).toLongLong())].issued.activation.id =
                acts.value(activationId).toLongLong();
        acts.finish();
    }
    QList<AuditLog::Entry> events;
    events.reserve(out.size());
    // Numbers and fixed names only, so the JSON is written directly.
    const QString detailsFormat =
        QStringLiteral(R"({"key_id":%1,"type":"%2","method":"%3","expires_at":%4,"workflow_id":%5})")
            .arg(QStringLiteral("%1"), typeName, methodName, QString::number(now + lifetimeMs),
                 QString::number(workflowId));
    QStringList details;
    details.reserve(out.size());
    for (const BulkAssignment& a : out) {
        events.append({QStringLiteral("key.assign"), QStringLiteral("user"), a.userId, a.email, {}});
        details << detailsFormat.arg(a.keyId);
    }
    if (Status s = m_audit.appendMany(events, details); !s)
        return R::failure(s.cause());
    return out;
}

Status SecurityKeyRepository::markFollowUp(qint64 activationId, bool reminder, int reissueCount)
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("UPDATE activations SET reminder = ?, reissue_count = ? WHERE id = ?"));
    q.addBindValue(reminder ? 1 : 0);
    q.addBindValue(reissueCount);
    q.addBindValue(activationId);
    return m_db.exec(q, QT_TRANSLATE_NOOP("Database", "marking the activation"));
}

Result<IssuedActivation> SecurityKeyRepository::insertActivation(qint64 keyId, const User& user,
                                                                 ActivationMethod method, qint64 lifetimeMs)
{
    using R = Result<IssuedActivation>;
    if (lifetimeMs <= 0)
        return R::failure(Text::tr("the activation lifetime must be positive"));
    const qint64 now = m_clock.nowMs();
    // A clash of 256-bit tokens, or of one person's two 40-bit codes, is all but impossible; a
    // second draw settles it if it ever happens.
    for (int attempt = 0; attempt < 3; ++attempt) {
        IssuedActivation issued;
        issued.secrets = ActivationSecrets::generate();
        QSqlQuery& q = m_db.prepared(QStringLiteral(
            "INSERT INTO activations (key_id, method, token_hash, manual_code_hash, created_at, expires_at) "
            "SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM activations WHERE token_hash = ? "
            "OR manual_code_hash = ?)"));
        const QByteArray hash = tokenHash(issued.secrets.token);
        const QByteArray codeHash = m_codeKey.manualCodeHash(user.email, issued.secrets.manualCode);
        q.addBindValue(keyId);
        q.addBindValue(activationMethodName(method));
        q.addBindValue(hash);
        q.addBindValue(codeHash);
        q.addBindValue(now);
        q.addBindValue(now + lifetimeMs);
        q.addBindValue(hash);
        q.addBindValue(codeHash);
        if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "adding the activation")); !s)
            return R::failure(s.cause());
        if (q.numRowsAffected() != 1)
            continue;
        issued.activation.id = q.lastInsertId().toLongLong();
        issued.activation.keyId = keyId;
        issued.activation.method = method;
        issued.activation.createdAtMs = now;
        issued.activation.expiresAtMs = now + lifetimeMs;
        return issued;
    }
    return R::failure(Text::tr("could not draw a unique activation token"));
}

Result<std::optional<std::pair<SecurityKeyRow, User>>> SecurityKeyRepository::findWithUser(qint64 keyId)
{
    using R = Result<std::optional<std::pair<SecurityKeyRow, User>>>;
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kKeySelect + QStringLiteral(", ") + kUserSelect +
                                 QStringLiteral(" FROM security_keys k JOIN users u ON "
                                                "u.id = k.user_id WHERE k.id = ?"));
    q.addBindValue(keyId);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading the security key")); !s)
        return R::failure(s.cause());
    std::optional<std::pair<SecurityKeyRow, User>> found;
    if (q.next()) {
        // The statement is prepared once per connection, so its columns stay where they are: the
        // readers find them once (by name, which costs more than the row on a bulk change).
        if (!m_withUserReaders) {
            const Columns columns(q);
            m_withUserReaders.emplace(KeyReader(columns), UserReader(columns));
        }
        found = std::pair{SecurityKeyRow{m_withUserReaders->first.read(q), std::nullopt},
                          m_withUserReaders->second.read(q)};
    }
    q.finish();
    return found;
}

Result<int> SecurityKeyRepository::supersedeActivations(qint64 keyId, qint64 byActivationId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE activations SET superseded_by = ?, challenge = NULL WHERE key_id = ? AND id <> ? "
        "AND used_at IS NULL AND superseded_by IS NULL"));
    q.addBindValue(byActivationId);
    q.addBindValue(keyId);
    q.addBindValue(byActivationId);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "superseding the old activation")); !s)
        return Result<int>::failure(s.cause());
    return q.numRowsAffected();
}

Status SecurityKeyRepository::setStatus(qint64 keyId, KeyStatus status, const QString& reason)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE security_keys SET status = ?, status_reason = ?, status_changed_at = ? WHERE id = ?"));
    q.addBindValue(keyStatusName(status));
    q.addBindValue(sqlText(reason));
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(keyId);
    return m_db.exec(q, QT_TRANSLATE_NOOP("Database", "changing the key's status"));
}

Status SecurityKeyRepository::deleteKey(qint64 keyId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("DELETE FROM security_keys WHERE id = ?"));
    q.addBindValue(keyId);
    return m_db.exec(q, QT_TRANSLATE_NOOP("Database", "deleting the key"));
}

Result<QList<qint64>> SecurityKeyRepository::activationIdsOf(qint64 keyId, bool deadOnly)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT id FROM activations WHERE key_id = ? AND (NOT ? OR "
                                                "superseded_by IS NOT NULL OR used_at IS NOT NULL)"));
    q.addBindValue(keyId);
    q.addBindValue(deadOnly);
    return idsOf(q, QT_TRANSLATE_NOOP("Database", "finding the key's activations"));
}

Result<QList<qint64>> SecurityKeyRepository::waitingKeysOfWorkflow(qint64 workflowId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT id FROM security_keys WHERE workflow_id = ? AND "
                                                "status IN ('pending', 'expired') ORDER BY id"));
    q.addBindValue(workflowId);
    return idsOf(q, QT_TRANSLATE_NOOP("Database", "finding the workflow's pending keys"));
}

Result<QList<qint64>> SecurityKeyRepository::idsOf(QSqlQuery& q, const char* what)
{
    if (Status s = m_db.exec(q, what); !s)
        return Result<QList<qint64>>::failure(s.cause());
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    return ids;
}

Result<QList<SecurityKeyRow>> SecurityKeyRepository::query(const QString& where, const QVariantList& values,
                                                           const QString& tail)
{
    using R = Result<QList<SecurityKeyRow>>;
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT ") + kKeySelect + QStringLiteral(", ") + kActivationSelect +
        QStringLiteral(
            " FROM security_keys k LEFT JOIN activations a ON a.id = (SELECT max(id) FROM activations "
            "WHERE key_id = k.id) WHERE ") +
        where + tail);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading security keys")); !s)
        return R::failure(s.cause());
    QList<SecurityKeyRow> rows;
    const Columns columns(q);
    const KeyReader keys(columns);
    const ActivationReader activations(columns);
    while (q.next())
        rows.append(SecurityKeyRow{keys.read(q), activations.read(q)});
    q.finish();
    return rows;
}

Result<std::optional<SecurityKeyRow>> SecurityKeyRepository::findById(qint64 keyId)
{
    using R = Result<std::optional<SecurityKeyRow>>;
    auto rows = query(QStringLiteral("k.id = ?"), {keyId});
    if (!rows)
        return R::failure(rows.cause());
    return rows->isEmpty() ? std::nullopt : std::optional(rows->first());
}

Result<std::optional<SecurityKeyRow>>
SecurityKeyRepository::findByCredentialId(const QByteArray& credentialId)
{
    using R = Result<std::optional<SecurityKeyRow>>;
    auto rows = query(QStringLiteral("k.credential_id = ?"), {credentialId});
    if (!rows)
        return R::failure(rows.cause());
    return rows->isEmpty() ? std::nullopt : std::optional(rows->first());
}

Result<bool> SecurityKeyRepository::recordUse(qint64 keyId, quint32 signCount, bool backedUp)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("UPDATE security_keys SET sign_count = ?, flag_bs = ?, "
                                                "last_used_at = ? WHERE id = ? AND status = 'active'"));
    q.addBindValue(qint64(signCount));
    q.addBindValue(int(backedUp));
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(keyId);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "recording the key's use")); !s)
        return Result<bool>::failure(s.cause());
    return q.numRowsAffected() == 1;
}

Result<QList<SecurityKeyRow>> SecurityKeyRepository::listForUser(qint64 userId)
{
    return query(QStringLiteral("k.user_id = ?"), {userId},
                 QStringLiteral(" ORDER BY k.created_at DESC, k.id DESC"));
}

Result<QList<SecurityKeyRow>> SecurityKeyRepository::list(std::optional<KeyStatus> status, int limit)
{
    const QString tail = QStringLiteral(" ORDER BY k.id DESC LIMIT %1").arg(qMax(1, limit));
    if (status)
        return query(QStringLiteral("k.status = ?"), {keyStatusName(*status)}, tail);
    return query(QStringLiteral("TRUE"), {}, tail);
}

Result<std::optional<ActivationContext>> SecurityKeyRepository::findByToken(const QString& token)
{
    using R = Result<std::optional<ActivationContext>>;
    if (!looksLikeToken(token))
        return std::optional<ActivationContext>();
    const QByteArray hash = tokenHash(token);
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT ") + kKeySelect + QStringLiteral(", ") + kActivationSelect +
        QStringLiteral(", ") + kUserSelect +
        QStringLiteral(
            ", a.challenge, a.challenge_expires_at, a.token_hash, a.lookup_token_hash FROM activations a "
            "JOIN security_keys k ON k.id = a.key_id JOIN users u ON u.id = k.user_id "
            "WHERE a.token_hash = ? OR a.lookup_token_hash = ?"));
    q.addBindValue(hash);
    q.addBindValue(hash);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "looking up the activation")); !s)
        return R::failure(s.cause());
    std::optional<ActivationContext> context;
    if (q.next()) {
        const Columns c(q);
        // The index found the row; the hash is compared again without early exit.
        if (constantTimeEquals(q.value(c("token_hash")).toByteArray(), hash) ||
            constantTimeEquals(q.value(c("lookup_token_hash")).toByteArray(), hash)) {
            context = readContext(q);
        }
    }
    q.finish();
    return context;
}

Result<std::optional<ActivationContext>>
SecurityKeyRepository::findByManualCode(const QString& email, const QString& normalizedCode)
{
    using R = Result<std::optional<ActivationContext>>;
    // Only ids and hashes first: a wrong code costs the same whether or not the email has live
    // activations (what a match needs is read after, by id).
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT a.id, a.manual_code_hash FROM users u "
        "JOIN security_keys k ON k.user_id = u.id JOIN activations a ON a.key_id = k.id "
        "WHERE u.email = ? AND a.used_at IS NULL AND a.superseded_by IS NULL AND a.expires_at > ? "
        "AND k.status = 'pending' AND a.manual_code_hash IS NOT NULL"));
    q.addBindValue(email);
    q.addBindValue(m_clock.nowMs());
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "looking up the activation code")); !s)
        return R::failure(s.cause());
    const QByteArray wanted = m_codeKey.manualCodeHash(email, normalizedCode);
    qint64 matchId = 0;
    // Every live activation is compared, in constant time, whether or not one matched already.
    while (q.next()) {
        if (constantTimeEquals(q.value(QStringLiteral("manual_code_hash")).toByteArray(), wanted) &&
            matchId == 0)
            matchId = q.value(QStringLiteral("id")).toLongLong();
    }
    q.finish();
    if (matchId == 0)
        return std::optional<ActivationContext>();
    QSqlQuery& m = m_db.prepared(QStringLiteral("SELECT ") + kKeySelect + QStringLiteral(", ") +
                                 kActivationSelect + QStringLiteral(", ") + kUserSelect +
                                 QStringLiteral(", a.challenge, a.challenge_expires_at FROM activations a "
                                                "JOIN security_keys k ON k.id = a.key_id "
                                                "JOIN users u ON u.id = k.user_id WHERE a.id = ?"));
    m.addBindValue(matchId);
    if (Status s = m_db.exec(m, QT_TRANSLATE_NOOP("Database", "looking up the activation code")); !s)
        return R::failure(s.cause());
    std::optional<ActivationContext> match;
    if (m.next())
        match = readContext(m); // the first query selected live activations only
    m.finish();
    return match;
}

Result<QString> SecurityKeyRepository::issueLookupToken(qint64 activationId)
{
    using R = Result<QString>;
    const QString token = ActivationSecrets::generate().token;
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("UPDATE activations SET lookup_token_hash = ? WHERE id = ? AND "
                                     "used_at IS NULL AND superseded_by IS NULL"));
    q.addBindValue(tokenHash(token));
    q.addBindValue(activationId);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "issuing the code's token")); !s)
        return R::failure(s.cause());
    if (q.numRowsAffected() != 1)
        return R::failure(Text::tr("the activation is no longer live"));
    return token;
}

Result<QByteArray> SecurityKeyRepository::beginCeremony(const ActivationContext& context,
                                                        const QByteArray& challenge, qint64 expiresAtMs)
{
    using R = Result<QByteArray>;
    Transaction tx(m_db);
    if (!tx.status())
        return R::failure(tx.status().cause());
    QSqlQuery& h = m_db.prepared(QStringLiteral("SELECT user_handle FROM users WHERE id = ?"));
    h.addBindValue(context.user.id);
    if (Status s = m_db.exec(h, QT_TRANSLATE_NOOP("Database", "reading the user handle")); !s)
        return R::failure(s.cause());
    QByteArray handle = h.next() ? h.value(0).toByteArray() : QByteArray();
    h.finish();
    if (handle.isEmpty()) {
        handle = QByteArray(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(handle.data()), 8);
        QSqlQuery& u = m_db.prepared(QStringLiteral("UPDATE users SET user_handle = ? WHERE id = ?"));
        u.addBindValue(handle);
        u.addBindValue(context.user.id);
        if (Status s = m_db.exec(u, QT_TRANSLATE_NOOP("Database", "storing the user handle")); !s)
            return R::failure(s.cause());
    }
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE activations SET challenge = ?, challenge_expires_at = ? WHERE id = ? AND used_at IS NULL "
        "AND superseded_by IS NULL"));
    q.addBindValue(challenge);
    q.addBindValue(expiresAtMs);
    q.addBindValue(context.activation.id);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "storing the challenge")); !s)
        return R::failure(s.cause());
    if (q.numRowsAffected() != 1)
        return R::failure(Text::tr("the activation is no longer live"));
    if (Status s = tx.commit(); !s)
        return R::failure(s.cause());
    return handle;
}

Result<QList<QByteArray>> SecurityKeyRepository::credentialIdsOf(qint64 userId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT credential_id FROM security_keys WHERE user_id = ? AND credential_id IS NOT NULL"));
    q.addBindValue(userId);
    return m_db.readAll<QByteArray>(q, QT_TRANSLATE_NOOP("Database", "reading the user's credentials"),
                                    [&](const QSqlQuery& row) { return row.value(0).toByteArray(); });
}

Result<CompletionOutcome> SecurityKeyRepository::complete(const ActivationContext& context,
                                                          const VerifiedCredential& credential)
{
    using R = Result<CompletionOutcome>;
    Transaction tx(m_db);
    if (!tx.status())
        return R::failure(tx.status().cause());
    const qint64 now = m_clock.nowMs();
    // BEGIN IMMEDIATE holds the write lock from here on: the checks below cannot go stale.
    QSqlQuery& c = m_db.prepared(QStringLiteral("SELECT 1 FROM security_keys WHERE credential_id = ?"));
    c.addBindValue(credential.id);
    if (Status s = m_db.exec(c, QT_TRANSLATE_NOOP("Database", "checking the credential id")); !s)
        return R::failure(s.cause());
    const bool inUse = c.next();
    c.finish();
    if (inUse)
        return CompletionOutcome::CredentialInUse;

    QSqlQuery& a = m_db.prepared(QStringLiteral(
        "UPDATE activations SET used_at = ?, challenge = NULL WHERE id = ? AND used_at IS NULL "
        "AND superseded_by IS NULL AND expires_at > ?"));
    a.addBindValue(now);
    a.addBindValue(context.activation.id);
    a.addBindValue(now);
    if (Status s = m_db.exec(a, QT_TRANSLATE_NOOP("Database", "consuming the activation")); !s)
        return R::failure(s.cause());
    if (a.numRowsAffected() != 1)
        return CompletionOutcome::ActivationNotLive;

    QJsonArray transports;
    for (const QString& t : credential.transports)
        transports.append(t);
    QSqlQuery& k = m_db.prepared(QStringLiteral(
        "UPDATE security_keys SET status = 'active', status_reason = '', status_changed_at = ?, "
        "credential_id = ?, public_key = ?, algorithm = ?, aaguid = ?, sign_count = ?, flag_uv = ?, flag_be "
        "= ?, "
        "flag_bs = ?, attestation_format = ?, attestation_type = ?, attestation_trust = ?, transports = ?, "
        "activated_at = ? WHERE id = ? AND status IN ('pending', 'expired')"));
    k.addBindValue(now);
    k.addBindValue(credential.id);
    k.addBindValue(credential.publicKeyCose);
    k.addBindValue(credential.algorithm);
    k.addBindValue(credential.aaguid);
    k.addBindValue(qint64(credential.signCount));
    k.addBindValue(int((credential.flags & 0x04) != 0));
    k.addBindValue(int((credential.flags & 0x08) != 0));
    k.addBindValue(int((credential.flags & 0x10) != 0));
    k.addBindValue(sqlText(credential.attestationFormat));
    k.addBindValue(credential.attestationType.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                        : QVariant(credential.attestationType));
    k.addBindValue(credential.attestationTrust.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                         : QVariant(credential.attestationTrust));
    k.addBindValue(QString::fromUtf8(QJsonDocument(transports).toJson(QJsonDocument::Compact)));
    k.addBindValue(now);
    k.addBindValue(context.key.id);
    if (Status s = m_db.exec(k, QT_TRANSLATE_NOOP("Database", "activating the key")); !s)
        return R::failure(s.cause());
    if (k.numRowsAffected() != 1)
        return CompletionOutcome::KeyNotPending; // the transaction rolls back the consumed activation

    QJsonObject details = keyDetails(context.key);
    details.insert(QStringLiteral("activation_id"), context.activation.id);
    details.insert(QStringLiteral("aaguid"), QString::fromLatin1(credential.aaguid.toHex()));
    details.insert(QStringLiteral("attestation"), credential.attestationFormat);
    details.insert(QStringLiteral("attestation_trust"), credential.attestationTrust);
    details.insert(QStringLiteral("flags"), int(credential.flags));
    if (Status s = m_audit.append(QStringLiteral("key.activate"), QStringLiteral("user"), context.user.id,
                                  context.user.email, details);
        !s)
        return R::failure(s.cause());
    if (Status s = tx.commit(); !s)
        return R::failure(s.cause());
    return CompletionOutcome::Activated;
}

Result<QList<SecurityKeyRepository::ExpiredKey>> SecurityKeyRepository::markExpiredDue()
{
    using R = Result<QList<ExpiredKey>>;
    const qint64 now = m_clock.nowMs();
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE security_keys SET status = 'expired', status_reason = 'activation expired', "
        "status_changed_at = ? "
        "WHERE status = 'pending' AND id IN (SELECT a.key_id FROM activations a WHERE a.used_at IS NULL AND "
        "a.superseded_by IS NULL AND a.expires_at <= ?) AND NOT EXISTS (SELECT 1 FROM activations a WHERE "
        "a.key_id = security_keys.id AND a.used_at IS NULL AND a.superseded_by IS NULL AND a.expires_at > ?) "
        "RETURNING id, user_id, type, (SELECT email FROM users WHERE id = user_id) AS email"));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(now);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "expiring activations")); !s)
        return R::failure(s.cause());
    QList<ExpiredKey> expired;
    const QSqlRecord columns = q.record();
    const int id = columns.indexOf(QStringLiteral("id")), userId = columns.indexOf(QStringLiteral("user_id")),
              type = columns.indexOf(QStringLiteral("type")),
              email = columns.indexOf(QStringLiteral("email"));
    while (q.next())
        expired.append({q.value(id).toLongLong(), q.value(userId).toLongLong(), q.value(type).toString(),
                        q.value(email).toString()});
    q.finish();
    return expired;
}

} // namespace keydesk
