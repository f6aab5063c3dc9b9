// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AttestationFormat.h"

#include "webauthn/Der.h"

#include "webauthn/Sha256.h"

#include <openssl/crypto.h>

#include <QCoreApplication>

namespace {

// What this file says about a ceremony: catalogue entries and arguments, translated when read
// (base/Error.h), so a stored verdict holds no sentences.
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(AppleAttestation)
};

} // namespace

namespace keydesk::webauthn {

namespace {

constexpr const char* kAppleNonceOid = "1.2.840.113635.100.8.2";

// SEQUENCE { [1] EXPLICIT OCTET STRING nonce }
std::optional<QByteArray> parseNonce(const QByteArray& extension)
{
    DerReader outer(extension);
    DerElement sequence, tagged, nonce;
    if (!outer.next(sequence) || !sequence.is(DerElement::Universal, kDerSequence) || !outer.atEnd())
        return std::nullopt;
    DerReader fields(sequence.content);
    if (!fields.next(tagged) || !tagged.is(DerElement::ContextSpecific, 1) || !fields.atEnd())
        return std::nullopt;
    DerReader inner(tagged.content);
    if (!inner.next(nonce) || !nonce.is(DerElement::Universal, kDerOctetString) || !inner.atEnd())
        return std::nullopt;
    return nonce.content.toByteArray();
}

} // namespace

// §8.8: Apple's anonymous CA certifies the credential key with a nonce over the ceremony.
std::optional<AttestationOutcome> verifyAppleAttestation(const AttestationInput& input, CheckList& checks)
{
    if (const Error bad = checkStatementKeys(input.statement, {"x5c"}); !bad.isEmpty())
        return statementFailure(checks, bad);
    Error error;
    auto chain = parseX5c(statementField(input, "x5c"), &error);
    if (!chain)
        return statementFailure(checks, error);
    X509* leaf = chain->front().get();
    const auto extension = certificateExtension(leaf, kAppleNonceOid);
    if (!extension)
        return statementFailure(checks, Text::tr("the certificate lacks Apple's nonce extension"));
    const auto nonce = parseNonce(*extension);
    if (!nonce)
        return statementFailure(checks, Text::tr("Apple's nonce extension is malformed"));
    const QByteArray expected = sha256(input.signedData());
    if (nonce->size() != expected.size() ||
        CRYPTO_memcmp(nonce->constData(), expected.constData(), size_t(expected.size())) != 0)
        return statementFailure(
            checks, Text::tr("the certificate's nonce is not SHA-256(authData ‖ clientDataHash)"));
    if (const Error bad = checkLeafKeyIsCredentialKey(leaf, input.credentialKey); !bad.isEmpty())
        return statementFailure(checks, bad);
    checks.pass(Check::AttestationStatement,
                Text::tr("apple anonymous attestation by %1").arg(certificateSubject(leaf)));
    return AttestationOutcome{AttestationType::AnonCA, std::move(*chain)};
}

} // namespace keydesk::webauthn
