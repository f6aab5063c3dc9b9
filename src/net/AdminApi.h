// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "HttpReply.h"
#include "core/access/SignInService.h"

#include <QHash>
#include <QHostAddress>

#include <functional>
#include <optional>

class QHttpServerRequest;

namespace keydesk {
class Store;
}

namespace keydesk::net {

// One call of the admin API, as a route's handler sees it.
struct AdminCall
{
    const QHttpServerRequest& request;
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
};

// The team server's admin API under /api/v1/admin/ (docs/operators.md): JSON for desks and
// scripts, described by OpenAPI 3.1 at /api/v1/openapi.json, made from the same route table that
// dispatches — a route cannot exist undescribed. Every route but the sign-in needs a bearer
// session or API token (AccessService) and the route's permission; the services check the role
// again. Plain HTTP is served to loopback peers only; anyone else must use TLS.
class AdminApi
{
public:
    AdminApi(Store& store, EnrollmentConfig config, bool tls);

    static bool handles(const QString& path) { return path.startsWith(QLatin1String("/api/v1/admin/")); }
    static QString openApiPath() { return QStringLiteral("/api/v1/openapi.json"); }

    // `peer`: the socket's address; `client`: the real client (X-Forwarded-For from a trusted proxy).
    HttpReply dispatch(const QHttpServerRequest& request, const QHostAddress& peer,
                       const QHostAddress& client);
    QJsonObject openApi() const;

private:
    QList<AdminRoute> routes();

    Store& m_store;
    SignInService m_signIns;
    bool m_tls = false;
    QList<AdminRoute> m_routes;
};

} // namespace keydesk::net
