// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "AuditLog.h"
#include "Database.h"
#include "core/domain/OperatorAccess.h"

#include <optional>

namespace keydesk {

// Operators' sessions and API tokens, found by the SHA-256 of their secret (AccessService holds
// the rules: lifetimes, who may see or end which). Each change writes its audit event, about the
// operator's user, in the caller's transaction; touching a credential's last use writes none.
class AccessRepository
{
public:
    AccessRepository(Database& db, AuditLog& audit) : m_db(db), m_audit(audit) {}

    Status insertSession(const OperatorSession& session, const QByteArray& secretHash);
    Result<std::optional<OperatorSession>> sessionBySecret(const QByteArray& secretHash);
    Result<std::optional<OperatorSession>> session(const QString& id);
    // Newest first; userId 0: everyone's.
    Result<QList<OperatorSession>> sessions(qint64 userId);
    Status touchSession(const QString& id, qint64 atMs);
    // `why` goes into the audit event as a code: "revoked", "role-changed", "operator-removed".
    Status endSession(const OperatorSession& session, const QString& why);
    // Every session of the user, one audit event each; returns how many ended.
    Result<int> endSessionsOf(qint64 userId, const QString& why);
    // Sessions past their end or unused since `idleSinceMs`: no event (nobody acted).
    Result<int> deleteDeadSessions(qint64 nowMs, qint64 idleSinceMs);

    Status insertToken(const ApiToken& token, const QByteArray& secretHash);
    Result<std::optional<ApiToken>> tokenBySecret(const QByteArray& secretHash);
    Result<std::optional<ApiToken>> tokenNamed(const QString& name);
    // By name; userId 0: everyone's.
    Result<QList<ApiToken>> tokens(qint64 userId);
    Status touchToken(const QString& id, qint64 atMs);
    Status deleteToken(const ApiToken& token);

    // Sign-ins (no audit events here: SignInService writes the outcome's).
    Result<qint64> insertSignIn(const OperatorSignIn& signIn, const QByteArray& linkHash,
                                const QByteArray& pollHash);
    Result<std::optional<OperatorSignIn>> signInByLink(const QByteArray& linkHash);
    Result<std::optional<OperatorSignIn>> signInByPoll(const QByteArray& pollHash);
    Result<qint64> countSignInsFrom(const QString& deskAddress, qint64 sinceMs);
    // Pending → approved or failed, erasing the challenge; false when it was no longer pending.
    Result<bool> finishSignIn(qint64 id, SignInState to, qint64 userId, qint64 keyId, const QString& failure,
                              qint64 atMs);
    // Approved → collected; false when it was not approved (collected by another poll).
    Result<bool> collectSignIn(qint64 id);
    Result<int> deleteSignInsBefore(qint64 createdBeforeMs);

private:
    Result<std::optional<OperatorSignIn>> selectSignIn(const char* column, const QByteArray& hash);
    Result<QList<OperatorSession>> selectSessions(const QString& where, const QVariantList& values);
    Result<QList<ApiToken>> selectTokens(const QString& where, const QVariantList& values);
    Status touch(const char* table, const QString& id, qint64 atMs);

    Database& m_db;
    AuditLog& m_audit;
};

} // namespace keydesk
