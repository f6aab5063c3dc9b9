// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// The admin API's route table, joined from its subjects, and the OpenAPI 3.1 description made
// from it.
#include "AdminRouteTables.h"

#include "core/domain/Permission.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace keydesk::net {

namespace {

// A JSON object, or the bytes themselves.
QJsonObject bodySchema(const AdminRoute& route)
{
    const QJsonObject schema =
        route.bodyType == "application/json"
            ? QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}
            : QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                          {QStringLiteral("contentMediaType"), QString::fromLatin1(route.bodyType)}};
    return {{QStringLiteral("schema"), schema}};
}

} // namespace

QList<AdminRoute> AdminApi::routes()
{
    const admin::RouteContext ctx{&m_store, m_options};
    QList<AdminRoute> r = admin::accessRoutes(ctx);
    r += admin::directoryRoutes(ctx);
    r += admin::directorySourceRoutes(ctx);
    r += admin::importRoutes(ctx);
    r += admin::keyRoutes(ctx);
    r += admin::verificationRoutes(ctx);
    r += admin::workflowRoutes(ctx);
    r += admin::outboxRoutes(ctx);
    r += admin::settingsRoutes(ctx);
    r += admin::auditRoutes(ctx);
    r += admin::syncRoutes(ctx);
    return r;
}

QJsonObject AdminApi::openApi() const
{
    QJsonObject paths;
    for (const AdminRoute& route : m_routes) {
        QJsonArray parameters;
        for (const QString& part : route.pattern.split(u'/', Qt::SkipEmptyParts))
            if (part.startsWith(u'{'))
                parameters.append(
                    QJsonObject{{QStringLiteral("name"), part.mid(1, part.size() - 2)},
                                {QStringLiteral("in"), QStringLiteral("path")},
                                {QStringLiteral("required"), true},
                                {QStringLiteral("schema"),
                                 QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}});
        const QJsonObject error{
            {QStringLiteral("description"), QStringLiteral("An error: {error, message}.")}};
        QJsonObject responses{{QString::number(route.successStatus),
                               QJsonObject{{QStringLiteral("description"), QStringLiteral("Done.")}}},
                              {QStringLiteral("400"), error}};
        QString access = QStringLiteral("public");
        if (route.access != RouteAccess::Public) {
            responses.insert(QStringLiteral("401"), error);
            access = QStringLiteral("signed-in");
        }
        if (route.access == RouteAccess::Permitted) {
            responses.insert(QStringLiteral("403"), error);
            access = permissionName(route.permission);
        }
        QJsonObject operation{{QStringLiteral("summary"), route.summary},
                              {QStringLiteral("x-keydesk-permission"), access},
                              {QStringLiteral("responses"), responses}};
        if (!parameters.isEmpty())
            operation.insert(QStringLiteral("parameters"), parameters);
        operation.insert(QStringLiteral("security"),
                         route.access == RouteAccess::Public
                             ? QJsonArray{}
                             : QJsonArray{QJsonObject{{QStringLiteral("bearer"), QJsonArray{}}}});
        if (route.method == "POST" || route.method == "PUT")
            operation.insert(
                QStringLiteral("requestBody"),
                QJsonObject{{QStringLiteral("required"), true},
                            {QStringLiteral("content"),
                             QJsonObject{{QString::fromLatin1(route.bodyType), bodySchema(route)}}}});
        QJsonObject item = paths.value(route.pattern).toObject();
        item.insert(QString::fromLatin1(route.method).toLower(), operation);
        paths.insert(route.pattern, item);
    }
    return {{QStringLiteral("openapi"), QStringLiteral("3.1.0")},
            {QStringLiteral("info"),
             QJsonObject{{QStringLiteral("title"), QStringLiteral("KeyDesk admin API")},
                         {QStringLiteral("version"), QCoreApplication::applicationVersion().isEmpty()
                                                         ? QStringLiteral("1")
                                                         : QCoreApplication::applicationVersion()},
                         {QStringLiteral("description"),
                          QStringLiteral("Operators' API of a KeyDesk team server; see docs/operators.md. "
                                         "x-keydesk-permission names what a route needs: public, signed-in "
                                         "(any operator) or a permission.")}}},
            {QStringLiteral("components"),
             QJsonObject{{QStringLiteral("securitySchemes"),
                          QJsonObject{{QStringLiteral("bearer"),
                                       QJsonObject{{QStringLiteral("type"), QStringLiteral("http")},
                                                   {QStringLiteral("scheme"), QStringLiteral("bearer")}}}}}}},
            {QStringLiteral("paths"), paths}};
}

} // namespace keydesk::net
