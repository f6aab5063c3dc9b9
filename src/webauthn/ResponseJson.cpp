// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ResponseJson.h"

#include "AuthenticatorData.h"
#include "Base64Url.h"
#include "ClientData.h"
#include "StrictJson.h"

#include <QCoreApplication>

namespace {

// What this file says about a ceremony: catalogue entries and arguments, translated when read
// (base/Error.h), so a stored verdict holds no sentences.
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(ResponseJson)
};

} // namespace

namespace keydesk::webauthn {

namespace {

constexpr qsizetype kMaxAttestationObjectBytes = 64 * 1024;
constexpr qsizetype kMaxSignatureBytes = 1024;
constexpr qsizetype kMaxUserHandleBytes = 64;

class ResponseReader
{
public:
    explicit ResponseReader(Error* error) : m_error(error) {}

    // The root object, once its type and inner response object are right.
    bool root(const QByteArray& json, std::optional<JsonValue>& out)
    {
        if (json.size() > kMaxResponseJsonBytes)
            return fail(Text::tr("response is %1 bytes; at most %2 are accepted")
                            .arg(json.size())
                            .arg(kMaxResponseJsonBytes));
        Error jsonError;
        out = parseStrictJson(json, &jsonError);
        if (!out)
            return fail(Text::tr("response is not strict JSON: %1").arg(jsonError));
        if (!out->isObject())
            return fail(Text::tr("response is not a JSON object"));
        const JsonValue* type = out->member("type");
        if (!type || !type->isString() || type->utf8() != "public-key")
            return fail(Text::tr("response.type must be \"public-key\""));
        const JsonValue* inner = out->member("response");
        if (!inner || !inner->isObject())
            return fail(Text::tr("response.response must be an object"));
        return true;
    }

    // A required (or optional) base64url member no longer than maxBytes once decoded.
    bool bytes(const JsonValue& object, QLatin1StringView path, const char* name, qsizetype maxBytes,
               QByteArray& out, bool required = true)
    {
        const JsonValue* value = object.member(name);
        if (!value && !required)
            return true;
        if (!value || !value->isString())
            return fail(Text::tr("%1.%2 must be a base64url string").arg(path, QLatin1StringView(name)));
        // base64url never needs escapes; a string with any is not base64url.
        const std::optional<QByteArrayView> text = value->unescapedView();
        if (text && text->size() > (maxBytes * 4 + 2) / 3 + 1)
            return fail(
                Text::tr("%1.%2 is longer than %3 bytes").arg(path, QLatin1StringView(name)).arg(maxBytes));
        auto decoded = text ? fromBase64Url(*text) : std::nullopt;
        if (!decoded)
            return fail(Text::tr("%1.%2 is not base64url").arg(path, QLatin1StringView(name)));
        if (decoded->size() > maxBytes)
            return fail(
                Text::tr("%1.%2 is longer than %3 bytes").arg(path, QLatin1StringView(name)).arg(maxBytes));
        out = std::move(*decoded);
        return true;
    }

    bool fail(Error message)
    {
        if (m_error)
            *m_error = std::move(message);
        return false;
    }

private:
    Error* m_error;
};

const QLatin1StringView kRoot("response");
const QLatin1StringView kInner("response.response");

// id and rawId, both base64url of the credential id; whether they agree is the CredentialId check.
// id has the same size cap as rawId; a longer one cannot match.
template <typename Response> bool readIds(ResponseReader& reader, const JsonValue& root, Response& out)
{
    if (!reader.bytes(root, kRoot, "id", kMaxCredentialIdBytes + 1, out.id) ||
        !reader.bytes(root, kRoot, "rawId", kMaxCredentialIdBytes + 1, out.rawId))
        return false;
    return true;
}

} // namespace

std::optional<RegistrationResponse> parseRegistrationResponse(const QByteArray& json, Error* error)
{
    ResponseReader reader(error);
    std::optional<JsonValue> root;
    RegistrationResponse out;
    if (!reader.root(json, root) || !readIds(reader, *root, out))
        return std::nullopt;
    const JsonValue& inner = *root->member("response");
    if (!reader.bytes(inner, kInner, "clientDataJSON", kMaxClientDataBytes, out.clientDataJson) ||
        !reader.bytes(inner, kInner, "attestationObject", kMaxAttestationObjectBytes, out.attestationObject))
        return std::nullopt;
    if (const JsonValue* transports = inner.member("transports")) {
        const auto bad = [&] {
            reader.fail(Text::tr("response.response.transports must be an array of at most 16 strings"));
            return std::nullopt;
        };
        if (!transports->isArray() || transports->items().size() > 16)
            return bad();
        for (const JsonValue& t : transports->items()) {
            if (!t.isString() || t.utf8().size() > 32)
                return bad();
            out.transports << t.text();
        }
    }
    return out;
}

std::optional<AuthenticationResponse> parseAuthenticationResponse(const QByteArray& json, Error* error)
{
    ResponseReader reader(error);
    std::optional<JsonValue> root;
    AuthenticationResponse out;
    if (!reader.root(json, root) || !readIds(reader, *root, out))
        return std::nullopt;
    const JsonValue& inner = *root->member("response");
    if (!reader.bytes(inner, kInner, "clientDataJSON", kMaxClientDataBytes, out.clientDataJson) ||
        !reader.bytes(inner, kInner, "authenticatorData", kMaxAuthenticatorDataBytes,
                      out.authenticatorData) ||
        !reader.bytes(inner, kInner, "signature", kMaxSignatureBytes, out.signature))
        return std::nullopt;
    const JsonValue* userHandle = inner.member("userHandle");
    if (userHandle && userHandle->type() != JsonValue::Type::Null) {
        QByteArray handle;
        if (!reader.bytes(inner, kInner, "userHandle", kMaxUserHandleBytes, handle))
            return std::nullopt;
        out.userHandle = handle;
    }
    return out;
}

} // namespace keydesk::webauthn
