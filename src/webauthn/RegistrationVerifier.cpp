// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "RegistrationVerifier.h"

#include "AuthenticatorChecks.h"
#include "Base64Url.h"
#include "ClientData.h"
#include "CoseKey.h"
#include "StrictCbor.h"
#include "attestation/AttestationFormat.h"

#include <openssl/err.h>

#include <QCoreApplication>
#include <QUuid>

namespace {

// What this file says about a ceremony: catalogue entries and arguments, translated when read
// (base/Error.h), so a stored verdict holds no sentences.
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(RegistrationVerifier)
};

} // namespace

namespace keydesk::webauthn {

namespace {

struct AttestationObject
{
    QString format;
    std::vector<CborMapEntry> statement; // attStmt's entries
    QByteArrayView authenticatorData;    // into the response's bytes
};

// The object is read in place after the strict scan: nothing is copied or allocated per item.
std::optional<AttestationObject> parseAttestationObject(const QByteArray& bytes, Error* error)
{
    const auto map = readCborMap(bytes, u"attestationObject", error);
    if (!map)
        return std::nullopt;
    for (const CborMapEntry& e : *map) {
        if (e.keyMajor != 3 || (e.keyText != "fmt" && e.keyText != "attStmt" && e.keyText != "authData")) {
            *error = Text::tr("attestationObject has a key other than fmt, attStmt and authData");
            return std::nullopt;
        }
    }
    const CborValue* format = findCborEntry(*map, QByteArrayView("fmt"));
    const CborValue* statement = findCborEntry(*map, QByteArrayView("attStmt"));
    const CborValue* authData = findCborEntry(*map, QByteArrayView("authData"));
    const auto formatText = format ? format->toText() : std::nullopt;
    if (!formatText || !statement || statement->major != 5 || !authData || authData->major != 2) {
        *error = Text::tr("attestationObject needs a text fmt, a map attStmt and a byte string authData");
        return std::nullopt;
    }
    AttestationObject object;
    object.format = *formatText;
    auto entries = readCborMap(statement->encoded, u"attStmt", error);
    if (!entries) { // the scan passed, so only a key of another type gets here
        *error = Text::tr("attStmt has a key that is neither text nor an integer");
        return std::nullopt;
    }
    object.statement = std::move(*entries);
    object.authenticatorData = authData->bytes;
    return object;
}

// The deployment's key policy, after every integrity check: what the authenticator is (its
// AAGUID, which its attestation vouches for only when trusted) and whether the key may leave it.
bool verifyPolicy(const AuthenticatorData& authData, const AuthenticatorPolicy& policy, CheckList& checks)
{
    const AttestationTrust trust = checks.verdict().credential.attestationTrust;
    const QString aaguid = QUuid::fromRfc4122(authData.aaguid).toString(QUuid::WithoutBraces);
    if (policy.deviceBoundOnly && authData.flags.backupEligible())
        return checks.fail(
            Check::AuthenticatorPolicy,
            Text::tr("a synced passkey (backup eligible, BE) is refused: this deployment takes "
                     "device-bound keys only"));
    const bool listed = policy.aaguids.contains(authData.aaguid);
    if (policy.list == AuthenticatorPolicy::List::Allow && !listed)
        return checks.fail(Check::AuthenticatorPolicy,
                           Text::tr("authenticator %1 is not one this deployment allows").arg(aaguid));
    if (policy.list == AuthenticatorPolicy::List::Block && listed)
        return checks.fail(Check::AuthenticatorPolicy,
                           Text::tr("authenticator %1 is blocked by this deployment").arg(aaguid));
    // The attestation trust check before reported what it proves; the policy decides whether
    // that is enough.
    if (policy.trustedAttestationOnly && trust == AttestationTrust::Untrusted)
        return checks.fail(Check::AuthenticatorPolicy,
                           Text::tr("the key's attestation does not chain to a trusted root: this "
                                    "deployment takes only keys with a trusted attestation"));
    if (policy.trustedAttestationOnly && trust == AttestationTrust::None)
        return checks.fail(Check::AuthenticatorPolicy,
                           Text::tr("the key sent no attestation that can be trusted: this deployment "
                                    "takes only keys with a trusted attestation"));
    if (policy.deviceBoundOnly && policy.trustedAttestationOnly)
        return checks.pass(
            Check::AuthenticatorPolicy,
            Text::tr("authenticator %1 is allowed; the key is device-bound and its attestation trusted")
                .arg(aaguid));
    if (policy.trustedAttestationOnly)
        return checks.pass(Check::AuthenticatorPolicy,
                           Text::tr("authenticator %1 is allowed; its attestation is trusted").arg(aaguid));
    return checks.pass(Check::AuthenticatorPolicy,
                       policy.deviceBoundOnly
                           ? Text::tr("authenticator %1 is allowed; the key is device-bound").arg(aaguid)
                           : Text::tr("authenticator %1 is allowed").arg(aaguid));
}

bool verifyCeremony(const RegistrationResponse& response, const RegistrationExpectations& expected,
                    CheckList& checks)
{
    CredentialData& credential = checks.verdict().credential;
    Error error;
    const auto clientData = parseClientData(response.clientDataJson, &error);
    if (!checks.expect(Check::ClientData, clientData.has_value(), Text::tr("clientDataJSON is well-formed"),
                       error))
        return false;
    if (!verifyClientData(*clientData, u"webauthn.create", expected.ceremony, checks))
        return false;

    const auto object = parseAttestationObject(response.attestationObject, &error);
    if (!checks.expect(
            Check::AttestationObject, object.has_value(),
            [&]() -> Error {
                return Text::tr("attestationObject is well-formed (fmt %1)").arg(object->format);
            },
            error))
        return false;
    credential.attestationFormat = object->format;

    const auto authData = parseAuthenticatorData(object->authenticatorData, &error);
    if (!authData)
        return checks.fail(Check::AuthenticatorData, error);
    if (!authData->hasAttestedCredential)
        return checks.fail(Check::AuthenticatorData,
                           Text::tr("authenticator data has no attested credential data (AT is not set)"));
    checks.pass(Check::AuthenticatorData,
                authenticatorDataSummary(object->authenticatorData.size(), *authData));
    credential.flags = authData->flags;
    credential.signCount = authData->signCount;
    credential.aaguid = authData->aaguid;
    credential.publicKeyCose = authData->credentialPublicKey;

    if (!verifyAuthenticatorFlags(*authData, expected.ceremony, std::nullopt, checks))
        return false;

    if (response.id != response.rawId)
        return checks.fail(Check::CredentialId, Text::tr("id %1 is not rawId").arg(toBase64Url(response.id)));
    if (authData->credentialId.size() > kMaxCredentialIdBytes)
        return checks.fail(Check::CredentialId, Text::tr("credential id is %1 bytes; at most %2 are allowed")
                                                    .arg(authData->credentialId.size())
                                                    .arg(kMaxCredentialIdBytes));
    if (authData->credentialId != response.rawId)
        return checks.fail(Check::CredentialId,
                           Text::tr("rawId is not the credential id in the authenticator data"));
    credential.id = authData->credentialId;
    checks.pass(Check::CredentialId,
                Text::tr("credential id of %n bytes", nullptr, int(credential.id.size())));

    const auto key = parseCoseKey(authData->credentialPublicKey, &error);
    if (!checks.expect(
            Check::CredentialPublicKey, key.has_value(),
            [&]() -> Error { return Text::tr("%1 public key").arg(algorithmName(key->algorithm)); }, error))
        return false;
    credential.algorithm = key->algorithm;
    const QList<int> allowed = expected.algorithms.isEmpty() ? supportedAlgorithms() : expected.algorithms;
    if (!checks.expect(
            Check::Algorithm, allowed.contains(key->algorithm),
            [&]() -> Error { return Text::tr("%1 was offered").arg(algorithmName(key->algorithm)); },
            [&]() -> Error {
                return Text::tr("algorithm %1 was not offered").arg(algorithmName(key->algorithm));
            }))
        return false;
    if (!verifyExtensions(*authData, checks))
        return false;

    const AttestationVerifier verifier = attestationVerifier(object->format);
    if (!checks.expect(
            Check::AttestationFormat, verifier != nullptr,
            [&]() -> Error { return Text::tr("format %1").arg(object->format); },
            [&]() -> Error {
                return Text::tr("attestation format \"%1\" is not supported").arg(object->format);
            }))
        return false;
    const AttestationInput input{
        object->statement, object->authenticatorData, *authData, clientData->hash, *key, expected};
    auto outcome = verifier(input, checks);
    if (!outcome)
        return false;
    credential.attestationType = outcome->type;
    for (const X509Ptr& cert : outcome->chain)
        credential.attestationChain << certificateName(
            X509_get_subject_name(cert.get())); // data: empty if none

    if (outcome->chain.empty()) {
        credential.attestationTrust = AttestationTrust::None;
        const Error what = outcome->type == AttestationType::Self ? Text::tr("self attestation")
                                                                  : Text::tr("no attestation");
        if (expected.requireTrustedAttestation)
            return checks.fail(Check::AttestationTrust,
                               Text::tr("%1 cannot be trusted; a trusted attestation is required").arg(what));
        checks.pass(Check::AttestationTrust, Text::tr("%1: no certificate chain to check").arg(what));
    } else {
        Error detail;
        credential.attestationTrust =
            verifyCertificateChain(outcome->chain, expected.trustAnchors, expected.verificationTime, &detail);
        if (credential.attestationTrust == AttestationTrust::Trusted)
            checks.pass(Check::AttestationTrust, detail);
        else if (expected.requireTrustedAttestation)
            return checks.fail(Check::AttestationTrust, Text::tr("untrusted attestation: %1").arg(detail));
        else
            checks.pass(Check::AttestationTrust,
                        Text::tr("untrusted attestation (accepted, not required): %1").arg(detail));
    }
    return !expected.policy || verifyPolicy(*authData, *expected.policy, checks);
}

} // namespace

Verdict verifyRegistration(const RegistrationResponse& response, const RegistrationExpectations& expected)
{
    Verdict verdict;
    verdict.checks.reserve(24);
    CheckList checks(verdict);
    checks.pass(Check::Response, Text::tr("RegistrationResponseJSON is well-formed"));
    verifyCeremony(response, expected, checks);
    ERR_clear_error(); // failed OpenSSL calls leave entries in this thread's error queue
    return verdict;
}

Verdict verifyRegistration(const QByteArray& registrationResponseJson,
                           const RegistrationExpectations& expected)
{
    Error error;
    const auto response = parseRegistrationResponse(registrationResponseJson, &error);
    if (!response) {
        Verdict verdict;
        CheckList(verdict).fail(Check::Response, error);
        return verdict;
    }
    return verifyRegistration(*response, expected);
}

} // namespace keydesk::webauthn
