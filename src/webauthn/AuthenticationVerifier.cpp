#include "AuthenticationVerifier.h"

#include "AuthenticatorChecks.h"
#include "Base64Url.h"
#include "ClientData.h"
#include "CoseKey.h"
#include "Signature.h"

#include <openssl/err.h>

namespace keydesk::webauthn {

namespace {

bool verifyCeremony(const AuthenticationResponse& response, const AuthenticationExpectations& expected,
                    CheckList& checks)
{
    CredentialData& credential = checks.verdict().credential;
    const StoredCredential& stored = expected.credential;
    if (response.id != response.rawId)
        return checks.fail(Check::CredentialId,
                           QStringLiteral("id %1 is not rawId").arg(toBase64Url(response.id)));
    if (response.rawId != stored.id)
        return checks.fail(
            Check::CredentialId,
            QStringLiteral("credential %1 is not the one allowed").arg(toBase64Url(response.id)));
    credential.id = response.rawId;
    credential.publicKeyCose = stored.publicKeyCose;
    checks.pass(Check::CredentialId, QStringLiteral("the allowed credential (") +
                                         QString::number(stored.id.size()) + QStringLiteral(" bytes)"));

    if (response.userHandle && !response.userHandle->isEmpty()) {
        credential.userHandle = *response.userHandle;
        if (!stored.userHandle.isEmpty() &&
            !checks.expect(Check::UserHandle, *response.userHandle == stored.userHandle,
                           QStringLiteral("user handle matches the credential's owner"),
                           QStringLiteral("user handle is not the credential owner's")))
            return false;
    }

    QString error;
    const auto clientData = parseClientData(response.clientDataJson, &error);
    if (!checks.expect(Check::ClientData, clientData.has_value(),
                       QStringLiteral("clientDataJSON is well-formed"), error))
        return false;
    if (!verifyClientData(*clientData, u"webauthn.get", expected.ceremony, checks))
        return false;

    const auto authData = parseAuthenticatorData(response.authenticatorData, &error);
    if (!authData)
        return checks.fail(Check::AuthenticatorData, error);
    if (authData->hasAttestedCredential)
        return checks.fail(
            Check::AuthenticatorData,
            QStringLiteral("assertion authenticator data must not carry attested credential data"));
    checks.pass(Check::AuthenticatorData,
                authenticatorDataSummary(response.authenticatorData.size(), *authData));
    credential.flags = authData->flags;
    credential.signCount = authData->signCount;

    if (!verifyAuthenticatorFlags(*authData, expected.ceremony, stored.backupEligible, checks))
        return false;
    if (!verifyExtensions(*authData, checks))
        return false;

    const auto key = parseCoseKey(stored.publicKeyCose, &error);
    if (!checks.expect(
            Check::CredentialPublicKey, key.has_value(),
            [&]() -> QString {
                return QStringLiteral("stored ") + algorithmName(key->algorithm) +
                       QStringLiteral(" public key");
            },
            [&]() -> QString { return QStringLiteral("stored public key is unusable: %1").arg(error); }))
        return false;
    credential.algorithm = key->algorithm;

    const QString bad =
        verifySignature(key->algorithm, key->key.get(),
                        QByteArray(response.authenticatorData + clientData->hash), response.signature);
    if (!checks.expect(
            Check::Signature, bad.isEmpty(),
            [&]() -> QString {
                return algorithmName(key->algorithm) +
                       QStringLiteral(" signature over authenticatorData ‖ SHA-256(clientDataJSON)");
            },
            bad))
        return false;

    const quint32 count = authData->signCount;
    if (count == 0 && stored.signCount == 0)
        return checks.pass(Check::SignCount, QStringLiteral("authenticator keeps no counter (0)"));
    return checks.expect(
        Check::SignCount, count > stored.signCount,
        [&]() -> QString {
            return QStringLiteral("sign count ") + QString::number(count) + QStringLiteral(" follows ") +
                   QString::number(stored.signCount);
        },
        [&]() -> QString {
            return QStringLiteral("possible cloned authenticator: sign count %1 is not above the stored %2")
                .arg(count)
                .arg(stored.signCount);
        });
}

} // namespace

Verdict verifyAuthentication(const AuthenticationResponse& response,
                             const AuthenticationExpectations& expected)
{
    Verdict verdict;
    verdict.checks.reserve(24);
    CheckList checks(verdict);
    checks.pass(Check::Response, QStringLiteral("AuthenticationResponseJSON is well-formed"));
    verifyCeremony(response, expected, checks);
    ERR_clear_error();
    return verdict;
}

Verdict verifyAuthentication(const QByteArray& authenticationResponseJson,
                             const AuthenticationExpectations& expected)
{
    QString error;
    const auto response = parseAuthenticationResponse(authenticationResponseJson, &error);
    if (!response) {
        Verdict verdict;
        CheckList(verdict).fail(Check::Response, error);
        return verdict;
    }
    return verifyAuthentication(*response, expected);
}

} // namespace keydesk::webauthn
