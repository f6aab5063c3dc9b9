// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "CliFormat.h"
#include "Command.h"
#include "TablePrinter.h"
#include "core/activation/LookupRateLimiter.h"
#include "core/domain/OperatorJson.h"
#include "core/keys/KeyJson.h"
#include "net/HealthProbe.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>

namespace keydesk::cli {

namespace {

const QCommandLineOption kUser(QStringLiteral("user"), QStringLiteral("The user's email or id."),
                               QStringLiteral("email"));
const QCommandLineOption kType(QStringLiteral("type"), QStringLiteral("Key type: smartphone (default)."),
                               QStringLiteral("type"), QStringLiteral("smartphone"));
const QCommandLineOption
    kActivate(QStringLiteral("activate"),
              QStringLiteral("How the user activates it: now (QR code at the desk), email "
                             "(activation email), manual (Work or School code)."),
              QStringLiteral("method"));
const QCommandLineOption kLabel(QStringLiteral("label"), QStringLiteral("A name for the key."),
                                QStringLiteral("text"));
const QCommandLineOption
    kLifetime(QStringLiteral("lifetime"),
              QStringLiteral("Activation lifetime in minutes (default: 15 for now, 7 days for "
                             "email; see the activation.* settings)."),
              QStringLiteral("minutes"));
const QCommandLineOption kUserVerification(QStringLiteral("user-verification"),
                                           QStringLiteral("required (default, recommended) or preferred."),
                                           QStringLiteral("policy"));
const QCommandLineOption kAttestation(QStringLiteral("attestation"),
                                      QStringLiteral("none (default), record, or require (a trusted chain)."),
                                      QStringLiteral("policy"));
const QCommandLineOption kQr(QStringLiteral("qr"),
                             QStringLiteral("Also write the link's QR code (.png or .svg)."),
                             QStringLiteral("file"));
const QCommandLineOption
    kStatus(QStringLiteral("status"),
            QStringLiteral("Only keys in this state: pending, active, suspended, revoked, expired."),
            QStringLiteral("status"));
const QCommandLineOption kLimit(QStringLiteral("limit"),
                                QStringLiteral("At most this many keys (default 100)."), QStringLiteral("n"),
                                QStringLiteral("100"));
const QCommandLineOption kReason(QStringLiteral("reason"), QStringLiteral("Why (recorded in the audit log)."),
                                 QStringLiteral("text"));
const QString kKeyArg = QStringLiteral("key");
const QString kKeyArgHelp = QStringLiteral("Security key id.");

QString optionalTime(const std::optional<qint64>& ms)
{
    return ms ? formatTime(*ms) : QStringLiteral("-");
}

// What an operator reads in the list: the key's state, and for a pending one when its link dies.
QString statusText(const SecurityKeyRow& row, qint64 nowMs)
{
    QString text = keyStatusName(row.key.status);
    if (row.key.status == KeyStatus::Pending && row.latestActivation) {
        const qint64 left = row.latestActivation->expiresAtMs - nowMs;
        text +=
            left > 0 ? QStringLiteral(" (%1 left)").arg(durationText(left)) : QStringLiteral(" (expired)");
    } else if (row.key.status == KeyStatus::Expired) {
        text += QStringLiteral(" (re-issue)");
    }
    return text;
}

std::optional<ActivationMethod> parseMethod(CliContext& ctx, const QString& text)
{
    const auto method = activationMethodFromName(text);
    if (!method)
        usageError(ctx, QStringLiteral("--activate must be now, email or manual, not \"%1\"").arg(text));
    return method;
}

// Checked before anything is assigned, so that a bad --qr changes nothing.
Status checkQrPath(const QCommandLineParser& p)
{
    if (!p.isSet(kQr))
        return {};
    const QString path = p.value(kQr);
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) &&
        !path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return Status::failure(
            Error::text(QStringLiteral("--qr needs a file ending in .png or .svg, not '%1'").arg(path)));
    return {};
}

// Prints what the operator hands to the user, or the outbox entry for email: the admin API's
// answer to an assignment or re-issue.
int reportIssued(CliContext& ctx, const QJsonObject& answer, const QCommandLineParser& p, const QString& verb)
{
    const SecurityKeyRow row = keyRowFromJson(answer.value(QStringLiteral("key")).toObject());
    const QString email = answer.value(QStringLiteral("user")).toString();
    const QString method = answer.value(QStringLiteral("method")).toString();
    const bool showSecrets = method != QLatin1String("email");
    const QString link = answer.value(QStringLiteral("link")).toString();
    const QString code = answer.value(QStringLiteral("code")).toString();
    const qint64 expiresAtMs = jsonTimeMs(answer.value(QStringLiteral("expires_at")));
    if (p.isSet(kQr) && showSecrets) {
        if (Status s = writeQr(p.value(kQr), link); !s)
            return ctx.fail(s.error());
    }
    // A link is only worth handing over if a server answers where it points: say so when none does
    // (asked from here, where the operator is).
    Status server;
    if (showSecrets) {
        const qsizetype cut = link.lastIndexOf(QStringLiteral("/a/"));
        server = net::HealthProbe::check(cut > 0 ? link.left(cut) : link);
    }
    // Warnings go to stderr in both modes: a script reading the JSON is not confused by them.
    if (!server)
        ctx.err() << "keydesk-cli: warning: the phone cannot open this link yet: " << server.error()
                  << ". Start 'keydesk-cli serve' (or the console) on this database, or set "
                     "enrollment.base_url to where its server answers.\n";
    if (const QString waits = answer.value(QStringLiteral("email_waits_note")).toString(); !waits.isEmpty())
        ctx.err() << "keydesk-cli: note: " << waits << " ('keydesk-cli mail configure')\n";
    if (ctx.json) {
        QJsonObject json{{QStringLiteral("key_id"), row.key.id},
                         {QStringLiteral("user"), email},
                         {QStringLiteral("type"), keyTypeName(row.key.type)},
                         {QStringLiteral("method"), method},
                         {QStringLiteral("activation_id"), answer.value(QStringLiteral("activation_id"))},
                         {QStringLiteral("expires_at"), answer.value(QStringLiteral("expires_at"))}};
        if (showSecrets) {
            json.insert(QStringLiteral("link"), link);
            json.insert(QStringLiteral("code"), code);
            json.insert(QStringLiteral("server_answers"), server.ok());
            if (!server)
                json.insert(QStringLiteral("server_problem"), server.error());
        } else {
            json.insert(QStringLiteral("outbox_id"), answer.value(QStringLiteral("outbox_id")));
            json.insert(QStringLiteral("email_waits_for_settings"),
                        answer.value(QStringLiteral("email_waits_for_settings")));
        }
        ctx.printJson(json);
        return ExitOk;
    }
    ctx.out() << verb << " key " << row.key.id << " (" << keyTypeDisplayName(row.key.type) << ") for "
              << email << '\n';
    if (showSecrets) {
        ctx.out() << "activation link: " << link << '\n'
                  << "manual code:     " << code << "  (Work or School, with " << email << ")\n";
        if (p.isSet(kQr))
            ctx.out() << "QR code:         " << p.value(kQr) << '\n';
    } else {
        ctx.out() << "activation email queued (outbox "
                  << answer.value(QStringLiteral("outbox_id")).toInteger() << ") to " << email
                  << "; 'keydesk-cli serve' or 'keydesk-cli outbox send' delivers it\n";
    }
    ctx.out() << "expires:         " << formatTime(expiresAtMs) << '\n';
    return ExitOk;
}

int runAssign(CliContext& ctx, const QCommandLineParser& p)
{
    if (!p.isSet(kUser) || !p.isSet(kActivate))
        return usageError(ctx, QStringLiteral("keys assign needs --user and --activate"));
    const auto type = keyTypeFromName(p.value(kType));
    if (!type || *type != KeyType::Smartphone)
        return usageError(ctx, QStringLiteral("--type: only smartphone keys can be assigned so far"));
    const auto method = parseMethod(ctx, p.value(kActivate));
    if (!method)
        return ExitUsage;
    QJsonObject settingsJson;
    if (p.isSet(kUserVerification))
        settingsJson.insert(QStringLiteral("userVerification"), p.value(kUserVerification));
    if (p.isSet(kAttestation))
        settingsJson.insert(QStringLiteral("attestation"), p.value(kAttestation));
    if (p.isSet(kLifetime)) {
        const qint64 minutes = parseCount(p.value(kLifetime));
        settingsJson.insert(QStringLiteral("activationLifetimeMinutes"), minutes < 0 ? -1 : double(minutes));
    }
    Error settingsError;
    if (!KeySettings::fromJson(settingsJson, &settingsError))
        return usageError(ctx, settingsError.message());
    if (Status s = checkQrPath(p); !s)
        return usageError(ctx, s.error());
    if (p.isSet(kQr) && *method == ActivationMethod::Email)
        return usageError(ctx,
                          QStringLiteral("--qr is for --activate now or manual; the email carries its own"));
    auto answer = ctx.call("POST", QStringLiteral("/keys"), {},
                           {{QStringLiteral("user"), p.value(kUser)},
                            {QStringLiteral("type"), keyTypeName(*type)},
                            {QStringLiteral("activate"), activationMethodName(*method)},
                            {QStringLiteral("label"), p.value(kLabel)},
                            {QStringLiteral("settings"), settingsJson}});
    return answer ? reportIssued(ctx, *answer, p, QStringLiteral("assigned")) : int(ExitFailed);
}

QString keyPath(const QString& id)
{
    return QStringLiteral("/keys/") + pathSegment(id);
}

int runReissue(CliContext& ctx, const QCommandLineParser& p)
{
    QJsonObject request;
    if (p.isSet(kActivate)) {
        const auto parsed = parseMethod(ctx, p.value(kActivate));
        if (!parsed)
            return ExitUsage;
        request.insert(QStringLiteral("activate"), activationMethodName(*parsed));
    }
    if (Status s = checkQrPath(p); !s)
        return usageError(ctx, s.error());
    const QString path = keyPath(p.positionalArguments().at(0));
    if (p.isSet(kQr)) {
        // Refused before anything is re-issued: without --activate the new link goes out the way
        // the last one did, which the key says.
        QString method = request.value(QStringLiteral("activate")).toString();
        if (method.isEmpty()) {
            auto key = ctx.call("GET", path);
            if (!key)
                return ExitFailed;
            method = key->value(QStringLiteral("activation"))
                         .toObject()
                         .value(QStringLiteral("method"))
                         .toString(QStringLiteral("email"));
        }
        if (method == QLatin1String("email"))
            return usageError(
                ctx, QStringLiteral("--qr is for --activate now or manual; the email carries its own"));
    }
    auto answer = ctx.call("POST", path + QStringLiteral("/reissue"), {}, request);
    return answer ? reportIssued(ctx, *answer, p, QStringLiteral("re-issued")) : int(ExitFailed);
}

int runList(CliContext& ctx, const QCommandLineParser& p)
{
    QUrlQuery query;
    if (p.isSet(kStatus)) {
        if (!keyStatusFromName(p.value(kStatus)))
            return usageError(ctx, QStringLiteral("--status: unknown status \"%1\"").arg(p.value(kStatus)));
        query.addQueryItem(QStringLiteral("status"), p.value(kStatus));
    }
    const qint64 limit = parseCount(p.value(kLimit));
    if (limit <= 0)
        return usageError(ctx, QStringLiteral("--limit must be a positive number"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(std::min<qint64>(limit, 1'000'000)));
    if (p.isSet(kUser))
        query.addQueryItem(QStringLiteral("user"), p.value(kUser));
    auto answer = ctx.call("GET", QStringLiteral("/keys"), query);
    if (!answer)
        return ExitFailed;
    const QJsonArray items = answer->value(QStringLiteral("items")).toArray();
    if (ctx.json) {
        ctx.printJson(items);
        return ExitOk;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    TablePrinter table({QStringLiteral("ID"), QStringLiteral("USER"), QStringLiteral("TYPE"),
                        QStringLiteral("STATUS"), QStringLiteral("AUTHENTICATOR"), QStringLiteral("METHOD"),
                        QStringLiteral("CREATED"), QStringLiteral("ACTIVATED")});
    for (const QJsonValue& item : items) {
        const QJsonObject json = item.toObject();
        const SecurityKeyRow row = keyRowFromJson(json);
        const QString email = json.value(QStringLiteral("user")).toString();
        table.addRow(
            {QString::number(row.key.id), email.isEmpty() ? QString::number(row.key.userId) : email,
             keyTypeName(row.key.type), statusText(row, now),
             row.key.aaguid.isEmpty() ? QStringLiteral("-")
                                      : json.value(QStringLiteral("credential"))
                                            .toObject()
                                            .value(QStringLiteral("authenticator"))
                                            .toString(),
             row.latestActivation ? activationMethodName(row.latestActivation->method) : QStringLiteral("-"),
             formatTime(row.key.createdAtMs), optionalTime(row.key.activatedAtMs)});
    }
    table.print(ctx.out());
    ctx.out() << countText(items.size(), "key", "keys") << '\n';
    return ExitOk;
}

int runShow(CliContext& ctx, const QCommandLineParser& p)
{
    auto answer = ctx.call("GET", keyPath(p.positionalArguments().at(0)));
    if (!answer)
        return ExitFailed;
    const QJsonObject& json = *answer;
    if (ctx.json) {
        ctx.printJson(json);
        return ExitOk;
    }
    const SecurityKeyRow row = keyRowFromJson(json);
    const SecurityKey& k = row.key;
    const QString email = json.value(QStringLiteral("user")).toString();
    QTextStream& out = ctx.out();
    out << "key " << k.id << " (" << keyTypeDisplayName(k.type) << ", \"" << k.label << "\") of "
        << (email.isEmpty()
                ? QStringLiteral("user %1").arg(k.userId)
                : json.value(QStringLiteral("user_name")).toString() + QStringLiteral(" <") + email + u'>')
        << '\n'
        << "status:        " << statusText(row, QDateTime::currentMSecsSinceEpoch())
        << (k.statusReason.isEmpty() ? QString() : QStringLiteral(" — ") + k.statusReason) << '\n'
        << "settings:      user verification "
        << (k.settings.requireUserVerification ? "required" : "preferred") << ", attestation "
        << attestationPolicyName(k.settings.attestation) << '\n'
        << "created:       " << formatTime(k.createdAtMs) << '\n'
        << "activated:     " << optionalTime(k.activatedAtMs) << '\n'
        << "last verified: " << optionalTime(k.lastVerifiedAtMs) << '\n';
    if (json.contains(QStringLiteral("recent_wrong_codes")))
        out << "wrong codes:   " << json.value(QStringLiteral("recent_wrong_codes")).toInt()
            << " for this user's email in the last 15 minutes (limit "
            << LookupRateLimiter::kMaxFailuresPerEmail << ")\n";
    if (!k.credentialId.isEmpty()) {
        const QJsonObject c = json.value(QStringLiteral("credential")).toObject();
        out << "authenticator: " << c.value(QStringLiteral("authenticator")).toString() << " (AAGUID "
            << c.value(QStringLiteral("aaguid")).toString() << ")\n"
            << "credential id: " << c.value(QStringLiteral("id")).toString() << '\n'
            << "algorithm:     " << c.value(QStringLiteral("algorithm")).toString() << ", sign count "
            << k.signCount << '\n'
            << "flags:         UV " << (k.userVerified ? "yes" : "no") << ", BE "
            << (k.backupEligible ? "yes" : "no") << ", BS " << (k.backedUp ? "yes" : "no") << '\n'
            << "attestation:   " << k.attestationFormat << " / " << k.attestationType << " / "
            << k.attestationTrust << '\n';
    }
    if (row.latestActivation) {
        const Activation& a = *row.latestActivation;
        out << "activation:    " << activationMethodName(a.method) << ", created "
            << formatTime(a.createdAtMs) << ", expires " << formatTime(a.expiresAtMs)
            << (a.usedAtMs ? QStringLiteral(", used ") + formatTime(*a.usedAtMs) : QString()) << '\n';
    }
    return ExitOk;
}

int runChange(CliContext& ctx, const QCommandLineParser& p, const QString& verb)
{
    const QString id = p.positionalArguments().at(0);
    if (verb == QLatin1String("revoke") && p.value(kReason).trimmed().isEmpty())
        return ctx.fail(QStringLiteral("keys revoke needs --reason"));
    const bool remove = verb == QLatin1String("delete");
    auto answer = ctx.call(remove ? "DELETE" : "POST", keyPath(id) + (remove ? QString() : u'/' + verb), {},
                           {{QStringLiteral("reason"), p.value(kReason)}});
    if (!answer)
        return ExitFailed;
    const qint64 keyId = answer->value(QStringLiteral("id")).toInteger();
    const QString past = remove                             ? QStringLiteral("deleted")
                         : verb == QLatin1String("suspend") ? QStringLiteral("suspended")
                         : verb == QLatin1String("resume")  ? QStringLiteral("resumed")
                                                            : QStringLiteral("revoked");
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("id"), keyId}, {QStringLiteral("result"), past}});
    else
        ctx.out() << past << " key " << keyId << '\n';
    return ExitOk;
}

Command change(const QString& verb, const QString& summary, bool reason)
{
    return {QStringLiteral("keys"),
            verb,
            summary,
            {{kKeyArg, kKeyArgHelp}},
            1,
            [reason](QCommandLineParser& p) {
                if (reason)
                    p.addOption(kReason);
            },
            [verb](CliContext& c, const QCommandLineParser& p) {
                return runChange(c, p, verb);
            }};
}

} // namespace

QList<Command> keyCommands()
{
    const QString keys = QStringLiteral("keys");
    return overAdminApi({
        {keys,
         QStringLiteral("assign"),
         QStringLiteral("Assign a security key to a user and issue its activation."),
         {},
         0,
         [](QCommandLineParser& p) {
             p.addOptions({kUser, kType, kActivate, kLabel, kLifetime, kUserVerification, kAttestation, kQr});
         },
         runAssign},
        {keys,
         QStringLiteral("list"),
         QStringLiteral("List security keys, newest first."),
         {},
         0,
         [](QCommandLineParser& p) {
             p.addOptions({kUser, kStatus, kLimit});
         },
         runList},
        {keys,
         QStringLiteral("show"),
         QStringLiteral("Show one key in full."),
         {{kKeyArg, kKeyArgHelp}},
         1,
         {},
         runShow},
        {keys,
         QStringLiteral("reissue"),
         QStringLiteral("Issue a new activation for a pending or expired key (the old link stops working)."),
         {{kKeyArg, kKeyArgHelp}},
         1,
         [](QCommandLineParser& p) {
             p.addOptions({kActivate, kQr});
         },
         runReissue},
        change(QStringLiteral("suspend"), QStringLiteral("Suspend an active key."), true),
        change(QStringLiteral("resume"), QStringLiteral("Resume a suspended key."), false),
        change(QStringLiteral("revoke"), QStringLiteral("Revoke a key for good (--reason required)."), true),
        change(QStringLiteral("delete"), QStringLiteral("Delete a key that was never activated."), false),
    });
}

} // namespace keydesk::cli
