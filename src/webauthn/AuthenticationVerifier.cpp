// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AuthenticationVerifier.h"

#include "AuthenticatorChecks.h"
#include "Base64Url.h"
#include "ClientData.h"
#include "CoseKey.h"
#include "Signature.h"

#include <openssl/err.h>

#include <QCoreApplication>

namespace {

// What this file says about a ceremony: catalogue entries and arguments, translated when read
// (base/Error.h), so a stored verdict holds no sentences.
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(AuthenticationVerifier)
};

} // namespace

namespace keydesk::webauthn {

namespace {

bool verifyCeremony(const AuthenticationResponse& response, const AuthenticationExpectations& expected,
                    CheckList& checks)
{
    CredentialData& credential = checks.verdict().credential;
    const StoredCredential& stored = expected.credential;
    if (response.id != response.rawId)
        return checks.fail(Check::CredentialId, Text::tr("id %1 is not rawId").arg(toBase64Url(response.id)));
    if (response.rawId != stored.id)
        return checks.fail(Check::CredentialId,
                           Text::tr("credential %1 is not the one allowed").arg(toBase64Url(response.id)));
    credential.id = response.rawId;
    credential.publicKeyCose = stored.publicKeyCose;
    checks.pass(Check::CredentialId,
                Text::tr("the allowed credential (%n bytes)", nullptr, int(stored.id.size())));

    if (response.userHandle && !response.userHandle->isEmpty()) {
        credential.userHandle = *response.userHandle;
        if (!stored.userHandle.isEmpty() &&
            !checks.expect(Check::UserHandle, *response.userHandle == stored.userHandle,
                           Text::tr("user handle matches the credential's owner"),
                           Text::tr("user handle is not the credential owner's")))
            return false;
    }

    Error error;
    const auto clientData = parseClientData(response.clientDataJson, &error);
    if (!checks.expect(Check::ClientData, clientData.has_value(), Text::tr("clientDataJSON is well-formed"),
                       error))
        return false;
    if (!verifyClientData(*clientData, u"webauthn.get", expected.ceremony, checks))
        return false;

    const auto authData = parseAuthenticatorData(response.authenticatorData, &error);
    if (!authData)
        return checks.fail(Check::AuthenticatorData, error);
    if (authData->hasAttestedCredential)
        return checks.fail(Check::AuthenticatorData,
                           Text::tr("assertion authenticator data must not carry attested credential data"));
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
            [&]() -> Error { return Text::tr("stored %1 public key").arg(algorithmName(key->algorithm)); },
            [&]() -> Error { return Text::tr("stored public key is unusable: %1").arg(error); }))
        return false;
    credential.algorithm = key->algorithm;

    const Error bad =
        verifySignature(key->algorithm, key->key.get(),
                        QByteArray(response.authenticatorData + clientData->hash), response.signature);
    if (!checks.expect(
            Check::Signature, bad.isEmpty(),
            [&]() -> Error {
                return Text::tr("%1 signature over authenticatorData ‖ SHA-256(clientDataJSON)")
                    .arg(algorithmName(key->algorithm));
            },
            bad))
        return false;

    const quint32 count = authData->signCount;
    if (count == 0 && stored.signCount == 0)
        return checks.pass(Check::SignCount, Text::tr("authenticator keeps no counter (0)"));
    return checks.expect(
        Check::SignCount, count > stored.signCount,
        [&]() -> Error { return Text::tr("sign count %1 follows %2").arg(count).arg(stored.signCount); },
        [&]() -> Error {
            return Text::tr("possible cloned authenticator: sign count %1 is not above the stored %2")
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
    checks.pass(Check::Response, Text::tr("AuthenticationResponseJSON is well-formed"));
    verifyCeremony(response, expected, checks);
    ERR_clear_error();
    return verdict;
}

Verdict verifyAuthentication(const QByteArray& authenticationResponseJson,
                             const AuthenticationExpectations& expected)
{
    Error error;
    const auto response = parseAuthenticationResponse(authenticationResponseJson, &error);
    if (!response) {
        Verdict verdict;
        CheckList(verdict).fail(Check::Response, error);
        return verdict;
    }
    return verifyAuthentication(*response, expected);
}

} // namespace keydesk::webauthn
