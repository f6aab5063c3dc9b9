// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// The documented production deployment, for real: Debian's nginx with packaging/nginx/keydesk.conf
// (only its ports and certificate paths changed) in front of `keydesk-cli serve` on loopback. A
// phone activates through it over HTTPS, routes KeyDesk does not serve end at nginx, and slow
// connections neither starve a well-behaved client nor outlive nginx's head timeout.
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

using keydesk::test::freePort;

namespace {

const QString kNginx = QStringLiteral("/usr/sbin/nginx");

// Runs the event loop until `done` or `ms` pass.
bool waitFor(const std::function<bool()>& done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QTest::qWait(5);
    return done();
}

struct Run
{
    int code = -1;
    QByteArray out;
};

} // namespace

class TestBehindNginx : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_cert;
    QProcess m_serve;
    QProcess m_nginx;
    quint16 m_port = 0; // nginx, HTTPS

    Run run(const QString& program, const QStringList& args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(60'000))
            qFatal("%s did not finish", qPrintable(program));
        return {p.exitCode(), p.readAllStandardOutput() + p.readAllStandardError()};
    }
    Run cli(QStringList args)
    {
        args.prepend(m_db);
        args.prepend(QStringLiteral("--database"));
        return run(qEnvironmentVariable("KEYDESK_CLI"), args);
    }

    // One HTTPS request to nginx with this machine's trust in the test certificate; the whole reply.
    QByteArray https(const QByteArray& request, qint64* took = nullptr)
    {
        QSslSocket socket;
        QSslConfiguration tls = socket.sslConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_cert));
        socket.setSslConfiguration(tls);
        QByteArray reply;
        QObject::connect(&socket, &QSslSocket::readyRead, &socket, [&] { reply += socket.readAll(); });
        QElapsedTimer clock;
        clock.start();
        socket.connectToHostEncrypted(QStringLiteral("localhost"), m_port);
        if (!socket.waitForEncrypted(10'000))
            return "no TLS: " + socket.errorString().toUtf8();
        socket.write(request);
        const auto answered = [&] {
            return socket.state() == QAbstractSocket::UnconnectedState || reply.contains("\r\n\r\n");
        };
        if (!waitFor(answered, 10'000))
            return "no answer";
        const qsizetype headEnd = reply.indexOf("\r\n\r\n");
        const QRegularExpressionMatch length =
            QRegularExpression(QStringLiteral("(?i)content-length: (\\d+)"))
                .match(QString::fromLatin1(reply.left(headEnd)));
        if (length.hasMatch())
            waitFor([&] { return reply.size() >= headEnd + 4 + length.captured(1).toLongLong(); }, 10'000);
        if (took)
            *took = clock.elapsed();
        return reply;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(kNginx))
            QSKIP("nginx is not installed (scripts/install-deps.sh installs it)");
        QVERIFY(m_dir.isValid());
        QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7711)); // nginx's worker enters it
        m_db = m_dir.filePath(QStringLiteral("keydesk.sqlite"));
        m_cert = m_dir.filePath(QStringLiteral("localhost.pem"));
        QCOMPARE(run(qEnvironmentVariable("KEYDESK_CLI"),
                     {QStringLiteral("server"), QStringLiteral("make-cert"), QStringLiteral("--host"),
                      QStringLiteral("localhost"), QStringLiteral("--out"), m_dir.path()})
                     .code,
                 0);
        m_port = freePort();
        const quint16 servePort = freePort();
        // Links point at nginx; serve listens on loopback and trusts nginx's X-Forwarded-For.
        QCOMPARE(
            cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("enrollment.base_url"),
                 QStringLiteral("https://localhost:%1").arg(m_port)})
                .code,
            0);
        QCOMPARE(cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Ada"), QStringLiteral("--email"), QStringLiteral("ada@example.com")})
                     .code,
                 0);
        m_serve.setProcessChannelMode(QProcess::MergedChannels);
        m_serve.start(qEnvironmentVariable("KEYDESK_CLI"),
                      {QStringLiteral("--database"), m_db, QStringLiteral("serve"), QStringLiteral("--bind"),
                       QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(servePort),
                       QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1"),
                       QStringLiteral("--no-mail")});
        QString banner;
        QTRY_VERIFY_WITH_TIMEOUT(
            (banner += QString::fromUtf8(m_serve.readAll())).contains(QStringLiteral("listening on")),
            15'000);

        // The shipped site file with this test's ports and certificate.
        QFile shipped(QStringLiteral(KEYDESK_SOURCE_DIR "/packaging/nginx/keydesk.conf"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QString site = QString::fromUtf8(shipped.readAll());
        site.remove(QRegularExpression(QStringLiteral("\\n\\s*listen \\[::\\][^\\n]*")));
        site.replace(QStringLiteral("listen 443 ssl http2;"),
                     QStringLiteral("listen 127.0.0.1:%1 ssl http2;").arg(m_port));
        site.replace(QStringLiteral("listen 80;"), QStringLiteral("listen 127.0.0.1:%1;").arg(freePort()));
        site.replace(QStringLiteral("127.0.0.1:8765"), QStringLiteral("127.0.0.1:%1").arg(servePort));
        site.replace(QStringLiteral("/etc/keydesk/tls/fullchain.pem"), m_cert);
        site.replace(QStringLiteral("/etc/keydesk/tls/privkey.pem"),
                     m_dir.filePath(QStringLiteral("localhost-key.pem")));
        QVERIFY(site.contains(QString::number(servePort)) && site.contains(m_cert));
        QFile siteFile(m_dir.filePath(QStringLiteral("keydesk.conf")));
        QVERIFY(siteFile.open(QIODevice::WriteOnly));
        siteFile.write(site.toUtf8());
        siteFile.close();
        const QString d = m_dir.path();
        QFile main(m_dir.filePath(QStringLiteral("nginx.conf")));
        QVERIFY(main.open(QIODevice::WriteOnly));
        main.write(QStringLiteral("worker_processes 1;\nerror_log %1/error.log;\npid %1/nginx.pid;\n"
                                  "events { worker_connections 2048; }\n"
                                  "http {\n  access_log %1/access.log;\n  client_body_temp_path %1/body;\n"
                                  "  proxy_temp_path %1/proxy;\n  fastcgi_temp_path %1/fastcgi;\n"
                                  "  uwsgi_temp_path %1/uwsgi;\n  scgi_temp_path %1/scgi;\n"
                                  "  include %1/keydesk.conf;\n}\n")
                       .arg(d)
                       .toUtf8());
        main.close();
        const Run check = run(kNginx, {QStringLiteral("-t"), QStringLiteral("-p"), d, QStringLiteral("-c"),
                                       main.fileName(), QStringLiteral("-g"), QStringLiteral("user root;")});
        QVERIFY2(check.code == 0, check.out.constData());
        m_nginx.setProcessChannelMode(QProcess::MergedChannels);
        m_nginx.start(kNginx, {QStringLiteral("-p"), d, QStringLiteral("-c"), main.fileName(),
                               QStringLiteral("-g"), QStringLiteral("daemon off; user root;")});
        QVERIFY(m_nginx.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            https("GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .startsWith("HTTP/1.1 200 OK"),
            15'000);
    }

    void cleanupTestCase()
    {
        if (m_nginx.state() != QProcess::NotRunning) {
            m_nginx.terminate(); // SIGTERM: fast shutdown
            m_nginx.waitForFinished(10'000);
        }
        if (m_serve.state() != QProcess::NotRunning) {
            m_serve.terminate();
            m_serve.waitForFinished(10'000);
        }
    }

    void aPhoneActivatesThroughNginx()
    {
        const Run assign = cli({QStringLiteral("--json"), QStringLiteral("keys"), QStringLiteral("assign"),
                                QStringLiteral("--user"), QStringLiteral("ada@example.com"),
                                QStringLiteral("--activate"), QStringLiteral("now")});
        QCOMPARE(assign.code, 0);
        const QString link =
            QJsonDocument::fromJson(assign.out).object().value(QStringLiteral("link")).toString();
        QVERIFY2(link.startsWith(QStringLiteral("https://localhost:%1/a/").arg(m_port)), qPrintable(link));
        const Run phone = run(qEnvironmentVariable("KEYDESK_PHONE"),
                              {QStringLiteral("--credentials"), m_dir.filePath(QStringLiteral("wallet.json")),
                               QStringLiteral("--trust-cert"), m_cert, QStringLiteral("open"), link});
        QVERIFY2(phone.code == 0, phone.out.constData());
        const Run keys = cli({QStringLiteral("--json"), QStringLiteral("keys"), QStringLiteral("list"),
                              QStringLiteral("--status"), QStringLiteral("active")});
        QCOMPARE(QJsonDocument::fromJson(keys.out).array().size(), 1);
    }

    void onlyKeydeskRoutesPass()
    {
        QVERIFY(https("GET /admin HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .startsWith("HTTP/1.1 404"));
        QVERIFY(
            https("GET /api/v1/activations/lookup HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .startsWith("HTTP/1.1 403"));
        const QByteArray big(70 * 1024, 'x');
        QVERIFY(https("POST /api/v1/activations/lookup HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                      "Content-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(big.size()) + "\r\n\r\n" + big)
                    .startsWith("HTTP/1.1 413"));
    }

    void slowConnectionsThroughNginx()
    {
        // 300 connections that start a TLS handshake and send one more byte a second.
        std::vector<std::unique_ptr<QTcpSocket>> slow;
        for (int i = 0; i < 300; ++i) {
            slow.push_back(std::make_unique<QTcpSocket>());
            slow.back()->connectToHost(QHostAddress::LocalHost, m_port);
        }
        QTimer drip;
        QObject::connect(&drip, &QTimer::timeout, &drip, [&] {
            // A TLS record header announcing a 512-byte ClientHello, then one byte of it a second.
            static const QByteArray recordHeader = QByteArray::fromHex("1603010200");
            for (auto& s : slow)
                if (s->state() == QAbstractSocket::ConnectedState)
                    s->write(s->property("started").toBool() ? QByteArray(1, '\x01') : recordHeader),
                        s->setProperty("started", true);
        });
        drip.start(1000);
        QTest::qWait(1500);
        const auto held = [&] {
            return std::count_if(slow.begin(), slow.end(),
                                 [](auto& s) { return s->state() == QAbstractSocket::ConnectedState; });
        };
        QCOMPARE(held(), qsizetype(slow.size())); // nginx holds them all, waiting
        for (int i = 0; i < 5; ++i) {
            qint64 took = 0;
            const QByteArray reply =
                https("GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", &took);
            QVERIFY2(reply.startsWith("HTTP/1.1 200 OK"), reply.constData());
            QVERIFY2(took < 1000, QByteArray::number(took).constData());
        }
        // nginx's client_header_timeout (10 s) covers the handshake: none of them is held after it.
        QTRY_VERIFY_WITH_TIMEOUT(held() == 0, 15'000);
    }
};

QTEST_GUILESS_MAIN(TestBehindNginx)
#include "TestBehindNginx.moc"
