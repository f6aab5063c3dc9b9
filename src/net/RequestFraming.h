// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "ServerLimits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <deque>

namespace keydesk::net {

// How the guard judges one request from its head.
struct RequestVerdict
{
    int status = 0;     // 0: QHttpServer may have it; otherwise answer this status and close
    QByteArray code;    // machine-readable reason ("duplicate-content-length")
    QByteArray message; // one English sentence for whoever reads the raw reply
    bool keepAlive = true;
    qint64 bodyLength = 0;
    bool complete = false; // head and body have arrived (a refused request is complete at once)

    bool refused() const { return status != 0; }
};

// The framing of the requests on one connection, scanned as bytes arrive and before QHttpServer
// reads them: where each request ends, whether the connection stays open after it, and whether
// it must be refused. Only what framing and request smuggling depend on is checked — the request
// line, header syntax, Content-Length, Transfer-Encoding, Host and Connection; the rest of HTTP is
// QHttpServer's. Anything a front end and QHttpServer could frame differently is refused: a
// duplicate Content-Length, Content-Length with Transfer-Encoding, obsolete line folding, a bare
// CR. Chunked bodies are refused with 411 (browsers and nginx send Content-Length), so every
// accepted request's length is known before its body arrives.
class RequestFraming
{
public:
    enum class Phase
    {
        BetweenRequests, // nothing of a next request yet
        Head,            // some of a head
        Body,            // a head accepted, its body under way
        Refused,         // a request was refused: nothing after it is scanned
    };

    explicit RequestFraming(const ServerLimits& limits) : m_limits(limits) {}

    void feed(QByteArrayView bytes);

    Phase phase() const { return m_phase; }
    // How many heads were judged since the connection opened: tells one request from the next.
    qint64 judgedTotal() const { return m_judged; }
    // Requests judged so far and not yet taken, oldest first; the last may still be arriving.
    const std::deque<RequestVerdict>& requests() const { return m_requests; }
    // The oldest request was answered (or refused): forget it.
    void popFront() { m_requests.pop_front(); }

private:
    void endHead();
    RequestVerdict judgeHead(QByteArrayView head) const;
    void refuse(int status, const char* code, const char* message);

    const ServerLimits& m_limits;
    Phase m_phase = Phase::BetweenRequests;
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
    qint64 m_judged = 0;
    std::deque<RequestVerdict> m_requests;
};

} // namespace keydesk::net
