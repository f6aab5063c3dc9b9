// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "HttpFront.h"

#include "ConnectionGuard.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>

namespace keydesk::net {

HttpFront::HttpFront(Answer answer, MayUpgrade mayUpgrade, QObject* parent)
    : QAbstractHttpServer(parent), m_answer(std::move(answer)), m_mayUpgrade(std::move(mayUpgrade))
{}

bool HttpFront::isWebSocketUpgrade(const QHttpServerRequest& request)
{
    const QByteArray connection = request.value("connection").toLower();
    return request.method() == QHttpServerRequest::Method::Get &&
           request.value("upgrade").trimmed().compare("websocket", Qt::CaseInsensitive) == 0 &&
           connection.contains("upgrade");
}

bool HttpFront::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // For an upgrade, "handled" means: let QtWebSockets take the connection. Not handled, it goes
    // to missingHandler, and the connection closes after the answer.
    if (isWebSocketUpgrade(request)) {
        if (!m_mayUpgrade(request))
            return false;
        // The connection is the WebSocket's from here: its guard stops watching for requests.
        if (ConnectionGuard* guard = ConnectionGuard::of(socket))
            guard->upgraded();
        return true;
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    m_answer(request, responder);
    return true;
}

void HttpFront::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // A refused upgrade: answered with why.
    QHttpServerResponder responder = makeResponder(request, socket);
    m_answer(request, responder);
}

} // namespace keydesk::net
