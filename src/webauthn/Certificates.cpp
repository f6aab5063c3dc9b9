// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "Certificates.h"

#include "StrictCbor.h"

#include <openssl/err.h>
#include <openssl/pem.h>

#include <QCoreApplication>

namespace {

// What this file says about a ceremony: catalogue entries and arguments, translated when read
// (base/Error.h), so a stored verdict holds no sentences.
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(Certificates)
};

} // namespace

namespace keydesk::webauthn {

namespace {

constexpr const char* kAaguidExtensionOid = "1.3.6.1.4.1.45724.1.1.4";

X509Ptr parseDer(QByteArrayView der)
{
    const auto* begin = reinterpret_cast<const unsigned char*>(der.data());
    const unsigned char* p = begin;
    X509Ptr cert(d2i_X509(nullptr, &p, long(der.size())));
    if (!cert || p != begin + der.size())
        return {};
    return cert;
}

} // namespace

std::optional<CertificateChain> parseX5c(const CborValue* x5c, Error* error)
{
    const auto failed = [error](Error message) -> std::optional<CertificateChain> {
        if (error)
            *error = std::move(message);
        return std::nullopt;
    };
    const auto items = x5c && x5c->major == 4 ? readCborArray(x5c->encoded) : std::nullopt;
    if (!items)
        return failed(Text::tr("x5c must be an array of certificates"));
    if (items->empty() || items->size() > size_t(kMaxX5cCertificates))
        return failed(Text::tr("x5c must hold 1 to %1 certificates, it holds %2")
                          .arg(kMaxX5cCertificates)
                          .arg(items->size()));
    CertificateChain chain;
    for (size_t i = 0; i < items->size(); ++i) {
        const CborValue& der = (*items)[i];
        if (der.major != 2)
            return failed(Text::tr("x5c[%1] is not a byte string").arg(i));
        if (der.bytes.size() > kMaxCertificateBytes)
            return failed(Text::tr("x5c[%1] is %2 bytes; at most %3 are accepted")
                              .arg(i)
                              .arg(der.bytes.size())
                              .arg(kMaxCertificateBytes));
        X509Ptr cert = parseDer(der.bytes);
        if (!cert)
            return failed(Text::tr("x5c[%1] is not a DER X.509 certificate").arg(i));
        chain.push_back(std::move(cert));
    }
    return chain;
}

std::optional<CertificateChain> parseTrustAnchors(const QList<QByteArray>& anchors, Error* error)
{
    CertificateChain roots;
    for (qsizetype i = 0; i < anchors.size(); ++i) {
        const QByteArray& data = anchors[i];
        if (data.contains("-----BEGIN")) {
            std::unique_ptr<BIO, OpenSslDeleter<BIO_free>> bio(
                BIO_new_mem_buf(data.constData(), int(data.size())));
            const size_t before = roots.size();
            while (X509* cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))
                roots.emplace_back(cert);
            ERR_clear_error(); // the loop ends on "no start line"
            if (roots.size() == before) {
                if (error)
                    *error = Text::tr("trust anchor %1 holds no PEM certificate").arg(i + 1);
                return std::nullopt;
            }
        } else if (X509Ptr cert = parseDer(data)) {
            roots.push_back(std::move(cert));
        } else {
            if (error)
                *error = Text::tr("trust anchor %1 is neither PEM nor DER").arg(i + 1);
            return std::nullopt;
        }
    }
    return roots;
}

Error certificateSubject(X509* cert)
{
    const QString name = certificateName(X509_get_subject_name(cert));
    return name.isEmpty() ? Text::tr("(empty subject)") : Error::text(name); // TPM AIKs have none
}

QString certificateName(const X509_NAME* name)
{
    std::unique_ptr<BIO, OpenSslDeleter<BIO_free>> bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, qsizetype(length));
}

std::optional<QByteArray> certificateExtension(X509* cert, const char* oid, bool* critical)
{
    Asn1ObjectPtr object(OBJ_txt2obj(oid, 1));
    const int index = X509_get_ext_by_OBJ(cert, object.get(), -1);
    if (index < 0)
        return std::nullopt;
    X509_EXTENSION* extension = X509_get_ext(cert, index);
    if (critical)
        *critical = X509_EXTENSION_get_critical(extension) != 0;
    const ASN1_OCTET_STRING* value = X509_EXTENSION_get_data(extension);
    return QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(value)), ASN1_STRING_length(value));
}

Error checkAaguidExtension(X509* cert, const QByteArray& aaguid)
{
    bool critical = false;
    const auto value = certificateExtension(cert, kAaguidExtensionOid, &critical);
    if (!value)
        return Error();
    if (critical)
        return Text::tr("the AAGUID certificate extension must not be critical");
    // extnValue wraps an OCTET STRING of the 16 AAGUID bytes: 04 10 <aaguid>.
    if (value->size() != 18 || value->at(0) != 0x04 || value->at(1) != 0x10)
        return Text::tr("the AAGUID certificate extension is malformed");
    if (value->mid(2) != aaguid)
        return Text::tr("the certificate's AAGUID %1 differs from the authenticator data's %2")
            .arg(QString::fromLatin1(value->mid(2).toHex()), QString::fromLatin1(aaguid.toHex()));
    return Error();
}

bool certificateIsCa(X509* cert)
{
    return X509_check_ca(cert) != 0 && (X509_get_extension_flags(cert) & EXFLAG_CA);
}

AttestationTrust verifyCertificateChain(const CertificateChain& chain, const QList<QByteArray>& anchors,
                                        const QDateTime& at, Error* detail)
{
    const auto say = [detail](Error text) {
        if (detail)
            *detail = std::move(text);
    };
    Error anchorError;
    const auto roots = parseTrustAnchors(anchors, &anchorError);
    if (!roots) {
        say(anchorError);
        return AttestationTrust::Untrusted;
    }
    if (roots->empty()) {
        say(Text::tr("no trust anchors are configured"));
        return AttestationTrust::Untrusted;
    }
    X509StorePtr store(X509_STORE_new());
    for (const X509Ptr& root : *roots)
        X509_STORE_add_cert(store.get(), root.get());
    X509StackPtr untrusted(sk_X509_new_null());
    for (size_t i = 1; i < chain.size(); ++i) {
        X509_up_ref(chain[i].get());
        sk_X509_push(untrusted.get(), chain[i].get());
    }
    X509StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!ctx || X509_STORE_CTX_init(ctx.get(), store.get(), chain.front().get(), untrusted.get()) != 1) {
        say(Text::tr("certificate verification could not start"));
        return AttestationTrust::Untrusted;
    }
    X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(ctx.get());
    // A configured anchor may be an intermediate; partial chains end at it. Certificates from
    // x5c are only ever "untrusted" input, so this never makes one of them an anchor.
    X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_PARTIAL_CHAIN);
    X509_VERIFY_PARAM_set_time(param,
                               (at.isValid() ? at : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch());
    const bool ok = X509_verify_cert(ctx.get()) == 1;
    const int code = X509_STORE_CTX_get_error(ctx.get());
    ERR_clear_error();
    if (!ok) {
        say(Text::tr("chain does not verify: %1")
                .arg(QLatin1StringView(X509_verify_cert_error_string(code))));
        return AttestationTrust::Untrusted;
    }
    STACK_OF(X509)* built = X509_STORE_CTX_get0_chain(ctx.get());
    X509* top = sk_X509_value(built, sk_X509_num(built) - 1);
    say(Text::tr("chain of %1 ends at trusted root %2").arg(sk_X509_num(built)).arg(certificateSubject(top)));
    return AttestationTrust::Trusted;
}

} // namespace keydesk::webauthn
