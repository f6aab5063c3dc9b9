// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AdminRouteTables.h"

#include "core/import/ImportJson.h"
#include "core/import/ImportUploadService.h"
#include "net/AdminReplies.h"

#include <QRegularExpression>

namespace keydesk::net::admin {

namespace {

// The upload named in the path, when it is the caller's; 404 otherwise.
std::variant<ImportUpload, HttpReply> uploadOf(const RouteContext& ctx, const AdminCall& c)
{
    auto upload = ImportUploadService(ctx.db()).find(*c.actor, c.params.value(QStringLiteral("id")));
    if (!upload)
        return errorReply(upload.cause(), 404);
    return upload.value();
}

HttpReply begin(const RouteContext& ctx, AdminCall& c)
{
    // Not a whole number, or less than 0: -1.
    const qint64 size = c.body.value(QStringLiteral("size")).toInteger(-1);
    const QString sha256 = bodyText(c, QStringLiteral("sha256"));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    if (size < 0)
        return HttpReply::error(400, QStringLiteral("bad-request"),
                                Text::tr("size is the file's length in bytes, a whole number"));
    if (!hex.match(sha256).hasMatch())
        return HttpReply::error(400, QStringLiteral("bad-request"),
                                Text::tr("sha256 is the file's SHA-256 as 64 hexadecimal digits"));
    return oneReply(ImportUploadService(ctx.db()).begin(*c.actor, bodyText(c, QStringLiteral("name")), size,
                                                        QByteArray::fromHex(sha256.toLatin1())),
                    &importUploadJson, 201);
}

HttpReply putPart(const RouteContext& ctx, AdminCall& c)
{
    bool ok = false;
    const QString text = c.params.value(QStringLiteral("part"));
    const qint64 part = text.toLongLong(&ok);
    if (!ok)
        return HttpReply::error(404, QStringLiteral("not-found"),
                                Text::tr("'%1' is not a part number").arg(text));
    auto upload = uploadOf(ctx, c);
    if (auto* refusal = std::get_if<HttpReply>(&upload))
        return *refusal;
    const QString id = std::get<ImportUpload>(upload).id;
    if (Status s = ImportUploadService(ctx.db()).putPart(*c.actor, id, part, c.request.body); !s)
        return errorReply(s.cause());
    return HttpReply::json(200, {{QStringLiteral("id"), id},
                                 {QStringLiteral("part"), part},
                                 {QStringLiteral("bytes"), c.request.body.size()}});
}

HttpReply importUsers(const RouteContext& ctx, AdminCall& c)
{
    const QJsonValue dryRun = c.body.value(QStringLiteral("dry_run"));
    if (!dryRun.isUndefined() && !dryRun.isBool())
        return HttpReply::error(400, QStringLiteral("bad-request"), Text::tr("dry_run is true or false"));
    auto upload = uploadOf(ctx, c);
    if (auto* refusal = std::get_if<HttpReply>(&upload))
        return *refusal;
    auto summary = ImportUploadService(ctx.db()).importUsers(*c.actor, std::get<ImportUpload>(upload).id,
                                                             dryRun.toBool(), c.request.progress);
    if (!summary)
        return errorReply(summary.cause(), 422);
    QJsonObject json = importSummaryJson(summary.value());
    if (!summary->dryRun)
        json.insert(QStringLiteral("workflows"), runScopeChangeWorkflows(ctx));
    return HttpReply::json(200, json);
}

} // namespace

QList<AdminRoute> importRoutes(const RouteContext& ctx)
{
    const QString imports = base() + QStringLiteral("/imports");
    QList<AdminRoute> r;
    r.append(
        {"POST", imports, RouteAccess::Permitted, Permission::EditUsers, 201,
         QStringLiteral("Begin sending a user CSV file (display_name,email,upn,department,groups; up to 512 "
                        "MiB): {name, size, sha256 (hex)}; answers {id, part_bytes, parts, expires_at}. "
                        "Send the parts, then import. Needs edit-groups too."),
         [ctx](AdminCall& c) {
             return begin(ctx, c);
         }});
    AdminRoute part{"PUT",
                    imports + QStringLiteral("/{id}/parts/{part}"),
                    RouteAccess::Permitted,
                    Permission::EditUsers,
                    200,
                    QStringLiteral("Part {part} (from 0) of the file, as application/octet-stream: exactly "
                                   "part_bytes long but for the last. Sending a part again replaces it."),
                    [ctx](AdminCall& c) {
                        return putPart(ctx, c);
                    }};
    part.bodyType = "application/octet-stream";
    r.append(part);
    r.append({"POST", imports + QStringLiteral("/{id}/users"), RouteAccess::Permitted, Permission::EditUsers,
              200,
              QStringLiteral("Import the whole file's users, all or nothing: {dry_run}. Every problem is "
                             "listed by line (422). A dry run keeps the file to import later; an import "
                             "uses it up. Then runs the enabled workflows: {…, workflows}."),
              [ctx](AdminCall& c) {
                  return importUsers(ctx, c);
              }});
    r.append(
        {"DELETE", imports + QStringLiteral("/{id}"), RouteAccess::Permitted, Permission::EditUsers, 200,
         QStringLiteral("Discard a file that was sent (unused files go after a day)."), [ctx](AdminCall& c) {
             auto upload = uploadOf(ctx, c);
             if (auto* refusal = std::get_if<HttpReply>(&upload))
                 return *refusal;
             const QString id = std::get<ImportUpload>(upload).id;
             if (Status s = ImportUploadService(ctx.db()).discard(*c.actor, id); !s)
                 return errorReply(s.cause());
             return HttpReply::json(200, {{QStringLiteral("id"), id}, {QStringLiteral("discarded"), true}});
         }});
    return r;
}

} // namespace keydesk::net::admin
