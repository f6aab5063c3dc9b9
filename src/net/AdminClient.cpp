// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AdminClient.h"

#include "AdminApi.h"
#include "AsyncAdminClient.h"
#include "core/Core.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>

namespace keydesk::net {

namespace {

constexpr auto kAdminBase = "/api/v1/admin";

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
        return ApiAnswer::of(reply.status, reply.body);
    }

private:
    Core& m_core;
    net::AdminApi m_api;
};

class RemoteAdminClient : public AdminClient
{
public:
    explicit RemoteAdminClient(RemoteServer server) : m_client(std::move(server)) {}

    ApiAnswer send(const ApiRequest& call) override
    {
        ApiAnswer answer;
        QEventLoop loop;
        m_client.send(call, [&](const ApiAnswer& a) {
            answer = a;
            loop.quit();
        });
        // A console waiting for the server takes no clicks meanwhile (nothing runs twice).
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        return answer;
    }

private:
    AsyncAdminClient m_client;
};

} // namespace

ApiAnswer ApiAnswer::of(int status, const QByteArray& body)
{
    ApiAnswer answer;
    answer.status = status;
    answer.body = QJsonDocument::fromJson(body).object();
    answer.raw = body;
    return answer;
}

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

bool isTeamServerUrl(const QUrl& url)
{
    const bool loopback = QHostAddress(url.host()).isLoopback() || url.host() == u"localhost";
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == u"https" || (url.scheme() == u"http" && loopback));
}

QString pathSegment(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace keydesk::net
