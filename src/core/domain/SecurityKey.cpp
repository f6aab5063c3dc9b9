// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "SecurityKey.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <array>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(SecurityKey)
};

} // namespace

namespace keydesk {

namespace {

// A name table for one enum: database spelling and display text, in enum order.
template <typename E, std::size_t N> struct Names
{
    const char* context;
    std::array<std::pair<const char*, const char*>, N> entries;

    QString name(E value) const { return QString::fromLatin1(entries.at(std::size_t(value)).first); }
    QString display(E value) const
    {
        return QCoreApplication::translate(context, entries.at(std::size_t(value)).second);
    }
    std::optional<E> parse(const QString& text) const
    {
        for (std::size_t i = 0; i < N; ++i) {
            if (text == QLatin1String(entries[i].first))
                return E(i);
        }
        return std::nullopt;
    }
};

constexpr Names<KeyType, 3> kKeyTypes{"KeyType",
                                      {{{"smartphone", QT_TRANSLATE_NOOP("KeyType", "Smartphone")},
                                        {"security_key", QT_TRANSLATE_NOOP("KeyType", "Security key")},
                                        {"platform", QT_TRANSLATE_NOOP("KeyType", "This computer")}}}};
constexpr Names<KeyStatus, 5> kKeyStatuses{
    "KeyStatus",
    {{{"pending", QT_TRANSLATE_NOOP("KeyStatus", "Pending activation")},
      {"active", QT_TRANSLATE_NOOP("KeyStatus", "Active")},
      {"suspended", QT_TRANSLATE_NOOP("KeyStatus", "Suspended")},
      {"revoked", QT_TRANSLATE_NOOP("KeyStatus", "Revoked")},
      {"expired", QT_TRANSLATE_NOOP("KeyStatus", "Activation expired — re-issue")}}}};
constexpr Names<ActivationMethod, 3> kMethods{
    "ActivationMethod",
    {{{"now", QT_TRANSLATE_NOOP("ActivationMethod", "Activate now (QR code)")},
      {"email", QT_TRANSLATE_NOOP("ActivationMethod", "Activation email")},
      {"manual", QT_TRANSLATE_NOOP("ActivationMethod", "Work or school (code)")}}}};
constexpr Names<AttestationPolicy, 3> kPolicies{"AttestationPolicy",
                                                {{{"none", ""}, {"record", ""}, {"require", ""}}}};

} // namespace

QString keyTypeName(KeyType type)
{
    return kKeyTypes.name(type);
}
std::optional<KeyType> keyTypeFromName(const QString& name)
{
    return kKeyTypes.parse(name);
}
QString keyTypeDisplayName(KeyType type)
{
    return kKeyTypes.display(type);
}

QString keyStatusName(KeyStatus status)
{
    return kKeyStatuses.name(status);
}
std::optional<KeyStatus> keyStatusFromName(const QString& name)
{
    return kKeyStatuses.parse(name);
}
QString keyStatusDisplayName(KeyStatus status)
{
    return kKeyStatuses.display(status);
}

QString activationMethodName(ActivationMethod method)
{
    return kMethods.name(method);
}
std::optional<ActivationMethod> activationMethodFromName(const QString& name)
{
    return kMethods.parse(name);
}
QString activationMethodDisplayName(ActivationMethod method)
{
    return kMethods.display(method);
}

QString attestationPolicyName(AttestationPolicy policy)
{
    return kPolicies.name(policy);
}
std::optional<AttestationPolicy> attestationPolicyFromName(const QString& name)
{
    return kPolicies.parse(name);
}

QString activationStateName(ActivationState state)
{
    switch (state) {
    case ActivationState::Live:
        return QStringLiteral("live");
    case ActivationState::Expired:
        return QStringLiteral("expired");
    case ActivationState::Used:
        return QStringLiteral("used");
    case ActivationState::Superseded:
        return QStringLiteral("superseded");
    case ActivationState::KeyWithdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

QJsonObject KeySettings::toJson() const
{
    QJsonObject json{{QStringLiteral("userVerification"),
                      requireUserVerification ? QStringLiteral("required") : QStringLiteral("preferred")},
                     {QStringLiteral("attestation"), attestationPolicyName(attestation)}};
    if (activationLifetimeMinutes)
        json.insert(QStringLiteral("activationLifetimeMinutes"), *activationLifetimeMinutes);
    return json;
}

std::optional<KeySettings> KeySettings::fromJson(const QJsonObject& json, Error* error)
{
    const auto fail = [error](const Error& why) -> std::optional<KeySettings> {
        *error = why;
        return std::nullopt;
    };
    KeySettings settings;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString& member = it.key();
        const QJsonValue value = it.value();
        if (member == QLatin1String("userVerification")) {
            if (value == QLatin1String("required"))
                settings.requireUserVerification = true;
            else if (value == QLatin1String("preferred"))
                settings.requireUserVerification = false;
            else
                return fail(Text::tr("userVerification must be \"required\" or \"preferred\""));
        } else if (member == QLatin1String("attestation")) {
            const auto policy = attestationPolicyFromName(value.toString());
            if (!value.isString() || !policy)
                return fail(Text::tr("attestation must be \"none\", \"record\" or \"require\""));
            settings.attestation = *policy;
        } else if (member == QLatin1String("activationLifetimeMinutes")) {
            const double minutes = value.toDouble(-1);
            if (!value.isDouble() || minutes != double(int(minutes)) || minutes < 1 ||
                minutes > kMaxActivationLifetimeMinutes)
                return fail(Text::tr("activationLifetimeMinutes must be a whole number from 1 to %1")
                                .arg(kMaxActivationLifetimeMinutes));
            settings.activationLifetimeMinutes = int(minutes);
        } else {
            return fail(Text::tr("unknown key setting \"%1\"").arg(member));
        }
    }
    return settings;
}

} // namespace keydesk
