// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "ClientAddress.h"
#include "ServerLimits.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSslConfiguration>
#include <QTcpServer>

#include <memory>
#include <optional>

namespace keydesk::net {

class ConnectionGuard;

// The listening socket the enrollment server hands to QHttpServer. Every accepted connection
// gets a ConnectionGuard (timeouts, framing checks); the server itself enforces the connection
// caps of ServerLimits at accept time, before a socket object or a TLS handshake costs anything,
// and pauses accepting for a moment when the process runs out of file descriptors instead of
// spinning on accept(). With a TLS configuration it speaks HTTPS only, and the head timeout
// covers the handshake.
class GuardedServer : public QTcpServer
{
    Q_OBJECT

public:
    GuardedServer(std::shared_ptr<const ServerLimits> limits, QList<Subnet> trustedProxies,
                  std::optional<QSslConfiguration> tls, QObject* parent = nullptr);
    ~GuardedServer() override;

    QTcpSocket* nextPendingConnection() override;
    int openConnections() const { return int(m_clients.size()); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Client
    {
        QHostAddress key;
        ConnectionGuard* guard = nullptr;
    };

    bool makeRoomFor(const QHostAddress& key);
    void admit(QTcpSocket* socket, const QHostAddress& key);
    void forget(QObject* socket);
    void shed(const QHostAddress& peer, const char* reason);
    void onAcceptError(QAbstractSocket::SocketError error);

    std::shared_ptr<const ServerLimits> m_limits;
    QList<Subnet> m_trustedProxies;
    std::optional<QSslConfiguration> m_tls;
    QHash<QObject*, Client> m_clients; // by socket
    QHash<QHostAddress, int> m_perClient;
    QElapsedTimer m_clock;
    qint64 m_lastShedMs = -1;       // shedding is logged once per episode...
    qint64 m_lastFdShortageMs = -1; // ...and so is running out of file descriptors
    bool m_acceptPaused = false;
};

// Raises this process's open-file limit to its hard limit and lowers `limits.maxConnections`
// where the limit cannot hold them with room for the database, logs and outgoing mail. Returns
// the open-file limit in force.
qint64 fitToDescriptorLimit(ServerLimits& limits);

} // namespace keydesk::net
