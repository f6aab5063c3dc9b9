// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "DeploymentSettings.h"

#include "core/ServiceCall.h"

#include "AuthenticatorNames.h"
#include "EnrollmentConfig.h"
#include "KeyEnrollment.h"
#include "KeyPolicy.h"
#include "core/store/Store.h"

#include <QCoreApplication>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(DeploymentSettings)
};

// What the settings list shows, in the reader's language now.
struct Shown
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentSettings)
};

} // namespace

namespace keydesk {

QList<DeploymentSetting> deploymentSettings()
{
    // Built on each call so the descriptions follow the language installed by then.
    return {
        {QString::fromLatin1(EnrollmentConfig::kBaseUrlKey),
         Shown::tr("Where phones reach the enrollment server, e.g. https://keys.example.com"),
         Shown::tr("the address the server listens on (http://localhost:<port>)")},
        {QString::fromLatin1(EnrollmentConfig::kRpIdKey), Shown::tr("Relying party ID (a domain)"),
         Shown::tr("the base URL's host")},
        {QString::fromLatin1(EnrollmentConfig::kRpNameKey), Shown::tr("Name the phone shows for the passkey"),
         QStringLiteral("KeyDesk")},
        {QString::fromLatin1(EnrollmentConfig::kOriginsKey),
         Shown::tr("Further allowed origins, space-separated (app origins too)"),
         Shown::tr("none", "no value set")},
        {QString::fromLatin1(EnrollmentConfig::kAlgorithmsKey),
         Shown::tr("Key algorithms offered to phones, space-separated, preferred first (RS384, RS512 and "
                   "PS384 only when listed)"),
         QStringLiteral("ES256 EdDSA ES384 ES512 RS256 PS256")},
        {QStringLiteral("activation.now_minutes"),
         Shown::tr("Lifetime of an Activate Now link, minutes (1-1440)"), QStringLiteral("15")},
        {QStringLiteral("activation.email_days"), Shown::tr("Lifetime of an emailed link, days (1-90)"),
         QStringLiteral("7")},
        {QString::fromLatin1(kDefaultUserVerificationKey),
         Shown::tr("New keys: user verification required or preferred"), QStringLiteral("required")},
        {QString::fromLatin1(kDefaultAttestationKey),
         Shown::tr("New keys: attestation policy none, record or require"),
         Shown::tr("none", "no value set")},
        {QString::fromLatin1(EnrollmentConfig::kTrustAnchorsKey),
         Shown::tr("Attestation trust anchors: PEM root certificates"), Shown::tr("none", "no value set")},
        {QString::fromLatin1(kWorkflowIntervalKey),
         Shown::tr("Minutes between workflow runs while the console or serve runs (1-1440)"),
         QStringLiteral("15")},
        {QString::fromLatin1(kPolicyDeviceBoundKey),
         Shown::tr("Key policy: device-bound keys only, refusing synced passkeys (true or false)"),
         QStringLiteral("false")},
        {QString::fromLatin1(kPolicyAuthenticatorsKey),
         Shown::tr("Key policy: any authenticator, or only those policy.aaguids allows, or all but those it "
                   "blocks (any, allow or block)"),
         QStringLiteral("any")},
        {QString::fromLatin1(kPolicyAaguidsKey),
         Shown::tr("Key policy: the AAGUIDs policy.authenticators allows or blocks, space-separated"),
         Shown::tr("none", "no value set")},
        {QString::fromLatin1(kPolicyTrustedAttestationKey),
         Shown::tr("Key policy: only keys whose attestation chains to the attestation trust anchors "
                   "(true or false)"),
         QStringLiteral("false")},
        {QString::fromLatin1(kStaleKeyDaysKey),
         Shown::tr("Days without use or verification after which the Overview lists an active key as "
                   "stale (1-3650)"),
         QStringLiteral("90")},
    };
}

Result<int> workflowIntervalMinutes(Store& store)
{
    auto text = store.setting(QString::fromLatin1(kWorkflowIntervalKey));
    if (!text)
        return Result<int>::failure(text.cause());
    if (text->isEmpty())
        return 15;
    bool ok = false;
    const int minutes = text->toInt(&ok);
    if (!ok || minutes < 1 || minutes > 1440)
        return Result<int>::failure(Text::tr("setting %1: \"%2\" must be a whole number from 1 to 1440")
                                        .arg(QLatin1String(kWorkflowIntervalKey), text.value()));
    return minutes;
}

Result<int> staleKeyDays(Store& store)
{
    auto text = store.setting(QString::fromLatin1(kStaleKeyDaysKey));
    if (!text)
        return Result<int>::failure(text.cause());
    if (text->isEmpty())
        return 90;
    bool ok = false;
    const int days = text->toInt(&ok);
    if (!ok || days < 1 || days > 3650)
        return Result<int>::failure(Text::tr("setting %1: \"%2\" must be a whole number from 1 to 3650")
                                        .arg(QLatin1String(kStaleKeyDaysKey), text.value()));
    return days;
}

namespace {

// A true/false setting, false when empty.
Result<bool> booleanSetting(Store& store, const char* key)
{
    auto text = store.setting(QString::fromLatin1(key));
    if (!text)
        return Result<bool>::failure(text.cause());
    if (text->isEmpty() || text.value() == QLatin1String("false"))
        return false;
    if (text.value() == QLatin1String("true"))
        return true;
    return Result<bool>::failure(
        Text::tr("setting %1: \"%2\" must be true or false").arg(QLatin1String(key), text.value()));
}

} // namespace

Result<std::optional<webauthn::AuthenticatorPolicy>> authenticatorPolicy(Store& store)
{
    using R = Result<std::optional<webauthn::AuthenticatorPolicy>>;
    auto deviceBound = booleanSetting(store, kPolicyDeviceBoundKey);
    if (!deviceBound)
        return R::failure(deviceBound.cause());
    auto trustedAttestation = booleanSetting(store, kPolicyTrustedAttestationKey);
    if (!trustedAttestation)
        return R::failure(trustedAttestation.cause());
    auto list = store.setting(QString::fromLatin1(kPolicyAuthenticatorsKey));
    auto aaguids = store.setting(QString::fromLatin1(kPolicyAaguidsKey));
    for (const auto* read : {&list, &aaguids}) {
        if (!*read)
            return R::failure(read->cause());
    }
    webauthn::AuthenticatorPolicy policy;
    policy.deviceBoundOnly = deviceBound.value();
    policy.trustedAttestationOnly = trustedAttestation.value();
    for (const QString& text : aaguids->split(u' ', Qt::SkipEmptyParts)) {
        const std::optional<QByteArray> aaguid = aaguidFromText(text);
        if (!aaguid)
            return R::failure(Text::tr("setting %1: \"%2\" is not an AAGUID (8-4-4-4-12 hexadecimal digits)")
                                  .arg(QLatin1String(kPolicyAaguidsKey), text));
        policy.aaguids << *aaguid;
    }
    if (list->isEmpty() || list.value() == QLatin1String("any"))
        policy.list = webauthn::AuthenticatorPolicy::List::Any;
    else if (list.value() == QLatin1String("allow"))
        policy.list = webauthn::AuthenticatorPolicy::List::Allow;
    else if (list.value() == QLatin1String("block"))
        policy.list = webauthn::AuthenticatorPolicy::List::Block;
    else
        return R::failure(Text::tr("setting %1: \"%2\" must be any, allow or block")
                              .arg(QLatin1String(kPolicyAuthenticatorsKey), list.value()));
    // An allow-list of nothing would refuse every phone: said when it is set, not at activation.
    if (policy.list == webauthn::AuthenticatorPolicy::List::Allow && policy.aaguids.isEmpty())
        return R::failure(
            Text::tr("setting %1: an allow-list needs at least one AAGUID in %2")
                .arg(QLatin1String(kPolicyAuthenticatorsKey), QLatin1String(kPolicyAaguidsKey)));
    if (policy.list == webauthn::AuthenticatorPolicy::List::Any && !policy.deviceBoundOnly &&
        !policy.trustedAttestationOnly)
        return std::optional<webauthn::AuthenticatorPolicy>();
    return std::optional<webauthn::AuthenticatorPolicy>(policy);
}

Result<KeySettings> defaultKeySettings(Store& store)
{
    using R = Result<KeySettings>;
    auto uv = store.setting(QString::fromLatin1(kDefaultUserVerificationKey));
    auto attestation = store.setting(QString::fromLatin1(kDefaultAttestationKey));
    if (!uv)
        return R::failure(uv.cause());
    if (!attestation)
        return R::failure(attestation.cause());
    KeySettings settings;
    if (uv->isEmpty() || uv.value() == QLatin1String("required"))
        settings.requireUserVerification = true;
    else if (uv.value() == QLatin1String("preferred"))
        settings.requireUserVerification = false;
    else
        return R::failure(Text::tr("setting %1: \"%2\" must be required or preferred")
                              .arg(QLatin1String(kDefaultUserVerificationKey), uv.value()));
    if (!attestation->isEmpty()) {
        const auto policy = attestationPolicyFromName(attestation.value());
        if (!policy)
            return R::failure(Text::tr("setting %1: \"%2\" must be none, record or require")
                                  .arg(QLatin1String(kDefaultAttestationKey), attestation.value()));
        settings.attestation = *policy;
    }
    return settings;
}

namespace {

Status refuseUnknown(const QString& key)
{
    const auto& known = deploymentSettings();
    if (std::any_of(known.begin(), known.end(), [&](const DeploymentSetting& s) { return s.key == key; }))
        return {};
    if (key.startsWith(QLatin1String("smtp.")))
        return Status::failure(Text::tr("SMTP settings are changed with 'keydesk-cli mail configure'"));
    QStringList keys;
    for (const DeploymentSetting& s : known)
        keys << s.key;
    return Status::failure(
        Text::tr("unknown setting '%1' (settings: %2)").arg(key, keys.join(QStringLiteral(", "))));
}

// Reads `key` back, with the settings around it, through the same rules the server uses.
Status checkSetting(Store& store, const QString& key)
{
    if (key.startsWith(QLatin1String("enrollment."))) {
        if (auto config = EnrollmentConfig::resolve(store); !config)
            return Status::failure(config.cause());
    } else if (key == QLatin1String(EnrollmentConfig::kTrustAnchorsKey)) {
        if (auto config = EnrollmentConfig::resolve(store); !config)
            return Status::failure(config.cause());
        return checkTrustedAttestationHasRoots(store); // not cleared under a policy that needs them
    } else if (key.startsWith(QLatin1String("keys."))) {
        if (auto defaults = defaultKeySettings(store); !defaults)
            return Status::failure(defaults.cause());
    } else if (key == QLatin1String(kWorkflowIntervalKey)) {
        if (auto interval = workflowIntervalMinutes(store); !interval)
            return Status::failure(interval.cause());
    } else if (key.startsWith(QLatin1String("policy."))) {
        if (auto policy = authenticatorPolicy(store); !policy)
            return Status::failure(policy.cause());
        return checkTrustedAttestationHasRoots(store);
    } else if (key == QLatin1String(kStaleKeyDaysKey)) {
        if (auto days = staleKeyDays(store); !days)
            return Status::failure(days.cause());
    } else if (auto lifetimes = loadActivationLifetimes(store); !lifetimes) {
        return Status::failure(lifetimes.cause());
    }
    return {};
}

} // namespace

Status setDeploymentSetting(Store& store, const Actor& by, const QString& key, const QString& value)
{
    QString refusedKey;
    return setDeploymentSettings(store, by, {{key, value}}, &refusedKey);
}

Status setDeploymentSettings(Store& store, const Actor& by, const QList<std::pair<QString, QString>>& changes,
                             QString* refusedKey)
{
    for (const auto& change : changes) {
        if (Status s = refuseUnknown(change.first); !s) {
            *refusedKey = change.first;
            return s;
        }
    }
    // Checked as the whole they will be part of, inside the call's transaction (rolled back when
    // a rule refuses): each as it is written, so a refusal names the setting that broke a rule,
    // and those refused then once more after the rest, as settings that go together (a key
    // policy's list and its AAGUIDs) may be invalid only halfway.
    return serviceCall(store, by, Permission::ManageSettings, [&]() -> Status {
        QStringList halfway;
        for (const auto& [key, value] : changes) {
            if (Status s = store.setSetting(key, value.trimmed()); !s) {
                *refusedKey = key;
                return s;
            }
            if (!checkSetting(store, key))
                halfway << key;
        }
        for (const QString& key : halfway) {
            if (Status s = checkSetting(store, key); !s) {
                *refusedKey = key;
                return s;
            }
        }
        return {};
    });
}

} // namespace keydesk
