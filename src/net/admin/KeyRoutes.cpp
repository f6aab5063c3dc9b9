// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AdminRouteTables.h"

#include "core/activation/AuthenticatorNames.h"
#include "core/activation/DeploymentSettings.h"
#include "core/activation/KeyEnrollment.h"
#include "core/activation/LookupRateLimiter.h"
#include "core/domain/DirectoryJson.h"
#include "core/domain/OperatorJson.h"
#include "core/keys/BulkKeyChange.h"
#include "core/keys/KeyJson.h"
#include "core/keys/KeyLifecycle.h"
#include "core/keys/LostPhoneCase.h"
#include "core/store/Store.h"
#include "core/users/UserService.h"
#include "net/AdminReplies.h"
#include "net/Deployment.h"
#include "net/SmtpSettings.h"

#include <QJsonArray>

namespace keydesk::net::admin {

namespace {

constexpr qint64 kMaxKeys = 1'000'000;
constexpr int kMaxBulkIds = 1000;

HttpReply badBody(const QString& message)
{
    return HttpReply::error(400, QStringLiteral("bad-body"), message);
}

// Keys whose activation ran out are expired first, as the console shows them; by an operator who
// may handle keys (the server's runtime does it for everyone else's reading).
void expireDueKeys(const RouteContext& ctx, const Actor& by)
{
    if (by.may(Permission::HandleKeys))
        (void)KeyLifecycle(ctx.db()).expireDue(by);
}

std::variant<SecurityKeyRow, HttpReply> keyOf(const RouteContext& ctx, const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return HttpReply::error(404, QStringLiteral("not-found"), Text::tr("'%1' is not a key id").arg(text));
    auto row = KeyLifecycle(ctx.db()).findById(id);
    if (!row)
        return errorReply(row.cause());
    if (!row.value())
        return errorReply(Error(ErrorCode::KeyNotFound, {QString::number(id)}), 404);
    return *row.value();
}

// The enrollment settings, SMTP's sender identity and who acts: what issuing a link needs.
std::variant<KeyEnrollment, HttpReply> enrollmentFor(const RouteContext& ctx, const Actor& by)
{
    auto deployment =
        Deployment::load(ctx.db(), ctx.options.listeningUrl, qEnvironmentVariable(kSmtpPasswordVariable));
    if (!deployment)
        return errorReply(deployment.cause(), 500);
    return KeyEnrollment(ctx.db(), by, deployment->config, deployment->lifetimes, deployment->mail());
}

// What the desk hands over: for now and manual the link and code (the operator shows them), for
// email the outbox entry; and the key as it is now.
std::variant<QJsonObject, HttpReply> issuedJson(const RouteContext& ctx, const IssuedLink& issued,
                                                const User& user, const KeyEnrollment& enrollment)
{
    auto loaded = authenticatorNames(ctx);
    if (auto* refusal = std::get_if<HttpReply>(&loaded))
        return *refusal;
    const AuthenticatorNames& names = *std::get<const AuthenticatorNames*>(loaded);
    QJsonObject json{{QStringLiteral("key"), keyJson({issued.key, issued.activation}, names)},
                     {QStringLiteral("user"), user.email},
                     {QStringLiteral("method"), activationMethodName(issued.activation.method)},
                     {QStringLiteral("activation_id"), issued.activation.id},
                     {QStringLiteral("expires_at"), jsonTime(issued.activation.expiresAtMs)}};
    if (issued.activation.method == ActivationMethod::Email) {
        json.insert(QStringLiteral("outbox_id"),
                    issued.outboxId ? QJsonValue(*issued.outboxId) : QJsonValue());
        const QString waits = enrollment.emailWaitsNote();
        json.insert(QStringLiteral("email_waits_for_settings"), !waits.isEmpty());
        if (!waits.isEmpty())
            json.insert(QStringLiteral("email_waits_note"), waits);
    } else {
        json.insert(QStringLiteral("link"), issued.link);
        json.insert(QStringLiteral("code"), issued.manualCode);
    }
    return json;
}

HttpReply issuedReply(const RouteContext& ctx, const IssuedLink& issued, const User& user,
                      const KeyEnrollment& enrollment, int status)
{
    auto json = issuedJson(ctx, issued, user, enrollment);
    if (auto* refusal = std::get_if<HttpReply>(&json))
        return *refusal;
    return HttpReply::json(status, std::get<QJsonObject>(json));
}

// The lost-phone case (core/keys/LostPhoneCase.h): {user, withdrawal: suspend|revoke, reason,
// replacement: now|email|none}.
HttpReply lostPhone(const RouteContext& ctx, AdminCall& c)
{
    auto user = UserService(ctx.db()).resolve(bodyText(c, QStringLiteral("user")));
    if (!user)
        return errorReply(user.cause());
    LostPhoneRequest request;
    const QString withdrawal = bodyText(c, QStringLiteral("withdrawal"));
    const auto parsed = lostPhoneWithdrawalFromName(withdrawal);
    if (!parsed)
        return badBody(Text::tr("withdrawal must be suspend or revoke, not \"%1\"").arg(withdrawal));
    request.withdrawal = *parsed;
    request.reason = bodyText(c, QStringLiteral("reason"));
    const QString replacement = bodyText(c, QStringLiteral("replacement"));
    if (replacement == QLatin1String("now"))
        request.replacement = ActivationMethod::Now;
    else if (replacement == QLatin1String("email"))
        request.replacement = ActivationMethod::Email;
    else if (!replacement.isEmpty() && replacement != QLatin1String("none"))
        return badBody(Text::tr("replacement must be now, email or none, not \"%1\"").arg(replacement));
    std::optional<KeyEnrollment> issuer;
    if (request.replacement) {
        auto enrollment = enrollmentFor(ctx, *c.actor);
        if (auto* refusal = std::get_if<HttpReply>(&enrollment))
            return *refusal;
        issuer.emplace(std::move(std::get<KeyEnrollment>(enrollment)));
    }
    auto opened = LostPhoneCases(ctx.db(), *c.actor).open(user.value(), request, issuer ? &*issuer : nullptr);
    if (!opened)
        return errorReply(opened.cause());
    QJsonObject json{{QStringLiteral("case_id"), opened->caseId},
                     {QStringLiteral("key_ids"), idsJson(opened->withdrawnKeys)},
                     {QStringLiteral("cancelled_key_ids"), idsJson(opened->cancelledKeys)}};
    if (opened->replacement) {
        auto issued = issuedJson(ctx, *opened->replacement, user.value(), *issuer);
        if (auto* refusal = std::get_if<HttpReply>(&issued))
            return *refusal;
        json.insert(QStringLiteral("replacement"), std::get<QJsonObject>(issued));
    }
    return HttpReply::json(201, json);
}

HttpReply phoneFound(const RouteContext& ctx, AdminCall& c)
{
    auto user = UserService(ctx.db()).resolve(bodyText(c, QStringLiteral("user")));
    if (!user)
        return errorReply(user.cause());
    auto found =
        LostPhoneCases(ctx.db(), *c.actor).phoneFound(user.value(), bodyText(c, QStringLiteral("case_id")));
    if (!found)
        return errorReply(found.cause());
    QJsonObject json{{QStringLiteral("resumed_key_ids"), idsJson(found->resumedKeys)},
                     {QStringLiteral("replacement_kept"), found->replacementKept}};
    if (found->revokedReplacement)
        json.insert(QStringLiteral("revoked_replacement_key_id"), *found->revokedReplacement);
    return HttpReply::json(200, json);
}

HttpReply assignKey(const RouteContext& ctx, AdminCall& c)
{
    const auto type =
        keyTypeFromName(c.body.value(QStringLiteral("type")).toString(QStringLiteral("smartphone")));
    if (!type || *type != KeyType::Smartphone)
        return badBody(Text::tr("type must be smartphone, the one key type KeyDesk assigns"));
    const auto method = activationMethodFromName(bodyText(c, QStringLiteral("activate")));
    if (!method)
        return badBody(Text::tr("activate must be now, email or manual, not \"%1\"")
                           .arg(bodyText(c, QStringLiteral("activate"))));
    auto user = UserService(ctx.db()).resolve(bodyText(c, QStringLiteral("user")));
    if (!user)
        return errorReply(user.cause());
    // What the request names overrides the database's defaults for new keys (keys.* settings).
    auto defaults = defaultKeySettings(ctx.db());
    if (!defaults)
        return errorReply(defaults.cause(), 500);
    QJsonObject merged = defaults->toJson();
    const QJsonObject given = c.body.value(QStringLiteral("settings")).toObject();
    for (auto it = given.begin(); it != given.end(); ++it)
        merged.insert(it.key(), it.value());
    Error settingsError;
    const auto settings = KeySettings::fromJson(merged, &settingsError);
    if (!settings)
        return badBody(settingsError.message());
    auto enrollment = enrollmentFor(ctx, *c.actor);
    if (auto* refusal = std::get_if<HttpReply>(&enrollment))
        return *refusal;
    KeyEnrollment& issuer = std::get<KeyEnrollment>(enrollment);
    auto issued = issuer.assign(
        user.value(), EnrollmentRequest{*type, *settings, *method, bodyText(c, QStringLiteral("label"))});
    if (!issued)
        return errorReply(issued.cause());
    return issuedReply(ctx, issued.value(), user.value(), issuer, 201);
}

HttpReply reissueKey(const RouteContext& ctx, AdminCall& c)
{
    auto found = keyOf(ctx, c.params.value(QStringLiteral("id")));
    if (auto* refusal = std::get_if<HttpReply>(&found))
        return *refusal;
    const SecurityKeyRow& row = std::get<SecurityKeyRow>(found);
    // By default the new link goes out the way the last one did.
    ActivationMethod method = row.latestActivation ? row.latestActivation->method : ActivationMethod::Email;
    if (c.body.contains(QStringLiteral("activate"))) {
        const auto parsed = activationMethodFromName(bodyText(c, QStringLiteral("activate")));
        if (!parsed)
            return badBody(Text::tr("activate must be now, email or manual, not \"%1\"")
                               .arg(bodyText(c, QStringLiteral("activate"))));
        method = *parsed;
    }
    auto enrollment = enrollmentFor(ctx, *c.actor);
    if (auto* refusal = std::get_if<HttpReply>(&enrollment))
        return *refusal;
    KeyEnrollment& issuer = std::get<KeyEnrollment>(enrollment);
    auto issued = issuer.reissue(row.key.id, method);
    if (!issued)
        return errorReply(issued.cause());
    auto user = UserService(ctx.db()).resolve(QString::number(row.key.userId));
    if (!user)
        return errorReply(user.cause());
    return issuedReply(ctx, issued.value(), user.value(), issuer, 200);
}

// One bulk change (core/keys/BulkKeyChange.h) of at most kMaxBulkIds ids, one transaction per
// BulkKeyChange::kBatch: a desk sends a long selection in parts, to show its progress and stop
// between them.
HttpReply bulkChange(const RouteContext& ctx, AdminCall& c)
{
    BulkKeyRequest request;
    const QString actionName = bodyText(c, QStringLiteral("action"));
    const auto action = bulkKeyActionFromName(actionName);
    if (!action)
        return badBody(Text::tr("action must be suspend, resume, revoke, reissue or assign, not \"%1\"")
                           .arg(actionName));
    request.action = *action;
    request.reason = bodyText(c, QStringLiteral("reason"));
    const QJsonValue ids = c.body.value(QStringLiteral("ids"));
    if (!ids.isArray() || ids.toArray().isEmpty() || ids.toArray().size() > kMaxBulkIds)
        return badBody(Text::tr("ids must be a list of 1 to %1 ids").arg(kMaxBulkIds));
    for (const QJsonValue& id : ids.toArray()) {
        // toInteger() answers 0 for text, fractions and numbers past qint64.
        const qint64 value = id.toInteger(0);
        if (value <= 0)
            return badBody(Text::tr("ids must be positive whole numbers"));
        request.ids << value;
    }
    std::optional<KeyEnrollment> issuer;
    if (request.action == BulkKeyAction::ReissueByEmail || request.action == BulkKeyAction::AssignByEmail) {
        auto enrollment = enrollmentFor(ctx, *c.actor);
        if (auto* refusal = std::get_if<HttpReply>(&enrollment))
            return *refusal;
        issuer.emplace(std::move(std::get<KeyEnrollment>(enrollment)));
    }
    auto report = BulkKeyChange(ctx.db(), *c.actor).run(request, {}, issuer ? &*issuer : nullptr);
    if (!report)
        return errorReply(report.cause());
    QJsonArray skipped;
    for (const auto& [id, why] : report->skipped)
        skipped.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("error"), why.message()}});
    return HttpReply::json(
        200, {{QStringLiteral("changed"), report->changed}, {QStringLiteral("skipped"), skipped}});
}

// suspend, resume, revoke or delete; answers the key as it is afterwards (as it was, deleted).
HttpReply changeKey(const RouteContext& ctx, AdminCall& c, const QString& verb)
{
    auto found = keyOf(ctx, c.params.value(QStringLiteral("id")));
    if (auto* refusal = std::get_if<HttpReply>(&found))
        return *refusal;
    const qint64 id = std::get<SecurityKeyRow>(found).key.id;
    KeyLifecycle keys(ctx.db());
    const QString reason = bodyText(c, QStringLiteral("reason"));
    Status done;
    if (verb == QLatin1String("suspend"))
        done = keys.suspend(*c.actor, id, reason);
    else if (verb == QLatin1String("resume"))
        done = keys.resume(*c.actor, id);
    else if (verb == QLatin1String("revoke"))
        done = reason.trimmed().isEmpty()
                   ? Status::failure(Error::text(Text::tr("revoking a key needs a reason")))
                   : keys.revoke(*c.actor, id, reason);
    else
        done = keys.remove(*c.actor, id);
    if (!done)
        return errorReply(done.cause());
    auto loaded = authenticatorNames(ctx);
    if (auto* refusal = std::get_if<HttpReply>(&loaded))
        return *refusal;
    const AuthenticatorNames& names = *std::get<const AuthenticatorNames*>(loaded);
    if (verb == QLatin1String("delete"))
        return HttpReply::json(200, keyJson(std::get<SecurityKeyRow>(found), names));
    auto after = keys.findById(id);
    if (!after || !after.value())
        return errorReply(after ? Error(ErrorCode::KeyNotFound, {QString::number(id)}) : after.cause());
    return HttpReply::json(200, keyJson(*after.value(), names));
}

} // namespace

QList<AdminRoute> keyRoutes(const RouteContext& ctx)
{
    const QString keys = base() + QStringLiteral("/keys");
    QList<AdminRoute> r;
    r.append(
        {"GET", keys, RouteAccess::Permitted, Permission::ReadDirectory, 200,
         QStringLiteral("Security keys, newest first: ?user=<id or email>&status=<pending|active|suspended|"
                        "revoked|expired>&limit= (100); {items}, each with its user's email."),
         [ctx](AdminCall& c) {
             std::optional<KeyStatus> status;
             if (const QString text = queryValue(c.request, QStringLiteral("status")); !text.isEmpty()) {
                 status = keyStatusFromName(text);
                 if (!status)
                     return HttpReply::error(400, QStringLiteral("bad-query"),
                                             Text::tr("status: unknown status \"%1\"").arg(text));
             }
             qint64 limit = 100;
             if (const QString text = queryValue(c.request, QStringLiteral("limit")); !text.isEmpty()) {
                 bool ok = false;
                 limit = text.toLongLong(&ok);
                 if (!ok || limit < 1 || limit > kMaxKeys)
                     return pagingRefused(int(kMaxKeys));
             }
             expireDueKeys(ctx, *c.actor);
             KeyLifecycle lifecycle(ctx.db());
             UserService users(ctx.db());
             QList<SecurityKeyRow> rows;
             if (const QString user = queryValue(c.request, QStringLiteral("user")); !user.isEmpty()) {
                 auto owner = users.resolve(user);
                 if (!owner)
                     return errorReply(owner.cause());
                 auto found = lifecycle.listForUser(owner->id);
                 if (!found)
                     return errorReply(found.cause());
                 for (const SecurityKeyRow& row : found.value()) {
                     if ((!status || row.key.status == *status) && rows.size() < limit)
                         rows << row;
                 }
             } else {
                 auto found = lifecycle.list(status, int(limit));
                 if (!found)
                     return errorReply(found.cause());
                 rows = found.value();
             }
             auto loaded = authenticatorNames(ctx);
             if (auto* refusal = std::get_if<HttpReply>(&loaded))
                 return *refusal;
             const AuthenticatorNames& names = *std::get<const AuthenticatorNames*>(loaded);
             // People read users by email.
             QHash<qint64, QString> emails;
             QJsonArray items;
             for (const SecurityKeyRow& row : rows) {
                 if (!emails.contains(row.key.userId)) {
                     auto user = users.findById(row.key.userId);
                     if (!user)
                         return errorReply(user.cause());
                     emails.insert(row.key.userId, user->has_value() ? user->value().email : QString());
                 }
                 QJsonObject json = keyJson(row, names);
                 json.insert(QStringLiteral("user"), emails.value(row.key.userId));
                 items.append(json);
             }
             return HttpReply::json(200, {{QStringLiteral("items"), items}});
         }});
    r.append(
        {"POST", keys, RouteAccess::Permitted, Permission::HandleKeys, 201,
         QStringLiteral("Assign a key and issue its activation: {user, type: smartphone, activate: now|email|"
                        "manual, label, settings: {userVerification, attestation, "
                        "activationLifetimeMinutes}}; the link and code (now, manual) or the outbox entry."),
         [ctx](AdminCall& c) {
             return assignKey(ctx, c);
         }});
    r.append(
        {"GET", keys + QStringLiteral("/{id}"), RouteAccess::Permitted, Permission::ReadDirectory, 200,
         QStringLiteral("One key in full, with its user and, while pending, the wrong Work or School codes "
                        "recently typed for the user's email."),
         [ctx](AdminCall& c) {
             expireDueKeys(ctx, *c.actor);
             auto found = keyOf(ctx, c.params.value(QStringLiteral("id")));
             if (auto* refusal = std::get_if<HttpReply>(&found))
                 return *refusal;
             const SecurityKeyRow& row = std::get<SecurityKeyRow>(found);
             auto loaded = authenticatorNames(ctx);
             if (auto* refusal = std::get_if<HttpReply>(&loaded))
                 return *refusal;
             const AuthenticatorNames& names = *std::get<const AuthenticatorNames*>(loaded);
             QJsonObject json = keyJson(row, names);
             auto user = UserService(ctx.db()).findById(row.key.userId);
             if (!user)
                 return errorReply(user.cause());
             if (user->has_value()) {
                 json.insert(QStringLiteral("user"), user->value().email);
                 json.insert(QStringLiteral("user_name"), user->value().displayName);
                 if (row.key.status == KeyStatus::Pending) {
                     // Counted per email (the rate limit's unit), not per key.
                     auto wrong = recentWrongCodes(ctx.db(), user->value().email);
                     if (!wrong)
                         return errorReply(wrong.cause());
                     json.insert(QStringLiteral("recent_wrong_codes"), wrong.value());
                 }
             }
             return HttpReply::json(200, json);
         }});
    r.append(
        {"POST", keys + QStringLiteral("/{id}/reissue"), RouteAccess::Permitted, Permission::HandleKeys, 200,
         QStringLiteral("A new activation for a pending or expired key ({activate}: by default as the last "
                        "one went); the old link stops working."),
         [ctx](AdminCall& c) {
             return reissueKey(ctx, c);
         }});
    r.append({"POST", keys + QStringLiteral("/lost-phone"), RouteAccess::Permitted, Permission::HandleKeys,
              201,
              QStringLiteral(
                  "A lost phone: every smartphone key of {user} withdrawn ({withdrawal: suspend|revoke}; "
                  "pending ones revoked), a replacement issued ({replacement: now|email|none}), one "
                  "case with the {reason}; {case_id, key_ids, cancelled_key_ids, replacement}."),
              [ctx](AdminCall& c) {
                  return lostPhone(ctx, c);
              }});
    r.append({"POST", keys + QStringLiteral("/phone-found"), RouteAccess::Permitted, Permission::HandleKeys,
              200,
              QStringLiteral("Undo {user}'s latest suspending lost-phone case {case_id}: its keys resume, a "
                             "replacement still waiting for activation is revoked."),
              [ctx](AdminCall& c) {
                  return phoneFound(ctx, c);
              }});
    r.append(
        {"POST", keys + QStringLiteral("/bulk"), RouteAccess::Permitted, Permission::HandleKeys, 200,
         QStringLiteral("One action over up to 1,000 keys, each audited as alone: {action: suspend|resume|"
                        "revoke|reissue (a new link by email)|assign (ids are users: a smartphone key by "
                        "email, a workflow's rule), ids, reason}; {changed, skipped: [{id, error}]}."),
         [ctx](AdminCall& c) {
             return bulkChange(ctx, c);
         }});
    for (const auto& [verb, summary] : {std::pair{"suspend", "Suspend an active key: {reason}."},
                                        std::pair{"resume", "Resume a suspended key."},
                                        std::pair{"revoke", "Revoke a key for good: {reason} (required)."}}) {
        const QString action = QLatin1String(verb);
        r.append({"POST", keys + QStringLiteral("/{id}/") + action, RouteAccess::Permitted,
                  Permission::HandleKeys, 200, QLatin1String(summary), [ctx, action](AdminCall& c) {
                      return changeKey(ctx, c, action);
                  }});
    }
    r.append({"DELETE", keys + QStringLiteral("/{id}"), RouteAccess::Permitted, Permission::Delete, 200,
              QStringLiteral("Delete a key that was never activated; answers it as it was."),
              [ctx](AdminCall& c) {
                  return changeKey(ctx, c, QStringLiteral("delete"));
              }});
    return r;
}

} // namespace keydesk::net::admin
