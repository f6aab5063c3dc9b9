// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AttestationFormat.h"

#include "webauthn/Signature.h"

#include <array>

#include <QCoreApplication>

namespace {

// What this file says about a ceremony: catalogue entries and arguments, translated when read
// (base/Error.h), so a stored verdict holds no sentences.
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(AttestationFormat)
};

} // namespace

namespace keydesk::webauthn {

AttestationVerifier attestationVerifier(QStringView format)
{
    struct Entry
    {
        const char16_t* name;
        AttestationVerifier verifier;
    };
    static constexpr std::array kFormats{
        Entry{u"none", &verifyNoneAttestation},
        Entry{u"packed", &verifyPackedAttestation},
        Entry{u"fido-u2f", &verifyFidoU2fAttestation},
        Entry{u"tpm", &verifyTpmAttestation},
        Entry{u"android-key", &verifyAndroidKeyAttestation},
        Entry{u"apple", &verifyAppleAttestation},
    };
    for (const Entry& e : kFormats) {
        if (format == QStringView(e.name))
            return e.verifier;
    }
    return nullptr;
}

Error checkStatementKeys(const std::vector<CborMapEntry>& statement,
                         std::initializer_list<const char*> allowed)
{
    for (const CborMapEntry& entry : statement) {
        if (entry.keyMajor != 3)
            return Text::tr("attStmt has a key that is not a text string");
        const bool known = std::any_of(allowed.begin(), allowed.end(), [&](const char* field) {
            return entry.keyText == QByteArrayView(field);
        });
        if (!known)
            return Text::tr("attStmt has an unexpected field \"%1\"").arg(QString::fromUtf8(entry.keyText));
    }
    return Error();
}

const CborValue* statementField(const AttestationInput& input, const char* name)
{
    return findCborEntry(input.statement, QByteArrayView(name));
}

CborValue field(const AttestationInput& input, const char* name)
{
    const CborValue* value = statementField(input, name);
    return value ? *value : CborValue();
}

Error checkLeafKeyIsCredentialKey(X509* leaf, const CoseKey& credential)
{
    EVP_PKEY* certKey = X509_get0_pubkey(leaf);
    if (!certKey || EVP_PKEY_eq(certKey, credential.key.get()) != 1)
        return Text::tr("the attestation certificate's public key is not the credential public key");
    return Error();
}

bool checkAttestationSignature(CheckList& checks, int algorithm, EVP_PKEY* key, QByteArrayView signedData,
                               QByteArrayView signature, const Error& signer)
{
    const Error bad = verifySignature(algorithm, key, signedData, signature);
    if (!bad.isEmpty())
        return checks.fail(Check::AttestationSignature, bad);
    return checks.pass(Check::AttestationSignature, Text::tr("signed by %1").arg(signer));
}

std::optional<AttestationOutcome> statementFailure(CheckList& checks, Error detail)
{
    checks.fail(Check::AttestationStatement, std::move(detail));
    return std::nullopt;
}

} // namespace keydesk::webauthn
