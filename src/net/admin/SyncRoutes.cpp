// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AdminRouteTables.h"

#include "core/activation/DeploymentSettings.h"
#include "core/store/Store.h"
#include "core/sync/ChangeFeed.h"
#include "core/sync/SyncJson.h"
#include "net/AdminReplies.h"

#include <QJsonDocument>

namespace keydesk::net::admin {

namespace {

HttpReply changes(const RouteContext& ctx, const AdminCall& c)
{
    bool ok = false;
    const qint64 after = queryValue(c.request, QStringLiteral("after")).toLongLong(&ok);
    if (!ok || after < 0)
        return HttpReply::error(400, QStringLiteral("bad-request"),
                                Text::tr("after is the number of the last change the desk has, 0 or more"));
    const QString epoch = queryValue(c.request, QStringLiteral("epoch"));
    if (epoch.isEmpty())
        return HttpReply::error(400, QStringLiteral("bad-request"),
                                Text::tr("epoch is the change log's epoch, from /sync/head"));
    const auto paging = pagingOf(c.request, ChangeFeed::kMaxChanges);
    if (!paging)
        return pagingRefused(ChangeFeed::kMaxChanges);
    auto page = ChangeFeed(ctx.db()).changes(*c.actor, epoch, after, paging->limit);
    if (!page)
        return errorReply(page.cause());
    if (!page.value())
        return HttpReply::error(410, QStringLiteral("copy-again"),
                                Text::tr("the change log no longer holds the changes after %1 of epoch %2; "
                                         "copy every table again")
                                    .arg(after)
                                    .arg(epoch));
    return HttpReply::json(200, changePageJson(*page.value()));
}

HttpReply tablePage(const RouteContext& ctx, const AdminCall& c)
{
    const QString afterText = queryValue(c.request, QStringLiteral("after"));
    QJsonArray after;
    if (!afterText.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(afterText.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isArray() || document.array().isEmpty())
            return HttpReply::error(400, QStringLiteral("bad-request"),
                                    Text::tr("after is the key of the last row read, as a JSON array"));
        after = document.array();
    }
    const auto paging = pagingOf(c.request, ChangeFeed::kMaxRows);
    if (!paging)
        return pagingRefused(ChangeFeed::kMaxRows);
    auto page = ChangeFeed(ctx.db()).tablePage(*c.actor, c.params.value(QStringLiteral("table")), after,
                                               paging->limit);
    if (!page)
        return errorReply(page.cause(), 404);
    return HttpReply::json(200, tablePageJson(page.value()));
}

} // namespace

QList<AdminRoute> syncRoutes(const RouteContext& ctx)
{
    QList<AdminRoute> r;
    // Upgraded requests never get here (EnrollmentServer hands them to LiveChannel); the rest are
    // answered with what an upgrade needs.
    r.append(
        {"GET", base() + QStringLiteral("/live"), RouteAccess::Permitted, Permission::ReadDirectory, 101,
         QStringLiteral("The live channel, a WebSocket (send an upgrade request with the bearer credential): "
                        "{epoch, through} when the change log moves and every 20 s; the desk then "
                        "pulls /changes. Without an upgrade: 426."),
         [](AdminCall&) {
             HttpReply upgrade =
                 HttpReply::error(426, QStringLiteral("upgrade-required"),
                                  Text::tr("This address is a WebSocket: send an upgrade request."));
             upgrade.addHeader("Upgrade", "websocket");
             return upgrade;
         }});
    r.append({"GET", base() + QStringLiteral("/sync/head"), RouteAccess::Permitted, Permission::ReadDirectory,
              200,
              QStringLiteral("Where the change log stands and what a desk's cache holds: {epoch, through, "
                             "pruned_through, tables: [{name, rows}]} (the tables the caller may read; their "
                             "rows counted with ?rows=1, else -1)."),
              [ctx](AdminCall& c) {
                  const bool counted = queryValue(c.request, QStringLiteral("rows")) == QStringLiteral("1");
                  auto head = ChangeFeed(ctx.db()).head(*c.actor, counted);
                  return head ? HttpReply::json(200, syncHeadJson(head.value())) : errorReply(head.cause());
              }});
    r.append(
        {"GET", base() + QStringLiteral("/sync/tables/{table}"), RouteAccess::Permitted,
         Permission::ReadDirectory, 200,
         QStringLiteral(
             "A page of one table copied whole, in key order: ?after=<the last row's key as a "
             "JSON array>&limit= (default 50, up to 5000); answers {table, columns, rows, last, complete}."),
         [ctx](AdminCall& c) {
             return tablePage(ctx, c);
         }});
    r.append({"GET", base() + QStringLiteral("/sync/settings"), RouteAccess::Permitted,
              Permission::ReadDirectory, 200,
              QStringLiteral("The deployment settings a desk's console reads (new keys' defaults, links' "
                             "lifetimes, enrollment): {settings: [{key, value}]}, empty when unset. Not in "
                             "the change log; a change of them is audited, which is."),
              [ctx](AdminCall&) {
                  QJsonArray items;
                  for (const DeploymentSetting& setting : deploymentSettings()) {
                      auto value = ctx.db().setting(setting.key);
                      if (!value)
                          return errorReply(value.cause());
                      items.append(QJsonObject{{QStringLiteral("key"), setting.key},
                                               {QStringLiteral("value"), value.value()}});
                  }
                  return HttpReply::json(200, {{QStringLiteral("settings"), items}});
              }});
    r.append(
        {"GET", base() + QStringLiteral("/changes"), RouteAccess::Permitted, Permission::ReadDirectory, 200,
         QStringLiteral(
             "The changes after a change number: ?after=N&epoch=E&limit= (entries, default 50, up to 5000); "
             "answers {after, through, complete, tables: [{table, columns, rows, deleted}]}: "
             "each changed row as it is now, each deleted row's key. 410: copy every table "
             "again (another log, or its entries after N were pruned)."),
         [ctx](AdminCall& c) {
             return changes(ctx, c);
         }});
    return r;
}

} // namespace keydesk::net::admin
