// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace keydesk {

enum class OutboxStatus
{
    Queued,
    Sending, // claimed by a sender; reclaimed if its lease runs out (the sender died)
    Sent,
    Failed,
};
QString outboxStatusName(OutboxStatus status);
std::optional<OutboxStatus> outboxStatusFromName(const QString& name);

// One email in the outbox: either rendered (`mime`) or data to render it from at send time
// (`payload`). Both are empty in lists and once the message is sent or cancelled: they may carry
// an activation link, which must not outlive its use.
struct OutboxMessage
{
    qint64 id = 0;
    QString idempotencyKey;
    QString recipient;
    QString subject;
    QByteArray mime;
    QByteArray payload; // JSON to render the message from when `mime` is empty (activation emails)
    QString messageId;
    OutboxStatus status = OutboxStatus::Queued;
    int attempts = 0;
    qint64 nextAttemptAtMs = 0;
    QString lastError; // Error::toStored()
    qint64 createdAtMs = 0;
    std::optional<qint64> sentAtMs;
    bool contentErased = false; // sent or cancelled: nothing left to send (lists know it too)
};

// A message to queue as data (rendered when it is sent), with its idempotency key.
struct NewOutboxMessage
{
    QString idempotencyKey;
    QString recipient;
    QString subject;
    QString messageId;
    QByteArray payload;
};

} // namespace keydesk
