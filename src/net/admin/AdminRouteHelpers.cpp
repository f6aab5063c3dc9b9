// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AdminRouteTables.h"

#include "core/store/Store.h"
#include "core/workflow/WorkflowEngine.h"
#include "core/workflow/WorkflowService.h"
#include "net/AdminReplies.h"
#include "net/Deployment.h"

#include <QUrlQuery>

namespace keydesk::net::admin {

QString base()
{
    return QStringLiteral("/api/v1/admin");
}

std::optional<Paging> pagingOf(const AdminRequest& request, int maxLimit)
{
    const QUrlQuery query(request.url);
    Paging paging;
    bool ok = true;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        paging.limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || paging.limit < 1 || paging.limit > maxLimit)
            return std::nullopt;
    }
    if (query.hasQueryItem(QStringLiteral("offset"))) {
        paging.offset = query.queryItemValue(QStringLiteral("offset")).toLongLong(&ok);
        if (!ok || paging.offset < 0)
            return std::nullopt;
    }
    return paging;
}

HttpReply pagingRefused(int maxLimit)
{
    return HttpReply::error(400, QStringLiteral("bad-paging"),
                            Text::tr("limit is a number from 1 to %1, offset a number from 0").arg(maxLimit));
}

QJsonObject runScopeChangeWorkflows(const RouteContext& ctx)
{
    auto enabled = WorkflowService(ctx.db()).enabledWorkflows();
    if (!enabled)
        return {{QStringLiteral("error"), enabled.error()}};
    if (enabled->isEmpty())
        return {{QStringLiteral("keys_assigned"), 0}};
    auto deployment = Deployment::load(ctx.db(), ctx.options.listeningUrl);
    if (!deployment)
        return {{QStringLiteral("error"), deployment.error()}};
    auto runs = WorkflowEngine(ctx.db(), deployment->workflowOptions()).runEnabled(RunTrigger::ScopeChange);
    if (!runs)
        return {{QStringLiteral("error"), runs.error()}};
    qint64 assigned = 0;
    for (const WorkflowRun& run : runs.value())
        assigned += run.keysAssigned;
    return {{QStringLiteral("keys_assigned"), assigned}};
}

std::variant<const AuthenticatorNames*, HttpReply> authenticatorNames(const RouteContext& ctx)
{
    if (!ctx.names->has_value()) {
        auto loaded = AuthenticatorNames::forDatabase(ctx.db().database().path());
        if (!loaded)
            return errorReply(loaded.cause(), 500);
        *ctx.names = std::move(loaded).value();
    }
    return &ctx.names->value();
}

QString queryValue(const AdminRequest& request, const QString& name)
{
    return QUrlQuery(request.url).queryItemValue(name, QUrl::FullyDecoded);
}

QString bodyText(const AdminCall& call, const QString& name)
{
    return call.body.value(name).toString();
}

} // namespace keydesk::net::admin
