#include "RequestSizeGuard.h"

#include <QTcpSocket>

namespace keydesk::net {

void guardRequestSize(QTcpSocket* socket, qint64 maxRequestBytes)
{
    if (!socket)
        return;
    auto received = std::make_shared<qint64>(0);
    // Connected before QHttpServer's own handler exists, so this runs first on every read.
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, received, maxRequestBytes] {
        *received += socket->bytesAvailable();
        if (*received <= maxRequestBytes)
            return;
        socket->readAll(); // nothing of it reaches the HTTP parser
        static const QByteArray body =
            R"({"error":"body-too-large","message":"The request is larger than the server accepts."})";
        socket->write(
            "HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\nConnection: close\r\n"
            "Content-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    });
    // A response went out: the next request starts a new count.
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [received] { *received = 0; });
}

QTcpSocket* GuardedTcpServer::nextPendingConnection()
{
    QTcpSocket* socket = QTcpServer::nextPendingConnection();
    guardRequestSize(socket, m_maxRequestBytes);
    return socket;
}

QTcpSocket* GuardedSslServer::nextPendingConnection()
{
    QTcpSocket* socket = QSslServer::nextPendingConnection();
    guardRequestSize(socket, m_maxRequestBytes);
    return socket;
}

} // namespace keydesk::net
