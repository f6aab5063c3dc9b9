// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "CliFormat.h"
#include "Command.h"
#include "TablePrinter.h"
#include "core/Core.h"
#include "core/activation/AuthenticatorNames.h"
#include "core/activation/DeploymentSettings.h"
#include "core/activation/KeyEnrollment.h"
#include "core/activation/LookupRateLimiter.h"
#include "core/keys/KeyLifecycle.h"
#include "net/Deployment.h"
#include "net/HealthProbe.h"
#include "webauthn/Base64Url.h"
#include "webauthn/Verdict.h"

#include <QFile>
#include <QJsonArray>

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

QJsonValue optionalIso(const std::optional<qint64>& ms)
{
    return ms ? QJsonValue(isoTime(*ms)) : QJsonValue();
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

QJsonObject keyJson(const SecurityKeyRow& row, const AuthenticatorNames& names)
{
    const SecurityKey& k = row.key;
    QJsonObject json{{QStringLiteral("id"), k.id},
                     {QStringLiteral("user_id"), k.userId},
                     {QStringLiteral("type"), keyTypeName(k.type)},
                     {QStringLiteral("label"), k.label},
                     {QStringLiteral("status"), keyStatusName(k.status)},
                     {QStringLiteral("status_reason"), k.statusReason},
                     {QStringLiteral("settings"), k.settings.toJson()},
                     {QStringLiteral("created_at"), isoTime(k.createdAtMs)},
                     {QStringLiteral("activated_at"), optionalIso(k.activatedAtMs)},
                     {QStringLiteral("last_used_at"), optionalIso(k.lastUsedAtMs)},
                     {QStringLiteral("last_verified_at"), optionalIso(k.lastVerifiedAtMs)}};
    if (!k.credentialId.isEmpty()) {
        QJsonArray transports;
        for (const QString& t : k.transports)
            transports.append(t);
        json.insert(QStringLiteral("credential"),
                    QJsonObject{{QStringLiteral("id"), webauthn::toBase64Url(k.credentialId)},
                                {QStringLiteral("public_key"), webauthn::toBase64Url(k.publicKeyCose)},
                                {QStringLiteral("algorithm"), webauthn::algorithmName(k.algorithm)},
                                {QStringLiteral("aaguid"), formatAaguid(k.aaguid)},
                                {QStringLiteral("authenticator"), names.describe(k.aaguid)},
                                {QStringLiteral("sign_count"), qint64(k.signCount)},
                                {QStringLiteral("user_verified"), k.userVerified},
                                {QStringLiteral("backup_eligible"), k.backupEligible},
                                {QStringLiteral("backed_up"), k.backedUp},
                                {QStringLiteral("attestation_format"), k.attestationFormat},
                                {QStringLiteral("attestation_type"), k.attestationType},
                                {QStringLiteral("attestation_trust"), k.attestationTrust},
                                {QStringLiteral("transports"), transports}});
    }
    if (row.latestActivation) {
        const Activation& a = *row.latestActivation;
        json.insert(QStringLiteral("activation"),
                    QJsonObject{{QStringLiteral("id"), a.id},
                                {QStringLiteral("method"), activationMethodName(a.method)},
                                {QStringLiteral("created_at"), isoTime(a.createdAtMs)},
                                {QStringLiteral("expires_at"), isoTime(a.expiresAtMs)},
                                {QStringLiteral("used_at"), optionalIso(a.usedAtMs)}});
    }
    return json;
}

// The key operations need the enrollment settings and, for email, SMTP's sender identity.
std::optional<KeyEnrollment> makeEnrollment(CliContext& ctx, Core& core)
{
    auto deployment =
        net::Deployment::load(core.store(), {}, qEnvironmentVariable(net::kSmtpPasswordVariable));
    if (!deployment) {
        ctx.fail(deployment.error());
        return std::nullopt;
    }
    return std::optional<KeyEnrollment>(std::in_place, core.store(), core.actor(), deployment->config,
                                        deployment->lifetimes, deployment->mail());
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

// Prints what the operator hands to the user, or the outbox entry for email.
int reportIssued(CliContext& ctx, const IssuedLink& issued, const User& user, const QCommandLineParser& p,
                 const QString& verb, const KeyEnrollment& enrollment)
{
    const QString emailWaits =
        issued.activation.method == ActivationMethod::Email ? enrollment.emailWaitsNote() : QString();
    if (p.isSet(kQr)) {
        if (issued.activation.method == ActivationMethod::Email)
            return usageError(
                ctx, QStringLiteral("--qr is for --activate now or manual; the email carries its own"));
        if (Status s = writeQr(p.value(kQr), issued.link); !s)
            return ctx.fail(s.error());
    }
    const bool showSecrets = issued.activation.method != ActivationMethod::Email;
    // A link is only worth handing over if a server answers where it points: say so when none does.
    Status server;
    if (showSecrets) {
        const qsizetype cut = issued.link.lastIndexOf(QStringLiteral("/a/"));
        server = net::HealthProbe::check(cut > 0 ? issued.link.left(cut) : issued.link);
    }
    // Warnings go to stderr in both modes: a script reading the JSON is not confused by them.
    if (!server)
        ctx.err() << "keydesk-cli: warning: the phone cannot open this link yet: " << server.error()
                  << ". Start 'keydesk-cli serve' (or the console) on this database, or set "
                     "enrollment.base_url to where its server answers.\n";
    if (!emailWaits.isEmpty())
        ctx.err() << "keydesk-cli: note: " << emailWaits << " ('keydesk-cli mail configure')\n";
    if (ctx.json) {
        QJsonObject json{{QStringLiteral("key_id"), issued.key.id},
                         {QStringLiteral("user"), user.email},
                         {QStringLiteral("type"), keyTypeName(issued.key.type)},
                         {QStringLiteral("method"), activationMethodName(issued.activation.method)},
                         {QStringLiteral("activation_id"), issued.activation.id},
                         {QStringLiteral("expires_at"), isoTime(issued.activation.expiresAtMs)}};
        if (showSecrets) {
            json.insert(QStringLiteral("link"), issued.link);
            json.insert(QStringLiteral("code"), issued.manualCode);
            json.insert(QStringLiteral("server_answers"), server.ok());
            if (!server)
                json.insert(QStringLiteral("server_problem"), server.error());
        }
        if (issued.outboxId) {
            json.insert(QStringLiteral("outbox_id"), *issued.outboxId);
            json.insert(QStringLiteral("email_waits_for_settings"), !emailWaits.isEmpty());
        }
        ctx.printJson(json);
        return ExitOk;
    }
    ctx.out() << verb << " key " << issued.key.id << " (" << keyTypeDisplayName(issued.key.type) << ") for "
              << user.email << '\n';
    if (showSecrets) {
        ctx.out() << "activation link: " << issued.link << '\n'
                  << "manual code:     " << issued.manualCode << "  (Work or School, with " << user.email
                  << ")\n";
        if (p.isSet(kQr))
            ctx.out() << "QR code:         " << p.value(kQr) << '\n';
    } else {
        ctx.out() << "activation email queued (outbox " << issued.outboxId.value_or(0) << ") to "
                  << user.email << "; 'keydesk-cli serve' or 'keydesk-cli outbox send' delivers it\n";
    }
    ctx.out() << "expires:         " << formatTime(issued.activation.expiresAtMs) << '\n';
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
    const auto settings = KeySettings::fromJson(settingsJson, &settingsError);
    if (!settings)
        return usageError(ctx, settingsError.message());
    if (Status s = checkQrPath(p); !s)
        return usageError(ctx, s.error());
    if (p.isSet(kQr) && *method == ActivationMethod::Email)
        return usageError(ctx,
                          QStringLiteral("--qr is for --activate now or manual; the email carries its own"));
    return ctx.withCore([&](Core& core) -> int {
        auto user = core.users().resolve(p.value(kUser));
        if (!user)
            return ctx.fail(user.error());
        auto enrollment = makeEnrollment(ctx, core);
        if (!enrollment)
            return ExitFailed;
        // The options given override the database's defaults for new keys (keys.* settings).
        auto defaults = defaultKeySettings(core.store());
        if (!defaults)
            return ctx.fail(defaults.error());
        QJsonObject merged = defaults->toJson();
        for (auto it = settingsJson.begin(); it != settingsJson.end(); ++it)
            merged.insert(it.key(), it.value());
        const auto keySettings = KeySettings::fromJson(merged, &settingsError);
        if (!keySettings)
            return usageError(ctx, settingsError.message());
        auto issued = enrollment->assign(user.value(),
                                         EnrollmentRequest{*type, *keySettings, *method, p.value(kLabel)});
        if (!issued)
            return ctx.fail(issued.error());
        return reportIssued(ctx, issued.value(), user.value(), p, QStringLiteral("assigned"), *enrollment);
    });
}

Result<SecurityKeyRow> resolveKey(Core& core, const QString& text)
{
    const qint64 id = parseCount(text);
    if (id <= 0)
        return Result<SecurityKeyRow>::failure(Error::text(QStringLiteral("'%1' is not a key id").arg(text)));
    auto row = core.keys().findById(id);
    if (!row)
        return Result<SecurityKeyRow>::failure(row.cause());
    if (!row.value())
        return Result<SecurityKeyRow>::failure(Error(ErrorCode::KeyNotFound, {QString::number(id)}));
    return *row.value();
}

int runReissue(CliContext& ctx, const QCommandLineParser& p)
{
    return ctx.withCore([&](Core& core) -> int {
        auto row = resolveKey(core, p.positionalArguments().at(0));
        if (!row)
            return ctx.fail(row.error());
        // By default the new link goes out the way the last one did.
        ActivationMethod method =
            row->latestActivation ? row->latestActivation->method : ActivationMethod::Email;
        if (p.isSet(kActivate)) {
            const auto parsed = parseMethod(ctx, p.value(kActivate));
            if (!parsed)
                return ExitUsage;
            method = *parsed;
        }
        if (Status s = checkQrPath(p); !s)
            return usageError(ctx, s.error());
        auto enrollment = makeEnrollment(ctx, core);
        if (!enrollment)
            return ExitFailed;
        auto issued = enrollment->reissue(row->key.id, method);
        if (!issued)
            return ctx.fail(issued.error());
        auto user = core.users().resolve(QString::number(row->key.userId));
        if (!user)
            return ctx.fail(user.error());
        return reportIssued(ctx, issued.value(), user.value(), p, QStringLiteral("re-issued"), *enrollment);
    });
}

int runList(CliContext& ctx, const QCommandLineParser& p)
{
    return ctx.withCore([&](Core& core) -> int {
        std::optional<KeyStatus> status;
        if (p.isSet(kStatus)) {
            status = keyStatusFromName(p.value(kStatus));
            if (!status)
                return usageError(ctx,
                                  QStringLiteral("--status: unknown status \"%1\"").arg(p.value(kStatus)));
        }
        const qint64 limit = parseCount(p.value(kLimit));
        if (limit <= 0)
            return usageError(ctx, QStringLiteral("--limit must be a positive number"));
        if (auto expired = core.keys().expireDue(core.actor()); !expired)
            return ctx.fail(expired.error());
        QList<SecurityKeyRow> rows;
        if (p.isSet(kUser)) {
            auto user = core.users().resolve(p.value(kUser));
            if (!user)
                return ctx.fail(user.error());
            auto found = core.keys().listForUser(user->id);
            if (!found)
                return ctx.fail(found.error());
            for (const SecurityKeyRow& row : found.value()) {
                if ((!status || row.key.status == *status) && rows.size() < limit)
                    rows << row;
            }
        } else {
            auto found = core.keys().list(status, int(std::min<qint64>(limit, 1'000'000)));
            if (!found)
                return ctx.fail(found.error());
            rows = found.value();
        }
        auto siteNames = AuthenticatorNames::forDatabase(core.databasePath());
        if (!siteNames)
            return ctx.fail(siteNames.error());
        const AuthenticatorNames& names = siteNames.value();
        if (ctx.json) {
            QJsonArray array;
            for (const SecurityKeyRow& row : rows)
                array.append(keyJson(row, names));
            ctx.printJson(array);
            return ExitOk;
        }
        const qint64 now = core.clock().nowMs();
        // People read users by email; scripts get the id (--json).
        QHash<qint64, QString> emails;
        for (const SecurityKeyRow& row : rows) {
            if (emails.contains(row.key.userId))
                continue;
            auto user = core.users().findById(row.key.userId);
            if (!user)
                return ctx.fail(user.error());
            emails.insert(row.key.userId,
                          user->has_value() ? user->value().email : QString::number(row.key.userId));
        }
        TablePrinter table({QStringLiteral("ID"), QStringLiteral("USER"), QStringLiteral("TYPE"),
                            QStringLiteral("STATUS"), QStringLiteral("AUTHENTICATOR"),
                            QStringLiteral("METHOD"), QStringLiteral("CREATED"),
                            QStringLiteral("ACTIVATED")});
        for (const SecurityKeyRow& row : rows) {
            table.addRow({QString::number(row.key.id), emails.value(row.key.userId),
                          keyTypeName(row.key.type), statusText(row, now),
                          row.key.aaguid.isEmpty() ? QStringLiteral("-") : names.describe(row.key.aaguid),
                          row.latestActivation ? activationMethodName(row.latestActivation->method)
                                               : QStringLiteral("-"),
                          formatTime(row.key.createdAtMs), optionalTime(row.key.activatedAtMs)});
        }
        table.print(ctx.out());
        ctx.out() << countText(rows.size(), "key", "keys") << '\n';
        return ExitOk;
    });
}

int runShow(CliContext& ctx, const QCommandLineParser& p)
{
    return ctx.withCore([&](Core& core) -> int {
        if (auto expired = core.keys().expireDue(core.actor()); !expired)
            return ctx.fail(expired.error());
        auto row = resolveKey(core, p.positionalArguments().at(0));
        if (!row)
            return ctx.fail(row.error());
        auto names = AuthenticatorNames::forDatabase(core.databasePath());
        if (!names)
            return ctx.fail(names.error());
        QJsonObject json = keyJson(row.value(), names.value());
        // Wrong "Work or School" codes are counted per email (for the rate limits), not per key.
        std::optional<int> wrongCodes;
        auto user = core.users().findById(row->key.userId);
        if (!user)
            return ctx.fail(user.error());
        if (user->has_value())
            json.insert(QStringLiteral("user"), user->value().email);
        if (row->key.status == KeyStatus::Pending) {
            if (user->has_value()) {
                auto count = recentWrongCodes(core.store(), user->value().email);
                if (!count)
                    return ctx.fail(count.error());
                wrongCodes = count.value();
                json.insert(QStringLiteral("recent_wrong_codes"), *wrongCodes);
            }
        }
        if (ctx.json) {
            ctx.printJson(json);
            return ExitOk;
        }
        const SecurityKey& k = row->key;
        QTextStream& out = ctx.out();
        out << "key " << k.id << " (" << keyTypeDisplayName(k.type) << ", \"" << k.label << "\") of "
            << (user->has_value()
                    ? user->value().displayName + QStringLiteral(" <") + user->value().email + u'>'
                    : QStringLiteral("user %1").arg(k.userId))
            << '\n'
            << "status:        " << statusText(row.value(), core.clock().nowMs())
            << (k.statusReason.isEmpty() ? QString() : QStringLiteral(" — ") + k.statusReason) << '\n'
            << "settings:      user verification "
            << (k.settings.requireUserVerification ? "required" : "preferred") << ", attestation "
            << attestationPolicyName(k.settings.attestation) << '\n'
            << "created:       " << formatTime(k.createdAtMs) << '\n'
            << "activated:     " << optionalTime(k.activatedAtMs) << '\n'
            << "last verified: " << optionalTime(k.lastVerifiedAtMs) << '\n';
        if (wrongCodes)
            out << "wrong codes:   " << *wrongCodes << " for this user's email in the last 15 minutes (limit "
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
        if (row->latestActivation) {
            const Activation& a = *row->latestActivation;
            out << "activation:    " << activationMethodName(a.method) << ", created "
                << formatTime(a.createdAtMs) << ", expires " << formatTime(a.expiresAtMs)
                << (a.usedAtMs ? QStringLiteral(", used ") + formatTime(*a.usedAtMs) : QString()) << '\n';
        }
        return ExitOk;
    });
}

int runChange(CliContext& ctx, const QCommandLineParser& p, const QString& verb)
{
    return ctx.withCore([&](Core& core) -> int {
        auto row = resolveKey(core, p.positionalArguments().at(0));
        if (!row)
            return ctx.fail(row.error());
        const qint64 id = row->key.id;
        KeyLifecycle keys = core.keys();
        const Actor by(core.actor());
        Status s;
        if (verb == QLatin1String("suspend"))
            s = keys.suspend(by, id, p.value(kReason));
        else if (verb == QLatin1String("resume"))
            s = keys.resume(by, id);
        else if (verb == QLatin1String("revoke"))
            s = p.value(kReason).trimmed().isEmpty()
                    ? Status::failure(Error::text(QStringLiteral("keys revoke needs --reason")))
                    : keys.revoke(by, id, p.value(kReason));
        else
            s = keys.remove(by, id);
        if (!s)
            return ctx.fail(s.error());
        const QString past = verb == QLatin1String("delete")    ? QStringLiteral("deleted")
                             : verb == QLatin1String("suspend") ? QStringLiteral("suspended")
                             : verb == QLatin1String("resume")  ? QStringLiteral("resumed")
                                                                : QStringLiteral("revoked");
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("result"), past}});
        else
            ctx.out() << past << " key " << id << '\n';
        return ExitOk;
    });
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
    return {
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
    };
}

} // namespace keydesk::cli
