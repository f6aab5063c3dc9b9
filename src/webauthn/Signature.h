// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Error.h"
#include <QByteArrayView>
#include <QString>

#include <openssl/evp.h>

namespace keydesk::webauthn {

// Verifies a COSE-algorithm signature. Returns an empty string when it is valid, otherwise the
// reason. ECDSA signatures must be canonical DER (what WebAuthn specifies) with 0 < r, s < n;
// raw r‖s, BER tricks and zero or oversized values are refused before OpenSSL sees them.
Error verifySignature(int algorithm, EVP_PKEY* key, QByteArrayView message, QByteArrayView signature);

// Empty when the key (for instance from an attestation certificate) is of the type and curve the
// algorithm demands; otherwise the mismatch.
Error keyFitsAlgorithm(int algorithm, EVP_PKEY* key);

// The digest an algorithm signs with (nullptr for EdDSA and unknown algorithms).
const EVP_MD* algorithmDigest(int algorithm);

} // namespace keydesk::webauthn
