// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

// The admin API's routes, one file per subject; AdminApi joins them into the table that
// dispatches and that the OpenAPI description is made from. Route summaries are that
// description, read by developers: English, like keydesk-cli's output (TestTranslations leaves
// this folder's literals alone; what people read in an answer still goes through tr()).

#include "core/activation/AuthenticatorNames.h"
#include "net/AdminApi.h"

#include <QCoreApplication>

#include <memory>
#include <optional>
#include <variant>

namespace keydesk {
class SignInService;
}

namespace keydesk::net::admin {

// The sentences the routes answer with, under one translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AdminApi)
};

// What a route's handler works with, copied into it.
struct RouteContext
{
    Store* store;
    AdminApi::Options options;
    // The authenticators' names (shipped lists and the site's aaguids.json), read from disk the
    // first time a route needs them and kept for the API's life, as the enrollment server does.
    std::shared_ptr<std::optional<AuthenticatorNames>> names =
        std::make_shared<std::optional<AuthenticatorNames>>();
    Store& db() const { return *store; }
};

// The names, or a refusal when the site's file does not read.
std::variant<const AuthenticatorNames*, HttpReply> authenticatorNames(const RouteContext& ctx);

QList<AdminRoute> accessRoutes(const RouteContext& ctx);
QList<AdminRoute> directoryRoutes(const RouteContext& ctx);
QList<AdminRoute> directorySourceRoutes(const RouteContext& ctx);
QList<AdminRoute> auditRoutes(const RouteContext& ctx);
QList<AdminRoute> keyRoutes(const RouteContext& ctx);
QList<AdminRoute> verificationRoutes(const RouteContext& ctx);
QList<AdminRoute> workflowRoutes(const RouteContext& ctx);
QList<AdminRoute> outboxRoutes(const RouteContext& ctx);
QList<AdminRoute> settingsRoutes(const RouteContext& ctx);
QList<AdminRoute> importRoutes(const RouteContext& ctx);
QList<AdminRoute> syncRoutes(const RouteContext& ctx);

// The path every route starts with.
QString base();

// ?limit= (1 to `maxLimit`, default 50) and ?offset= (0 or more).
struct Paging
{
    qint64 offset = 0;
    int limit = 50;
};
constexpr int kMaxPage = 1000;
std::optional<Paging> pagingOf(const AdminRequest& request, int maxLimit = kMaxPage);
HttpReply pagingRefused(int maxLimit = kMaxPage);

// After a change that brought users into a workflow's scope: runs the enabled workflows, as the
// console and keydesk-cli do. {"keys_assigned": n}, or {"error": why} (the change stands).
QJsonObject runScopeChangeWorkflows(const RouteContext& ctx);

// A query item, decoded ("" when absent).
QString queryValue(const AdminRequest& request, const QString& name);
// A body member as text ("" when absent or not text).
QString bodyText(const AdminCall& call, const QString& name);

} // namespace keydesk::net::admin
