// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Outbox drain rate to a real SMTP server on loopback (npm smtp-server, tests/browser): N
// activation emails are queued, then OutboxSender delivers them over one connection. Prints
// messages per second for plain SMTP and for STARTTLS with AUTH, and the connections used.
//
//   build/benchmarks/bench_outbox [messages=500]
#include "integration/EnrollmentHarness.h"
#include "integration/SmtpSink.h"

#include "net/OutboxSender.h"
#include "net/SelfSignedCertificate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace keydesk;
using namespace keydesk::test;

namespace {

struct Figures
{
    double queueSeconds = 0;
    double drainSeconds = 0;
    int sent = 0;
    int connections = 0;
};

Figures run(int messages, const QString& tls, const QString& certPath, const QString& keyPath)
{
    QTemporaryDir spool;
    SmtpSink sink(spool.path());
    SmtpSink::Options options;
    options.tls = tls;
    options.certPath = certPath;
    options.keyPath = keyPath;
    if (tls != QLatin1String("none")) {
        options.user = QStringLiteral("bench");
        options.password = QStringLiteral("bench-password");
    }
    if (const QString error = sink.start(options); !error.isEmpty())
        qFatal("%s", qPrintable(error));

    EnrollmentHarness h;
    h.store.clock().set(QDateTime::currentDateTimeUtc());
    Figures f;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < messages; ++i)
        h.assign(h.addUser(QStringLiteral("User %1").arg(i), QStringLiteral("user%1@example.com").arg(i)),
                 ActivationMethod::Email);
    f.queueSeconds = timer.nsecsElapsed() / 1e9;

    net::SmtpSettings smtp;
    smtp.host = QStringLiteral("localhost");
    smtp.port = sink.port();
    smtp.security = tls == QLatin1String("none") ? net::SmtpSecurity::None : net::SmtpSecurity::StartTls;
    smtp.username = options.user;
    smtp.password = options.password;
    smtp.caCertificatesPath = certPath;
    smtp.identity.from = MailAddress{QStringLiteral("helpdesk@example.com"), {}};
    net::OutboxSender sender(*h.store, smtp);
    bool done = false;
    QObject::connect(&sender, &net::OutboxSender::finished,
                     [&](net::OutboxSender::Counts c, const QString& error) {
                         if (!error.isEmpty())
                             qFatal("drain failed: %s", qPrintable(error));
                         f.sent = c.sent;
                         done = true;
                     });
    timer.restart();
    sender.drain();
    waitUntil([&] { return done; });
    f.drainSeconds = timer.nsecsElapsed() / 1e9;
    f.connections = sink.connections();
    if (int(sink.messages().size()) != messages)
        qFatal("the server received %d of %d messages", int(sink.messages().size()), messages);
    return f;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int messages = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 500;
    if (messages <= 0)
        qFatal("usage: bench_outbox [messages]");
    qputenv("KEYDESK_NODE_TOOLS", QByteArray(KEYDESK_NODE_TOOLS_DIR));
    QTemporaryDir dir;
    auto pair = net::makeSelfSignedCertificate(QStringLiteral("localhost"));
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    for (const auto& [path, bytes] :
         {std::pair{cert, pair->certificatePem}, std::pair{key, pair->privateKeyPem}}) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
    }
    std::printf("outbox drain to npm smtp-server on 127.0.0.1, %d activation emails (MIME with inline QR)\n",
                messages);
    for (const QString& tls : {QStringLiteral("none"), QStringLiteral("starttls")}) {
        const Figures f = run(messages, tls, cert, key);
        std::printf(
            "  %-9s queue %6.0f emails/s (assign + render + enqueue) | drain %6.1f messages/s over %d "
            "connection(s), %d sent in %.2f s\n",
            qPrintable(tls), messages / f.queueSeconds, f.sent / f.drainSeconds, f.connections, f.sent,
            f.drainSeconds);
    }
    return 0;
}
