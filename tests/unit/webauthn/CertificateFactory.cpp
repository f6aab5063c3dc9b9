// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "CertificateFactory.h"

#include <openssl/pem.h>

#include <algorithm>

namespace keydesk::test {

using namespace webauthn;

QByteArray IssuedCertificate::der() const
{
    unsigned char* out = nullptr;
    const int length = i2d_X509(cert.get(), &out);
    QByteArray bytes(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    return bytes;
}

QByteArray IssuedCertificate::privateKeyDer() const
{
    unsigned char* out = nullptr;
    const int length = i2d_PrivateKey(key.get(), &out);
    QByteArray bytes(reinterpret_cast<const char*>(out), std::max(length, 0));
    OPENSSL_free(out);
    return bytes;
}

QByteArray IssuedCertificate::pem() const
{
    std::unique_ptr<BIO, OpenSslDeleter<BIO_free>> bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert.get());
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(length));
}

IssuedCertificate issueCertificate(const CertificateSpec& spec, const IssuedCertificate* issuer,
                                   EVP_PKEY* subjectKey)
{
    IssuedCertificate out;
    if (subjectKey) {
        EVP_PKEY_up_ref(subjectKey);
        out.key.reset(subjectKey);
    } else {
        out.key.reset(EVP_EC_gen("P-256"));
    }
    out.cert.reset(X509_new());
    X509* cert = out.cert.get();
    X509_set_version(cert, X509_VERSION_3);
    static long serial = 1;
    ASN1_INTEGER_set(X509_get_serialNumber(cert), ++serial);
    ASN1_TIME_set(X509_getm_notBefore(cert), time_t(spec.notBefore.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(cert), time_t(spec.notAfter.toSecsSinceEpoch()));
    X509_NAME* name = X509_get_subject_name(cert);
    for (const QString& part : spec.subject.split(u',', Qt::SkipEmptyParts)) {
        const QByteArray field = part.section(u'=', 0, 0).toLatin1();
        const QByteArray value = part.section(u'=', 1).toUtf8();
        X509_NAME_add_entry_by_txt(name, field.constData(), MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>(value.constData()), -1, -1, 0);
    }
    X509_set_issuer_name(cert, issuer ? X509_get_subject_name(issuer->cert.get()) : name);
    X509_set_pubkey(cert, out.key.get());

    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer ? issuer->cert.get() : cert, cert, nullptr, nullptr, 0);
    const auto addExtension = [&](int nid, const char* value) {
        X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
        X509_add_ext(cert, ext, -1);
        X509_EXTENSION_free(ext);
    };
    addExtension(NID_basic_constraints, spec.ca ? "critical,CA:TRUE" : "critical,CA:FALSE");
    addExtension(NID_key_usage, spec.ca ? "critical,keyCertSign,cRLSign" : "critical,digitalSignature");
    addExtension(NID_subject_key_identifier, "hash");
    if (issuer)
        addExtension(NID_authority_key_identifier, "keyid:always");
    if (!spec.aaguidExtension.isEmpty()) {
        const QByteArray wrapped = QByteArray("\x04\x10", 2) + spec.aaguidExtension;
        ASN1_OBJECT* oid = OBJ_txt2obj("1.3.6.1.4.1.45724.1.1.4", 1);
        ASN1_OCTET_STRING* data = ASN1_OCTET_STRING_new();
        ASN1_OCTET_STRING_set(data, reinterpret_cast<const unsigned char*>(wrapped.constData()),
                              int(wrapped.size()));
        X509_EXTENSION* ext = X509_EXTENSION_create_by_OBJ(nullptr, oid, spec.aaguidCritical ? 1 : 0, data);
        X509_add_ext(cert, ext, -1);
        X509_EXTENSION_free(ext);
        ASN1_OCTET_STRING_free(data);
        ASN1_OBJECT_free(oid);
    }
    X509_sign(cert, issuer ? issuer->key.get() : out.key.get(), EVP_sha256());
    return out;
}

} // namespace keydesk::test
