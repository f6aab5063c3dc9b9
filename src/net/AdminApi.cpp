// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AdminApi.h"

#include "AdminReplies.h"
#include "core/access/AccessService.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AdminApi)
};

} // namespace

namespace keydesk::net {

namespace {

using Method = QHttpServerRequest::Method;

QByteArray methodName(Method method)
{
    switch (method) {
    case Method::Get:
    case Method::Head:
        return "GET";
    case Method::Post:
        return "POST";
    case Method::Put:
        return "PUT";
    case Method::Delete:
        return "DELETE";
    default:
        return "OTHER";
    }
}

// "/api/v1/admin/tokens/{name}" against a path: the {name} parts, or nullopt.
std::optional<QHash<QString, QString>> match(const QString& pattern, const QString& path)
{
    const QStringList want = pattern.split(u'/', Qt::SkipEmptyParts);
    const QStringList got = path.split(u'/', Qt::SkipEmptyParts);
    if (want.size() != got.size())
        return std::nullopt;
    QHash<QString, QString> params;
    for (qsizetype i = 0; i < want.size(); ++i) {
        if (want[i].startsWith(u'{') && want[i].endsWith(u'}'))
            params.insert(want[i].mid(1, want[i].size() - 2), QUrl::fromPercentEncoding(got[i].toUtf8()));
        else if (want[i] != got[i])
            return std::nullopt;
    }
    return params;
}

std::optional<QJsonObject> jsonBody(const QHttpServerRequest& request, HttpReply* refusal)
{
    const QByteArray type = request.value("content-type").trimmed().toLower();
    if (type != "application/json" && !type.startsWith("application/json;")) {
        *refusal = HttpReply::error(415, QStringLiteral("unsupported-media-type"),
                                    Text::tr("Send the body as application/json."));
        return std::nullopt;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(request.body());
    if (!doc.isObject()) {
        *refusal = HttpReply::error(400, QStringLiteral("malformed-json"),
                                    Text::tr("The body is not a JSON object."));
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

AdminApi::AdminApi(Store& store, EnrollmentConfig config, bool tls)
    : m_store(store), m_signIns(store, std::move(config)), m_tls(tls)
{
    m_routes = routes();
}

HttpReply AdminApi::dispatch(const QHttpServerRequest& request, const QHostAddress& peer,
                             const QHostAddress& client)
{
    // Bearer secrets never cross a network in clear.
    if (!m_tls && !peer.isLoopback())
        return HttpReply::error(
            403, QStringLiteral("tls-required"),
            Text::tr("The admin API answers plain HTTP on this machine only; use HTTPS."));
    const QString path = request.url().path();
    const QByteArray method = methodName(request.method());
    const AdminRoute* route = nullptr;
    QHash<QString, QString> params;
    QStringList allowed;
    for (const AdminRoute& candidate : std::as_const(m_routes)) {
        auto matched = match(candidate.pattern, path);
        if (!matched)
            continue;
        allowed << QString::fromLatin1(candidate.method);
        if (candidate.method == method) {
            route = &candidate;
            params = *matched;
        }
    }
    if (!route && allowed.isEmpty())
        return HttpReply::error(404, QStringLiteral("not-found"), Text::tr("No such address."));
    if (!route) {
        HttpReply r =
            HttpReply::error(405, QStringLiteral("method-not-allowed"),
                             Text::tr("Use %1 for this address.").arg(allowed.join(QStringLiteral(", "))));
        r.addHeader("Allow", allowed.join(QStringLiteral(", ")).toLatin1());
        return r;
    }

    std::optional<Actor> actor;
    if (route->access != RouteAccess::Public) {
        const QByteArray authorization = request.value("authorization");
        if (!authorization.startsWith("Bearer "))
            return errorReply(Error(ErrorCode::SignInRequired)
                                  .arg(Error::text(Text::tr("the request carries no bearer credential"))));
        auto found = AccessService(m_store).authenticate(QString::fromLatin1(authorization.mid(7).trimmed()));
        if (!found)
            return errorReply(found.cause());
        actor = found.value();
        if (route->access == RouteAccess::Permitted) {
            if (Status allowedHere = actor->check(route->permission); !allowedHere)
                return errorReply(allowedHere.cause());
        }
    }
    AdminCall call{request, actor ? &*actor : nullptr, params, client, {}};
    if (method == "POST" || method == "PUT") {
        HttpReply refusal;
        const auto body = jsonBody(request, &refusal);
        if (!body)
            return refusal;
        call.body = *body;
    }
    return route->handle(call);
}

} // namespace keydesk::net
