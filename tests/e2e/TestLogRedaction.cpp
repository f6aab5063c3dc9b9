// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Activation tokens and verification ids never reach a log, even with every debug category on
// (and those categories are off unless asked for):
// `keydesk-cli serve` under QT_LOGGING_RULES=*.debug=true (QHttpServer then prints each request's
// URL) is sent a link's page and its API, and its whole output holds the token nowhere.
#include "core/LogRedaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestLogRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactsSecretPaths_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("logged");
        QTest::newRow("page") << "GET http://h/a/5fK9B6QGrvDfcz8AFfFgLQV6Izv8XTm4k0uWBZr0OhE x"
                              << "GET http://h/a/[redacted] x";
        QTest::newRow("api") << "/api/v1/activations/5fK9B6QGrvDfcz8AFfFgLQ/options"
                             << "/api/v1/activations/[redacted]/options";
        QTest::newRow("verification") << "/v/Zm9vYmFyYmF6cXV4cXV1eA"
                                      << "/v/[redacted]";
        QTest::newRow("verification api") << "/api/v1/verifications/Zm9vYmFyYmF6cXV4cXV1eA/complete"
                                          << "/api/v1/verifications/[redacted]/complete";
        QTest::newRow("lookup stays") << "/api/v1/activations/lookup"
                                      << "/api/v1/activations/lookup";
        QTest::newRow("assets stay") << "/assets/activate.js"
                                     << "/assets/activate.js";
    }

    void redactsSecretPaths()
    {
        QFETCH(QString, text);
        QFETCH(QString, logged);
        QCOMPARE(keydesk::redactSecrets(text), logged);
    }

    void serveLogsNoTokenWithEveryDebugCategoryOn()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("k.sqlite"));
        const auto cli = [&](const QStringList& args) {
            QProcess p;
            p.start(qEnvironmentVariable("KEYDESK_CLI"),
                    QStringList{QStringLiteral("--database"), db} + args);
            p.waitForFinished(60'000);
            return p.readAllStandardOutput();
        };
        cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Ada"),
             QStringLiteral("--email"), QStringLiteral("ada@example.com")});
        QProcess serve;
        serve.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        serve.setProcessEnvironment(env);
        serve.start(qEnvironmentVariable("KEYDESK_CLI"),
                    {QStringLiteral("--database"), db, QStringLiteral("serve"), QStringLiteral("--port"),
                     QStringLiteral("0"), QStringLiteral("--no-mail")});
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log += serve.readAll()).contains("listening on"), 15'000);
        const QString base = QRegularExpression(QStringLiteral("listening on (http://localhost:\\d+)"))
                                 .match(QString::fromUtf8(log))
                                 .captured(1);
        const QString link =
            QJsonDocument::fromJson(
                cli({QStringLiteral("--json"), QStringLiteral("keys"), QStringLiteral("assign"),
                     QStringLiteral("--user"), QStringLiteral("ada@example.com"),
                     QStringLiteral("--activate"), QStringLiteral("now")}))
                .object()
                .value(QStringLiteral("link"))
                .toString();
        const QString token = link.section(u'/', -1);
        QVERIFY2(token.size() >= 40 && link.startsWith(base), qPrintable(link));

        QNetworkAccessManager network;
        for (const QString& path : QStringList{QStringLiteral("/a/") + token,
                                               QStringLiteral("/api/v1/activations/%1/options").arg(token)}) {
            QNetworkRequest request(QUrl(base + path));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            QNetworkReply* reply = path.startsWith(QStringLiteral("/a/"))
                                       ? network.get(request)
                                       : network.post(request, QByteArray("{}"));
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15'000);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            reply->deleteLater();
        }
        serve.terminate();
        QVERIFY(serve.waitForFinished(10'000));
        log += serve.readAll();
        // The debug output was on (QHttpServer printed the requests), and it names no token.
        QVERIFY2(log.contains("qt.httpserver"), log.constData());
        QVERIFY(log.contains("/a/[redacted]"));
        QVERIFY(log.contains("/api/v1/activations/[redacted]/options"));
        QVERIFY2(!log.contains(token.toLatin1()), log.constData());
    }

    // KeyDesk's own debug output (a workflow's batch timings) is off unless asked for.
    void debugCategoriesAreOffByDefault()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("k.sqlite"));
        const auto cliErr = [&](const QStringList& args, const QString& rules) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("QT_LOGGING_RULES"));
            if (!rules.isEmpty())
                env.insert(QStringLiteral("QT_LOGGING_RULES"), rules);
            p.setProcessEnvironment(env);
            p.start(qEnvironmentVariable("KEYDESK_CLI"),
                    QStringList{QStringLiteral("--database"), db} + args);
            p.waitForFinished(60'000);
            return p.readAllStandardError();
        };
        cliErr({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--users"),
                QStringLiteral("50")},
               {});
        const QByteArray quiet = cliErr({QStringLiteral("workflows"), QStringLiteral("create"),
                                         QStringLiteral("--name"), QStringLiteral("W")},
                                        {});
        QVERIFY2(!quiet.contains("keydesk.workflow"), quiet.constData());
        const QByteArray asked =
            cliErr({QStringLiteral("workflows"), QStringLiteral("run"), QStringLiteral("W")},
                   QStringLiteral("keydesk.workflow.debug=true"));
        QVERIFY2(asked.contains("keydesk.workflow: batch:"), asked.constData());
    }
};

QTEST_GUILESS_MAIN(TestLogRedaction)
#include "TestLogRedaction.moc"
