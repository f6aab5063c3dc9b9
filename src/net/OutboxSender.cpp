// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "OutboxSender.h"

#include "core/mail/ActivationEmail.h"
#include "core/mail/OutboxService.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOutbox, "keydesk.outbox", QtInfoMsg)

namespace keydesk::net {

OutboxSender::OutboxSender(Store& store, SmtpSettings settings, OutboxSenderOptions options, QObject* parent)
    : QObject(parent), m_store(store), m_settings(std::move(settings)), m_options(options)
{
    connect(&m_poll, &QTimer::timeout, this, &OutboxSender::drain);
}

OutboxSender::~OutboxSender() = default;

void OutboxSender::setSettings(SmtpSettings settings)
{
    m_settings = std::move(settings);
}

void OutboxSender::setPollInterval(int intervalMs)
{
    if (intervalMs <= 0) {
        m_poll.stop();
        return;
    }
    m_poll.start(intervalMs);
    drain();
}

void OutboxSender::drain()
{
    if (m_busy)
        return;
    m_busy = true;
    m_counts = {};
    m_only.reset();
    next();
}

void OutboxSender::deliver(qint64 messageId)
{
    if (m_busy)
        return;
    m_busy = true;
    m_counts = {};
    m_only = messageId;
    next();
}

void OutboxSender::next()
{
    auto claimed = OutboxService(m_store).claimNext(m_options.leaseMs, m_only);
    if (!claimed) {
        finish(claimed.error());
        return;
    }
    if (!claimed.value()) {
        finish({});
        return;
    }
    m_current = std::make_unique<OutboxMessage>(*claimed.value());
    if (m_current->mime.isEmpty()) {
        // Queued as data: rendered now, with this sender's identity and the stored Message-ID.
        Error error;
        const auto data = ActivationEmailData::fromPayload(m_current->payload, &error);
        auto message = data ? renderActivationEmail(*data, m_settings.identity, m_current->messageId,
                                                    m_store.clock().now())
                            : Result<MimeMessage>::failure(error);
        if (!message) {
            if (Status s = OutboxService(m_store).failed(m_current->id, message.cause()); !s)
                qCWarning(lcOutbox) << s.error();
            ++m_counts.failed;
            Q_EMIT messageFailed(m_current->id, message.error());
            m_current.reset();
            QMetaObject::invokeMethod(this, &OutboxSender::next, Qt::QueuedConnection);
            return;
        }
        m_current->mime = message->render();
    }
    if (m_session && m_session->isReady()) {
        m_session->send(m_current->recipient, m_current->mime);
        return;
    }
    // Only now that there is something to send is the server contacted.
    m_session = std::make_unique<SmtpSession>(m_settings);
    connect(m_session.get(), &SmtpSession::opened, this,
            [this] { m_session->send(m_current->recipient, m_current->mime); });
    connect(m_session.get(), &SmtpSession::messageDone, this, &OutboxSender::onMessageDone);
    connect(m_session.get(), &SmtpSession::sessionFailed, this, &OutboxSender::onSessionFailed);
    m_session->open();
}

void OutboxSender::deferCurrent(const Error& error)
{
    auto deferral = OutboxService(m_store).deferred(*m_current, error, m_options.retry);
    if (!deferral) {
        // The lease runs out and the message is due again.
        qCWarning(lcOutbox) << deferral.error();
        ++m_counts.retried;
        Q_EMIT messageDeferred(m_current->id, error.message());
    } else if (deferral->retries) {
        ++m_counts.retried;
        Q_EMIT messageDeferred(m_current->id, deferral->recorded.message());
    } else {
        ++m_counts.failed;
        Q_EMIT messageFailed(m_current->id, deferral->recorded.message());
    }
    m_current.reset();
}

void OutboxSender::onMessageDone(SmtpSession::Outcome outcome, const Error& text)
{
    if (!m_current)
        return;
    switch (outcome) {
    case SmtpSession::Outcome::Sent:
        if (Status s = OutboxService(m_store).delivered(m_current->id); !s)
            qCWarning(lcOutbox) << s.error();
        ++m_counts.sent;
        Q_EMIT messageSent(m_current->id);
        m_current.reset();
        break;
    case SmtpSession::Outcome::PermanentFailure:
        if (Status s = OutboxService(m_store).failed(m_current->id, text); !s)
            qCWarning(lcOutbox) << s.error();
        ++m_counts.failed;
        Q_EMIT messageFailed(m_current->id, text.message());
        m_current.reset();
        break;
    case SmtpSession::Outcome::TemporaryFailure:
        deferCurrent(text);
        break;
    }
    // Queued: a session failure reported together with this message settles first.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_busy && !m_current && m_session && m_session->isReady())
                next();
        },
        Qt::QueuedConnection);
}

void OutboxSender::onSessionFailed(const Error& error)
{
    // The server is unreachable or refused us: the message in hand waits, the rest stay queued.
    if (m_current)
        deferCurrent(error);
    finish(error.message());
}

void OutboxSender::finish(const QString& sessionError)
{
    if (!m_busy)
        return;
    if (m_session) {
        SmtpSession* session = m_session.release();
        connect(session, &SmtpSession::closed, session, &QObject::deleteLater);
        session->disconnect(this);
        session->close();
    }
    m_busy = false;
    if (!sessionError.isEmpty())
        qCInfo(lcOutbox) << "outbox drain stopped:" << sessionError;
    Q_EMIT finished(m_counts, sessionError);
}

} // namespace keydesk::net
