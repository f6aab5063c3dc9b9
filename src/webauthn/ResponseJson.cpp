#include "ResponseJson.h"

#include "AuthenticatorData.h"
#include "Base64Url.h"
#include "ClientData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keydesk::webauthn {

namespace {

constexpr qsizetype kMaxAttestationObjectBytes = 64 * 1024;
constexpr qsizetype kMaxSignatureBytes = 1024;
constexpr qsizetype kMaxUserHandleBytes = 64;

class JsonReader
{
public:
    explicit JsonReader(QString* error) : m_error(error) {}

    std::optional<QJsonObject> root(const QByteArray& json)
    {
        if (json.size() > kMaxResponseJsonBytes)
            return fail<QJsonObject>(QStringLiteral("response is %1 bytes; at most %2 are accepted")
                                         .arg(json.size())
                                         .arg(kMaxResponseJsonBytes));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail<QJsonObject>(QStringLiteral("response is not JSON: %1 at byte %2")
                                         .arg(parseError.errorString())
                                         .arg(parseError.offset));
        if (!doc.isObject())
            return fail<QJsonObject>(QStringLiteral("response is not a JSON object"));
        const QJsonObject object = doc.object();
        if (object.value(u"type").toString() != u"public-key")
            return fail<QJsonObject>(QStringLiteral("response.type must be \"public-key\""));
        if (!object.value(u"response").isObject())
            return fail<QJsonObject>(QStringLiteral("response.response must be an object"));
        return object;
    }

    // A required (or optional) base64url member no longer than maxBytes once decoded.
    std::optional<QByteArray> bytes(const QJsonObject& object, QStringView path, QStringView name,
                                    qsizetype maxBytes, bool required = true)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined() && !required)
            return QByteArray();
        if (!value.isString())
            return fail<QByteArray>(QStringLiteral("%1.%2 must be a base64url string").arg(path, name));
        const QString text = value.toString();
        if (text.size() > (maxBytes * 4 + 2) / 3 + 1)
            return fail<QByteArray>(
                QStringLiteral("%1.%2 is longer than %3 bytes").arg(path, name).arg(maxBytes));
        auto decoded = fromBase64Url(text);
        if (!decoded)
            return fail<QByteArray>(QStringLiteral("%1.%2 is not base64url").arg(path, name));
        if (decoded->size() > maxBytes)
            return fail<QByteArray>(
                QStringLiteral("%1.%2 is longer than %3 bytes").arg(path, name).arg(maxBytes));
        return decoded;
    }

    template <typename T> std::optional<T> fail(QString message)
    {
        if (m_error)
            *m_error = std::move(message);
        return std::nullopt;
    }

private:
    QString* m_error;
};

// id and rawId, both base64url of the credential id; whether they agree is the CredentialId check.
template <typename Response> bool readIds(JsonReader& reader, const QJsonObject& root, Response& out)
{
    // id has the same size cap as rawId; a longer one cannot match.
    auto id = reader.bytes(root, u"response", u"id", kMaxCredentialIdBytes + 1);
    auto rawId = reader.bytes(root, u"response", u"rawId", kMaxCredentialIdBytes + 1);
    if (!id || !rawId)
        return false;
    out.idText = root.value(u"id").toString();
    out.id = *id;
    out.rawId = *rawId;
    return true;
}

} // namespace

std::optional<RegistrationResponse> parseRegistrationResponse(const QByteArray& json, QString* error)
{
    JsonReader reader(error);
    const auto root = reader.root(json);
    if (!root)
        return std::nullopt;
    RegistrationResponse out;
    if (!readIds(reader, *root, out))
        return std::nullopt;
    const QJsonObject inner = root->value(u"response").toObject();
    auto clientData = reader.bytes(inner, u"response.response", u"clientDataJSON", kMaxClientDataBytes);
    if (!clientData)
        return std::nullopt;
    auto attestation =
        reader.bytes(inner, u"response.response", u"attestationObject", kMaxAttestationObjectBytes);
    if (!attestation)
        return std::nullopt;
    out.clientDataJson = *clientData;
    out.attestationObject = *attestation;
    const QJsonValue transports = inner.value(u"transports");
    if (!transports.isUndefined()) {
        if (!transports.isArray() || transports.toArray().size() > 16)
            return reader.fail<RegistrationResponse>(
                QStringLiteral("response.response.transports must be an array of at most 16 strings"));
        for (const QJsonValue t : transports.toArray()) {
            if (!t.isString() || t.toString().size() > 32)
                return reader.fail<RegistrationResponse>(
                    QStringLiteral("response.response.transports must be an array of at most 16 strings"));
            out.transports << t.toString();
        }
    }
    return out;
}

std::optional<AuthenticationResponse> parseAuthenticationResponse(const QByteArray& json, QString* error)
{
    JsonReader reader(error);
    const auto root = reader.root(json);
    if (!root)
        return std::nullopt;
    AuthenticationResponse out;
    if (!readIds(reader, *root, out))
        return std::nullopt;
    const QJsonObject inner = root->value(u"response").toObject();
    const QStringView path = u"response.response";
    auto clientData = reader.bytes(inner, path, u"clientDataJSON", kMaxClientDataBytes);
    if (!clientData)
        return std::nullopt;
    auto authData = reader.bytes(inner, path, u"authenticatorData", kMaxAuthenticatorDataBytes);
    if (!authData)
        return std::nullopt;
    auto signature = reader.bytes(inner, path, u"signature", kMaxSignatureBytes);
    if (!signature)
        return std::nullopt;
    out.clientDataJson = *clientData;
    out.authenticatorData = *authData;
    out.signature = *signature;
    const QJsonValue userHandle = inner.value(u"userHandle");
    if (!userHandle.isUndefined() && !userHandle.isNull()) {
        auto handle = reader.bytes(inner, path, u"userHandle", kMaxUserHandleBytes);
        if (!handle)
            return std::nullopt;
        out.userHandle = *handle;
    }
    return out;
}

} // namespace keydesk::webauthn
