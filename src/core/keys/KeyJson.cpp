// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "KeyJson.h"

#include "core/activation/AuthenticatorNames.h"
#include "core/domain/OperatorJson.h"
#include "webauthn/Base64Url.h"
#include "webauthn/Verdict.h"

#include <QJsonArray>
#include <QUuid>

namespace keydesk {

QJsonObject keyJson(const SecurityKeyRow& row, const AuthenticatorNames& names)
{
    const SecurityKey& k = row.key;
    QJsonObject json{{QStringLiteral("id"), k.id},
                     {QStringLiteral("user_id"), k.userId},
                     {QStringLiteral("type"), keyTypeName(k.type)},
                     {QStringLiteral("label"), k.label},
                     {QStringLiteral("status"), keyStatusName(k.status)},
                     {QStringLiteral("status_reason"), k.statusReason},
                     {QStringLiteral("settings"), k.settings.toJson()},
                     {QStringLiteral("created_at"), jsonTime(k.createdAtMs)},
                     {QStringLiteral("activated_at"), jsonOptionalTime(k.activatedAtMs)},
                     {QStringLiteral("last_used_at"), jsonOptionalTime(k.lastUsedAtMs)},
                     {QStringLiteral("last_verified_at"), jsonOptionalTime(k.lastVerifiedAtMs)}};
    if (!k.credentialId.isEmpty()) {
        QJsonArray transports;
        for (const QString& t : k.transports)
            transports.append(t);
        json.insert(QStringLiteral("credential"),
                    QJsonObject{{QStringLiteral("id"), webauthn::toBase64Url(k.credentialId)},
                                {QStringLiteral("public_key"), webauthn::toBase64Url(k.publicKeyCose)},
                                {QStringLiteral("algorithm"), webauthn::algorithmName(k.algorithm)},
                                {QStringLiteral("cose_algorithm"), k.algorithm},
                                {QStringLiteral("aaguid"), formatAaguid(k.aaguid)},
                                {QStringLiteral("authenticator"), names.describe(k.aaguid)},
                                {QStringLiteral("sign_count"), qint64(k.signCount)},
                                {QStringLiteral("user_verified"), k.userVerified},
                                {QStringLiteral("backup_eligible"), k.backupEligible},
                                {QStringLiteral("backed_up"), k.backedUp},
                                {QStringLiteral("attestation_format"), k.attestationFormat},
                                {QStringLiteral("attestation_type"), k.attestationType},
                                {QStringLiteral("attestation_trust"), k.attestationTrust},
                                {QStringLiteral("transports"), transports}});
    }
    if (row.latestActivation) {
        const Activation& a = *row.latestActivation;
        json.insert(QStringLiteral("activation"),
                    QJsonObject{{QStringLiteral("id"), a.id},
                                {QStringLiteral("method"), activationMethodName(a.method)},
                                {QStringLiteral("created_at"), jsonTime(a.createdAtMs)},
                                {QStringLiteral("expires_at"), jsonTime(a.expiresAtMs)},
                                {QStringLiteral("used_at"), jsonOptionalTime(a.usedAtMs)}});
    }
    return json;
}

SecurityKeyRow keyRowFromJson(const QJsonObject& json)
{
    SecurityKeyRow row;
    SecurityKey& k = row.key;
    k.id = json.value(QStringLiteral("id")).toInteger();
    k.userId = json.value(QStringLiteral("user_id")).toInteger();
    k.type = keyTypeFromName(json.value(QStringLiteral("type")).toString()).value_or(KeyType::Smartphone);
    k.label = json.value(QStringLiteral("label")).toString();
    k.status =
        keyStatusFromName(json.value(QStringLiteral("status")).toString()).value_or(KeyStatus::Pending);
    k.statusReason = json.value(QStringLiteral("status_reason")).toString();
    Error ignored;
    k.settings = KeySettings::fromJson(json.value(QStringLiteral("settings")).toObject(), &ignored)
                     .value_or(KeySettings{});
    k.createdAtMs = jsonTimeMs(json.value(QStringLiteral("created_at")));
    k.activatedAtMs = jsonOptionalTimeMs(json.value(QStringLiteral("activated_at")));
    k.lastUsedAtMs = jsonOptionalTimeMs(json.value(QStringLiteral("last_used_at")));
    k.lastVerifiedAtMs = jsonOptionalTimeMs(json.value(QStringLiteral("last_verified_at")));
    const QJsonObject c = json.value(QStringLiteral("credential")).toObject();
    if (!c.isEmpty()) {
        k.credentialId =
            webauthn::fromBase64Url(c.value(QStringLiteral("id")).toString()).value_or(QByteArray());
        k.publicKeyCose =
            webauthn::fromBase64Url(c.value(QStringLiteral("public_key")).toString()).value_or(QByteArray());
        k.algorithm = c.value(QStringLiteral("cose_algorithm")).toInt();
        const QUuid aaguid = QUuid::fromString(c.value(QStringLiteral("aaguid")).toString());
        k.aaguid = aaguid.isNull() && c.value(QStringLiteral("aaguid")).toString().isEmpty()
                       ? QByteArray()
                       : aaguid.toRfc4122();
        k.signCount = quint32(c.value(QStringLiteral("sign_count")).toInteger());
        k.userVerified = c.value(QStringLiteral("user_verified")).toBool();
        k.backupEligible = c.value(QStringLiteral("backup_eligible")).toBool();
        k.backedUp = c.value(QStringLiteral("backed_up")).toBool();
        k.attestationFormat = c.value(QStringLiteral("attestation_format")).toString();
        k.attestationType = c.value(QStringLiteral("attestation_type")).toString();
        k.attestationTrust = c.value(QStringLiteral("attestation_trust")).toString();
        for (const QJsonValue& t : c.value(QStringLiteral("transports")).toArray())
            k.transports << t.toString();
    }
    const QJsonObject a = json.value(QStringLiteral("activation")).toObject();
    if (!a.isEmpty()) {
        Activation activation;
        activation.id = a.value(QStringLiteral("id")).toInteger();
        activation.keyId = k.id;
        activation.method = activationMethodFromName(a.value(QStringLiteral("method")).toString())
                                .value_or(ActivationMethod::Now);
        activation.createdAtMs = jsonTimeMs(a.value(QStringLiteral("created_at")));
        activation.expiresAtMs = jsonTimeMs(a.value(QStringLiteral("expires_at")));
        activation.usedAtMs = jsonOptionalTimeMs(a.value(QStringLiteral("used_at")));
        row.latestActivation = activation;
    }
    return row;
}

} // namespace keydesk
