// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AdminApi.h"

#include "AdminReplies.h"
#include "core/access/AccessService.h"
#include "i18n/PhoneLanguage.h"

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

std::optional<QJsonObject> jsonBody(const AdminRequest& request, HttpReply* refusal)
{
    const QByteArray type = request.contentType.trimmed().toLower();
    if (type != "application/json" && !type.startsWith("application/json;")) {
        *refusal = HttpReply::error(415, QStringLiteral("unsupported-media-type"),
                                    Text::tr("Send the body as %1.").arg(QStringLiteral("application/json")));
        return std::nullopt;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject()) {
        *refusal = HttpReply::error(400, QStringLiteral("malformed-json"),
                                    Text::tr("The body is not a JSON object."));
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

AdminApi::AdminApi(Store& store, Options options) : m_store(store), m_options(std::move(options))
{
    m_routes = routes();
}

AdminRequest AdminRequest::from(const QHttpServerRequest& request)
{
    using Method = QHttpServerRequest::Method;
    QByteArray method = "OTHER";
    switch (request.method()) {
    case Method::Get:
    case Method::Head:
        method = "GET";
        break;
    case Method::Post:
        method = "POST";
        break;
    case Method::Put:
        method = "PUT";
        break;
    case Method::Delete:
        method = "DELETE";
        break;
    default:
        break;
    }
    return {method,
            request.url(),
            request.value("content-type"),
            request.body(),
            request.value("authorization"),
            request.value("accept-language"),
            {},
            request.value("x-keydesk-background").trimmed() == "1"};
}

AdminApi::Found AdminApi::find(const AdminRequest& request) const
{
    Found found;
    QStringList allowed;
    for (const AdminRoute& candidate : std::as_const(m_routes)) {
        auto matched = match(candidate.pattern, request.url.path());
        if (!matched)
            continue;
        allowed << QString::fromLatin1(candidate.method);
        if (candidate.method == request.method) {
            found.route = &candidate;
            found.params = *matched;
            return found;
        }
    }
    if (allowed.isEmpty()) {
        found.refusal = HttpReply::error(404, QStringLiteral("not-found"), Text::tr("No such address."));
    } else {
        found.refusal =
            HttpReply::error(405, QStringLiteral("method-not-allowed"),
                             Text::tr("Use %1 for this address.").arg(allowed.join(QStringLiteral(", "))));
        found.refusal.addHeader("Allow", allowed.join(QStringLiteral(", ")).toLatin1());
    }
    return found;
}

HttpReply AdminApi::dispatch(const AdminRequest& request, const QHostAddress& peer,
                             const QHostAddress& client)
{
    // Scripts and desks read the API's sentences in their own language, all of them (the
    // enrollment server's scope covers only what phones read).
    const PhoneLanguageScope language(negotiateLanguage(request.acceptLanguage), LanguageReach::AllText);
    // Bearer secrets never cross a network in clear.
    if (!m_options.tls && !peer.isLoopback())
        return HttpReply::error(
            403, QStringLiteral("tls-required"),
            Text::tr("The admin API answers plain HTTP on this machine only; use HTTPS."));
    Found found = find(request);
    if (!found.route)
        return found.refusal;

    std::optional<Actor> actor;
    if (found.route->access != RouteAccess::Public) {
        auto known = bearerActor(m_store, request.authorization,
                                 request.background ? AccessService::Use::Check : AccessService::Use::Touch);
        if (!known)
            return errorReply(known.cause());
        actor = known.value();
    }
    return run(*found.route, actor ? &*actor : nullptr, request, found.params, client);
}

Result<Actor> AdminApi::bearerActor(Store& store, const QByteArray& authorization, AccessService::Use use)
{
    if (!authorization.startsWith("Bearer "))
        return Result<Actor>::failure(
            Error(ErrorCode::SignInRequired)
                .arg(Error::text(Text::tr("the request carries no bearer credential"))));
    return AccessService(store).authenticate(QString::fromLatin1(authorization.mid(7).trimmed()), use);
}

HttpReply AdminApi::dispatchAs(const Actor& actor, const AdminRequest& request)
{
    Found found = find(request);
    if (!found.route)
        return found.refusal;
    return run(*found.route, &actor, request, found.params, QHostAddress(QHostAddress::LocalHost));
}

HttpReply AdminApi::run(const AdminRoute& route, const Actor* actor, const AdminRequest& request,
                        QHash<QString, QString> params, const QHostAddress& client)
{
    if (route.access == RouteAccess::Permitted && actor) {
        if (Status allowedHere = actor->check(route.permission); !allowedHere)
            return errorReply(allowedHere.cause());
    }
    AdminCall call{request, actor, std::move(params), client, {}};
    if (route.bodyType != "application/json") {
        if (request.contentType.trimmed().toLower() != route.bodyType)
            return HttpReply::error(
                415, QStringLiteral("unsupported-media-type"),
                Text::tr("Send the body as %1.").arg(QString::fromLatin1(route.bodyType)));
    } else if (request.method == "POST" || request.method == "PUT") {
        HttpReply refusal;
        const auto body = jsonBody(request, &refusal);
        if (!body)
            return refusal;
        call.body = *body;
    }
    HttpReply reply = route.handle(call);
    // An operator's change (not a desk polling its sign-in): the runtime's sender looks now.
    if (route.access == RouteAccess::Permitted && request.method != "GET" && reply.status >= 200 &&
        reply.status < 300 && m_options.changed)
        m_options.changed();
    return reply;
}

} // namespace keydesk::net
