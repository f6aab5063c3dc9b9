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

// The outbox as operators see and steer it: which messages an operator may send again or
// cancel (queued or failed ones; a failed one only while it still has its content — a link
// that was erased is gone for good). Each action is one transaction whose audit event names
// `by`. Sending itself is the runtime's (net/OutboxSender.h).
class OutboxService
{
public:
    explicit OutboxService(Store& store) : m_store(store) {}

    // Newest first, without the message text.
    Result<QList<OutboxMessage>> list(std::optional<OutboxStatus> status, int limit);
    Result<qint64> count(std::optional<OutboxStatus> status);

    // Due now.
    Status retryNow(const Actor& by, qint64 messageId);
    // Failed for good, its content erased.
    Status cancel(const Actor& by, qint64 messageId);

private:
    // The message, when an operator may act on it now.
    Result<OutboxMessage> actionable(qint64 messageId, bool retry);

    Store& m_store;
};

} // namespace keydesk
