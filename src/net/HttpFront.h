// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QAbstractHttpServer>

#include <functional>

namespace keydesk::net {

// The HTTP server the enrollment server listens through: every request goes to one answering
// function, except a WebSocket upgrade that `mayUpgrade` lets through, which QtWebSockets takes
// over (newWebSocketConnection). QHttpServer 6.4 upgrades only a request one of its routes
// handles, and KeyDesk has no routes: its dispatcher is the missing-route handler, which would
// answer the upgrade with a 404.
class HttpFront : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Answer = std::function<void(const QHttpServerRequest&, QHttpServerResponder&)>;
    // Whether this upgrade request goes ahead; when not, it is answered like any other request
    // (which says why not).
    using MayUpgrade = std::function<bool(const QHttpServerRequest&)>;

    HttpFront(Answer answer, MayUpgrade mayUpgrade, QObject* parent = nullptr);

    static bool isWebSocketUpgrade(const QHttpServerRequest& request);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Answer m_answer;
    MayUpgrade m_mayUpgrade;
};

} // namespace keydesk::net
