// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "AuditLog.h"
#include "Database.h"
#include "Rows.h"
#include "core/domain/IssuedKey.h"

#include <QList>

#include <optional>

namespace keydesk {

// Security keys and their activations, as rows: SQL only. Which change is allowed, and what it
// stops and records, is the key lifecycle's (core/keys/KeyLifecycle.h).
class SecurityKeyRepository
{
public:
    SecurityKeyRepository(Database& db, const Clock& clock, AuditLog& audit, CodeKey codeKey)
        : m_db(db), m_clock(clock), m_audit(audit), m_codeKey(std::move(codeKey))
    {}

    // The user's pending key of the type other than `exceptKeyId`, if any.
    Result<std::optional<qint64>> pendingKeyOf(qint64 userId, KeyType type, qint64 exceptKeyId = 0);
    Result<SecurityKey> insertPendingKey(qint64 userId, KeyType type, const QString& label,
                                         const KeySettings& settings, std::optional<qint64> workflowId);
    // A fresh activation (token and code drawn here) of the key.
    Result<IssuedActivation> insertActivation(qint64 keyId, const User& user, ActivationMethod method,
                                              qint64 lifetimeMs);
    // Marks the key's other unused activations superseded by `byActivationId`; returns how many.
    Result<int> supersedeActivations(qint64 keyId, qint64 byActivationId);
    // Records that an activation is a workflow's reminder or re-issue.
    Status markFollowUp(qint64 activationId, bool reminder, int reissueCount);
    Status setStatus(qint64 keyId, KeyStatus status, const QString& reason);
    // The key goes, its activations by cascade.
    Status deleteKey(qint64 keyId);
    // The key's activations: all, or only those used or superseded.
    Result<QList<qint64>> activationIdsOf(qint64 keyId, bool deadOnly);
    // Keys a workflow made that still wait (pending or expired).
    Result<QList<qint64>> waitingKeysOfWorkflow(qint64 workflowId);

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
    Result<std::optional<SecurityKeyRow>> findById(qint64 keyId);
    Result<std::optional<std::pair<SecurityKeyRow, User>>> findWithUser(qint64 keyId);
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
    // The key bound to a credential, if any (credential ids are unique).
    Result<std::optional<SecurityKeyRow>> findByCredentialId(const QByteArray& credentialId);
    // After a verified assertion other than a verification (an operator's sign-in): the counter
    // and backup flag it reported, and when; false when the key is no longer active.
    Result<bool> recordUse(qint64 keyId, quint32 signCount, bool backedUp);
    // Binds the credential, consumes the activation and audits, in one transaction.
    Result<CompletionOutcome> complete(const ActivationContext& context,
                                       const VerifiedCredential& credential);

    // Pending keys none of whose activations can still be used become expired; returns them.
    struct ExpiredKey
    {
        qint64 keyId = 0;
        qint64 userId = 0;
        QString type;
        QString email;
    };
    Result<QList<ExpiredKey>> markExpiredDue();

private:
    // Runs a statement selecting one id column; `what` as for Database::exec.
    Result<QList<qint64>> idsOf(QSqlQuery& q, const char* what);
    Result<QList<SecurityKeyRow>> query(const QString& where, const QVariantList& values,
                                        const QString& tail = {});

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    CodeKey m_codeKey;
    std::optional<std::pair<KeyReader, UserReader>> m_withUserReaders; // findWithUser's
};

} // namespace keydesk
