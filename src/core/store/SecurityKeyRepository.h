// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "AuditLog.h"
#include "Database.h"
#include "core/activation/ActivationSecrets.h"
#include "core/domain/SecurityKey.h"
#include "core/domain/User.h"

#include <QList>

#include <optional>

namespace keydesk {

class OutboxRepository;

// The outbox idempotency key of an activation's email: one email per activation, ever.
QString activationEmailKey(qint64 activationId);

// How long a new activation lives when its key settings do not say: settings of the console
// or CLI, handed down as plain values.
struct ActivationLifetimes
{
    qint64 nowMs = 15 * 60 * 1000;
    qint64 emailMs = 7 * 24 * 60 * 60 * 1000LL;
    qint64 forMethod(ActivationMethod method, const KeySettings& settings) const;
};

// A fresh activation with its secrets: the only time the token and code exist in clear.
struct IssuedActivation
{
    Activation activation;
    ActivationSecrets secrets;
};

struct KeyAssignment
{
    SecurityKey key;
    IssuedActivation issued;
};

// An activation found by its token, with everything the enrollment server needs.
struct ActivationContext
{
    Activation activation;
    ActivationState state = ActivationState::Live;
    SecurityKey key;
    User user;
    QByteArray challenge; // of the ceremony in progress; empty if none
    qint64 challengeExpiresAtMs = 0;
};

// The facts of a verified registration that the key keeps.
struct VerifiedCredential
{
    QByteArray id;
    QByteArray publicKeyCose;
    int algorithm = 0;
    QByteArray aaguid;
    quint32 signCount = 0;
    quint8 flags = 0;
    QString attestationFormat;
    QString attestationType;
    QString attestationTrust;
    QStringList transports;
};

enum class CompletionOutcome
{
    Activated,
    ActivationNotLive, // used, superseded or expired meanwhile
    KeyNotPending,     // revoked, suspended or deleted meanwhile
    CredentialInUse,   // this credential is already bound to a key
};

// Security keys and their activations. Every change is audited against the key's user, in the
// same transaction.
class SecurityKeyRepository
{
public:
    SecurityKeyRepository(Database& db, const Clock& clock, AuditLog& audit, CodeKey codeKey,
                          OutboxRepository& outbox)
        : m_db(db), m_clock(clock), m_audit(audit), m_codeKey(std::move(codeKey)), m_outbox(outbox)
    {}

    Result<KeyAssignment> assign(const User& user, KeyType type, const KeySettings& settings,
                                 ActivationMethod method, const QString& label,
                                 const ActivationLifetimes& lifetimes);
    Result<KeyAssignment> assign(const User& user, KeyType type, const KeySettings& settings,
                                 ActivationMethod method, const QString& label,
                                 const ActivationLifetimes& lifetimes, Transaction& tx,
                                 std::optional<qint64> workflowId = std::nullopt);
    // Keys for many users at once, inside the caller's transaction (workflow runs): multi-row
    // inserts, one key.assign event per user. The users must have no pending key of the type.
    struct BulkAssignment
    {
        qint64 userId = 0;
        QString email;
        qint64 keyId = 0;
        IssuedActivation issued;
    };
    Result<QList<BulkAssignment>> assignMany(const QList<std::pair<qint64, QString>>& users, KeyType type,
                                             const KeySettings& settings, ActivationMethod method,
                                             qint64 lifetimeMs, qint64 workflowId);
    // A workflow's follow-up on a key, inside the caller's transaction: a new email activation
    // superseding the latest one (a reminder keeps its deadline; a re-issue gets a fresh one and
    // counts), the key pending again. Audited as key.remind or key.reissue.
    Result<IssuedActivation> renew(qint64 keyId, qint64 userId, const QString& email, qint64 expiresAtMs,
                                   bool reminder, int reissueCount, qint64 workflowId);
    // The last re-issued link expired too: the key gives up (status expired, kGaveUpReason).
    Status giveUp(qint64 keyId, qint64 userId, const QString& email, qint64 workflowId);

    // A new activation for a pending or expired key; the old link stops working.
    Result<IssuedActivation> reissue(qint64 keyId, ActivationMethod method,
                                     const ActivationLifetimes& lifetimes);
    Status suspend(qint64 keyId, const QString& reason);
    Status resume(qint64 keyId);
    Status revoke(qint64 keyId, const QString& reason);
    // Only a key that never got a credential (pending or expired) can be deleted.
    Status removePending(qint64 keyId);

    Result<std::optional<SecurityKeyRow>> findById(qint64 keyId);
    Result<QList<SecurityKeyRow>> listForUser(qint64 userId);
    // Every key, newest first, optionally of one status; for the CLI.
    Result<QList<SecurityKeyRow>> list(std::optional<KeyStatus> status, int limit);

    // The enrollment server's side.
    Result<std::optional<ActivationContext>> findByToken(const QString& token);
    // Live activations of the user with this email whose code matches (constant-time compare).
    Result<std::optional<ActivationContext>> findByManualCode(const QString& email,
                                                              const QString& normalizedCode);
    // Issues the second token for the manual path; returns it (shown once).
    Result<QString> issueLookupToken(qint64 activationId);
    // Starts a ceremony: stores its challenge and returns the user handle (made on first use).
    Result<QByteArray> beginCeremony(const ActivationContext& context, const QByteArray& challenge,
                                     qint64 expiresAtMs);
    // Credential ids of the user's keys that have one, for excludeCredentials.
    Result<QList<QByteArray>> credentialIdsOf(qint64 userId);
    // Binds the credential, consumes the activation and audits, in one transaction.
    Result<CompletionOutcome> complete(const ActivationContext& context,
                                       const VerifiedCredential& credential);

    // Marks pending keys whose every activation ran out as expired; returns how many.
    Result<int> expireDue();

private:
    Result<IssuedActivation> insertActivation(qint64 keyId, const User& user, ActivationMethod method,
                                              qint64 lifetimeMs);
    Result<std::pair<SecurityKeyRow, User>> loadForChange(qint64 keyId);
    Status changeStatus(qint64 keyId, const QList<KeyStatus>& from, KeyStatus to, const QString& reason,
                        const char* action);
    // Stops queued emails of the key's activations that can no longer be used (all of them when
    // the key goes). Inside the caller's transaction.
    Status cancelDeadEmails(qint64 keyId, const QString& why, bool allActivations);
    // The outbox keys of the key's activation emails: all, or only the dead activations'.
    Result<QStringList> emailKeysOf(qint64 keyId, bool allActivations);
    Result<QList<SecurityKeyRow>> query(const QString& where, const QVariantList& values,
                                        const QString& tail = {});

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    CodeKey m_codeKey;
    OutboxRepository& m_outbox;
};

} // namespace keydesk
