// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "RequestFraming.h"
#include "ServerLimits.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

class QTcpSocket;

namespace keydesk::net {

// Stands in front of QHttpServer on one connection. QHttpServer 6.4 has no timeouts, no limits and
// no framing checks of its own, so this guard, a child of the socket whose readyRead it hears
// before QHttpServer does, scans each request's framing as it arrives (RequestFraming), answers a
// refused request itself once every request before it is answered, and closes a connection that
// is too slow: a head not in within headTimeoutMs, a body slower than minBodyBytesPerSecond, a
// kept-alive connection idle for idleTimeoutMs. The dispatcher tells it when it answered a request
// (answered()), which is also how it learns where QHttpServer has read up to: QHttpServer reads a
// request to its end before it answers, and reads everything there is while one is incomplete.
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    ConnectionGuard(QTcpSocket* socket, std::shared_ptr<const ServerLimits> limits);

    // The guard of a socket made by GuardedServer, or null.
    static ConnectionGuard* of(QTcpSocket* socket);

    // Whether the connection stays open after the answer to the oldest request.
    bool keepsAlive() const;
    // The answer to the oldest request was written: close if it asked so, else wait for the next.
    void answered();

    enum class Stage
    {
        Idle,      // nothing of a request (yet, or since the last answer)
        Head,      // a request head is arriving
        Body,      // a request body is arriving
        Answering, // a whole request is in: QHttpServer's turn
        Upgraded,  // a WebSocket now
    };
    Stage stage() const;
    qint64 ageMs() const { return m_clock.elapsed(); }
    // Closes at once: the server needs the place for a client that holds fewer connections.
    void evict();
    // The connection became a WebSocket (HttpFront): no more requests, no deadlines; it is never
    // evicted (its operator signed in), and QtWebSockets closes it.
    void upgraded();

private:
    void onReadyRead();
    void answerRefusedFront();
    void rearm();
    void onDeadline();
    void closeWith(int status, const QByteArray& code, const QByteArray& message);
    void closeSilently();

    QTcpSocket* m_socket;
    std::shared_ptr<const ServerLimits> m_limits;
    RequestFraming m_framing;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    // Unread bytes the guard has already scanned: after an answer, what follows that request;
    // after QHttpServer read an incomplete request, nothing.
    qint64 m_scannedUnread = 0;
    bool m_answeredSinceLastLook = false;
    bool m_closing = false;    // an answer that ends the connection was written
    bool m_finalClose = false; // ...and the socket is closing
    bool m_upgraded = false;
    qint64 m_lingerUntilMs = 0;
    qint64 m_headStartMs = 0;
    qint64 m_bodyDeadlineMs = 0;
    qint64 m_idleSinceMs = 0;
};

} // namespace keydesk::net
