// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QtGlobal>

namespace keydesk::net {

// What one client may hold of the enrollment server, and for how long. The defaults suit a desk,
// a demo and `serve` behind nginx; `serve` takes the caps as options, tests shorten the times.
struct ServerLimits
{
    // Open connections in total. At the cap, a newcomer from an address holding fewer connections
    // than the busiest address takes the place of that address's oldest connection with no request
    // in hand; otherwise the newcomer is closed at once.
    int maxConnections = 512;
    // Open connections from one client address (trusted proxies are exempt: they speak for many).
    int maxConnectionsPerClient = 32;
    // From a request's first byte (for a connection's first request: from the accept, TLS
    // handshake included) to the end of its head.
    int headTimeoutMs = 10'000;
    // A body must arrive at no less than this rate, after a grace period from the end of the head.
    qint64 minBodyBytesPerSecond = 4096;
    int bodyGraceMs = 5'000;
    // A kept-alive connection with nothing in flight.
    int idleTimeoutMs = 15'000;
    // How long an error answer may take to leave before the connection is cut.
    int lingerMs = 2'000;
    qint64 maxHeadBytes = 16 * 1024;
    int maxHeaderFields = 100;
    qint64 maxBodyBytes = 64 * 1024;
    // Requests received on one connection and not yet answered; later ones get 429.
    int maxPipelined = 16;
    // After accept() finds no file descriptor left, listening pauses this long instead of spinning.
    int acceptPauseMs = 500;
};

} // namespace keydesk::net
