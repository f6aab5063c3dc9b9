#include "ClientData.h"

#include "Base64Url.h"

#include "Sha256.h"
#include "StrictJson.h"

#include <openssl/crypto.h>

namespace keydesk::webauthn {

std::optional<ClientData> parseClientData(const QByteArray& json, QString* error)
{
    const auto failed = [error](QString message) -> std::optional<ClientData> {
        if (error)
            *error = std::move(message);
        return std::nullopt;
    };
    if (json.size() > kMaxClientDataBytes)
        return failed(QStringLiteral("clientDataJSON is %1 bytes; at most %2 are accepted")
                          .arg(json.size())
                          .arg(kMaxClientDataBytes));
    QString jsonError;
    const auto root = parseStrictJson(json, &jsonError);
    if (!root)
        return failed(QStringLiteral("clientDataJSON is not strict JSON: %1").arg(jsonError));
    if (!root->isObject())
        return failed(QStringLiteral("clientDataJSON is not a JSON object"));
    ClientData data;
    for (const auto& [name, field] : {std::pair{"type", &data.type}, std::pair{"challenge", &data.challenge},
                                      std::pair{"origin", &data.origin}}) {
        const JsonValue* value = root->member(name);
        if (!value || !value->isString())
            return failed(QStringLiteral("clientDataJSON.%1 must be a string").arg(QLatin1StringView(name)));
        *field = value->text();
    }
    if (const JsonValue* crossOrigin = root->member("crossOrigin")) {
        if (!crossOrigin->isBool())
            return failed(QStringLiteral("clientDataJSON.crossOrigin must be a boolean"));
        data.crossOrigin = crossOrigin->boolean();
    }
    if (const JsonValue* topOrigin = root->member("topOrigin")) {
        if (!topOrigin->isString())
            return failed(QStringLiteral("clientDataJSON.topOrigin must be a string"));
        data.topOrigin = topOrigin->text();
    }
    data.hash = sha256(json);
    return data;
}

bool verifyClientData(const ClientData& data, QStringView expectedType, const CeremonyExpectations& expected,
                      CheckList& checks)
{
    if (!checks.expect(
            Check::Type, data.type == expectedType,
            [&]() -> QString { return QStringLiteral("type is ") + data.type; },
            [&]() -> QString {
                return QStringLiteral("type is \"%1\", expected \"%2\"").arg(data.type, expectedType);
            }))
        return false;

    const auto challenge = fromBase64Url(data.challenge);
    const bool challengeMatches =
        challenge && !expected.challenge.isEmpty() && challenge->size() == expected.challenge.size() &&
        CRYPTO_memcmp(challenge->constData(), expected.challenge.constData(), size_t(challenge->size())) == 0;
    if (!checks.expect(
            Check::Challenge, challengeMatches,
            [&]() -> QString {
                return QStringLiteral("challenge matches the one issued (") +
                       QString::number(expected.challenge.size()) + QStringLiteral(" bytes)");
            },
            [&]() -> QString {
                return challenge ? QStringLiteral("challenge %1 is not the one issued").arg(data.challenge)
                                 : QStringLiteral("challenge is not base64url");
            }))
        return false;

    if (!checks.expect(
            Check::Origin, expected.origins.contains(data.origin),
            [&]() -> QString {
                return QStringLiteral("origin ") + data.origin + QStringLiteral(" is allowed");
            },
            [&]() -> QString { return QStringLiteral("origin %1 is not allowed").arg(data.origin); }))
        return false;

    const bool crossOrigin = data.crossOrigin.value_or(false);
    if (data.topOrigin && !crossOrigin)
        return checks.fail(
            Check::CrossOrigin,
            QStringLiteral("topOrigin %1 is given but crossOrigin is not true").arg(*data.topOrigin));
    if (!crossOrigin)
        return checks.pass(Check::CrossOrigin, QStringLiteral("same-origin ceremony"));
    if (!expected.allowCrossOrigin)
        return checks.fail(Check::CrossOrigin,
                           QStringLiteral("crossOrigin is true and cross-origin ceremonies are not allowed"));
    if (!data.topOrigin)
        return checks.pass(Check::CrossOrigin, QStringLiteral("cross-origin ceremony allowed"));
    if (!expected.topOrigins.isEmpty() && !expected.topOrigins.contains(*data.topOrigin))
        return checks.fail(Check::CrossOrigin,
                           QStringLiteral("top origin %1 is not allowed").arg(*data.topOrigin));
    return checks.pass(Check::CrossOrigin,
                       QStringLiteral("cross-origin ceremony in top origin %1 allowed").arg(*data.topOrigin));
}

} // namespace keydesk::webauthn
