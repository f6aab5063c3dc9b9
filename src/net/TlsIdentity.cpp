// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "TlsIdentity.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslKey>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace {

// The server's messages share the enrollment server's context (and its translations).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentServer)
};

// Refusals, said in the reader's language when they are read.
struct Refusal
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(EnrollmentServer)
};

// Whether the PEM private key is the one whose public key the certificate carries.
bool keyMatchesCertificate(const QByteArray& keyPem, const QSslCertificate& certificate)
{
    const QByteArray der = certificate.toDer();
    const auto* bytes = reinterpret_cast<const unsigned char*>(der.constData());
    std::unique_ptr<X509, decltype(&X509_free)> x509(d2i_X509(nullptr, &bytes, der.size()), X509_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())),
                                                  BIO_free);
    if (!x509 || !bio)
        return false;
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), EVP_PKEY_free);
    return key && EVP_PKEY_eq(X509_get0_pubkey(x509.get()), key.get()) == 1;
}

} // namespace

namespace keydesk::net {

QStringList serverCipherNames()
{
    return {QStringLiteral("TLS_AES_128_GCM_SHA256"),       QStringLiteral("TLS_AES_256_GCM_SHA384"),
            QStringLiteral("TLS_CHACHA20_POLY1305_SHA256"), QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256"),
            QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256"),  QStringLiteral("ECDHE-ECDSA-AES256-GCM-SHA384"),
            QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384"),  QStringLiteral("ECDHE-ECDSA-CHACHA20-POLY1305"),
            QStringLiteral("ECDHE-RSA-CHACHA20-POLY1305")};
}

Result<TlsIdentity> loadTlsIdentity(const QString& certificatePath, const QString& keyPath,
                                    const QDateTime& now)
{
    using R = Result<TlsIdentity>;
    QFile certFile(certificatePath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly))
        return R::failure(Refusal::tr("cannot read the TLS certificate '%1': %2")
                              .arg(certificatePath, certFile.errorString()));
    if (!keyFile.open(QIODevice::ReadOnly))
        return R::failure(
            Refusal::tr("cannot read the TLS key '%1': %2").arg(keyPath, keyFile.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (chain.isEmpty())
        return R::failure(Refusal::tr("'%1' holds no PEM certificate").arg(certificatePath));
    if (key.isNull())
        return R::failure(Refusal::tr("'%1' holds no PEM EC or RSA private key").arg(keyPath));
    if (!keyMatchesCertificate(keyPem, chain.first()))
        return R::failure(
            Refusal::tr("the TLS key '%1' is not the key of the certificate '%2' (the first one in the "
                        "file); give the pair that belongs together")
                .arg(keyPath, certificatePath));

    TlsIdentity identity;
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (QFileInfo(keyPath).permissions() & others)
        identity.warnings
            << Text::tr("the TLS key '%1' can be read by other users of this computer; fix: chmod 600 '%1'")
                   .arg(keyPath);
    const QSslCertificate& leaf = chain.first();
    if (leaf.expiryDate() < now)
        identity.warnings << Text::tr("the TLS certificate '%1' expired on %2: phones will refuse it")
                                 .arg(certificatePath, leaf.expiryDate().toString(Qt::ISODate));
    else if (leaf.effectiveDate() > now)
        identity.warnings << Text::tr(
                                 "the TLS certificate '%1' is not valid before %2: phones will refuse it")
                                 .arg(certificatePath, leaf.effectiveDate().toString(Qt::ISODate));

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    QList<QSslCipher> ciphers;
    for (const QString& name : serverCipherNames()) {
        const QSslCipher cipher(name);
        if (!cipher.isNull())
            ciphers << cipher;
    }
    configuration.setCiphers(ciphers);
    identity.configuration = configuration;
    return identity;
}

} // namespace keydesk::net
