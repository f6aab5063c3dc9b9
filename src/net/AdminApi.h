// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "HttpReply.h"
#include "core/access/AccessService.h"
#include "core/access/SignInService.h"

#include <QHash>
#include <QHostAddress>
#include <QUrl>

#include <functional>
#include <optional>

class QHttpServerRequest;

namespace keydesk {
class Store;
}

namespace keydesk::net {

// One request to the admin API, whichever way it came: over HTTP (from()) or in process, as
// keydesk-cli makes them on a database it opened itself.
struct AdminRequest
{
    QByteArray method; // "GET", "POST", "PUT", "DELETE"
    QUrl url;          // path and query
    QByteArray contentType;
    QByteArray body;
    QByteArray authorization;
    QByteArray acceptLanguage;
    // In process only: told how far a long call has come; returning false cancels it (nothing is
    // then changed). keydesk-cli's progress line on a database it opened itself.
    std::function<bool(qint64 done, qint64 total)> progress;
    // Sent by a desk on its own (X-KeyDesk-Background: 1: a sync, not the operator): it does not
    // count as using the session, so an unattended desk's session still ends when idle.
    bool background = false;

    static AdminRequest from(const QHttpServerRequest& request);
};

// One call of the admin API, as a route's handler sees it.
struct AdminCall
{
    const AdminRequest& request;
    const Actor* actor = nullptr;   // null on the sign-in routes
    QHash<QString, QString> params; // the path's {name} parts
    QHostAddress client;
    QJsonObject body; // a POST's or PUT's JSON object
};

// What a route needs of its caller.
enum class RouteAccess
{
    Public,   // the sign-in itself
    SignedIn, // any operator (their own things; the service decides the rest)
    Permitted // the route's permission
};

struct AdminRoute
{
    QByteArray method; // "GET", "POST", "PUT", "DELETE"
    QString pattern;   // "/api/v1/admin/sessions/{id}"
    RouteAccess access = RouteAccess::Permitted;
    Permission permission = Permission::ReadDirectory;
    int successStatus = 200;
    QString summary;
    std::function<HttpReply(AdminCall&)> handle;
    // What a POST or PUT sends: a JSON object (AdminCall::body), or bytes of this type as they
    // are (AdminRequest::body).
    QByteArray bodyType = "application/json";
};

// The team server's admin API under /api/v1/admin/ (docs/operators.md): JSON for desks and
// scripts, described by OpenAPI 3.1 at /api/v1/openapi.json, made from the same route table that
// dispatches — a route cannot exist undescribed. Every route but the sign-in needs a bearer
// session or API token (AccessService) and the route's permission; the services check the role
// again. Plain HTTP is served to loopback peers only; anyone else must use TLS.
class AdminApi
{
public:
    struct Options
    {
        bool tls = false;                 // plain HTTP is then for loopback peers only
        QString listeningUrl;             // where links point when enrollment.base_url is not set
        SignInService* signIns = nullptr; // the server's; without one the sign-in routes refuse
        // After an operator's request that changed something (it may have queued mail, or changed
        // the mail settings): the runtime's sender looks now rather than at its next poll.
        std::function<void()> changed;
    };
    AdminApi(Store& store, Options options);

    static bool handles(const QString& path) { return path.startsWith(QLatin1String("/api/v1/admin/")); }
    static QString openApiPath() { return QStringLiteral("/api/v1/openapi.json"); }

    // `peer`: the socket's address; `client`: the real client (X-Forwarded-For from a trusted proxy).
    // The answer's message is in the request's Accept-Language.
    HttpReply dispatch(const AdminRequest& request, const QHostAddress& peer, const QHostAddress& client);
    // The operator an Authorization header's bearer secret names, or ErrorCode::SignInRequired
    // saying why not.
    static Result<Actor> bearerActor(Store& store, const QByteArray& authorization,
                                     AccessService::Use use = AccessService::Use::Touch);
    // The same route, run for `actor` without a bearer credential: direct database access.
    HttpReply dispatchAs(const Actor& actor, const AdminRequest& request);
    QJsonObject openApi() const;

private:
    struct Found
    {
        const AdminRoute* route = nullptr;
        QHash<QString, QString> params;
        HttpReply refusal; // 404 or 405 when no route
    };
    Found find(const AdminRequest& request) const;
    HttpReply run(const AdminRoute& route, const Actor* actor, const AdminRequest& request,
                  QHash<QString, QString> params, const QHostAddress& client);
    QList<AdminRoute> routes();

    Store& m_store;
    Options m_options;
    QList<AdminRoute> m_routes;
};

} // namespace keydesk::net
