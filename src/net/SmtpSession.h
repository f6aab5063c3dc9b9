// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "SmtpSettings.h"

#include <QObject>
#include <QSslSocket>
#include <QStringList>
#include <QTimer>

namespace keydesk::net {

// One SMTP connection that sends many messages (RFC 5321): greeting, EHLO, STARTTLS or implicit
// TLS, AUTH PLAIN or LOGIN as the server advertises them, then MAIL/RCPT/DATA per message. Every
// step has a timeout. Results are classified the way a queue needs them: 2xx sent, 4xx and
// connection trouble temporary, 5xx permanent.
class SmtpSession : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Sent,
        TemporaryFailure,
        PermanentFailure,
    };
    Q_ENUM(Outcome)

    explicit SmtpSession(SmtpSettings settings, QObject* parent = nullptr);
    ~SmtpSession() override;

    // Connects and gets ready to send: opened() or sessionFailed().
    void open();
    // One message (CRLF line ends) to one recipient: messageDone().
    void send(const QString& recipient, const QByteArray& data);
    // QUIT and disconnect: closed().
    void close();

    bool isReady() const { return m_step == Step::Ready; }
    const QStringList& capabilities() const { return m_capabilities; }

Q_SIGNALS:
    void opened();
    // What went wrong, and the server's own words, are kept as data (base/Error.h): the outbox
    // stores them and each reader reads them in their language.
    void sessionFailed(const keydesk::Error& error);
    void messageDone(keydesk::net::SmtpSession::Outcome outcome, const keydesk::Error& serverText);
    void closed();

private:
    enum class Step
    {
        Idle,
        Greeting,
        Ehlo,
        StartTls,
        Handshake,
        AuthPlain,
        AuthLoginUser,
        AuthLoginPassword,
        Ready,
        MailFrom,
        RcptTo,
        Data,
        Body,
        Reset,
        Quit,
    };

    void onReadyRead();
    void onReply(int code, const QString& text);
    void command(const QByteArray& line, Step next);
    void sessionError(const Error& error);
    void messageError(Outcome outcome, const Error& text);
    void afterEhlo();
    void finishMessage(Outcome outcome, const Error& text);
    bool encrypted() const;
    bool hasCapability(const QString& name) const;
    QString capabilityValue(const QString& name) const;

    SmtpSettings m_settings;
    QSslSocket m_socket;
    QTimer m_timeout;
    Step m_step = Step::Idle;
    QByteArray m_lineBuffer;
    QStringList m_replyLines;
    QStringList m_capabilities;
    bool m_tlsDone = false;
    // The message in flight.
    QString m_recipient;
    QByteArray m_data;
    Outcome m_pendingOutcome = Outcome::Sent;
    Error m_pendingText;
};

} // namespace keydesk::net
