// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ClientData.h"

#include "Base64Url.h"

#include "Sha256.h"
#include "StrictJson.h"

#include <openssl/crypto.h>

#include <QCoreApplication>

namespace {

// What this file says about a ceremony: catalogue entries and arguments, translated when read
// (base/Error.h), so a stored verdict holds no sentences.
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(ClientData)
};

} // namespace

namespace keydesk::webauthn {

std::optional<ClientData> parseClientData(const QByteArray& json, Error* error)
{
    const auto failed = [error](Error message) -> std::optional<ClientData> {
        if (error)
            *error = std::move(message);
        return std::nullopt;
    };
    if (json.size() > kMaxClientDataBytes)
        return failed(Text::tr("clientDataJSON is %1 bytes; at most %2 are accepted")
                          .arg(json.size())
                          .arg(kMaxClientDataBytes));
    Error jsonError;
    const auto root = parseStrictJson(json, &jsonError);
    if (!root)
        return failed(Text::tr("clientDataJSON is not strict JSON: %1").arg(jsonError));
    if (!root->isObject())
        return failed(Text::tr("clientDataJSON is not a JSON object"));
    ClientData data;
    for (const auto& [name, field] : {std::pair{"type", &data.type}, std::pair{"challenge", &data.challenge},
                                      std::pair{"origin", &data.origin}}) {
        const JsonValue* value = root->member(name);
        if (!value || !value->isString())
            return failed(Text::tr("clientDataJSON.%1 must be a string").arg(QLatin1StringView(name)));
        *field = value->text();
    }
    if (const JsonValue* crossOrigin = root->member("crossOrigin")) {
        if (!crossOrigin->isBool())
            return failed(Text::tr("clientDataJSON.crossOrigin must be a boolean"));
        data.crossOrigin = crossOrigin->boolean();
    }
    if (const JsonValue* topOrigin = root->member("topOrigin")) {
        if (!topOrigin->isString())
            return failed(Text::tr("clientDataJSON.topOrigin must be a string"));
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
            [&]() -> Error { return Text::tr("type is %1").arg(data.type); },
            [&]() -> Error {
                return Text::tr("type is \"%1\", expected \"%2\"").arg(data.type, expectedType);
            }))
        return false;

    const auto challenge = fromBase64Url(data.challenge);
    const bool challengeMatches =
        challenge && !expected.challenge.isEmpty() && challenge->size() == expected.challenge.size() &&
        CRYPTO_memcmp(challenge->constData(), expected.challenge.constData(), size_t(challenge->size())) == 0;
    if (!checks.expect(
            Check::Challenge, challengeMatches,
            [&]() -> Error {
                return Text::tr("challenge matches the one issued (%n bytes)", nullptr,
                                int(expected.challenge.size()));
            },
            [&]() -> Error {
                return challenge ? Text::tr("challenge %1 is not the one issued").arg(data.challenge)
                                 : Text::tr("challenge is not base64url");
            }))
        return false;

    if (!checks.expect(
            Check::Origin, expected.origins.contains(data.origin),
            [&]() -> Error { return Text::tr("origin %1 is allowed").arg(data.origin); },
            [&]() -> Error { return Text::tr("origin %1 is not allowed").arg(data.origin); }))
        return false;

    const bool crossOrigin = data.crossOrigin.value_or(false);
    if (data.topOrigin && !crossOrigin)
        return checks.fail(
            Check::CrossOrigin,
            Text::tr("topOrigin %1 is given but crossOrigin is not true").arg(*data.topOrigin));
    if (!crossOrigin)
        return checks.pass(Check::CrossOrigin, Text::tr("same-origin ceremony"));
    if (!expected.allowCrossOrigin)
        return checks.fail(Check::CrossOrigin,
                           Text::tr("crossOrigin is true and cross-origin ceremonies are not allowed"));
    if (!data.topOrigin)
        return checks.pass(Check::CrossOrigin, Text::tr("cross-origin ceremony allowed"));
    if (!expected.topOrigins.isEmpty() && !expected.topOrigins.contains(*data.topOrigin))
        return checks.fail(Check::CrossOrigin, Text::tr("top origin %1 is not allowed").arg(*data.topOrigin));
    return checks.pass(Check::CrossOrigin,
                       Text::tr("cross-origin ceremony in top origin %1 allowed").arg(*data.topOrigin));
}

} // namespace keydesk::webauthn
