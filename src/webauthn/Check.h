// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QString>

namespace keydesk::webauthn {

// The checks a ceremony runs, in the order of WebAuthn Level 3 §7.1 and §7.2. Their names
// (checkName) are stable: the CLI's JSON, the GUI and the tests use them.
enum class Check
{
    Response,             // the response JSON: fields, types, sizes, base64url
    CredentialId,         // id == rawId; ≤ 1023 bytes; equals the attested / allowed credential
    ClientData,           // clientDataJSON parses as the spec's dictionary
    Type,                 // webauthn.create / webauthn.get
    Challenge,            // equals the expected challenge (constant time)
    Origin,               // one of the allowed origins
    CrossOrigin,          // crossOrigin / topOrigin against the cross-origin policy
    AttestationObject,    // CBOR map {fmt, attStmt, authData}
    AuthenticatorData,    // layout, lengths, attested credential data, no trailing bytes
    RpIdHash,             // SHA-256(RP ID), compared in constant time
    UserPresent,          // UP flag
    UserVerified,         // UV flag when required
    BackupState,          // BS without BE is invalid; BE must not change between ceremonies
    CredentialPublicKey,  // COSE key: well-formed, curve bound to alg, RSA ≥ 2048 bits
    Algorithm,            // credential alg among the allowed ones
    Extensions,           // ED flag matches the extension map
    AttestationFormat,    // a format we verify
    AttestationStatement, // the statement's fields and its format's rules (cert, nonce, TPM…)
    AttestationSignature, // the attestation signature
    AttestationTrust,     // chain to a configured root at the verification time
    AuthenticatorPolicy,  // the deployment's key policy: allowed authenticators (AAGUID), device-bound
    UserHandle,           // equals the expected user handle, when the response has one
    Signature,            // assertion signature over authData ‖ SHA-256(clientDataJSON)
    SignCount,            // counter did not go backwards (cloned authenticator)
};

QString checkName(Check check);

} // namespace keydesk::webauthn
