#pragma once

#include <QSslServer>
#include <QTcpServer>

namespace keydesk::net {

// QHttpServer 6.4 reads a whole request body into memory before any handler sees it. These
// listening servers hand each connection to QHttpServer with a guard in front: bytes received
// since the last response are counted as they arrive, and a connection that sends more than one
// request may hold (headers + the body cap + slack) is answered 413 and closed, so an oversized
// upload never fills memory. Bodies just over the cap still reach the dispatcher and get its 413.
void guardRequestSize(QTcpSocket* socket, qint64 maxRequestBytes);

class GuardedTcpServer : public QTcpServer
{
public:
    GuardedTcpServer(qint64 maxRequestBytes, QObject* parent = nullptr)
        : QTcpServer(parent), m_maxRequestBytes(maxRequestBytes)
    {}
    QTcpSocket* nextPendingConnection() override;

private:
    qint64 m_maxRequestBytes;
};

class GuardedSslServer : public QSslServer
{
public:
    GuardedSslServer(qint64 maxRequestBytes, QObject* parent = nullptr)
        : QSslServer(parent), m_maxRequestBytes(maxRequestBytes)
    {}
    QTcpSocket* nextPendingConnection() override;

private:
    qint64 m_maxRequestBytes;
};

} // namespace keydesk::net
