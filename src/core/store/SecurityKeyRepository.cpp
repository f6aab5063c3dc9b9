// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "SecurityKeyRepository.h"

#include "OutboxRepository.h"
#include "core/domain/Workflow.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SecurityKeyRepository)
};

} // namespace

namespace keydesk {

namespace {

// Why queued emails were cancelled. They are stored with the outbox row, so they stay in English
// like the audit log: data that any desk reads back, whatever its language.
constexpr char kWhyReminder[] = "replaced by a reminder";
constexpr char kWhySuperseded[] = "superseded by a new activation";
constexpr char kWhyRevoked[] = "key revoked";
constexpr char kWhyDeleted[] = "key deleted";

const QString kKeyColumns = QStringLiteral(
    "k.id, k.user_id, k.type, k.label, k.status, k.status_reason, k.settings, k.credential_id, "
    "k.public_key, k.algorithm, k.aaguid, k.sign_count, k.flag_uv, k.flag_be, k.flag_bs, "
    "k.attestation_format, k.attestation_type, k.attestation_trust, k.transports, k.created_at, "
    "k.activated_at, k.last_used_at, k.last_verified_at, k.status_changed_at");
constexpr int kKeyColumnCount = 24;
const QString kActivationColumns =
    QStringLiteral("a.id, a.key_id, a.method, a.created_at, a.expires_at, a.used_at, a.superseded_by");
constexpr int kActivationColumnCount = 7;
const QString kUserColumns =
    QStringLiteral("u.id, u.external_id, u.display_name, u.email, u.upn, u.department, u.enabled");

std::optional<qint64> optionalLong(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QJsonObject parseObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

SecurityKey readKey(const QSqlQuery& q, int at = 0)
{
    SecurityKey k;
    k.id = q.value(at + 0).toLongLong();
    k.userId = q.value(at + 1).toLongLong();
    k.type = keyTypeFromName(q.value(at + 2).toString()).value_or(KeyType::Smartphone);
    k.label = q.value(at + 3).toString();
    k.status = keyStatusFromName(q.value(at + 4).toString()).value_or(KeyStatus::Pending);
    k.statusReason = q.value(at + 5).toString();
    QString ignored;
    // Settings were validated on the way in; a damaged document falls back to the defaults.
    k.settings =
        KeySettings::fromJson(parseObject(q.value(at + 6).toString()), &ignored).value_or(KeySettings{});
    k.credentialId = q.value(at + 7).toByteArray();
    k.publicKeyCose = q.value(at + 8).toByteArray();
    k.algorithm = q.value(at + 9).toInt();
    k.aaguid = q.value(at + 10).toByteArray();
    k.signCount = quint32(q.value(at + 11).toLongLong());
    k.userVerified = q.value(at + 12).toBool();
    k.backupEligible = q.value(at + 13).toBool();
    k.backedUp = q.value(at + 14).toBool();
    k.attestationFormat = q.value(at + 15).toString();
    k.attestationType = q.value(at + 16).toString();
    k.attestationTrust = q.value(at + 17).toString();
    for (const QJsonValue v : QJsonDocument::fromJson(q.value(at + 18).toString().toUtf8()).array())
        k.transports << v.toString();
    k.createdAtMs = q.value(at + 19).toLongLong();
    k.activatedAtMs = optionalLong(q.value(at + 20));
    k.lastUsedAtMs = optionalLong(q.value(at + 21));
    k.lastVerifiedAtMs = optionalLong(q.value(at + 22));
    k.statusChangedAtMs = optionalLong(q.value(at + 23));
    return k;
}

std::optional<Activation> readActivation(const QSqlQuery& q, int at)
{
    if (q.value(at).isNull())
        return std::nullopt;
    Activation a;
    a.id = q.value(at + 0).toLongLong();
    a.keyId = q.value(at + 1).toLongLong();
    a.method = activationMethodFromName(q.value(at + 2).toString()).value_or(ActivationMethod::Now);
    a.createdAtMs = q.value(at + 3).toLongLong();
    a.expiresAtMs = q.value(at + 4).toLongLong();
    a.usedAtMs = optionalLong(q.value(at + 5));
    a.supersededBy = optionalLong(q.value(at + 6));
    return a;
}

User readUser(const QSqlQuery& q, int at)
{
    User u;
    u.id = q.value(at + 0).toLongLong();
    u.externalId = q.value(at + 1).toString();
    u.displayName = q.value(at + 2).toString();
    u.email = q.value(at + 3).toString();
    u.upn = q.value(at + 4).toString();
    u.department = q.value(at + 5).toString();
    u.enabled = q.value(at + 6).toBool();
    return u;
}

// A row of key columns, activation columns, user columns, then challenge and its expiry.
constexpr int kContextUserAt = kKeyColumnCount + kActivationColumnCount;
constexpr int kContextRestAt = kContextUserAt + 7;

ActivationContext readContext(const QSqlQuery& q)
{
    ActivationContext c;
    c.key = readKey(q);
    c.activation = *readActivation(q, kKeyColumnCount);
    c.user = readUser(q, kContextUserAt);
    c.challenge = q.value(kContextRestAt).toByteArray();
    c.challengeExpiresAtMs = q.value(kContextRestAt + 1).toLongLong();
    return c;
}

ActivationState stateOf(const Activation& a, const SecurityKey& key, qint64 nowMs)
{
    if (a.usedAtMs)
        return ActivationState::Used;
    if (a.supersededBy)
        return ActivationState::Superseded;
    if (key.status != KeyStatus::Pending && key.status != KeyStatus::Expired)
        return ActivationState::KeyWithdrawn;
    if (a.expiresAtMs <= nowMs)
        return ActivationState::Expired;
    return ActivationState::Live;
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

Result<KeyAssignment> SecurityKeyRepository::assign(const User& user, KeyType type,
                                                    const KeySettings& settings, ActivationMethod method,
                                                    const QString& label,
                                                    const ActivationLifetimes& lifetimes)
{
    Transaction tx(m_db);
    if (!tx.status())
        return Result<KeyAssignment>::failure(tx.status().error());
    auto assigned = assign(user, type, settings, method, label, lifetimes, tx);
    if (!assigned)
        return assigned;
    if (Status s = tx.commit(); !s)
        return Result<KeyAssignment>::failure(s.error());
    return assigned;
}

Result<KeyAssignment> SecurityKeyRepository::assign(const User& user, KeyType type,
                                                    const KeySettings& settings, ActivationMethod method,
                                                    const QString& label,
                                                    const ActivationLifetimes& lifetimes, Transaction& tx,
                                                    std::optional<qint64> workflowId)
{
    using R = Result<KeyAssignment>;
    Q_UNUSED(tx);
    if (!user.enabled)
        return R::failure(Text::tr("%1 is disabled; enable the user before assigning a key").arg(user.email));
    // One pending key of a type per user (also a unique index): the existing one is re-issued.
    QSqlQuery& pending = m_db.prepared(
        QStringLiteral("SELECT id FROM security_keys WHERE user_id = ? AND type = ? AND status = 'pending'"));
    pending.addBindValue(user.id);
    pending.addBindValue(keyTypeName(type));
    if (Status s = m_db.exec(pending, QT_TRANSLATE_NOOP("Database", "checking for a pending key")); !s)
        return R::failure(s.error());
    const std::optional<qint64> existing =
        pending.next() ? std::optional(pending.value(0).toLongLong()) : std::nullopt;
    pending.finish();
    if (existing)
        return R::failure(
            Text::tr("%1 already has a pending %2 key (key %3); re-issue its activation instead")
                .arg(user.email, keyTypeName(type))
                .arg(*existing));
    const qint64 now = m_clock.nowMs();
    const QString keyLabel = label.trimmed().isEmpty() ? keyTypeDisplayName(type) : label.trimmed();
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO security_keys (user_id, type, label, status, settings, workflow_id, created_at, "
        "status_changed_at) VALUES (?, ?, ?, 'pending', ?, ?, ?, ?)"));
    q.addBindValue(user.id);
    q.addBindValue(keyTypeName(type));
    q.addBindValue(keyLabel);
    q.addBindValue(QString::fromUtf8(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(workflowId ? QVariant(*workflowId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(now);
    q.addBindValue(now);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "adding the security key")); !s)
        return R::failure(s.error());
    KeyAssignment out;
    out.key.id = q.lastInsertId().toLongLong();
    out.key.userId = user.id;
    out.key.type = type;
    out.key.label = keyLabel;
    out.key.settings = settings;
    out.key.createdAtMs = now;
    out.key.statusChangedAtMs = now;
    auto issued = insertActivation(out.key.id, user, method, lifetimes.forMethod(method, settings));
    if (!issued)
        return R::failure(issued.error());
    out.issued = std::move(issued).value();
    QJsonObject details = keyDetails(out.key);
    details.insert(QStringLiteral("method"), activationMethodName(method));
    details.insert(QStringLiteral("expires_at"), out.issued.activation.expiresAtMs);
    details.insert(QStringLiteral("settings"), settings.toJson());
    if (workflowId)
        details.insert(QStringLiteral("workflow_id"), *workflowId);
    if (Status s = m_audit.append(QStringLiteral("key.assign"), QStringLiteral("user"), user.id, user.email,
                                  details);
        !s)
        return R::failure(s.error());
    return out;
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
            return R::failure(s.error());
        // RETURNING promises no order: rows are matched by user (one pending key each).
        while (keys.next())
            out[byUser.value(keys.value(1).toLongLong())].keyId = keys.value(0).toLongLong();
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
            return R::failure(s.error());
        while (acts.next())
            out[byKey.value(acts.value(1).toLongLong())].issued.activation.id = acts.value(0).toLongLong();
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
        return R::failure(s.error());
    return out;
}

Result<IssuedActivation> SecurityKeyRepository::renew(qint64 keyId, qint64 userId, const QString& email,
                                                      qint64 expiresAtMs, bool reminder, int reissueCount,
                                                      qint64 workflowId)
{
    using R = Result<IssuedActivation>;
    const qint64 now = m_clock.nowMs();
    User user;
    user.id = userId;
    user.email = email;
    auto issued =
        insertActivation(keyId, user, ActivationMethod::Email, std::max<qint64>(1, expiresAtMs - now));
    if (!issued)
        return issued;
    QSqlQuery& mark =
        m_db.prepared(QStringLiteral("UPDATE activations SET reminder = ?, reissue_count = ? WHERE id = ?"));
    mark.addBindValue(reminder ? 1 : 0);
    mark.addBindValue(reissueCount);
    mark.addBindValue(issued->activation.id);
    if (Status s = m_db.exec(mark, QT_TRANSLATE_NOOP("Database", "marking the activation")); !s)
        return R::failure(s.error());
    QSqlQuery& old = m_db.prepared(QStringLiteral(
        "UPDATE activations SET superseded_by = ?, challenge = NULL WHERE key_id = ? AND id <> ? "
        "AND used_at IS NULL AND superseded_by IS NULL"));
    old.addBindValue(issued->activation.id);
    old.addBindValue(keyId);
    old.addBindValue(issued->activation.id);
    if (Status s = m_db.exec(old, QT_TRANSLATE_NOOP("Database", "superseding the old activation")); !s)
        return R::failure(s.error());
    QSqlQuery& key = m_db.prepared(QStringLiteral("UPDATE security_keys SET status = 'pending', "
                                                  "status_reason = '', status_changed_at = ? WHERE id = ?"));
    key.addBindValue(now);
    key.addBindValue(keyId);
    if (Status s = m_db.exec(key, QT_TRANSLATE_NOOP("Database", "making the key pending")); !s)
        return R::failure(s.error());
    if (Status s = cancelDeadEmails(
            keyId, reminder ? QString::fromLatin1(kWhyReminder) : QString::fromLatin1(kWhySuperseded), false);
        !s)
        return R::failure(s.error());
    if (Status s = m_audit.append(reminder ? QStringLiteral("key.remind") : QStringLiteral("key.reissue"),
                                  QStringLiteral("user"), userId, email,
                                  QJsonObject{{QStringLiteral("key_id"), keyId},
                                              {QStringLiteral("expires_at"), issued->activation.expiresAtMs},
                                              {QStringLiteral("reissue_count"), reissueCount},
                                              {QStringLiteral("workflow_id"), workflowId}});
        !s)
        return R::failure(s.error());
    return issued;
}

Status SecurityKeyRepository::giveUp(qint64 keyId, qint64 userId, const QString& email, qint64 workflowId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("UPDATE security_keys SET status = 'expired', status_reason "
                                                "= ?, status_changed_at = ? WHERE id = ? AND status IN "
                                                "('pending', 'expired')"));
    q.addBindValue(QString::fromLatin1(kGaveUpReason));
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(keyId);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "giving up on the key")); !s)
        return s;
    return m_audit.append(QStringLiteral("key.expire"), QStringLiteral("user"), userId, email,
                          QJsonObject{{QStringLiteral("key_id"), keyId},
                                      {QStringLiteral("reason"), QString::fromLatin1(kGaveUpReason)},
                                      {QStringLiteral("workflow_id"), workflowId}});
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
            return R::failure(s.error());
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

Result<std::pair<SecurityKeyRow, User>> SecurityKeyRepository::loadForChange(qint64 keyId)
{
    using R = Result<std::pair<SecurityKeyRow, User>>;
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT ") + kKeyColumns + QStringLiteral(", ") + kUserColumns +
                      QStringLiteral(" FROM security_keys k JOIN users u ON "
                                     "u.id = k.user_id WHERE k.id = ?"));
    q.addBindValue(keyId);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading the security key")); !s)
        return R::failure(s.error());
    if (!q.next()) {
        q.finish();
        return R::failure(Text::tr("no security key %1").arg(keyId));
    }
    SecurityKeyRow row{readKey(q), std::nullopt};
    const User user = readUser(q, kKeyColumnCount);
    q.finish();
    return std::pair{row, user};
}

Result<IssuedActivation> SecurityKeyRepository::reissue(qint64 keyId, ActivationMethod method,
                                                        const ActivationLifetimes& lifetimes)
{
    using R = Result<IssuedActivation>;
    Transaction tx(m_db);
    if (!tx.status())
        return R::failure(tx.status().error());
    auto loaded = loadForChange(keyId);
    if (!loaded)
        return R::failure(loaded.error());
    const auto& [row, user] = loaded.value();
    if (row.key.status != KeyStatus::Pending && row.key.status != KeyStatus::Expired)
        return R::failure(Text::tr("key %1 is %2; only a pending or expired key gets a new activation")
                              .arg(keyId)
                              .arg(keyStatusName(row.key.status)));
    if (!user.enabled)
        return R::failure(Text::tr("%1 is disabled; enable the user before re-issuing").arg(user.email));
    if (row.key.status == KeyStatus::Expired) {
        // Back to pending only if no other key of its type is pending (a unique index, too).
        QSqlQuery& other = m_db.prepared(QStringLiteral("SELECT id FROM security_keys WHERE user_id = ? AND "
                                                        "type = ? AND status = 'pending' AND id <> ?"));
        other.addBindValue(user.id);
        other.addBindValue(keyTypeName(row.key.type));
        other.addBindValue(keyId);
        if (Status s = m_db.exec(other, QT_TRANSLATE_NOOP("Database", "checking for a pending key")); !s)
            return R::failure(s.error());
        const qint64 otherId = other.next() ? other.value(0).toLongLong() : 0;
        other.finish();
        if (otherId != 0)
            return R::failure(Text::tr("%1 has another pending %2 key (key %3); re-issue that one instead")
                                  .arg(user.email, keyTypeName(row.key.type))
                                  .arg(otherId));
    }
    auto issued = insertActivation(keyId, user, method, lifetimes.forMethod(method, row.key.settings));
    if (!issued)
        return issued;
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE activations SET superseded_by = ?, challenge = NULL WHERE key_id = ? AND id <> ? "
        "AND used_at IS NULL AND superseded_by IS NULL"));
    q.addBindValue(issued->activation.id);
    q.addBindValue(keyId);
    q.addBindValue(issued->activation.id);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "superseding the old activation")); !s)
        return R::failure(s.error());
    const int superseded = q.numRowsAffected();
    QSqlQuery& k = m_db.prepared(QStringLiteral(
        "UPDATE security_keys SET status = 'pending', status_reason = '', status_changed_at = ? "
        "WHERE id = ?"));
    k.addBindValue(m_clock.nowMs());
    k.addBindValue(keyId);
    if (Status s = m_db.exec(k, QT_TRANSLATE_NOOP("Database", "making the key pending again")); !s)
        return R::failure(s.error());
    if (Status s = cancelDeadEmails(keyId, QString::fromLatin1(kWhySuperseded), false); !s)
        return R::failure(s.error());
    QJsonObject details = keyDetails(row.key);
    details.insert(QStringLiteral("method"), activationMethodName(method));
    details.insert(QStringLiteral("expires_at"), issued->activation.expiresAtMs);
    details.insert(QStringLiteral("superseded"), superseded);
    if (Status s = m_audit.append(QStringLiteral("key.reissue"), QStringLiteral("user"), user.id, user.email,
                                  details);
        !s)
        return R::failure(s.error());
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return issued;
}

Status SecurityKeyRepository::changeStatus(qint64 keyId, const QList<KeyStatus>& from, KeyStatus to,
                                           const QString& reason, const char* action)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto loaded = loadForChange(keyId);
    if (!loaded)
        return Status::from(loaded);
    const auto& [row, user] = loaded.value();
    if (!from.contains(row.key.status)) {
        QStringList allowed;
        for (KeyStatus s : from)
            allowed << keyStatusName(s);
        return Status::failure(
            Text::tr("key %1 is %2; it must be %3 to be %4")
                .arg(keyId)
                .arg(keyStatusName(row.key.status), allowed.join(QStringLiteral(" or ")), keyStatusName(to)));
    }
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE security_keys SET status = ?, status_reason = ?, status_changed_at = ? WHERE id = ?"));
    q.addBindValue(keyStatusName(to));
    q.addBindValue(sqlText(reason));
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(keyId);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "changing the key's status")); !s)
        return s;
    if (to == KeyStatus::Revoked) {
        if (Status s = cancelDeadEmails(keyId, QString::fromLatin1(kWhyRevoked), true); !s)
            return s;
    }
    QJsonObject details = keyDetails(row.key);
    details.insert(QStringLiteral("from"), keyStatusName(row.key.status));
    if (!reason.isEmpty())
        details.insert(QStringLiteral("reason"), reason);
    if (Status s =
            m_audit.append(QString::fromLatin1(action), QStringLiteral("user"), user.id, user.email, details);
        !s)
        return s;
    return tx.commit();
}

Status SecurityKeyRepository::suspend(qint64 keyId, const QString& reason)
{
    return changeStatus(keyId, {KeyStatus::Active}, KeyStatus::Suspended, reason.trimmed(), "key.suspend");
}

Status SecurityKeyRepository::resume(qint64 keyId)
{
    return changeStatus(keyId, {KeyStatus::Suspended}, KeyStatus::Active, {}, "key.resume");
}

Status SecurityKeyRepository::revoke(qint64 keyId, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(Text::tr("a reason is required to revoke a key"));
    return changeStatus(keyId,
                        {KeyStatus::Pending, KeyStatus::Active, KeyStatus::Suspended, KeyStatus::Expired},
                        KeyStatus::Revoked, reason.trimmed(), "key.revoke");
}

Status SecurityKeyRepository::removePending(qint64 keyId)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto loaded = loadForChange(keyId);
    if (!loaded)
        return Status::from(loaded);
    const auto& [row, user] = loaded.value();
    if (!row.key.credentialId.isEmpty() ||
        (row.key.status != KeyStatus::Pending && row.key.status != KeyStatus::Expired))
        return Status::failure(
            Text::tr("key %1 is %2; only a key that was never activated can be deleted (revoke it instead)")
                .arg(keyId)
                .arg(keyStatusName(row.key.status)));
    // Its emails die with it; the activations go by cascade. SQLite hands the largest deleted id
    // out again, so the cancelled emails also give up their idempotency keys: the next activation
    // with that id still gets its email.
    auto keys = emailKeysOf(keyId, true);
    if (!keys)
        return Status::from(keys);
    if (Status s = m_outbox.cancelByKeys(keys.value(), QString::fromLatin1(kWhyDeleted)); !s)
        return s;
    if (Status s = m_outbox.releaseKeys(keys.value()); !s)
        return s;
    QSqlQuery& q = m_db.prepared(QStringLiteral("DELETE FROM security_keys WHERE id = ?"));
    q.addBindValue(keyId);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "deleting the key")); !s)
        return s;
    if (Status s = m_audit.append(QStringLiteral("key.delete"), QStringLiteral("user"), user.id, user.email,
                                  keyDetails(row.key));
        !s)
        return s;
    return tx.commit();
}

Result<QStringList> SecurityKeyRepository::emailKeysOf(qint64 keyId, bool allActivations)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT id FROM activations WHERE key_id = ? AND (? OR "
                                                "superseded_by IS NOT NULL OR used_at IS NOT NULL)"));
    q.addBindValue(keyId);
    q.addBindValue(allActivations);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "finding the key's dead activations")); !s)
        return Result<QStringList>::failure(s.error());
    QStringList keys;
    while (q.next())
        keys << activationEmailKey(q.value(0).toLongLong());
    q.finish();
    return keys;
}

Status SecurityKeyRepository::cancelDeadEmails(qint64 keyId, const QString& why, bool allActivations)
{
    auto keys = emailKeysOf(keyId, allActivations);
    if (!keys)
        return Status::from(keys);
    return m_outbox.cancelByKeys(keys.value(), why);
}

Result<QList<SecurityKeyRow>> SecurityKeyRepository::query(const QString& where, const QVariantList& values,
                                                           const QString& tail)
{
    using R = Result<QList<SecurityKeyRow>>;
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT ") + kKeyColumns + QStringLiteral(", ") + kActivationColumns +
        QStringLiteral(
            " FROM security_keys k LEFT JOIN activations a ON a.id = (SELECT max(id) FROM activations "
            "WHERE key_id = k.id) WHERE ") +
        where + tail);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading security keys")); !s)
        return R::failure(s.error());
    QList<SecurityKeyRow> rows;
    while (q.next())
        rows.append(SecurityKeyRow{readKey(q), readActivation(q, kKeyColumnCount)});
    q.finish();
    return rows;
}

Result<std::optional<SecurityKeyRow>> SecurityKeyRepository::findById(qint64 keyId)
{
    using R = Result<std::optional<SecurityKeyRow>>;
    auto rows = query(QStringLiteral("k.id = ?"), {keyId});
    if (!rows)
        return R::failure(rows.error());
    return rows->isEmpty() ? std::nullopt : std::optional(rows->first());
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
    return query(QStringLiteral("1"), {}, tail);
}

Result<std::optional<ActivationContext>> SecurityKeyRepository::findByToken(const QString& token)
{
    using R = Result<std::optional<ActivationContext>>;
    if (!looksLikeToken(token))
        return std::optional<ActivationContext>();
    const QByteArray hash = tokenHash(token);
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT ") + kKeyColumns + QStringLiteral(", ") + kActivationColumns +
        QStringLiteral(", ") + kUserColumns +
        QStringLiteral(
            ", a.challenge, a.challenge_expires_at, a.token_hash, a.lookup_token_hash FROM activations a "
            "JOIN security_keys k ON k.id = a.key_id JOIN users u ON u.id = k.user_id "
            "WHERE a.token_hash = ? OR a.lookup_token_hash = ?"));
    q.addBindValue(hash);
    q.addBindValue(hash);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "looking up the activation")); !s)
        return R::failure(s.error());
    std::optional<ActivationContext> context;
    if (q.next()) {
        constexpr int restAt = kContextRestAt;
        // The index found the row; the hash is compared again without early exit.
        if (constantTimeEquals(q.value(restAt + 2).toByteArray(), hash) ||
            constantTimeEquals(q.value(restAt + 3).toByteArray(), hash)) {
            context = readContext(q);
            context->state = stateOf(context->activation, context->key, m_clock.nowMs());
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
        return R::failure(s.error());
    const QByteArray wanted = m_codeKey.manualCodeHash(email, normalizedCode);
    qint64 matchId = 0;
    // Every live activation is compared, in constant time, whether or not one matched already.
    while (q.next()) {
        if (constantTimeEquals(q.value(1).toByteArray(), wanted) && matchId == 0)
            matchId = q.value(0).toLongLong();
    }
    q.finish();
    if (matchId == 0)
        return std::optional<ActivationContext>();
    QSqlQuery& m = m_db.prepared(QStringLiteral("SELECT ") + kKeyColumns + QStringLiteral(", ") +
                                 kActivationColumns + QStringLiteral(", ") + kUserColumns +
                                 QStringLiteral(", a.challenge, a.challenge_expires_at FROM activations a "
                                                "JOIN security_keys k ON k.id = a.key_id "
                                                "JOIN users u ON u.id = k.user_id WHERE a.id = ?"));
    m.addBindValue(matchId);
    if (Status s = m_db.exec(m, QT_TRANSLATE_NOOP("Database", "looking up the activation code")); !s)
        return R::failure(s.error());
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
        return R::failure(s.error());
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
        return R::failure(tx.status().error());
    QSqlQuery& h = m_db.prepared(QStringLiteral("SELECT user_handle FROM users WHERE id = ?"));
    h.addBindValue(context.user.id);
    if (Status s = m_db.exec(h, QT_TRANSLATE_NOOP("Database", "reading the user handle")); !s)
        return R::failure(s.error());
    QByteArray handle = h.next() ? h.value(0).toByteArray() : QByteArray();
    h.finish();
    if (handle.isEmpty()) {
        handle = QByteArray(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(handle.data()), 8);
        QSqlQuery& u = m_db.prepared(QStringLiteral("UPDATE users SET user_handle = ? WHERE id = ?"));
        u.addBindValue(handle);
        u.addBindValue(context.user.id);
        if (Status s = m_db.exec(u, QT_TRANSLATE_NOOP("Database", "storing the user handle")); !s)
            return R::failure(s.error());
    }
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE activations SET challenge = ?, challenge_expires_at = ? WHERE id = ? AND used_at IS NULL "
        "AND superseded_by IS NULL"));
    q.addBindValue(challenge);
    q.addBindValue(expiresAtMs);
    q.addBindValue(context.activation.id);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "storing the challenge")); !s)
        return R::failure(s.error());
    if (q.numRowsAffected() != 1)
        return R::failure(Text::tr("the activation is no longer live"));
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return handle;
}

Result<QList<QByteArray>> SecurityKeyRepository::credentialIdsOf(qint64 userId)
{
    using R = Result<QList<QByteArray>>;
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT credential_id FROM security_keys WHERE user_id = ? AND credential_id IS NOT NULL"));
    q.addBindValue(userId);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading the user's credentials")); !s)
        return R::failure(s.error());
    QList<QByteArray> ids;
    while (q.next())
        ids << q.value(0).toByteArray();
    q.finish();
    return ids;
}

Result<CompletionOutcome> SecurityKeyRepository::complete(const ActivationContext& context,
                                                          const VerifiedCredential& credential)
{
    using R = Result<CompletionOutcome>;
    Transaction tx(m_db);
    if (!tx.status())
        return R::failure(tx.status().error());
    const qint64 now = m_clock.nowMs();
    // BEGIN IMMEDIATE holds the write lock from here on: the checks below cannot go stale.
    QSqlQuery& c = m_db.prepared(QStringLiteral("SELECT 1 FROM security_keys WHERE credential_id = ?"));
    c.addBindValue(credential.id);
    if (Status s = m_db.exec(c, QT_TRANSLATE_NOOP("Database", "checking the credential id")); !s)
        return R::failure(s.error());
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
        return R::failure(s.error());
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
        return R::failure(s.error());
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
        return R::failure(s.error());
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return CompletionOutcome::Activated;
}

Result<int> SecurityKeyRepository::expireDue()
{
    using R = Result<int>;
    const qint64 now = m_clock.nowMs();
    Transaction tx(m_db);
    if (!tx.status())
        return R::failure(tx.status().error());
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE security_keys SET status = 'expired', status_reason = 'activation expired', "
        "status_changed_at = ? "
        "WHERE status = 'pending' AND id IN (SELECT a.key_id FROM activations a WHERE a.used_at IS NULL AND "
        "a.superseded_by IS NULL AND a.expires_at <= ?) AND NOT EXISTS (SELECT 1 FROM activations a WHERE "
        "a.key_id = security_keys.id AND a.used_at IS NULL AND a.superseded_by IS NULL AND a.expires_at > ?) "
        "RETURNING id, user_id, type, (SELECT email FROM users WHERE id = user_id)"));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(now);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "expiring activations")); !s)
        return R::failure(s.error());
    QList<AuditLog::Entry> events;
    while (q.next()) {
        events.append({QStringLiteral("key.expire"), QStringLiteral("user"), q.value(1).toLongLong(),
                       q.value(3).toString(),
                       QJsonObject{{QStringLiteral("key_id"), q.value(0).toLongLong()},
                                   {QStringLiteral("type"), q.value(2).toString()}}});
    }
    q.finish();
    if (events.isEmpty())
        return 0;
    if (Status s = m_audit.appendMany(events); !s)
        return R::failure(s.error());
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return int(events.size());
}

} // namespace keydesk
