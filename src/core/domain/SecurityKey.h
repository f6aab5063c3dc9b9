// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace keydesk {

enum class KeyType
{
    Smartphone,
    SecurityKey, // a roaming FIDO2 key (later)
    Platform,    // the desk PC's own authenticator (later)
};
QString keyTypeName(KeyType type); // database and CLI spelling: "smartphone"
std::optional<KeyType> keyTypeFromName(const QString& name);
QString keyTypeDisplayName(KeyType type);

enum class KeyStatus
{
    Pending,   // waiting for its activation
    Active,    // bound to a verified credential
    Suspended, // temporarily not to be used; can be resumed
    Revoked,   // permanently withdrawn
    Expired,   // its activation ran out; re-issue to try again
};
QString keyStatusName(KeyStatus status);
std::optional<KeyStatus> keyStatusFromName(const QString& name);
QString keyStatusDisplayName(KeyStatus status);

// How an activation reached the user.
enum class ActivationMethod
{
    Now,    // QR code shown at the desk, user present
    Email,  // link, code and QR sent by email
    Manual, // "Work or School": the user types email and code in the phone app
};
QString activationMethodName(ActivationMethod method);
std::optional<ActivationMethod> activationMethodFromName(const QString& name);
QString activationMethodDisplayName(ActivationMethod method);

// What the attestation statement must show for the registration to be accepted.
enum class AttestationPolicy
{
    None,    // ask for none; any statement is recorded but not judged
    Record,  // ask for direct attestation and record what it proves
    Require, // ask for direct attestation and refuse untrusted or self attestation
};
QString attestationPolicyName(AttestationPolicy policy);
std::optional<AttestationPolicy> attestationPolicyFromName(const QString& name);

// Per-key settings chosen at assignment. The defaults are the recommended ones.
struct KeySettings
{
    static constexpr int kMaxActivationLifetimeMinutes = 90 * 24 * 60;

    bool requireUserVerification = true;
    std::optional<int> activationLifetimeMinutes; // unset: the method's default lifetime
    AttestationPolicy attestation = AttestationPolicy::None;

    QJsonObject toJson() const;
    // Unknown members and wrong types are refused with the reason.
    static std::optional<KeySettings> fromJson(const QJsonObject& json, Error* error);
};

struct SecurityKey
{
    qint64 id = 0;
    qint64 userId = 0;
    KeyType type = KeyType::Smartphone;
    QString label;
    KeyStatus status = KeyStatus::Pending;
    QString statusReason;
    KeySettings settings;
    QByteArray credentialId;
    QByteArray publicKeyCose;
    int algorithm = 0;
    QByteArray aaguid;
    quint32 signCount = 0;
    bool userVerified = false;
    bool backupEligible = false;
    bool backedUp = false;
    QString attestationFormat;
    QString attestationType;
    QString attestationTrust;
    QStringList transports;
    qint64 createdAtMs = 0;
    std::optional<qint64> activatedAtMs;
    std::optional<qint64> lastUsedAtMs;
    std::optional<qint64> lastVerifiedAtMs;
    std::optional<qint64> statusChangedAtMs;
};

// An activation as stored: never the token or the code, only their hashes.
struct Activation
{
    qint64 id = 0;
    qint64 keyId = 0;
    ActivationMethod method = ActivationMethod::Now;
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;
    std::optional<qint64> usedAtMs;
    std::optional<qint64> supersededBy;
};

// Why an activation link can no longer be used, if it cannot.
enum class ActivationState
{
    Live,
    Expired,
    Used,
    Superseded,
    KeyWithdrawn, // the key was revoked, suspended or deleted meanwhile
};
QString activationStateName(ActivationState state);

// A key with what its list row shows about its latest activation.
struct SecurityKeyRow
{
    SecurityKey key;
    std::optional<Activation> latestActivation;
};

} // namespace keydesk
