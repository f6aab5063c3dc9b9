// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AdminClient.h"

#include "AdminApi.h"
#include "KnownServers.h"
#include "core/Core.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

namespace {

// Messages people read, in the desk's language (keydesk-cli installs no translation: English).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AdminClient)
};

} // namespace

namespace keydesk::net {

namespace {

constexpr auto kAdminBase = "/api/v1/admin";

ApiAnswer answerOf(int status, const QByteArray& body)
{
    ApiAnswer answer;
    answer.status = status;
    answer.body = QJsonDocument::fromJson(body).object();
    answer.raw = body;
    return answer;
}

class LocalAdminClient : public AdminClient
{
public:
    explicit LocalAdminClient(Core& core) : m_core(core), m_api(core.store(), {}) {}

    ApiAnswer send(const ApiRequest& call) override
    {
        net::AdminRequest request;
        request.method = call.method;
        request.url = QUrl(QString::fromLatin1(kAdminBase) + call.path);
        request.url.setQuery(call.query);
        request.contentType = call.contentType;
        request.body = call.body;
        request.progress = call.progress;
        const net::HttpReply reply = m_api.dispatchAs(m_core.actor(), request);
        return answerOf(reply.status, reply.body);
    }

private:
    Core& m_core;
    net::AdminApi m_api;
};

class RemoteAdminClient : public AdminClient
{
public:
    explicit RemoteAdminClient(RemoteServer server) : m_server(std::move(server))
    {
        m_tls = QSslConfiguration::defaultConfiguration();
        if (!m_server.trustCertFile.isEmpty())
            m_tls.addCaCertificates(QSslCertificate::fromPath(m_server.trustCertFile, QSsl::Pem));
    }

    ApiAnswer send(const ApiRequest& call) override
    {
        QUrl url = m_server.url;
        url.setPath(QString::fromLatin1(kAdminBase) + call.path);
        url.setQuery(call.query);
        QNetworkRequest request(url);
        request.setSslConfiguration(m_tls);
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("Accept-Language", m_server.acceptLanguage);
        if (m_server.background)
            request.setRawHeader("X-KeyDesk-Background", "1");
        if (!m_server.bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_server.bearer);
        if (call.method == "POST" || call.method == "PUT")
            request.setHeader(QNetworkRequest::ContentTypeHeader, call.contentType);
        QNetworkReply* reply = m_network.sendCustomRequest(request, call.method, call.body);
        QString untrusted;
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&](const QList<QSslError>& errors) {
            const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
            const QString fingerprint = certificateFingerprint(peer);
            if (onlyTrustErrors(errors) &&
                KnownServers(m_server.knownServersFile).trusts(m_server.url, fingerprint)) {
                reply->ignoreSslErrors(errors);
                return;
            }
            untrusted = onlyTrustErrors(errors) ? fingerprint : QString();
        });
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, reply, &QNetworkReply::abort);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        timeout.start(m_server.timeoutMs);
        loop.exec();
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status > 0)
            return answerOf(status, reply->readAll());
        QString why = reply->errorString();
        if (!untrusted.isEmpty())
            why = Text::tr("its certificate is not trusted (SHA-256 %1)").arg(untrusted);
        else if (!timeout.isActive())
            why = Text::tr("no answer within %1 s").arg(m_server.timeoutMs / 1000);
        ApiAnswer unreachable;
        unreachable.untrustedFingerprint = untrusted;
        unreachable.body.insert(QStringLiteral("message"),
                                Text::tr("cannot reach %1: %2").arg(m_server.url.toString(), why));
        return unreachable;
    }

private:
    RemoteServer m_server;
    QSslConfiguration m_tls;
    QNetworkAccessManager m_network;
};

} // namespace

ApiAnswer AdminClient::call(const QByteArray& method, const QString& path, const QUrlQuery& query,
                            const QJsonObject& body)
{
    ApiRequest request{method, path, query, {}, {}, {}};
    if (method == "POST" || method == "PUT") {
        request.contentType = "application/json";
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return send(request);
}

std::unique_ptr<AdminClient> makeLocalAdminClient(Core& core)
{
    return std::make_unique<LocalAdminClient>(core);
}

std::unique_ptr<AdminClient> makeRemoteAdminClient(RemoteServer server)
{
    return std::make_unique<RemoteAdminClient>(std::move(server));
}

QString pathSegment(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace keydesk::net
