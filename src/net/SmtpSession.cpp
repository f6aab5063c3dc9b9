// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "SmtpSession.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QSslConfiguration>

Q_LOGGING_CATEGORY(lcSmtp, "keydesk.smtp", QtInfoMsg)

namespace {

// What the session says: catalogue entries and arguments, said in each reader's language when
// read (base/Error.h) — the outbox stores them.
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(SmtpSession)
};

} // namespace

namespace keydesk::net {

namespace {

// "\r\n." becomes "\r\n..", and a leading "." too (RFC 5321 §4.5.2); the terminator follows.
QByteArray dotStuffed(const QByteArray& data)
{
    QByteArray out;
    out.reserve(data.size() + data.size() / 64 + 8);
    if (data.startsWith('.'))
        out += '.';
    qsizetype from = 0;
    for (qsizetype at = data.indexOf("\r\n.", from); at >= 0; at = data.indexOf("\r\n.", from)) {
        out += QByteArrayView(data).sliced(from, at - from + 2);
        out += '.';
        from = at + 2;
    }
    out += QByteArrayView(data).sliced(from);
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    out += ".\r\n";
    return out;
}

bool isLoopback(const QString& host)
{
    const QHostAddress address(host);
    return host == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
}

} // namespace

SmtpSession::SmtpSession(SmtpSettings settings, QObject* parent)
    : QObject(parent), m_settings(std::move(settings))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        sessionError(Text::tr("the mail server did not answer within %1 s").arg(m_settings.timeoutMs / 1000));
    });
    connect(&m_socket, &QSslSocket::readyRead, this, &SmtpSession::onReadyRead);
    connect(&m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_step != Step::Idle && m_step != Step::Quit)
            sessionError(Text::tr("connection to %1:%2 failed: %3")
                             .arg(m_settings.host)
                             .arg(m_settings.port)
                             .arg(m_socket.errorString()));
    });
    connect(&m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
        QStringList texts;
        for (const QSslError& e : errors)
            texts << e.errorString();
        sessionError(Text::tr("the mail server's TLS certificate is not trusted: %1")
                         .arg(texts.join(QStringLiteral("; "))));
    });
    connect(&m_socket, &QSslSocket::encrypted, this, [this] {
        m_tlsDone = true;
        if (m_step == Step::Handshake) // STARTTLS: the session starts over with EHLO
            command("EHLO " + QHostInfo::localHostName().toUtf8(), Step::Ehlo);
    });
    connect(&m_socket, &QSslSocket::disconnected, this, [this] {
        if (m_step == Step::Quit) {
            m_step = Step::Idle;
            m_timeout.stop();
            Q_EMIT closed();
        } else if (m_step != Step::Idle) {
            sessionError(Text::tr("the mail server closed the connection"));
        }
    });
}

SmtpSession::~SmtpSession()
{
    m_socket.abort();
}

bool SmtpSession::encrypted() const
{
    return m_tlsDone && m_socket.isEncrypted();
}

void SmtpSession::open()
{
    if (Error problem = m_settings.validate(); !problem.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, problem] { Q_EMIT sessionFailed(problem); }, Qt::QueuedConnection);
        return;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_settings.caCertificatesPath.isEmpty()) {
        const QList<QSslCertificate> extra =
            QSslCertificate::fromPath(m_settings.caCertificatesPath, QSsl::Pem);
        if (extra.isEmpty()) {
            const QString path = m_settings.caCertificatesPath;
            QMetaObject::invokeMethod(
                this,
                [this, path] { Q_EMIT sessionFailed(Text::tr("no PEM certificate in '%1'").arg(path)); },
                Qt::QueuedConnection);
            return;
        }
        tls.addCaCertificates(extra);
    }
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket.setSslConfiguration(tls);
    m_socket.setPeerVerifyName(m_settings.host);
    m_tlsDone = false;
    m_capabilities.clear();
    m_lineBuffer.clear();
    m_replyLines.clear();
    m_step = Step::Greeting;
    m_timeout.start(m_settings.timeoutMs);
    if (m_settings.security == SmtpSecurity::ImplicitTls)
        m_socket.connectToHostEncrypted(m_settings.host, m_settings.port);
    else
        m_socket.connectToHost(m_settings.host, m_settings.port);
}

void SmtpSession::send(const QString& recipient, const QByteArray& data)
{
    Q_ASSERT(m_step == Step::Ready);
    m_recipient = recipient;
    m_data = data;
    const QString size = capabilityValue(QStringLiteral("SIZE"));
    if (!size.isEmpty() && size.toLongLong() > 0 && data.size() > size.toLongLong()) {
        const Error text = Text::tr("the message (%1 bytes) is larger than the server accepts (%2 bytes)")
                               .arg(data.size())
                               .arg(size);
        QMetaObject::invokeMethod(
            this, [this, text] { Q_EMIT messageDone(Outcome::PermanentFailure, text); },
            Qt::QueuedConnection);
        return;
    }
    command("MAIL FROM:<" + m_settings.identity.from.address.toUtf8() + '>', Step::MailFrom);
}

void SmtpSession::close()
{
    if (m_step == Step::Ready) {
        command("QUIT", Step::Quit);
        return;
    }
    m_step = Step::Idle;
    m_timeout.stop();
    m_socket.abort();
    Q_EMIT closed();
}

void SmtpSession::command(const QByteArray& line, Step next)
{
    m_step = next;
    m_timeout.start(m_settings.timeoutMs);
    m_socket.write(line + "\r\n");
}

void SmtpSession::onReadyRead()
{
    m_lineBuffer += m_socket.readAll();
    qsizetype end;
    while ((end = m_lineBuffer.indexOf("\r\n")) >= 0) {
        const QByteArray line = m_lineBuffer.left(end);
        m_lineBuffer.remove(0, end + 2);
        bool ok = false;
        const int code = line.left(3).toInt(&ok);
        if (!ok || line.size() < 3 || (line.size() > 3 && line[3] != ' ' && line[3] != '-')) {
            sessionError(Text::tr("the mail server sent a malformed reply: %1")
                             .arg(QString::fromUtf8(line.left(200))));
            return;
        }
        m_replyLines << QString::fromUtf8(line.mid(4));
        if (line.size() == 3 || line[3] == ' ') {
            const QString text =
                QString::number(code) + QLatin1Char(' ') + m_replyLines.join(QLatin1Char(' '));
            const QStringList lines = m_replyLines;
            m_replyLines.clear();
            if (m_step == Step::Ehlo && code == 250)
                m_capabilities = lines.mid(1);
            onReply(code, text);
        }
    }
    if (m_lineBuffer.size() > 64 * 1024)
        sessionError(Text::tr("the mail server sent an overlong line"));
}

bool SmtpSession::hasCapability(const QString& name) const
{
    for (const QString& c : m_capabilities) {
        if (c.section(QLatin1Char(' '), 0, 0).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString SmtpSession::capabilityValue(const QString& name) const
{
    for (const QString& c : m_capabilities) {
        if (c.section(QLatin1Char(' '), 0, 0).compare(name, Qt::CaseInsensitive) == 0)
            return c.section(QLatin1Char(' '), 1);
    }
    return {};
}

void SmtpSession::afterEhlo()
{
    if (m_settings.security == SmtpSecurity::StartTls && !encrypted()) {
        if (!hasCapability(QStringLiteral("STARTTLS"))) {
            sessionError(Text::tr("the mail server does not offer STARTTLS, which the settings require"));
            return;
        }
        command("STARTTLS", Step::StartTls);
        return;
    }
    if (m_settings.username.isEmpty()) {
        m_step = Step::Ready;
        m_timeout.stop();
        Q_EMIT opened();
        return;
    }
    if (!encrypted() && !isLoopback(m_settings.host)) {
        sessionError(Text::tr("refusing to send the SMTP password over an unencrypted connection; use "
                              "STARTTLS or TLS"));
        return;
    }
    const QStringList mechanisms = capabilityValue(QStringLiteral("AUTH")).toUpper().split(QLatin1Char(' '));
    if (mechanisms.contains(QStringLiteral("PLAIN"))) {
        const QByteArray credentials =
            QByteArray(1, '\0') + m_settings.username.toUtf8() + '\0' + m_settings.password.toUtf8();
        command("AUTH PLAIN " + credentials.toBase64(), Step::AuthPlain);
    } else if (mechanisms.contains(QStringLiteral("LOGIN"))) {
        command("AUTH LOGIN", Step::AuthLoginUser);
    } else {
        sessionError(Text::tr("the mail server offers no AUTH PLAIN or LOGIN (it offers: %1)")
                         .arg(capabilityValue(QStringLiteral("AUTH"))));
    }
}

void SmtpSession::onReply(int code, const QString& text)
{
    const bool positive = code >= 200 && code < 400;
    switch (m_step) {
    case Step::Greeting:
        if (code != 220)
            return sessionError(Text::tr("the mail server refused the connection: %1").arg(text));
        command("EHLO " + QHostInfo::localHostName().toUtf8(), Step::Ehlo);
        return;
    case Step::Ehlo:
        if (code != 250)
            return sessionError(Text::tr("EHLO was refused: %1").arg(text));
        afterEhlo();
        return;
    case Step::StartTls:
        if (code != 220)
            return sessionError(Text::tr("STARTTLS was refused: %1").arg(text));
        m_step = Step::Handshake;
        m_capabilities.clear();
        m_socket.startClientEncryption();
        return;
    case Step::AuthLoginUser:
        if (code != 334)
            return sessionError(Text::tr("the mail server refused the login: %1").arg(text));
        command(m_settings.username.toUtf8().toBase64(), Step::AuthLoginPassword);
        return;
    case Step::AuthLoginPassword:
        if (code != 334)
            return sessionError(Text::tr("the mail server refused the login: %1").arg(text));
        command(m_settings.password.toUtf8().toBase64(), Step::AuthPlain); // answered like AUTH PLAIN
        return;
    case Step::AuthPlain:
        if (code != 235)
            return sessionError(Text::tr("the mail server refused the login: %1").arg(text));
        m_step = Step::Ready;
        m_timeout.stop();
        Q_EMIT opened();
        return;
    case Step::MailFrom:
        if (code != 250)
            return messageError(code >= 500 ? Outcome::PermanentFailure : Outcome::TemporaryFailure,
                                Error::text(text));
        command("RCPT TO:<" + m_recipient.toUtf8() + '>', Step::RcptTo);
        return;
    case Step::RcptTo:
        if (code != 250 && code != 251)
            return messageError(code >= 500 ? Outcome::PermanentFailure : Outcome::TemporaryFailure,
                                Error::text(text));
        command("DATA", Step::Data);
        return;
    case Step::Data:
        if (code != 354)
            return messageError(code >= 500 ? Outcome::PermanentFailure : Outcome::TemporaryFailure,
                                Error::text(text));
        m_step = Step::Body;
        m_timeout.start(m_settings.timeoutMs);
        m_socket.write(dotStuffed(m_data));
        return;
    case Step::Body:
        if (code == 250)
            return finishMessage(Outcome::Sent, Error::text(text));
        return finishMessage(code >= 500 ? Outcome::PermanentFailure : Outcome::TemporaryFailure,
                             Error::text(text));
    case Step::Reset:
        // The message's fate was decided by the reply before RSET.
        if (!positive) {
            m_step = Step::Idle;
            m_timeout.stop();
            m_socket.abort();
            Q_EMIT messageDone(m_pendingOutcome, m_pendingText);
            Q_EMIT sessionFailed(Text::tr("RSET was refused: %1").arg(text));
            return;
        }
        finishMessage(m_pendingOutcome, m_pendingText);
        return;
    case Step::Quit:
        m_socket.disconnectFromHost();
        return;
    case Step::Idle:
    case Step::Handshake:
    case Step::Ready:
        qCWarning(lcSmtp) << "unexpected reply from the mail server:" << text;
        return;
    }
}

void SmtpSession::messageError(Outcome outcome, const Error& text)
{
    // The transaction is reset so that the connection can carry the next message.
    m_pendingOutcome = outcome;
    m_pendingText = text;
    command("RSET", Step::Reset);
}

void SmtpSession::finishMessage(Outcome outcome, const Error& text)
{
    m_step = Step::Ready;
    m_timeout.stop();
    m_data.clear();
    Q_EMIT messageDone(outcome, text);
}

void SmtpSession::sessionError(const Error& error)
{
    const Step failedAt = m_step;
    m_step = Step::Idle;
    m_timeout.stop();
    m_socket.abort();
    if (failedAt == Step::Quit) { // the goodbye went wrong; the session is over all the same
        Q_EMIT closed();
        return;
    }
    qCInfo(lcSmtp) << "SMTP session failed:" << error.message();
    // A message in flight did not go out for sure; the queue retries it later.
    if (failedAt == Step::MailFrom || failedAt == Step::RcptTo || failedAt == Step::Data ||
        failedAt == Step::Body || failedAt == Step::Reset)
        Q_EMIT messageDone(Outcome::TemporaryFailure, error);
    Q_EMIT sessionFailed(error);
}

} // namespace keydesk::net
