// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "webauthn/OpenSslPtr.h"

#include <QByteArray>

#include <optional>

namespace keydesk::authenticator {

// A credential key pair held in software: generated for a COSE algorithm, exported as its
// COSE_Key, and signing the way WebAuthn wants (DER ECDSA, PKCS#1 v1.5 or PSS, Ed25519).
class SoftwareKey
{
public:
    static std::optional<SoftwareKey> generate(int coseAlgorithm);
    static std::optional<SoftwareKey> fromPkcs8(int coseAlgorithm, const QByteArray& der);

    int algorithm() const { return m_algorithm; }
    QByteArray coseKey() const;
    QByteArray pkcs8() const; // the private key, for the virtual phone's own file
    QByteArray sign(const QByteArray& message) const;
    EVP_PKEY* key() const { return m_key.get(); }

private:
    int m_algorithm = 0;
    webauthn::EvpPkeyPtr m_key;
};

} // namespace keydesk::authenticator
