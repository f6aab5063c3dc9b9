// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AttestationFormat.h"

#include "webauthn/Signature.h"

#include <QCoreApplication>

namespace {

// What this file says about a ceremony: catalogue entries and arguments, translated when read
// (base/Error.h), so a stored verdict holds no sentences.
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(FidoU2fAttestation)
};

} // namespace

namespace keydesk::webauthn {

// §8.6: a U2F authenticator signs 0x00 ‖ rpIdHash ‖ clientDataHash ‖ credentialId ‖ publicKeyU2F
// with its one attestation certificate, on P-256.
std::optional<AttestationOutcome> verifyFidoU2fAttestation(const AttestationInput& input, CheckList& checks)
{
    if (const Error bad = checkStatementKeys(input.statement, {"sig", "x5c"}); !bad.isEmpty())
        return statementFailure(checks, bad);
    const auto sig = field(input, "sig").toBytes();
    if (!sig)
        return statementFailure(checks, Text::tr("fido-u2f attStmt needs a byte string sig"));
    Error error;
    auto chain = parseX5c(statementField(input, "x5c"), &error);
    if (!chain)
        return statementFailure(checks, error);
    if (chain->size() != 1)
        return statementFailure(checks, Text::tr("fido-u2f x5c must hold exactly one certificate"));
    X509* leaf = chain->front().get();
    const int es256 = int(CoseAlgorithm::ES256);
    if (const Error misfit = keyFitsAlgorithm(es256, X509_get0_pubkey(leaf)); !misfit.isEmpty())
        return statementFailure(checks, Text::tr("fido-u2f certificate key must be on P-256"));
    if (input.credentialKey.algorithm != es256)
        return statementFailure(checks, Text::tr("fido-u2f needs an ES256 credential key, got %1")
                                            .arg(algorithmName(input.credentialKey.algorithm)));
    checks.pass(Check::AttestationStatement,
                Text::tr("fido-u2f attestation by %1").arg(certificateSubject(leaf)));
    const QByteArray signedData = QByteArray(1, '\0') + input.parsed.rpIdHash + input.clientDataHash +
                                  input.parsed.credentialId + uncompressedPoint(input.credentialKey);
    if (!checkAttestationSignature(checks, es256, X509_get0_pubkey(leaf), signedData, *sig,
                                   Text::tr("the attestation certificate")))
        return std::nullopt;
    return AttestationOutcome{AttestationType::Basic, std::move(*chain)};
}

} // namespace keydesk::webauthn
