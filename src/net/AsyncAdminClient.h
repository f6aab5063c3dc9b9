// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "AdminClient.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>

#include <functional>

namespace keydesk::net {

// The team server's admin API over HTTPS without blocking: each answer comes to a callback on
// this object's thread (the console's windows stay responsive while the server thinks). The
// synchronous RemoteAdminClient of keydesk-cli waits for this one's answers.
class AsyncAdminClient : public QObject
{
    Q_OBJECT

public:
    explicit AsyncAdminClient(RemoteServer server, QObject* parent = nullptr);
    // Requests under way are dropped: their callbacks are not called.
    ~AsyncAdminClient() override;

    const RemoteServer& server() const { return m_server; }
    void setBearer(const QByteArray& bearer) { m_server.bearer = bearer; }

    // `done` is called once, unless this client is deleted first. Status 0: not reached (the
    // message says why; untrustedFingerprint when only the certificate stood in the way).
    void send(const ApiRequest& request, std::function<void(const ApiAnswer&)> done);
    // `body` is sent as JSON with POST and PUT.
    void call(const QByteArray& method, const QString& path, const QUrlQuery& query, const QJsonObject& body,
              std::function<void(const ApiAnswer&)> done);

private:
    RemoteServer m_server;
    QSslConfiguration m_tls;
    QNetworkAccessManager m_network;
};

} // namespace keydesk::net
