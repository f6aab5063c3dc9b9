// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AttestationFormat.h"

#include "webauthn/Der.h"
#include "webauthn/Signature.h"

#include <openssl/crypto.h>

#include <QCoreApplication>

namespace {

// What this file says about a ceremony: catalogue entries and arguments, translated when read
// (base/Error.h), so a stored verdict holds no sentences.
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(AndroidKeyAttestation)
};

} // namespace

namespace keydesk::webauthn {

namespace {

constexpr const char* kKeyDescriptionOid = "1.3.6.1.4.1.11129.2.1.17";
constexpr quint32 kTagPurpose = 1;
constexpr quint32 kTagAllApplications = 600;
constexpr quint32 kTagOrigin = 702;
constexpr qint64 kPurposeSign = 2;
constexpr qint64 kOriginGenerated = 0;

struct AuthorizationList
{
    QList<qint64> purposes;
    std::optional<qint64> origin;
    bool allApplications = false;
};

bool parseAuthorizationList(QByteArrayView content, AuthorizationList& list)
{
    DerReader reader(content);
    DerElement field;
    while (reader.next(field)) {
        if (field.tagClass != DerElement::ContextSpecific)
            continue;
        DerReader inner(field.content); // EXPLICIT tagging: one element inside
        DerElement value;
        if (!inner.next(value))
            return false;
        if (field.tagNumber == kTagPurpose) {
            if (!value.is(DerElement::Universal, kDerSet))
                return false;
            DerReader set(value.content);
            DerElement purpose;
            qint64 number = 0;
            while (set.next(purpose)) {
                if (!purpose.is(DerElement::Universal, kDerInteger) ||
                    !derSmallInteger(purpose.content, number))
                    return false;
                list.purposes << number;
            }
            if (set.failed())
                return false;
        } else if (field.tagNumber == kTagAllApplications) {
            list.allApplications = true;
        } else if (field.tagNumber == kTagOrigin) {
            qint64 number = 0;
            if (!value.is(DerElement::Universal, kDerInteger) || !derSmallInteger(value.content, number))
                return false;
            list.origin = number;
        }
    }
    return !reader.failed();
}

struct KeyDescription
{
    QByteArray attestationChallenge;
    AuthorizationList softwareEnforced;
    AuthorizationList teeEnforced;
};

std::optional<KeyDescription> parseKeyDescription(const QByteArray& extension)
{
    DerReader outer(extension);
    DerElement sequence;
    if (!outer.next(sequence) || !sequence.is(DerElement::Universal, kDerSequence) || !outer.atEnd())
        return std::nullopt;
    DerReader fields(sequence.content);
    DerElement e;
    // attestationVersion, attestationSecurityLevel, keymasterVersion, keymasterSecurityLevel
    const quint32 leading[] = {kDerInteger, kDerEnumerated, kDerInteger, kDerEnumerated};
    for (const quint32 tag : leading) {
        if (!fields.next(e) || !e.is(DerElement::Universal, tag))
            return std::nullopt;
    }
    KeyDescription description;
    if (!fields.next(e) || !e.is(DerElement::Universal, kDerOctetString))
        return std::nullopt;
    description.attestationChallenge = e.content.toByteArray();
    if (!fields.next(e) || !e.is(DerElement::Universal, kDerOctetString)) // uniqueId
        return std::nullopt;
    if (!fields.next(e) || !e.is(DerElement::Universal, kDerSequence) ||
        !parseAuthorizationList(e.content, description.softwareEnforced))
        return std::nullopt;
    if (!fields.next(e) || !e.is(DerElement::Universal, kDerSequence) ||
        !parseAuthorizationList(e.content, description.teeEnforced))
        return std::nullopt;
    return description;
}

} // namespace

// §8.4: the credential key lives in Android's keystore; its attestation certificate carries the
// key description with the client data hash as challenge.
std::optional<AttestationOutcome> verifyAndroidKeyAttestation(const AttestationInput& input,
                                                              CheckList& checks)
{
    if (const Error bad = checkStatementKeys(input.statement, {"alg", "sig", "x5c"}); !bad.isEmpty())
        return statementFailure(checks, bad);
    const auto alg = field(input, "alg").toInteger();
    const auto sig = field(input, "sig").toBytes();
    if (!alg || !sig)
        return statementFailure(checks,
                                Text::tr("android-key attStmt needs an integer alg and a byte string sig"));
    Error error;
    auto chain = parseX5c(statementField(input, "x5c"), &error);
    if (!chain)
        return statementFailure(checks, error);
    X509* leaf = chain->front().get();
    const int algorithm = int(*alg);
    if (const Error misfit = keyFitsAlgorithm(algorithm, X509_get0_pubkey(leaf)); !misfit.isEmpty())
        return statementFailure(checks,
                                Text::tr("attestation certificate key does not fit alg: %1").arg(misfit));
    if (const Error bad = checkLeafKeyIsCredentialKey(leaf, input.credentialKey); !bad.isEmpty())
        return statementFailure(checks, bad);
    const auto extension = certificateExtension(leaf, kKeyDescriptionOid);
    if (!extension)
        return statementFailure(checks,
                                Text::tr("the certificate lacks the Android key description extension"));
    const auto description = parseKeyDescription(*extension);
    if (!description)
        return statementFailure(checks, Text::tr("the Android key description extension is malformed"));
    if (description->attestationChallenge.size() != input.clientDataHash.size() ||
        CRYPTO_memcmp(description->attestationChallenge.constData(), input.clientDataHash.constData(),
                      size_t(input.clientDataHash.size())) != 0)
        return statementFailure(checks,
                                Text::tr("the key description's challenge is not the client data hash"));
    if (description->softwareEnforced.allApplications || description->teeEnforced.allApplications)
        return statementFailure(checks,
                                Text::tr("the key is bound to all applications (allApplications is set)"));
    if (input.expectations.strictAndroidKeyAuthorizations) {
        // The union of both lists, as §8.4 allows for RPs that accept software-backed keys too.
        const auto origin = description->teeEnforced.origin ? description->teeEnforced.origin
                                                            : description->softwareEnforced.origin;
        if (origin != kOriginGenerated)
            return statementFailure(
                checks,
                Text::tr("the key was not generated in the keystore (origin is not KM_ORIGIN_GENERATED)"));
        if (!description->teeEnforced.purposes.contains(kPurposeSign) &&
            !description->softwareEnforced.purposes.contains(kPurposeSign))
            return statementFailure(checks, Text::tr("the key's purposes do not include KM_PURPOSE_SIGN"));
    }
    checks.pass(Check::AttestationStatement,
                Text::tr("android-key attestation by %1").arg(certificateSubject(leaf)));
    if (!checkAttestationSignature(checks, algorithm, X509_get0_pubkey(leaf), input.signedData(), *sig,
                                   Text::tr("the attestation certificate")))
        return std::nullopt;
    return AttestationOutcome{AttestationType::Basic, std::move(*chain)};
}

} // namespace keydesk::webauthn
