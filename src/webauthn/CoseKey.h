// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "OpenSslPtr.h"
#include "base/Error.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace keydesk::webauthn {

// A credential public key decoded from its COSE_Key form (RFC 9052/9053, WebAuthn §6.5.1.1).
struct CoseKey
{
    int algorithm = 0;
    int keyType = 0; // COSE kty: 1 OKP, 2 EC2, 3 RSA
    int curve = 0;   // COSE crv for EC2/OKP
    QByteArray x, y; // EC2/OKP coordinates
    QByteArray n, e; // RSA modulus and exponent
    EvpPkeyPtr key;
};

// The rules: alg present and supported; the key type and curve that alg demands (ES256 only
// on P-256, ES384 on P-384, ES512 on P-521, EdDSA on Ed25519); coordinates of the curve's exact
// size and on the curve; RSA moduli of 2048 to 8192 bits with an odd exponent > 1.
std::optional<CoseKey> parseCoseKey(QByteArrayView encoded, Error* error);

// The uncompressed EC point 0x04 ‖ x ‖ y (fido-u2f's public key form).
QByteArray uncompressedPoint(const CoseKey& key);

} // namespace keydesk::webauthn
