// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "webauthn/AuthenticatorData.h"
#include "webauthn/Certificates.h"
#include "webauthn/CheckList.h"
#include "webauthn/CoseKey.h"
#include "webauthn/Expectations.h"
#include "webauthn/StrictCbor.h"

#include <initializer_list>

namespace keydesk::webauthn {

// What an attestation statement verifier gets (§6.5.2 "verification procedure" inputs).
struct AttestationInput
{
    const std::vector<CborMapEntry>& statement; // attStmt's entries, read in place
    QByteArrayView authenticatorData;           // the raw bytes
    const AuthenticatorData& parsed;
    QByteArray clientDataHash;
    const CoseKey& credentialKey;
    const RegistrationExpectations& expectations;

    // authenticatorData ‖ clientDataHash, what the formats sign.
    QByteArray signedData() const
    {
        QByteArray data;
        data.reserve(authenticatorData.size() + clientDataHash.size());
        return data.append(authenticatorData).append(clientDataHash);
    }
};

// What a verified statement yields; the chain is checked against the trust anchors afterwards.
struct AttestationOutcome
{
    AttestationType type = AttestationType::None;
    CertificateChain chain;
};

// Each verifier records an AttestationStatement check (the statement's syntax and its format's
// rules) and, where the format signs, an AttestationSignature check. nullopt after a failure.
using AttestationVerifier = std::optional<AttestationOutcome> (*)(const AttestationInput&, CheckList&);

// nullptr for formats KeyDesk does not verify.
AttestationVerifier attestationVerifier(QStringView format);

std::optional<AttestationOutcome> verifyNoneAttestation(const AttestationInput& input, CheckList& checks);
std::optional<AttestationOutcome> verifyPackedAttestation(const AttestationInput& input, CheckList& checks);
std::optional<AttestationOutcome> verifyFidoU2fAttestation(const AttestationInput& input, CheckList& checks);
std::optional<AttestationOutcome> verifyTpmAttestation(const AttestationInput& input, CheckList& checks);
std::optional<AttestationOutcome> verifyAndroidKeyAttestation(const AttestationInput& input,
                                                              CheckList& checks);
std::optional<AttestationOutcome> verifyAppleAttestation(const AttestationInput& input, CheckList& checks);

// Shared helpers.
// Empty when attStmt's keys are all text and among `allowed`; otherwise why not.
Error checkStatementKeys(const std::vector<CborMapEntry>& statement,
                         std::initializer_list<const char*> allowed);
// attStmt's field `name`, or nullptr; field() gives an empty value (no type) when absent.
const CborValue* statementField(const AttestationInput& input, const char* name);
CborValue field(const AttestationInput& input, const char* name);
// Empty when the leaf's public key is the credential's.
Error checkLeafKeyIsCredentialKey(X509* leaf, const CoseKey& credential);
// Verifies the format's signature and records the AttestationSignature check; false on failure.
bool checkAttestationSignature(CheckList& checks, int algorithm, EVP_PKEY* key, QByteArrayView signedData,
                               QByteArrayView signature, const Error& signer);
// The same with the signer named by its certificate's subject (data, not a sentence).
inline bool checkAttestationSignature(CheckList& checks, int algorithm, EVP_PKEY* key,
                                      QByteArrayView signedData, QByteArrayView signature,
                                      const QString& signerSubject)
{
    return checkAttestationSignature(checks, algorithm, key, signedData, signature,
                                     Error::text(signerSubject));
}
// Records a failed AttestationStatement check and returns nullopt.
std::optional<AttestationOutcome> statementFailure(CheckList& checks, Error detail);

} // namespace keydesk::webauthn
