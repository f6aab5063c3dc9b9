// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "SoftwareCredential.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace keydesk::authenticator {

// Deliberate misbehaviour, to show what the relying party catches.
enum class Tamper
{
    None,
    WrongOrigin,    // clientDataJSON names https://evil.example
    StaleChallenge, // answers with the previous ceremony's challenge (a replay)
    ClonedCounter,  // repeats the last sign count, as a cloned authenticator would
    FlippedFlag,    // clears the user-present flag after the fact
    BadSignature,   // corrupts the signature
};
QString tamperName(Tamper tamper);
std::optional<Tamper> tamperFromName(QStringView name);

enum class AttestationMode
{
    None,       // fmt "none"
    PackedSelf, // fmt "packed", signed by the new credential key (or the batch key, when given)
};

// A hardware authenticator's batch attestation: its key signs every registration's packed
// attestation statement, and its certificate chain goes along as x5c. Tests make one under a
// root of their own, to be a key whose make the relying party can trust.
struct BatchAttestation
{
    int algorithm = -7;       // COSE algorithm of the key
    QByteArray privateKeyDer; // the key, DER (as SoftwareKey::pkcs8 writes it)
    QList<QByteArray> x5c;    // DER certificates, the batch certificate first
};

struct CreationRequest
{
    QByteArray challenge;
    QString rpId;
    QString origin;
    QByteArray userHandle;
    QString userName;        // user.name of the options (the email at KeyDesk)
    QString userDisplayName; // user.displayName
    QList<int> algorithms;   // the RP's pubKeyCredParams, in its order of preference
    AttestationMode attestation = AttestationMode::None;
    std::optional<BatchAttestation> batch; // with PackedSelf: full packed attestation instead
    bool userVerification = true;
    bool backupEligible = false; // a synced passkey sets BE and BS
    Tamper tamper = Tamper::None;
};

struct AssertionRequest
{
    QByteArray challenge;
    QString rpId;
    QString origin;
    bool userVerification = true;
    Tamper tamper = Tamper::None;
};

// A registration response in parts, so a test can change one part and encode it again.
struct RegistrationParts
{
    QByteArray credentialId;
    QByteArray clientDataJson;
    QByteArray authenticatorData;
    QString format;
    QByteArray attestationStatement; // encoded CBOR map

    QByteArray attestationObject() const;
    QByteArray toJson() const; // RegistrationResponseJSON
};

struct AssertionParts
{
    QByteArray credentialId;
    QByteArray clientDataJson;
    QByteArray authenticatorData;
    QByteArray signature;
    QByteArray userHandle;

    QByteArray toJson() const; // AuthenticationResponseJSON
};

// A FIDO2 authenticator in software: the "virtual phone" of the offline demo and the tests'
// source of real, freshly signed ceremonies. Supports ES256, EdDSA and RS256 (and ES384, ES512,
// PS256 for the tests), attestation none, packed self, or packed with a batch certificate.
class SoftwareAuthenticator
{
public:
    // KeyDesk's virtual phone AAGUID.
    static QByteArray aaguid();

    struct Registration
    {
        SoftwareCredential credential;
        RegistrationParts parts;
    };
    std::optional<Registration> makeCredential(const CreationRequest& request, QString* error);

    // Signs an assertion and advances the credential's counter (unless told to act cloned).
    std::optional<AssertionParts> getAssertion(SoftwareCredential& credential,
                                               const AssertionRequest& request, QString* error);

    // Building blocks, public for tests that assemble responses by hand.
    static QByteArray clientDataJson(QStringView type, const QByteArray& challenge, QStringView origin);
    static QByteArray authenticatorData(QStringView rpId, quint8 flags, quint32 signCount,
                                        const QByteArray& attestedCredentialData = {});
    static QByteArray attestedCredentialData(const QByteArray& aaguid, const QByteArray& credentialId,
                                             const QByteArray& coseKey);

private:
    QByteArray challengeFor(const QByteArray& challenge, Tamper tamper);

    QByteArray m_lastChallenge;
};

// Flag bits of authenticator data.
constexpr quint8 kFlagUp = 0x01;
constexpr quint8 kFlagUv = 0x04;
constexpr quint8 kFlagBe = 0x08;
constexpr quint8 kFlagBs = 0x10;
constexpr quint8 kFlagAt = 0x40;
constexpr quint8 kFlagEd = 0x80;

} // namespace keydesk::authenticator
