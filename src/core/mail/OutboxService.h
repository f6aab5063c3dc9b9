// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "core/Actor.h"
#include "core/domain/OutboxMessage.h"

#include <QList>

#include <optional>

namespace keydesk {

class Store;
struct MimeMessage;

// When a temporary failure is tried again, and when the outbox gives up.
struct OutboxRetryPolicy
{
    qint64 initialBackoffMs = 60 * 1000; // after the first temporary failure; doubles each time
    qint64 maxBackoffMs = 60 * 60 * 1000;
    int maxAttempts = 12; // then the message fails for good
};

// The outbox as operators see and steer it: which messages an operator may send again or
// cancel (queued or failed ones; a failed one only while it still has its content — a link
// that was erased is gone for good). Each action is one transaction whose audit event names
// `by`. Sending is the runtime's (net/OutboxSender.h); what a delivery attempt leaves behind —
// sent, tried again later, failed for good — is decided here.
class OutboxService
{
public:
    explicit OutboxService(Store& store) : m_store(store) {}

    // Newest first, without the message text.
    Result<QList<OutboxMessage>> list(std::optional<OutboxStatus> status, int limit);
    Result<qint64> count(std::optional<OutboxStatus> status);
    // Stuck: not sent although tried (waiting to be tried again), or waiting longer than
    // kStuckAfterMs (no mail server set up, or none that answers). Newest first.
    static constexpr qint64 kStuckAfterMs = 60 * 60 * 1000;
    Result<QList<OutboxMessage>> listStuck(int limit);
    Result<qint64> countStuck();

    // What an operator may do with a message (the Outbox page's buttons follow these): send a
    // queued one now or a failed one again while it has its content; cancel either, once.
    static bool mayRetry(const OutboxMessage& message);
    static bool mayCancel(const OutboxMessage& message);

    // Due now.
    Status retryNow(const Actor& by, qint64 messageId);
    // Failed for good, its content erased.
    Status cancel(const Actor& by, qint64 messageId);
    // A test of the mail settings (`keydesk-cli mail test`): `message` queued like any email, so
    // that whichever runtime delivers the outbox sends it, audited as "mail.test". Its id.
    Result<qint64> queueTestEmail(const Actor& by, const MimeMessage& message);
    // The message, without its text.
    Result<OutboxMessage> find(qint64 messageId);

    // Delivery, for the sender. The next due message (`only` that one), leased for `leaseMs` (a
    // sender that dies leaves it due again), or none.
    Result<std::optional<OutboxMessage>> claimNext(qint64 leaseMs, std::optional<qint64> only = {});
    Status delivered(qint64 messageId);
    // Failed for good: refused by the mail server, or it cannot be made.
    Status failed(qint64 messageId, const Error& why);
    // A temporary failure of the attempt `message` was claimed for: due again after a doubling
    // wait, or failed once `policy.maxAttempts` are used. What was recorded: the error, or the
    // giving-up sentence around it; `retries` says which.
    struct Deferral
    {
        bool retries = false;
        Error recorded;
    };
    Result<Deferral> deferred(const OutboxMessage& message, const Error& why,
                              const OutboxRetryPolicy& policy);

private:
    // The message, when an operator may act on it now.
    Result<OutboxMessage> actionable(qint64 messageId, bool retry);

    Store& m_store;
};

} // namespace keydesk
