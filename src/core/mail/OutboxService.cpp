// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "OutboxService.h"

#include "core/ServiceCall.h"
#include "core/activation/ActivationSecrets.h"
#include "core/mail/MimeMessage.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(OutboxService)
};

} // namespace

namespace keydesk {

Result<QList<OutboxMessage>> OutboxService::list(std::optional<OutboxStatus> status, int limit)
{
    return m_store.outbox().list(status, limit);
}

Result<qint64> OutboxService::count(std::optional<OutboxStatus> status)
{
    return m_store.outbox().count(status);
}

Result<QList<OutboxMessage>> OutboxService::listStuck(int limit)
{
    return m_store.outbox().listStuck(m_store.clock().nowMs() - kStuckAfterMs, limit);
}

Result<qint64> OutboxService::countStuck()
{
    return m_store.outbox().countStuck(m_store.clock().nowMs() - kStuckAfterMs);
}

Result<std::optional<OutboxMessage>> OutboxService::claimNext(qint64 leaseMs, std::optional<qint64> only)
{
    return m_store.outbox().claimNext(leaseMs, only);
}

Result<qint64> OutboxService::queueTestEmail(const Actor& by, const MimeMessage& message)
{
    using R = Result<qint64>;
    return serviceCall(m_store, by, Permission::ManageSettings, [&]() -> R {
        Transaction tx(m_store.database());
        const QString key = QStringLiteral("mail-test:") + QString::fromLatin1(secureRandomBytes(16).toHex());
        auto queued = m_store.outbox().enqueue(key, message.to.address, message.subject, message.render(),
                                               message.messageId, tx);
        if (!queued)
            return R::failure(queued.cause());
        if (!queued.value())
            return R::failure(Text::tr("the test email was queued twice"));
        const qint64 id = *queued.value();
        if (Status s = m_store.audit().append(QStringLiteral("mail.test"), QStringLiteral("outbox"), id,
                                              message.to.address,
                                              QJsonObject{{QStringLiteral("subject"), message.subject}});
            !s)
            return R::failure(s.cause());
        if (Status s = tx.commit(); !s)
            return R::failure(s.cause());
        return id;
    });
}

Result<OutboxMessage> OutboxService::find(qint64 messageId)
{
    using R = Result<OutboxMessage>;
    auto found = m_store.outbox().findById(messageId);
    if (!found)
        return R::failure(found.cause());
    if (!found.value())
        return R::failure(Text::tr("no outbox message %1").arg(messageId));
    return *found.value();
}

Status OutboxService::delivered(qint64 messageId)
{
    return m_store.outbox().markSent(messageId);
}

Status OutboxService::failed(qint64 messageId, const Error& why)
{
    return m_store.outbox().markFailed(messageId, why.toStored());
}

Result<OutboxService::Deferral> OutboxService::deferred(const OutboxMessage& message, const Error& why,
                                                        const OutboxRetryPolicy& policy)
{
    using R = Result<Deferral>;
    const int attempts = message.attempts; // counted when it was claimed
    if (attempts >= policy.maxAttempts) {
        const Error gaveUp = Text::tr("gave up after %1 attempts: %2").arg(attempts).arg(why);
        if (Status s = failed(message.id, gaveUp); !s)
            return R::failure(s.cause());
        return Deferral{false, gaveUp};
    }
    const qint64 backoff =
        std::min(policy.maxBackoffMs, policy.initialBackoffMs << std::min(attempts - 1, 30));
    if (Status s = m_store.outbox().markRetry(message.id, why.toStored(), m_store.clock().nowMs() + backoff);
        !s)
        return R::failure(s.cause());
    return Deferral{true, why};
}

Result<OutboxMessage> OutboxService::actionable(qint64 messageId, bool retry)
{
    using R = Result<OutboxMessage>;
    auto found = find(messageId);
    if (!found)
        return found;
    const OutboxMessage& m = found.value();
    if (m.status != OutboxStatus::Queued && m.status != OutboxStatus::Failed)
        return R::failure(Text::tr("outbox message %1 is %2").arg(messageId).arg(outboxStatusName(m.status)));
    if (retry && !mayRetry(m))
        return R::failure(
            Text::tr(
                "outbox message %1 failed or was cancelled, and its link was erased; re-issue the key to "
                "send a new one")
                .arg(messageId));
    if (!retry && !mayCancel(m))
        return R::failure(Text::tr("outbox message %1 was cancelled already").arg(messageId));
    return m;
}

bool OutboxService::mayRetry(const OutboxMessage& m)
{
    return m.status == OutboxStatus::Queued || (m.status == OutboxStatus::Failed && !m.contentErased);
}

bool OutboxService::mayCancel(const OutboxMessage& m)
{
    return (m.status == OutboxStatus::Queued || m.status == OutboxStatus::Failed) && !m.contentErased;
}

Status OutboxService::retryNow(const Actor& by, qint64 messageId)
{
    return serviceCall(m_store, by, Permission::RetryOutbox, [&] {
        auto message = actionable(messageId, true);
        return message ? m_store.outbox().retryNow(message.value()) : Status::from(message);
    });
}

Status OutboxService::cancel(const Actor& by, qint64 messageId)
{
    return serviceCall(m_store, by, Permission::Delete, [&] {
        auto message = actionable(messageId, false);
        return message ? m_store.outbox().cancel(message.value(), Text::tr("cancelled by the operator"))
                       : Status::from(message);
    });
}

} // namespace keydesk
