// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "AuditLog.h"
#include "Database.h"
#include "core/domain/SecurityKey.h"
#include "core/domain/User.h"
#include "core/domain/Verification.h"

#include <QList>

#include <optional>

namespace keydesk {

// Test-mode authentications of active keys. Starting one and recording its verdict are audited
// against the key's user; a verified one stamps the key in the same transaction.
class VerificationRepository
{
public:
    VerificationRepository(Database& db, const Clock& clock, AuditLog& audit)
        : m_db(db), m_clock(clock), m_audit(audit)
    {}

    // A verification of `key` with a fresh challenge, valid for `lifetimeMs`, started by `startedBy`.
    Result<StartedVerification> start(const SecurityKey& key, const User& user, const QByteArray& challenge,
                                      qint64 lifetimeMs, const QString& startedBy);
    Result<std::optional<VerificationContext>> findByLink(const QString& linkId);
    Result<std::optional<Verification>> findById(qint64 id);
    // Newest first.
    Result<QList<Verification>> listForKey(qint64 keyId, int limit);
    Result<QList<VerificationListRow>> listRecent(int limit);
    // Records the verdict once; a verified one also stores the key's new sign count and backup
    // state and stamps it verified.
    Result<VerificationFinish> finish(const VerificationContext& context, const User& user,
                                      const VerificationResult& result);

private:
    Result<QList<VerificationContext>> query(const QString& where, const QVariant& value,
                                             const QString& tail = {});

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace keydesk
