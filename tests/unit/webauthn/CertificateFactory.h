// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "webauthn/OpenSslPtr.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace keydesk::test {

// Makes X.509 certificates for attestation tests: a root CA, and leaves with the fields a test
// wants right or wrong.
struct CertificateSpec
{
    QString subject = QStringLiteral("C=AA,O=KeyDesk Tests,OU=Authenticator Attestation,CN=Test Attestation");
    bool ca = false;
    QByteArray aaguidExtension; // the 16 AAGUID bytes, when the extension is wanted
    bool aaguidCritical = false;
    QDateTime notBefore = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    QDateTime notAfter = QDateTime(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC);
};

struct IssuedCertificate
{
    webauthn::EvpPkeyPtr key;
    webauthn::X509Ptr cert;
    QByteArray der() const;
    QByteArray pem() const;
    QByteArray privateKeyDer() const; // as SoftwareKey::fromPkcs8 reads it
};

// Signs with issuer (self-signed when null). The subject key is a new P-256 key unless given.
IssuedCertificate issueCertificate(const CertificateSpec& spec, const IssuedCertificate* issuer,
                                   EVP_PKEY* subjectKey = nullptr);

} // namespace keydesk::test
