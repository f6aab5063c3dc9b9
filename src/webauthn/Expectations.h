// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

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
