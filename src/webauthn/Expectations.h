// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace keydesk::webauthn {

// What the relying party expects of either ceremony: the values it issued and its policy.
struct CeremonyExpectations
{
    QByteArray challenge; // the raw bytes the RP generated
    QString rpId;
    QStringList origins; // allowed origins, e.g. "https://keydesk.example", "android:apk-key-hash:…"
    // A response made in a cross-origin iframe (crossOrigin true) is refused unless allowed.
    // When allowed and topOrigins is not empty, the top-level origin must be one of them.
    bool allowCrossOrigin = false;
    QStringList topOrigins;
    bool requireUserVerification = false;
    bool requireUserPresence = true;
};

// Which authenticators a deployment takes (its key policy), checked last at registration.
struct AuthenticatorPolicy
{
    enum class List
    {
        Any,   // every authenticator
        Allow, // only the AAGUIDs listed
        Block, // every one but the AAGUIDs listed
    };
    List list = List::Any;
    QList<QByteArray> aaguids; // 16 bytes each
    // Refuse a credential whose BE flag is set: a synced passkey, which leaves the device.
    bool deviceBoundOnly = false;
    // Refuse a credential whose attestation does not chain to one of the trust anchors: only
    // authenticators that prove their make (self or no attestation proves nothing) are taken.
    bool trustedAttestationOnly = false;
};

struct RegistrationExpectations
{
    CeremonyExpectations ceremony;
    QList<int> algorithms;          // COSE algorithms the RP offered; empty = every supported one
    QList<QByteArray> trustAnchors; // PEM or DER root certificates for attestation chains
    // Without it an untrusted or self attestation is reported but does not fail the ceremony.
    bool requireTrustedAttestation = false;
    // Android Key attestation: enforce §8.4's origin and purpose checks on the authorization
    // lists (KM_ORIGIN_GENERATED, KM_PURPOSE_SIGN). On by default; see docs/webauthn.md.
    bool strictAndroidKeyAuthorizations = true;
    QDateTime verificationTime; // certificate validity is judged at this time; invalid = now
    // None: no policy, and no check of it in the verdict.
    std::optional<AuthenticatorPolicy> policy;
};

// What the RP stored at registration.
struct StoredCredential
{
    QByteArray id;
    QByteArray publicKeyCose;
    quint32 signCount = 0;
    bool backupEligible = false;
    QByteArray userHandle; // empty = do not compare
};

struct AuthenticationExpectations
{
    CeremonyExpectations ceremony;
    StoredCredential credential; // the allow list: this credential only
};

} // namespace keydesk::webauthn
