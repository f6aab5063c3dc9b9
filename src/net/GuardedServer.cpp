// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "GuardedServer.h"

#include "ConnectionGuard.h"

#include <QLoggingCategory>
#include <QSslSocket>
#include <QTimer>

#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcConnections, "keydesk.server.connections", QtInfoMsg)

namespace keydesk::net {

namespace {

// A shedding or descriptor-shortage episode ends after this long without one: the next is logged.
constexpr qint64 kEpisodeQuietMs = 60'000;
// Descriptors kept free for the database, its journal, log files and the SMTP connection.
constexpr qint64 kReservedDescriptors = 64;

QHostAddress peerOf(qintptr descriptor)
{
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getpeername(int(descriptor), reinterpret_cast<sockaddr*>(&address), &length) != 0)
        return {};
    return QHostAddress(reinterpret_cast<const sockaddr*>(&address));
}

} // namespace

qint64 fitToDescriptorLimit(ServerLimits& limits)
{
    rlimit files{};
    if (::getrlimit(RLIMIT_NOFILE, &files) != 0)
        return -1;
    if (files.rlim_cur < files.rlim_max) {
        rlimit raised = files;
        raised.rlim_cur = files.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            files = raised;
    }
    const qint64 available = files.rlim_cur == RLIM_INFINITY ? std::numeric_limits<int>::max()
                                                             : qint64(files.rlim_cur) - kReservedDescriptors;
    if (limits.maxConnections > available) {
        qCWarning(lcConnections).nospace()
            << "the open-file limit (" << files.rlim_cur << ") holds only " << std::max<qint64>(available, 1)
            << " connections; serving at most that many (raise LimitNOFILE or ulimit -n for more)";
        limits.maxConnections = int(std::max<qint64>(available, 1));
    }
    limits.maxConnectionsPerClient = std::min(limits.maxConnectionsPerClient, limits.maxConnections);
    return files.rlim_cur == RLIM_INFINITY ? -1 : qint64(files.rlim_cur);
}

GuardedServer::GuardedServer(std::shared_ptr<const ServerLimits> limits, QList<Subnet> trustedProxies,
                             std::optional<QSslConfiguration> tls, QObject* parent)
    : QTcpServer(parent), m_limits(std::move(limits)), m_trustedProxies(std::move(trustedProxies)),
      m_tls(std::move(tls))
{
    m_clock.start();
    // Accepted sockets are handed on at once; the caps above are what limit connections.
    setMaxPendingConnections(std::numeric_limits<int>::max());
    connect(this, &QTcpServer::acceptError, this, &GuardedServer::onAcceptError);
}

GuardedServer::~GuardedServer()
{
    // Sockets still open are deleted with this server's QObject base; they must not call back.
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it)
        disconnect(it->guard, nullptr, this, nullptr);
}

QTcpSocket* GuardedServer::nextPendingConnection()
{
    QTcpSocket* socket = QTcpServer::nextPendingConnection();
    // Taking a connection turns accepting back on; during a descriptor shortage it stays paused.
    if (m_acceptPaused)
        pauseAccepting();
    return socket;
}

void GuardedServer::incomingConnection(qintptr descriptor)
{
    const QHostAddress peer = peerOf(descriptor);
    const QHostAddress key = clientKey(peer);
    const bool proxy = isWithin(peer, m_trustedProxies);
    if (peer.isNull()) {
        ::close(int(descriptor)); // already gone
        return;
    }
    if (!proxy && m_perClient.value(key) >= m_limits->maxConnectionsPerClient) {
        shed(peer, "the connections one client may hold");
        ::close(int(descriptor));
        return;
    }
    if (openConnections() >= m_limits->maxConnections && !makeRoomFor(key)) {
        shed(peer, "the connections the server holds");
        ::close(int(descriptor));
        return;
    }

    QTcpSocket* socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(int(descriptor));
        return;
    }
    admit(socket, key);
    if (!m_tls) {
        addPendingConnection(socket);
        return;
    }
    // QHttpServer gets the connection once the handshake is done; until then it is this server's.
    auto* tlsSocket = static_cast<QSslSocket*>(socket);
    tlsSocket->setSslConfiguration(*m_tls);
    connect(tlsSocket, &QSslSocket::encrypted, this, [this, tlsSocket] {
        disconnect(tlsSocket, &QAbstractSocket::disconnected, this, nullptr);
        addPendingConnection(tlsSocket);
    });
    connect(tlsSocket, &QAbstractSocket::disconnected, this, [tlsSocket] { tlsSocket->deleteLater(); });
    connect(tlsSocket, &QAbstractSocket::errorOccurred, this, [tlsSocket] {
        if (!tlsSocket->isEncrypted())
            tlsSocket->abort();
    });
    tlsSocket->startServerEncryption();
}

void GuardedServer::admit(QTcpSocket* socket, const QHostAddress& key)
{
    auto* guard = new ConnectionGuard(socket, m_limits);
    m_clients.insert(socket, Client{key, guard});
    ++m_perClient[key];
    // The guard, a child of the socket, goes with it. (Not the socket's own signal: a connection
    // that becomes a WebSocket loses every connection to its signals.)
    connect(guard, &QObject::destroyed, this, [this, socket] { forget(socket); });
    if (m_lastShedMs >= 0 && m_clock.elapsed() - m_lastShedMs > kEpisodeQuietMs) {
        qCInfo(lcConnections) << "no longer shedding connections";
        m_lastShedMs = -1;
    }
}

void GuardedServer::forget(QObject* socket)
{
    const auto it = m_clients.constFind(socket);
    if (it == m_clients.cend())
        return;
    const auto count = m_perClient.find(it->key);
    if (--*count <= 0)
        m_perClient.erase(count);
    m_clients.erase(it);
}

bool GuardedServer::makeRoomFor(const QHostAddress& key)
{
    // The busiest client address gives way, to a newcomer that holds clearly fewer connections.
    QHostAddress busiest;
    int most = 0;
    for (auto it = m_perClient.cbegin(); it != m_perClient.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            busiest = it.key();
        }
    }
    if (m_perClient.value(key) + 1 >= most)
        return false;
    // Of its connections: one waiting for nothing, else the slowest head, else the slowest body.
    QObject* victim = nullptr;
    auto rank = [](ConnectionGuard::Stage stage) {
        return int(stage);
    };
    int victimRank = 0;
    qint64 victimAge = -1;
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        const ConnectionGuard::Stage stage = it->guard->stage();
        if (it->key != busiest || stage == ConnectionGuard::Stage::Answering ||
            stage == ConnectionGuard::Stage::Upgraded)
            continue;
        const int r = rank(it->guard->stage());
        const qint64 age = it->guard->ageMs();
        if (!victim || r < victimRank || (r == victimRank && age > victimAge)) {
            victim = it.key();
            victimRank = r;
            victimAge = age;
        }
    }
    if (!victim)
        return false;
    ConnectionGuard* guard = m_clients.value(victim).guard;
    forget(victim);
    guard->evict();
    return true;
}

void GuardedServer::shed(const QHostAddress& peer, const char* reason)
{
    const qint64 now = m_clock.elapsed();
    if (m_lastShedMs < 0)
        qCWarning(lcConnections).nospace().noquote()
            << "shedding connections: " << peer.toString() << " is past " << reason << " ("
            << m_perClient.value(clientKey(peer)) << " of " << m_limits->maxConnectionsPerClient
            << " per client, " << openConnections() << " of " << m_limits->maxConnections
            << " in all); new connections past the caps are closed at once";
    m_lastShedMs = now;
}

void GuardedServer::onAcceptError(QAbstractSocket::SocketError error)
{
    if (error != QAbstractSocket::SocketResourceError)
        return;
    // No descriptor for a new connection: the listening socket stays readable, so accepting again
    // at once would spin. Pause, and try again a little later.
    const qint64 now = m_clock.elapsed();
    if (m_lastFdShortageMs < 0 || now - m_lastFdShortageMs > kEpisodeQuietMs)
        qCWarning(lcConnections).nospace().noquote()
            << "out of file descriptors (" << errorString() << ") with " << openConnections()
            << " connections open; accepting pauses for " << m_limits->acceptPauseMs << " ms at a time";
    m_lastFdShortageMs = now;
    m_acceptPaused = true;
    pauseAccepting();
    QTimer::singleShot(m_limits->acceptPauseMs, this, [this] {
        m_acceptPaused = false;
        resumeAccepting();
    });
}

} // namespace keydesk::net
