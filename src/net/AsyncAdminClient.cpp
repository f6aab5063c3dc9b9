// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AsyncAdminClient.h"

#include "KnownServers.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslCertificate>
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

} // namespace

AsyncAdminClient::AsyncAdminClient(RemoteServer server, QObject* parent)
    : QObject(parent), m_server(std::move(server)), m_tls(QSslConfiguration::defaultConfiguration())
{
    if (!m_server.trustCertFile.isEmpty())
        m_tls.addCaCertificates(QSslCertificate::fromPath(m_server.trustCertFile, QSsl::Pem));
}

AsyncAdminClient::~AsyncAdminClient()
{
    // The access manager aborts its replies as it goes, and an aborted reply says it finished:
    // its callback would reach an owner that is being destroyed.
    for (QNetworkReply* reply : m_network.findChildren<QNetworkReply*>())
        disconnect(reply, nullptr, this, nullptr);
}

void AsyncAdminClient::call(const QByteArray& method, const QString& path, const QUrlQuery& query,
                            const QJsonObject& body, std::function<void(const ApiAnswer&)> done)
{
    ApiRequest request{method, path, query, {}, {}, {}};
    if (method == "POST" || method == "PUT") {
        request.contentType = "application/json";
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    send(request, std::move(done));
}

void AsyncAdminClient::send(const ApiRequest& call, std::function<void(const ApiAnswer&)> done)
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
    request.setTransferTimeout(m_server.timeoutMs);
    QNetworkReply* reply = m_network.sendCustomRequest(request, call.method, call.body);
    auto untrusted = std::make_shared<QString>();
    connect(
        reply, &QNetworkReply::sslErrors, reply, [this, reply, untrusted](const QList<QSslError>& errors) {
            const QString fingerprint = certificateFingerprint(reply->sslConfiguration().peerCertificate());
            if (onlyTrustErrors(errors) &&
                KnownServers(m_server.knownServersFile).trusts(m_server.url, fingerprint)) {
                reply->ignoreSslErrors(errors);
                return;
            }
            *untrusted = onlyTrustErrors(errors) ? fingerprint : QString();
        });
    connect(reply, &QNetworkReply::finished, this, [this, reply, untrusted, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status > 0) {
            done(ApiAnswer::of(status, reply->readAll()));
            return;
        }
        QString why = reply->errorString();
        if (!untrusted->isEmpty())
            why = Text::tr("its certificate is not trusted (SHA-256 %1)").arg(*untrusted);
        else if (reply->error() == QNetworkReply::OperationCanceledError)
            why = Text::tr("no answer within %1 s").arg(m_server.timeoutMs / 1000);
        ApiAnswer unreachable;
        unreachable.untrustedFingerprint = *untrusted;
        unreachable.body.insert(QStringLiteral("message"),
                                Text::tr("cannot reach %1: %2").arg(m_server.url.toString(), why));
        done(unreachable);
    });
}

} // namespace keydesk::net
