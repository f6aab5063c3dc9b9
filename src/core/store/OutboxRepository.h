// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "AuditLog.h"
#include "Database.h"
#include "core/domain/OutboxMessage.h"

#include <QList>

#include <optional>

namespace keydesk {

// The outbox table is the mail queue. A sender claims one row at a time under a lease, so two
// senders (console and `keydesk-cli serve`) never deliver the same row; a sender that dies
// leaves a lease that runs out and the row is claimed again, with the same Message-ID.
class OutboxRepository
{
public:
    OutboxRepository(Database& db, const Clock& clock, AuditLog& audit)
        : m_db(db), m_clock(clock), m_audit(audit)
    {}

    // Queues a message inside the caller's transaction: rendered MIME, or a JSON payload the
    // sender renders it from. Returns its id, or nullopt when a message with this idempotency
    // key exists already (nothing is written then).
    Result<std::optional<qint64>> enqueue(const QString& idempotencyKey, const QString& recipient,
                                          const QString& subject, const QByteArray& mime,
                                          const QString& messageId, Transaction& tx,
                                          const QByteArray& payload = {});
    using NewMessage = NewOutboxMessage;
    // Many payload messages in few statements, inside the caller's transaction (workflow runs).
    // Rows whose idempotency key exists already are skipped.
    Status enqueueMany(const QList<NewMessage>& messages);

    // The next due message (`only` that one), now marked sending until `leaseMs` from now;
    // nullopt if none is due.
    Result<std::optional<OutboxMessage>> claimNext(qint64 leaseMs, std::optional<qint64> only = {});
    Status markSent(qint64 id);
    // A temporary failure: queued again for `nextAttemptAtMs`.
    Status markRetry(qint64 id, const QString& error, qint64 nextAttemptAtMs);
    // A permanent failure (5xx): kept, with the server's text, for the operator to retry.
    Status markFailed(qint64 id, const QString& error);

    // Operator actions, audited, in the caller's transaction (OutboxService decides when).
    Status retryNow(const OutboxMessage& message);
    // Its content erased, `why` kept as its last error.
    Status cancel(const OutboxMessage& message, const Error& why);
    // Cancels unsent messages by idempotency key (their link died). Inside the caller's
    // transaction; the caller audits the change that killed the link.
    Status cancelByKeys(const QStringList& idempotencyKeys, const Error& why);
    // Frees these idempotency keys (the rows stay, renamed "<key>#<id>"): for keys whose object is
    // deleted and whose id SQLite may hand out again.
    Status releaseKeys(const QStringList& idempotencyKeys);

    Result<std::optional<OutboxMessage>> findById(qint64 id);
    // Newest first, without the MIME text.
    Result<QList<OutboxMessage>> list(std::optional<OutboxStatus> status, int limit);
    Result<qint64> count(std::optional<OutboxStatus> status);
    // Unsent messages already tried, or queued before `queuedBeforeMs`; newest first.
    Result<QList<OutboxMessage>> listStuck(qint64 queuedBeforeMs, int limit);
    Result<qint64> countStuck(qint64 queuedBeforeMs);

private:
    // Newest first, `where` with its values (the limit is bound after them).
    Result<QList<OutboxMessage>> listWhere(const QString& where, const QVariantList& values, int limit);
    Result<qint64> countWhere(const QString& where, const QVariantList& values);
    Status update(qint64 id, const QString& sql, const QVariantList& values, const char* what);
    // `values` are bound to the `?`s of `setSql` in order; the last `?` is bound to the time.
    Status operatorAction(const OutboxMessage& message, const QString& setSql, const QString& action,
                          const QVariantList& values = {});

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace keydesk
