// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "SoftwareKey.h"

#include "CborWriter.h"

#include "webauthn/Signature.h"
#include "webauthn/Verdict.h"

#include <openssl/core_names.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace keydesk::authenticator {

using webauthn::CoseAlgorithm;

namespace {

struct EcCurve
{
    const char* group;
    int coseCurve;
    int size;
};

std::optional<EcCurve> ecCurve(int algorithm)
{
    switch (CoseAlgorithm(algorithm)) {
    case CoseAlgorithm::ES256:
        return EcCurve{"P-256", 1, 32};
    case CoseAlgorithm::ES384:
        return EcCurve{"P-384", 2, 48};
    case CoseAlgorithm::ES512:
        return EcCurve{"P-521", 3, 66};
    default:
        return std::nullopt;
    }
}

// Credential keys only: the RP never accepts RS1 for one, so the authenticator does not make it.
bool isRsa(int algorithm)
{
    return webauthn::isRsaAlgorithm(algorithm) && algorithm != int(CoseAlgorithm::RS1);
}

QByteArray bnParam(EVP_PKEY* key, const char* name, int size = 0)
{
    BIGNUM* bn = nullptr;
    EVP_PKEY_get_bn_param(key, name, &bn);
    webauthn::BignumPtr holder(bn);
    QByteArray out(size ? size : BN_num_bytes(bn), '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char*>(out.data()), int(out.size()));
    return out;
}

} // namespace

std::optional<SoftwareKey> SoftwareKey::generate(int coseAlgorithm)
{
    SoftwareKey k;
    k.m_algorithm = coseAlgorithm;
    if (const auto curve = ecCurve(coseAlgorithm))
        k.m_key.reset(EVP_EC_gen(curve->group));
    else if (coseAlgorithm == int(CoseAlgorithm::EdDSA))
        k.m_key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    else if (isRsa(coseAlgorithm))
        k.m_key.reset(EVP_RSA_gen(2048));
    if (!k.m_key)
        return std::nullopt;
    return k;
}

std::optional<SoftwareKey> SoftwareKey::fromPkcs8(int coseAlgorithm, const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    SoftwareKey k;
    k.m_algorithm = coseAlgorithm;
    k.m_key.reset(d2i_AutoPrivateKey(nullptr, &p, long(der.size())));
    if (!k.m_key || !webauthn::keyFitsAlgorithm(coseAlgorithm, k.m_key.get()).isEmpty())
        return std::nullopt;
    return k;
}

QByteArray SoftwareKey::coseKey() const
{
    CborWriter w;
    if (const auto curve = ecCurve(m_algorithm)) {
        // Uncompressed point 04 ‖ x ‖ y.
        QByteArray point(1 + 2 * curve->size, '\0');
        size_t length = 0;
        EVP_PKEY_get_octet_string_param(m_key.get(), OSSL_PKEY_PARAM_PUB_KEY,
                                        reinterpret_cast<unsigned char*>(point.data()), size_t(point.size()),
                                        &length);
        w.mapHeader(5)
            .integer(1)
            .integer(2)
            .integer(3)
            .integer(m_algorithm)
            .integer(-1)
            .integer(curve->coseCurve);
        w.integer(-2).bytes(point.mid(1, curve->size)).integer(-3).bytes(point.mid(1 + curve->size));
    } else if (m_algorithm == int(CoseAlgorithm::EdDSA)) {
        QByteArray x(32, '\0');
        size_t length = 32;
        EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char*>(x.data()), &length);
        w.mapHeader(4)
            .integer(1)
            .integer(1)
            .integer(3)
            .integer(m_algorithm)
            .integer(-1)
            .integer(6)
            .integer(-2)
            .bytes(x);
    } else {
        w.mapHeader(4).integer(1).integer(3).integer(3).integer(m_algorithm);
        w.integer(-1)
            .bytes(bnParam(m_key.get(), OSSL_PKEY_PARAM_RSA_N))
            .integer(-2)
            .bytes(bnParam(m_key.get(), OSSL_PKEY_PARAM_RSA_E));
    }
    return w.data();
}

QByteArray SoftwareKey::pkcs8() const
{
    unsigned char* der = nullptr;
    const int length = i2d_PrivateKey(m_key.get(), &der);
    QByteArray out(reinterpret_cast<const char*>(der), length);
    OPENSSL_clear_free(der, size_t(length));
    return out;
}

QByteArray SoftwareKey::sign(const QByteArray& message) const
{
    webauthn::EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX* pctx = nullptr;
    if (EVP_DigestSignInit(ctx.get(), &pctx, webauthn::algorithmDigest(m_algorithm), nullptr, m_key.get()) !=
        1)
        return {};
    if (webauthn::isRsaPssAlgorithm(m_algorithm)) {
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING);
        EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST);
    }
    size_t length = 0;
    const auto* data = reinterpret_cast<const unsigned char*>(message.constData());
    if (EVP_DigestSign(ctx.get(), nullptr, &length, data, size_t(message.size())) != 1)
        return {};
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, data,
                       size_t(message.size())) != 1)
        return {};
    signature.truncate(qsizetype(length));
    return signature;
}

} // namespace keydesk::authenticator
