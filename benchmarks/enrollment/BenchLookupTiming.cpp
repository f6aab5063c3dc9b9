// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Does a wrong manual code take longer for an email with a pending activation than for an unknown
// one? Sends POST /api/v1/activations/lookup with a wrong code over loopback HTTP, alternating
// between the two classes (N of each, one email per request so the per-email limit never trips,
// from enough 127.0.0.x addresses that the per-client limit never does), and prints each class's
// median and the ratio. Target: within 10 %.
//
//   build/benchmarks/bench_lookup_timing [requests-per-class=300]
#include "integration/EnrollmentHarness.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTcpSocket>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace keydesk;
using namespace keydesk::test;

namespace {

// One kept-alive connection from one source address; a request and its whole answer, timed.
class Client
{
public:
    Client(quint16 port, const QHostAddress& from)
    {
        m_socket.bind(from);
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.waitForConnected(5000);
    }

    qint64 lookupNs(const QByteArray& email)
    {
        const QByteArray body = "{\"email\":\"" + email + "\",\"code\":\"ZZZZ-ZZZZ\"}";
        const QByteArray request = "POST /api/v1/activations/lookup HTTP/1.1\r\nHost: localhost\r\n"
                                   "Content-Type: application/json\r\nContent-Length: " +
                                   QByteArray::number(body.size()) + "\r\n\r\n" + body;
        QByteArray reply;
        QEventLoop loop;
        const auto connection = QObject::connect(&m_socket, &QTcpSocket::readyRead, &loop, [&] {
            reply += m_socket.readAll();
            const qsizetype end = reply.indexOf("\r\n\r\n");
            if (end >= 0 && reply.endsWith('}'))
                loop.quit();
        });
        QElapsedTimer timer;
        timer.start();
        m_socket.write(request);
        QObject::connect(&m_socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
        loop.exec();
        const qint64 ns = timer.nsecsElapsed();
        QObject::disconnect(connection);
        if (!reply.startsWith("HTTP/1.1 404"))
            qFatal("unexpected answer: %s", reply.constData());
        return ns;
    }

private:
    QTcpSocket m_socket;
};

double medianMs(std::vector<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    return ns[ns.size() / 2] / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("keydesk.*=false"));
    const int perClass = argc > 1 ? std::max(50, atoi(argv[1])) : 300;

    EnrollmentHarness h;
    std::vector<QByteArray> pending;
    for (int i = 0; i < perClass; ++i) {
        const QString email = QStringLiteral("pending%1@example.com").arg(i);
        h.assign(h.addUser(QStringLiteral("Pending %1").arg(i), email), ActivationMethod::Manual);
        pending.push_back(email.toUtf8());
    }
    // 20 wrong codes per client address in 15 minutes are allowed: 16 requests per address.
    // Connections are opened as they are needed: an idle one would meet the server's head timeout.
    std::unique_ptr<Client> client;
    int used = 0;
    const auto next = [&]() -> Client& {
        if (used % 16 == 0) {
            const int n = used / 16;
            client = std::make_unique<Client>(
                h.server->port(),
                QHostAddress(QStringLiteral("127.0.%1.%2").arg(2 + n / 250).arg(1 + n % 250)));
        }
        ++used;
        return *client;
    };
    // Warm-up: caches, prepared statements, the page cache.
    for (int i = 0; i < 25; ++i)
        next().lookupNs("warmup" + QByteArray::number(i) + "@example.com");

    std::vector<qint64> known, unknown;
    for (int i = 0; i < perClass; ++i) {
        // Alternate which class goes first, so that drift hits both alike.
        if (i % 2 == 0) {
            known.push_back(next().lookupNs(pending[size_t(i)]));
            unknown.push_back(next().lookupNs("nobody" + QByteArray::number(i) + "@example.com"));
        } else {
            unknown.push_back(next().lookupNs("nobody" + QByteArray::number(i) + "@example.com"));
            known.push_back(next().lookupNs(pending[size_t(i)]));
        }
    }
    const double knownMs = medianMs(known);
    const double unknownMs = medianMs(unknown);
    std::printf("wrong code, email with a pending activation: median %.3f ms over %d requests\n", knownMs,
                perClass);
    std::printf("wrong code, unknown email:                   median %.3f ms over %d requests\n", unknownMs,
                perClass);
    std::printf("ratio pending / unknown: %.3f (target 0.90 to 1.10)\n", knownMs / unknownMs);
    return 0;
}
