// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// `keydesk-cli login` as an operator does it: the terminal shows a QR code and a match number, the
// operator's phone (the headless virtual phone with their activated key) scans it off the
// terminal and signs in, and the session is kept for the next commands until `logout`; plain
// HTTP is refused from anywhere but this machine. First use of a
// self-signed server: the fingerprint is confirmed once and remembered.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliLogin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_wallet;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QProcess m_serve;
    QString m_url;

    Run run(const QString& program, const QStringList& args, const QByteArray& input = {})
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(program, args);
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60'000))
            qFatal("%s did not finish", qPrintable(args.join(u' ')));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    Run cli(const QStringList& args) { return run(qEnvironmentVariable("KEYDESK_CLI"), args); }
    Run direct(const QStringList& args)
    {
        return cli(QStringList{QStringLiteral("--database"), m_db} + args);
    }
    Run phone(const QStringList& args)
    {
        return run(qEnvironmentVariable("KEYDESK_PHONE"),
                   QStringList{QStringLiteral("--credentials"), m_wallet} + args);
    }
    // The QR code lines of `terminal` as a terminal shows them (each cell one module wide and two
    // high, drawn cells light on black), four pixels a module, as a PGM image.
    static bool writeScreenshot(const QString& terminal, const QString& path)
    {
        QStringList rows;
        for (const QString& line : terminal.split(u'\n')) {
            if (!line.isEmpty() && std::all_of(line.begin(), line.end(), [](QChar c) {
                    return c == u' ' || c == QChar(0x2580) || c == QChar(0x2584) || c == QChar(0x2588);
                }))
                rows << line;
        }
        if (rows.isEmpty())
            return false;
        constexpr int scale = 4;
        const qsizetype width = rows.first().size();
        QByteArray pixels;
        for (const QString& row : rows) {
            for (int half = 0; half < 2; ++half) {
                QByteArray line;
                for (const QChar cell : row) {
                    const bool light = cell == QChar(0x2588) || cell == QChar(half == 0 ? 0x2580 : 0x2584);
                    line += QByteArray(scale, light ? char(255) : char(0));
                }
                for (int i = 0; i < scale; ++i)
                    pixels += line;
            }
        }
        QFile file(path);
        return file.open(QIODevice::WriteOnly) &&
               file.write("P5\n" + QByteArray::number(width * scale) + ' ' +
                          QByteArray::number(rows.size() * 2 * scale) + "\n255\n" + pixels) > 0;
    }
    QString sessionsFile() const { return m_dir.filePath(QStringLiteral("config/KeyDesk/sessions")); }

    // Starts `serve` (with `extra` options) and waits for its address.
    static QString startServe(QProcess& serve, const QStringList& args, const QString& log)
    {
        serve.setProcessChannelMode(QProcess::MergedChannels);
        serve.setStandardOutputFile(log);
        serve.start(qEnvironmentVariable("KEYDESK_CLI"), args);
        const QRegularExpression listening(QStringLiteral("listening on (https?://localhost:\\d+)"));
        for (int i = 0; i < 300; ++i) {
            QTest::qWait(100);
            QFile file(log);
            if (file.open(QIODevice::ReadOnly)) {
                const auto m = listening.match(QString::fromUtf8(file.readAll()));
                if (m.hasMatch())
                    return m.captured(1);
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Where keydesk-cli keeps sessions and confirmed certificates; no keychain answers here.
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        m_env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        m_db = m_dir.filePath(QStringLiteral("team.sqlite"));
        m_wallet = m_dir.filePath(QStringLiteral("phone/credentials.json"));
        QCOMPARE(direct({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--name"),
                         QStringLiteral("Ada"), QStringLiteral("--email"), QStringLiteral("ada@example.com")})
                     .code,
                 0);
        m_url = startServe(m_serve,
                           {QStringLiteral("--database"), m_db, QStringLiteral("serve"),
                            QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--no-mail")},
                           m_dir.filePath(QStringLiteral("serve.log")));
        QVERIFY(!m_url.isEmpty());
        // The bootstrap of docs/operators.md: a key by Activate Now, then the admin role.
        const QString qr = m_dir.filePath(QStringLiteral("activation.png"));
        QCOMPARE(direct({QStringLiteral("keys"), QStringLiteral("assign"), QStringLiteral("--user"),
                         QStringLiteral("ada@example.com"), QStringLiteral("--activate"),
                         QStringLiteral("now"), QStringLiteral("--qr"), qr})
                     .code,
                 0);
        QCOMPARE(phone({QStringLiteral("scan"), qr}).code, 0);
        QCOMPARE(
            direct({QStringLiteral("operators"), QStringLiteral("add"), QStringLiteral("ada@example.com"),
                    QStringLiteral("--role"), QStringLiteral("admin")})
                .code,
            0);
    }

    void cleanupTestCase()
    {
        m_serve.terminate();
        m_serve.waitForFinished(10'000);
    }

    void signsInWithThePhoneAndKeepsTheSession()
    {
        QProcess login;
        login.setProcessEnvironment(m_env);
        login.start(qEnvironmentVariable("KEYDESK_CLI"),
                    {QStringLiteral("--server"), m_url, QStringLiteral("login"), QStringLiteral("--desk"),
                     QStringLiteral("Desk 7")});
        QString shown;
        const QRegularExpression link(QStringLiteral("link: +(\\S+/s/\\S+)"));
        QTRY_VERIFY_WITH_TIMEOUT(
            link.match(shown += QString::fromUtf8(login.readAllStandardOutput())).hasMatch(), 15'000);
        QVERIFY2(shown.contains(QChar(0x2588)), qPrintable(shown)); // the QR code, in blocks
        QVERIFY(shown.contains(QStringLiteral("(your phone shows the same, with \"Desk 7\")")));
        const QString matchNumber =
            QRegularExpression(QStringLiteral("match number: (\\d\\d)")).match(shown).captured(1);
        QVERIFY(!matchNumber.isEmpty());

        // The phone scans the code off the terminal: light blocks on a dark screen.
        const QString screen = m_dir.filePath(QStringLiteral("terminal.pgm"));
        QVERIFY(writeScreenshot(shown, screen));
        const Run signedIn = phone({QStringLiteral("scan"), screen});
        QCOMPARE(signedIn.code, 0);
        QCOMPARE(
            QJsonDocument::fromJson(signedIn.out.toUtf8()).object().value(QStringLiteral("link")).toString(),
            link.match(shown).captured(1));
        QVERIFY(login.waitForFinished(30'000));
        shown += QString::fromUtf8(login.readAllStandardOutput());
        QCOMPARE(login.exitCode(), 0);
        QVERIFY2(shown.contains(QStringLiteral("signed in as ada@example.com (admin); the session ends ")),
                 qPrintable(shown + QString::fromUtf8(login.readAllStandardError())));
        QVERIFY(shown.contains(QStringLiteral("kept in ") + sessionsFile()));

        // Kept where only its owner reads it, and used by the next command without --token.
        QCOMPARE(QFileInfo(sessionsFile()).permissions() & 0x0077, QFileDevice::Permissions());
        QFile kept(sessionsFile());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY(kept.readAll().contains(" kds_"));
        const Run sessions = cli({QStringLiteral("--server"), m_url, QStringLiteral("--json"),
                                  QStringLiteral("sessions"), QStringLiteral("list")});
        QCOMPARE(sessions.code, 0);
        const QJsonObject session = QJsonDocument::fromJson(sessions.out.toUtf8()).array().first().toObject();
        QCOMPARE(session.value(QStringLiteral("email")).toString(), QStringLiteral("ada@example.com"));
        QCOMPARE(session.value(QStringLiteral("desk")).toString(), QStringLiteral("Desk 7 (127.0.0.1)"));

        const Run logout = cli({QStringLiteral("--server"), m_url, QStringLiteral("logout")});
        QCOMPARE(logout.out, QStringLiteral("signed out of %1\n").arg(m_url));
        QCOMPARE(logout.code, 0);
        QFile forgotten(sessionsFile());
        QVERIFY(forgotten.open(QIODevice::ReadOnly));
        QVERIFY(!forgotten.readAll().contains("kds_"));
        const Run after =
            cli({QStringLiteral("--server"), m_url, QStringLiteral("users"), QStringLiteral("list")});
        QCOMPARE(after.err,
                 QStringLiteral("keydesk-cli: the request carries no bearer credential; sign in again\n"));
        QCOMPARE(after.code, 1);
        const Run again = cli({QStringLiteral("--server"), m_url, QStringLiteral("logout")});
        QCOMPARE(again.err, QStringLiteral("keydesk-cli: no session for %1 on this machine\n").arg(m_url));
    }

    void plainHttpOnlyOnThisMachine()
    {
        // A bearer secret never crosses a network in clear: over plain HTTP the admin API answers
        // loopback peers only. From this machine's own network address, it refuses.
        QHostAddress outside;
        for (const QHostAddress& a : QNetworkInterface::allAddresses()) {
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal())
                outside = a;
        }
        if (outside.isNull())
            QSKIP("this machine has no network address but loopback");
        QProcess open;
        const QString url =
            startServe(open,
                       {QStringLiteral("--database"), m_db, QStringLiteral("serve"), QStringLiteral("--bind"),
                        QStringLiteral("0.0.0.0"), QStringLiteral("--port"), QStringLiteral("0"),
                        QStringLiteral("--no-mail")},
                       m_dir.filePath(QStringLiteral("open.log")));
        QVERIFY(!url.isEmpty());
        const Run token =
            direct({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("create"),
                    QStringLiteral("--operator"), QStringLiteral("ada@example.com"), QStringLiteral("--name"),
                    QStringLiteral("http-check")});
        const QByteArray secret = QJsonDocument::fromJson(token.out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("token"))
                                      .toString()
                                      .toLatin1();
        const auto get = [&](const QString& host) {
            QNetworkAccessManager network;
            QNetworkRequest request(
                QUrl(QStringLiteral("http://%1:%2/api/v1/admin/me").arg(host).arg(QUrl(url).port())));
            request.setRawHeader("Authorization", "Bearer " + secret);
            QNetworkReply* reply = network.get(request);
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(10'000);
            reply->deleteLater();
            return std::pair{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                             QJsonDocument::fromJson(reply->readAll()).object()};
        };
        const auto [outsideStatus, refusal] = get(outside.toString());
        QCOMPARE(outsideStatus, 403);
        QCOMPARE(refusal.value(QStringLiteral("error")).toString(), QStringLiteral("tls-required"));
        QCOMPARE(refusal.value(QStringLiteral("message")).toString(),
                 QStringLiteral("The admin API answers plain HTTP on this machine only; use HTTPS."));
        QCOMPARE(get(QStringLiteral("127.0.0.1")).first, 200);
        // And keydesk-cli does not send a token over plain HTTP to another machine at all.
        const Run plain = cli({QStringLiteral("--server"),
                               QStringLiteral("http://%1:%2").arg(outside.toString()).arg(QUrl(url).port()),
                               QStringLiteral("--token"), QString::fromLatin1(secret),
                               QStringLiteral("users"), QStringLiteral("list")});
        QCOMPARE(plain.code, 2);
        open.terminate();
        open.waitForFinished(10'000);
    }

    void confirmsASelfSignedCertificateOnce()
    {
        QVERIFY(cli({QStringLiteral("server"), QStringLiteral("make-cert"), QStringLiteral("--host"),
                     QStringLiteral("localhost"), QStringLiteral("--out"), m_dir.path()})
                    .code == 0);
        QProcess tls;
        const QString url =
            startServe(tls,
                       {QStringLiteral("--database"), m_db, QStringLiteral("serve"), QStringLiteral("--port"),
                        QStringLiteral("0"), QStringLiteral("--no-mail"), QStringLiteral("--cert"),
                        m_dir.filePath(QStringLiteral("localhost.pem")), QStringLiteral("--key"),
                        m_dir.filePath(QStringLiteral("localhost-key.pem"))},
                       m_dir.filePath(QStringLiteral("tls.log")));
        QVERIFY(url.startsWith(QStringLiteral("https://")));
        const Run token =
            direct({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("create"),
                    QStringLiteral("--operator"), QStringLiteral("ada@example.com"), QStringLiteral("--name"),
                    QStringLiteral("tls-check")});
        const QString secret =
            QJsonDocument::fromJson(token.out.toUtf8()).object().value(QStringLiteral("token")).toString();
        const QStringList groups{QStringLiteral("--server"), url,
                                 QStringLiteral("--token"),  secret,
                                 QStringLiteral("groups"),   QStringLiteral("list")};
        QCOMPARE(cli(groups).code, 1); // not trusted yet

        // Answering no changes nothing; yes remembers the fingerprint it showed.
        const Run refused = run(qEnvironmentVariable("KEYDESK_CLI"),
                                {QStringLiteral("--server"), url, QStringLiteral("login")}, "n\n");
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.endsWith(QStringLiteral(
                     "keydesk-cli: not signed in: the server's certificate was not confirmed\n")),
                 qPrintable(refused.err));
        const QString fingerprint = QRegularExpression(QStringLiteral("SHA-256 fingerprint: ([0-9A-F:]{95})"))
                                        .match(refused.err)
                                        .captured(1);
        QVERIFY(!fingerprint.isEmpty());
        QCOMPARE(cli(groups).code, 1);

        QProcess confirming;
        confirming.setProcessEnvironment(m_env);
        confirming.start(qEnvironmentVariable("KEYDESK_CLI"),
                         {QStringLiteral("--server"), url, QStringLiteral("login")});
        confirming.write("y\n");
        QString shown;
        QTRY_VERIFY_WITH_TIMEOUT((shown += QString::fromUtf8(confirming.readAllStandardOutput()))
                                     .contains(QStringLiteral("match number: ")),
                                 15'000);
        confirming.kill(); // the sign-in itself was shown above
        confirming.waitForFinished();
        QFile known(m_dir.filePath(QStringLiteral("config/KeyDesk/known-servers")));
        QVERIFY(known.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(known.readAll()).trimmed(),
                 QStringLiteral("localhost:%1 %2").arg(QUrl(url).port()).arg(fingerprint));
        const Run trusted = cli(groups);
        QCOMPARE(trusted.err, QString());
        QCOMPARE(trusted.code, 0);
        tls.terminate();
        tls.waitForFinished(10'000);
    }
};

QTEST_GUILESS_MAIN(TestCliLogin)
#include "TestCliLogin.moc"
