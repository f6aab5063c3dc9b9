// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "Rows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keydesk {

const QString kUserSelect = QStringLiteral(
    "u.id AS user_id, u.external_id AS user_external_id, u.display_name AS user_display_name, "
    "u.email AS user_email, u.upn AS user_upn, u.department AS user_department, u.enabled AS user_enabled");
const QString kUserFullSelect =
    kUserSelect + QStringLiteral(", u.source AS user_source, u.source_id AS user_source_id, u.created_at AS "
                                 "user_created_at, u.updated_at AS user_updated_at");
const QString kKeySelect = QStringLiteral(
    "k.id AS key_id, k.user_id AS key_user_id, k.type AS key_type, k.label AS key_label, k.status AS "
    "key_status, "
    "k.status_reason AS key_status_reason, k.settings AS key_settings, k.credential_id AS key_credential_id, "
    "k.public_key AS key_public_key, k.algorithm AS key_algorithm, k.aaguid AS key_aaguid, k.sign_count AS "
    "key_sign_count, k.flag_uv AS key_flag_uv, k.flag_be AS key_flag_be, k.flag_bs AS key_flag_bs, "
    "k.attestation_format AS key_attestation_format, k.attestation_type AS key_attestation_type, "
    "k.attestation_trust AS key_attestation_trust, k.transports AS key_transports, k.created_at AS "
    "key_created_at, k.activated_at AS key_activated_at, k.last_used_at AS key_last_used_at, "
    "k.last_verified_at AS key_last_verified_at, k.status_changed_at AS key_status_changed_at");
const QString kActivationSelect = QStringLiteral(
    "a.id AS activation_id, a.key_id AS activation_key_id, a.method AS activation_method, a.created_at AS "
    "activation_created_at, a.expires_at AS activation_expires_at, a.used_at AS activation_used_at, "
    "a.superseded_by AS activation_superseded_by");

namespace {

std::optional<qint64> optionalLong(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

// A column the statement must select: a reader used with the wrong SELECT is a bug.
int required(const Columns& c, const char* name)
{
    const int at = c(name);
    if (at < 0)
        qFatal("KeyDesk bug: the statement does not select %s", name);
    return at;
}

} // namespace

UserReader::UserReader(const Columns& c)
    : m_id(required(c, "user_id")), m_externalId(required(c, "user_external_id")),
      m_displayName(required(c, "user_display_name")), m_email(required(c, "user_email")),
      m_upn(required(c, "user_upn")), m_department(required(c, "user_department")),
      m_enabled(required(c, "user_enabled")), m_source(c("user_source")), m_sourceId(c("user_source_id")),
      m_createdAt(c("user_created_at")), m_updatedAt(c("user_updated_at"))
{}

User UserReader::read(const QSqlQuery& q) const
{
    User u;
    u.id = q.value(m_id).toLongLong();
    u.externalId = q.value(m_externalId).toString();
    u.displayName = q.value(m_displayName).toString();
    u.email = q.value(m_email).toString();
    u.upn = q.value(m_upn).toString();
    u.department = q.value(m_department).toString();
    u.enabled = q.value(m_enabled).toBool();
    if (m_source >= 0)
        u.source = userSourceFromName(q.value(m_source).toString());
    if (m_sourceId >= 0)
        u.sourceId = q.value(m_sourceId).toLongLong();
    if (m_createdAt >= 0)
        u.createdAtMs = q.value(m_createdAt).toLongLong();
    if (m_updatedAt >= 0)
        u.updatedAtMs = q.value(m_updatedAt).toLongLong();
    return u;
}

KeyReader::KeyReader(const Columns& c)
    : m_id(required(c, "key_id")), m_userId(required(c, "key_user_id")), m_type(required(c, "key_type")),
      m_label(required(c, "key_label")), m_status(required(c, "key_status")),
      m_statusReason(required(c, "key_status_reason")), m_settings(required(c, "key_settings")),
      m_credentialId(required(c, "key_credential_id")), m_publicKey(required(c, "key_public_key")),
      m_algorithm(required(c, "key_algorithm")), m_aaguid(required(c, "key_aaguid")),
      m_signCount(required(c, "key_sign_count")), m_flagUv(required(c, "key_flag_uv")),
      m_flagBe(required(c, "key_flag_be")), m_flagBs(required(c, "key_flag_bs")),
      m_attestationFormat(required(c, "key_attestation_format")),
      m_attestationType(required(c, "key_attestation_type")),
      m_attestationTrust(required(c, "key_attestation_trust")), m_transports(required(c, "key_transports")),
      m_createdAt(required(c, "key_created_at")), m_activatedAt(required(c, "key_activated_at")),
      m_lastUsedAt(required(c, "key_last_used_at")), m_lastVerifiedAt(required(c, "key_last_verified_at")),
      m_statusChangedAt(required(c, "key_status_changed_at"))
{}

SecurityKey KeyReader::read(const QSqlQuery& q) const
{
    SecurityKey k;
    k.id = q.value(m_id).toLongLong();
    k.userId = q.value(m_userId).toLongLong();
    k.type = keyTypeFromName(q.value(m_type).toString()).value_or(KeyType::Smartphone);
    k.label = q.value(m_label).toString();
    k.status = keyStatusFromName(q.value(m_status).toString()).value_or(KeyStatus::Pending);
    k.statusReason = q.value(m_statusReason).toString();
    Error ignored;
    // Settings were validated on the way in; a damaged document falls back to the defaults.
    k.settings = KeySettings::fromJson(
                     QJsonDocument::fromJson(q.value(m_settings).toString().toUtf8()).object(), &ignored)
                     .value_or(KeySettings{});
    k.credentialId = q.value(m_credentialId).toByteArray();
    k.publicKeyCose = q.value(m_publicKey).toByteArray();
    k.algorithm = q.value(m_algorithm).toInt();
    k.aaguid = q.value(m_aaguid).toByteArray();
    k.signCount = quint32(q.value(m_signCount).toLongLong());
    k.userVerified = q.value(m_flagUv).toBool();
    k.backupEligible = q.value(m_flagBe).toBool();
    k.backedUp = q.value(m_flagBs).toBool();
    k.attestationFormat = q.value(m_attestationFormat).toString();
    k.attestationType = q.value(m_attestationType).toString();
    k.attestationTrust = q.value(m_attestationTrust).toString();
    for (const QJsonValue v : QJsonDocument::fromJson(q.value(m_transports).toString().toUtf8()).array())
        k.transports << v.toString();
    k.createdAtMs = q.value(m_createdAt).toLongLong();
    k.activatedAtMs = optionalLong(q.value(m_activatedAt));
    k.lastUsedAtMs = optionalLong(q.value(m_lastUsedAt));
    k.lastVerifiedAtMs = optionalLong(q.value(m_lastVerifiedAt));
    k.statusChangedAtMs = optionalLong(q.value(m_statusChangedAt));
    return k;
}

ActivationReader::ActivationReader(const Columns& c)
    : m_id(required(c, "activation_id")), m_keyId(required(c, "activation_key_id")),
      m_method(required(c, "activation_method")), m_createdAt(required(c, "activation_created_at")),
      m_expiresAt(required(c, "activation_expires_at")), m_usedAt(required(c, "activation_used_at")),
      m_supersededBy(required(c, "activation_superseded_by"))
{}

std::optional<Activation> ActivationReader::read(const QSqlQuery& q) const
{
    if (q.value(m_id).isNull())
        return std::nullopt;
    Activation a;
    a.id = q.value(m_id).toLongLong();
    a.keyId = q.value(m_keyId).toLongLong();
    a.method = activationMethodFromName(q.value(m_method).toString()).value_or(ActivationMethod::Now);
    a.createdAtMs = q.value(m_createdAt).toLongLong();
    a.expiresAtMs = q.value(m_expiresAt).toLongLong();
    a.usedAtMs = optionalLong(q.value(m_usedAt));
    a.supersededBy = optionalLong(q.value(m_supersededBy));
    return a;
}

} // namespace keydesk
