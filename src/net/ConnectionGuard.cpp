// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ConnectionGuard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

#include <algorithm>

namespace keydesk::net {

namespace {

// After an error answer, the connection closes once the client has sent nothing for this long (or
// lingerMs have passed): closing on unread bytes would reset it, and the client could lose the answer.
constexpr int kLingerQuietMs = 250;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 505:
        return "HTTP Version Not Supported";
    }
    return "Error";
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, std::shared_ptr<const ServerLimits> limits)
    : QObject(socket), m_socket(socket), m_limits(std::move(limits)), m_framing(*m_limits)
{
    m_clock.start();
    // QHttpServer keeps an incomplete request in the socket's buffer; a request may hold a head
    // and a body at their caps. Past this, reading stops and TCP makes a pipelining client wait.
    socket->setReadBufferSize(m_limits->maxHeadBytes + m_limits->maxBodyBytes + 64 * 1024);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ConnectionGuard::onDeadline);
    // Connected before QHttpServer has the socket, so this runs first on every read.
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    rearm();
}

ConnectionGuard* ConnectionGuard::of(QTcpSocket* socket)
{
    return socket ? socket->findChild<ConnectionGuard*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

bool ConnectionGuard::keepsAlive() const
{
    const auto& requests = m_framing.requests();
    return requests.empty() || requests.front().keepAlive;
}

ConnectionGuard::Stage ConnectionGuard::stage() const
{
    if (m_upgraded)
        return Stage::Upgraded;
    const auto& requests = m_framing.requests();
    if (!requests.empty() && requests.front().complete)
        return Stage::Answering;
    switch (m_framing.phase()) {
    case RequestFraming::Phase::Head:
        return Stage::Head;
    case RequestFraming::Phase::Body:
        return Stage::Body;
    case RequestFraming::Phase::BetweenRequests:
    case RequestFraming::Phase::Refused:
        break;
    }
    return Stage::Idle;
}

void ConnectionGuard::onReadyRead()
{
    if (m_closing) {
        m_socket->readAll(); // nothing more is served on this connection
        if (!m_finalClose)
            m_deadline.start(int(std::clamp<qint64>(m_lingerUntilMs - m_clock.elapsed(), 0, kLingerQuietMs)));
        return;
    }
    // What is unread now is what QHttpServer left (see m_scannedUnread) plus what just arrived.
    const qint64 available = m_socket->bytesAvailable();
    const qint64 scanned = m_answeredSinceLastLook ? m_scannedUnread : 0;
    m_answeredSinceLastLook = false;
    if (available < scanned) {
        closeSilently(); // never expected: the guard no longer knows where requests begin
        return;
    }
    if (available > scanned) {
        const RequestFraming::Phase phaseBefore = m_framing.phase();
        const qint64 judgedBefore = m_framing.judgedTotal();
        m_framing.feed(QByteArrayView(m_socket->peek(available)).sliced(scanned));
        const bool sameRequest = m_framing.judgedTotal() == judgedBefore;
        const qint64 now = m_clock.elapsed();
        if (m_framing.phase() == RequestFraming::Phase::Head &&
            !(sameRequest && phaseBefore == RequestFraming::Phase::Head))
            m_headStartMs = m_framing.judgedTotal() == 0 ? 0 : now; // the first runs from the accept
        if (m_framing.phase() == RequestFraming::Phase::Body &&
            !(sameRequest && phaseBefore == RequestFraming::Phase::Body))
            m_bodyDeadlineMs =
                now + m_limits->bodyGraceMs +
                m_framing.requests().back().bodyLength * 1000 / m_limits->minBodyBytesPerSecond;
    }
    if (!m_framing.requests().empty() && m_framing.requests().front().refused()) {
        answerRefusedFront();
        return;
    }
    rearm();
}

void ConnectionGuard::answered()
{
    bool keepAlive = true;
    if (!m_framing.requests().empty()) {
        keepAlive = m_framing.requests().front().keepAlive;
        m_framing.popFront();
    }
    // QHttpServer read exactly that request: whatever is unread was scanned already.
    m_scannedUnread = m_socket->bytesAvailable();
    m_answeredSinceLastLook = true;
    m_idleSinceMs = m_clock.elapsed();
    if (!keepAlive) {
        // The whole request is in: close as soon as the answer has left.
        m_closing = true;
        m_finalClose = true;
        m_socket->disconnectFromHost();
        m_deadline.start(m_limits->lingerMs);
        return;
    }
    if (!m_framing.requests().empty() && m_framing.requests().front().refused()) {
        answerRefusedFront();
        return;
    }
    rearm();
}

void ConnectionGuard::evict()
{
    closeSilently();
}

void ConnectionGuard::upgraded()
{
    m_upgraded = true;
    m_deadline.stop();
    disconnect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
}

void ConnectionGuard::answerRefusedFront()
{
    const RequestVerdict verdict = m_framing.requests().front();
    closeWith(verdict.status, verdict.code, verdict.message);
}

void ConnectionGuard::rearm()
{
    if (m_closing)
        return;
    qint64 due = 0;
    switch (stage()) {
    case Stage::Answering:
    case Stage::Upgraded:
        m_deadline.stop(); // QHttpServer's turn: it answers before it reads on
        return;
    case Stage::Head:
        due = m_headStartMs + m_limits->headTimeoutMs;
        break;
    case Stage::Body:
        due = m_bodyDeadlineMs;
        break;
    case Stage::Idle:
        due =
            m_framing.judgedTotal() == 0 ? m_limits->headTimeoutMs : m_idleSinceMs + m_limits->idleTimeoutMs;
        break;
    }
    m_deadline.start(int(std::max<qint64>(0, due - m_clock.elapsed())));
}

void ConnectionGuard::onDeadline()
{
    if (m_finalClose) {
        m_socket->abort(); // the answer could not leave in time
        return;
    }
    if (m_closing) {
        m_finalClose = true;
        m_socket->disconnectFromHost();
        m_deadline.start(m_limits->lingerMs);
        return;
    }
    switch (stage()) {
    case Stage::Head:
    case Stage::Body:
        closeWith(408, "request-timeout", "The request did not arrive in time.");
        return;
    case Stage::Idle:
    case Stage::Answering:
    case Stage::Upgraded:
        break;
    }
    closeSilently();
}

void ConnectionGuard::closeWith(int status, const QByteArray& code, const QByteArray& message)
{
    m_socket->readAll(); // nothing of it reaches QHttpServer
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("error"), QString::fromLatin1(code)},
                                  {QStringLiteral("message"), QString::fromLatin1(message)}})
            .toJson(QJsonDocument::Compact);
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
        "\r\nContent-Type: application/json\r\nCache-Control: no-store\r\nConnection: close\r\n";
    if (status == 429)
        head += "Retry-After: 1\r\n";
    m_socket->write(head + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    // Lingering close: what the client still sends is read and dropped until it pauses.
    m_closing = true;
    m_lingerUntilMs = m_clock.elapsed() + m_limits->lingerMs;
    m_deadline.start(kLingerQuietMs);
}

void ConnectionGuard::closeSilently()
{
    m_closing = true;
    m_finalClose = true;
    m_deadline.stop();
    m_socket->abort();
}

} // namespace keydesk::net
