// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AttestationFormat.h"

#include "webauthn/Signature.h"

#include <openssl/objects.h>

#include <QCoreApplication>

namespace {

// What this file says about a ceremony: catalogue entries and arguments, translated when read
// (base/Error.h), so a stored verdict holds no sentences.
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(PackedAttestation)
};

} // namespace

namespace keydesk::webauthn {

namespace {

QString subjectField(X509_NAME* name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return QString();
    const ASN1_STRING* data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, data);
    if (length < 0)
        return QString();
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

// §8.2.1 Packed Attestation Statement Certificate Requirements.
Error checkCertificateRequirements(X509* leaf, const QByteArray& aaguid)
{
    if (X509_get_version(leaf) != X509_VERSION_3)
        return Text::tr("attestation certificate is not X.509 version 3");
    X509_NAME* subject = X509_get_subject_name(leaf);
    const QString country = subjectField(subject, NID_countryName);
    if (country.size() != 2)
        return Text::tr("attestation certificate subject lacks a two-letter country (C)");
    if (subjectField(subject, NID_organizationName).isEmpty())
        return Text::tr("attestation certificate subject lacks an organisation (O)");
    if (subjectField(subject, NID_organizationalUnitName) != u"Authenticator Attestation")
        return Text::tr("attestation certificate subject OU must be \"Authenticator Attestation\"");
    if (subjectField(subject, NID_commonName).isEmpty())
        return Text::tr("attestation certificate subject lacks a common name (CN)");
    if (const Error aaguidProblem = checkAaguidExtension(leaf, aaguid); !aaguidProblem.isEmpty())
        return aaguidProblem;
    if (certificateIsCa(leaf))
        return Text::tr("attestation certificate is a CA certificate");
    return Error();
}

} // namespace

// §8.2: either full attestation with a certificate chain (x5c) or self attestation signed by
// the credential key itself.
std::optional<AttestationOutcome> verifyPackedAttestation(const AttestationInput& input, CheckList& checks)
{
    if (const Error bad = checkStatementKeys(input.statement, {"alg", "sig", "x5c"}); !bad.isEmpty())
        return statementFailure(checks, bad);
    const auto alg = field(input, "alg").toInteger();
    const auto sig = field(input, "sig").toBytes();
    if (!alg || !sig)
        return statementFailure(checks,
                                Text::tr("packed attStmt needs an integer alg and a byte string sig"));
    const CborValue* x5c = statementField(input, "x5c");
    const int algorithm = int(*alg);

    if (!x5c) {
        if (algorithm != input.credentialKey.algorithm)
            return statementFailure(
                checks, Text::tr("self attestation alg %1 differs from the credential key's %2")
                            .arg(algorithmName(algorithm), algorithmName(input.credentialKey.algorithm)));
        checks.pass(Check::AttestationStatement,
                    Text::tr("packed self attestation, %1").arg(algorithmName(algorithm)));
        if (!checkAttestationSignature(checks, algorithm, input.credentialKey.key.get(), input.signedData(),
                                       *sig, Text::tr("the credential key")))
            return std::nullopt;
        return AttestationOutcome{AttestationType::Self, {}};
    }

    Error error;
    auto chain = parseX5c(x5c, &error);
    if (!chain)
        return statementFailure(checks, error);
    X509* leaf = chain->front().get();
    // Any credential algorithm, and RS1 (RFC 8812) for attestation keys that sign with SHA-1.
    if (!isAttestationAlgorithm(algorithm))
        return statementFailure(
            checks, Text::tr("attestation alg %1 is not supported").arg(algorithmName(algorithm)));
    if (const Error misfit = keyFitsAlgorithm(algorithm, X509_get0_pubkey(leaf)); !misfit.isEmpty())
        return statementFailure(checks,
                                Text::tr("attestation certificate key does not fit alg: %1").arg(misfit));
    if (const Error bad = checkCertificateRequirements(leaf, input.parsed.aaguid); !bad.isEmpty())
        return statementFailure(checks, bad);
    checks.pass(
        Check::AttestationStatement,
        Text::tr("packed attestation by %1, %2").arg(certificateSubject(leaf), algorithmName(algorithm)));
    if (!checkAttestationSignature(checks, algorithm, X509_get0_pubkey(leaf), input.signedData(), *sig,
                                   Text::tr("the attestation certificate")))
        return std::nullopt;
    return AttestationOutcome{AttestationType::Basic, std::move(*chain)};
}

} // namespace keydesk::webauthn
