// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "SmtpSession.h"
#include "core/mail/OutboxService.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace keydesk {
class Store;
struct OutboxMessage;
} // namespace keydesk

namespace keydesk::net {

struct OutboxSenderOptions
{
    qint64 leaseMs = 10 * 60 * 1000; // a claimed message is retried if not done by then
    OutboxRetryPolicy retry;
};

// Drains the outbox over one SMTP connection: claims a due message, sends it, has OutboxService
// record the outcome, and goes on until nothing is due. A temporary failure (4xx, timeout,
// connection) puts the message back with exponential back-off; a 5xx marks it failed with the
// server's text. With a poll interval it also wakes up for messages queued by other processes.
class OutboxSender : public QObject
{
    Q_OBJECT

public:
    OutboxSender(Store& store, SmtpSettings settings, OutboxSenderOptions options = {},
                 QObject* parent = nullptr);
    ~OutboxSender() override;

    void setSettings(SmtpSettings settings);
    const SmtpSettings& settings() const { return m_settings; }
    // Sends every due message; finished() when done. Does nothing if a drain is running.
    void drain();
    // The same for one message only, if it is due (`keydesk-cli mail test` on a database file).
    void deliver(qint64 messageId);
    // Drains every `intervalMs` (and right away); 0 stops polling.
    void setPollInterval(int intervalMs);

    struct Counts
    {
        int sent = 0;
        int retried = 0;
        int failed = 0;
    };

Q_SIGNALS:
    void messageSent(qint64 id);
    void messageDeferred(qint64 id, const QString& error);
    void messageFailed(qint64 id, const QString& error);
    // The drain ended: everything due went out, or the server could not be reached.
    void finished(keydesk::net::OutboxSender::Counts counts, const QString& sessionError);

private:
    void next();
    void onMessageDone(SmtpSession::Outcome outcome, const Error& text);
    void onSessionFailed(const Error& error);
    void deferCurrent(const Error& error);
    void finish(const QString& sessionError);

    Store& m_store;
    SmtpSettings m_settings;
    OutboxSenderOptions m_options;
    std::unique_ptr<SmtpSession> m_session;
    std::unique_ptr<OutboxMessage> m_current;
    QTimer m_poll;
    bool m_busy = false;
    Counts m_counts;
    std::optional<qint64> m_only; // deliver(): the one message this drain sends
};

} // namespace keydesk::net
