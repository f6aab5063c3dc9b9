// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "Check.h"
#include "base/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace keydesk::webauthn {

// COSE algorithm identifiers (IANA "COSE Algorithms") that KeyDesk verifies.
enum class CoseAlgorithm : int
{
    ES256 = -7,
    EdDSA = -8,
    ES384 = -35,
    ES512 = -36,
    PS256 = -37,
    PS384 = -38,
    RS256 = -257,
    RS384 = -258,
    RS512 = -259,
    // RSASSA-PKCS1-v1_5 with SHA-1 (RFC 8812): TPMs sign attestation statements with it (Windows
    // Hello). Accepted for attestation statements only, never for a credential key.
    RS1 = -65535,
};
QString algorithmName(int coseAlgorithm); // "ES256", or "COSE -42" for unknown ones
std::optional<int> algorithmFromName(QStringView name);
// Algorithms a credential key may use (RS1 is not one of them).
const QList<int>& supportedAlgorithms();
// Algorithms an attestation statement may be signed with: the credential ones and RS1.
bool isAttestationAlgorithm(int coseAlgorithm);
bool isRsaAlgorithm(int coseAlgorithm);
bool isRsaPssAlgorithm(int coseAlgorithm);

// WebAuthn §6.5.4 attestation types.
enum class AttestationType
{
    None,
    Self,
    Basic,
    AttCA,
    AnonCA,
};
QString attestationTypeName(AttestationType type);

// Whether the attestation chain ends at one of the configured roots.
enum class AttestationTrust
{
    None,      // nothing to check: attestation none or self
    Untrusted, // a chain was presented but does not end at a configured root
    Trusted,
};
QString attestationTrustName(AttestationTrust trust);

// Authenticator data flags (§6.1).
struct AuthenticatorFlags
{
    quint8 raw = 0;
    bool userPresent() const { return raw & 0x01; }
    bool userVerified() const { return raw & 0x04; }
    bool backupEligible() const { return raw & 0x08; }
    bool backedUp() const { return raw & 0x10; }
    bool attestedCredentialData() const { return raw & 0x40; }
    bool extensionData() const { return raw & 0x80; }
    QString describe() const; // "UP UV BE" and the hex value
};

// What a ceremony learned about the credential; filled as far as parsing got.
struct CredentialData
{
    QByteArray id;
    QByteArray publicKeyCose; // the COSE_Key exactly as the authenticator encoded it
    int algorithm = 0;
    QByteArray aaguid; // 16 bytes (registration only)
    quint32 signCount = 0;
    AuthenticatorFlags flags;
    QByteArray userHandle; // authentication, when the response carries one
    QString attestationFormat;
    std::optional<AttestationType> attestationType;
    AttestationTrust attestationTrust = AttestationTrust::None;
    QStringList attestationChain; // subject names, leaf first
};

struct CheckResult
{
    Check check;
    bool passed = false;
    Error detail; // a catalogue sentence and its arguments, or plain data as text
};

// The outcome of a ceremony: every check that ran, in order, and the credential. Verification
// stops at the first failed check, which is therefore the last entry.
struct Verdict
{
    QList<CheckResult> checks;
    CredentialData credential;

    bool verified() const { return !checks.isEmpty() && checks.constLast().passed; }
    std::optional<Check> failedCheck() const;
    QString errorCode() const;     // the failed check's name, or empty when verified
    QString failureDetail() const; // in the reader's language, now
};

} // namespace keydesk::webauthn
