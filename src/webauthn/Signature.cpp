#include "Signature.h"

#include "OpenSslPtr.h"
#include "Verdict.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/obj_mac.h>
#include <openssl/rsa.h>

namespace keydesk::webauthn {

namespace {

// Fetched once: implicit fetching on every verification costs OpenSSL 3 a lock and a lookup.
const EVP_MD* fetchedDigest(const char* name)
{
    return EVP_MD_fetch(nullptr, name, nullptr);
}

int curveNid(int algorithm)
{
    switch (CoseAlgorithm(algorithm)) {
    case CoseAlgorithm::ES256:
        return NID_X9_62_prime256v1;
    case CoseAlgorithm::ES384:
        return NID_secp384r1;
    case CoseAlgorithm::ES512:
        return NID_secp521r1;
    default:
        return NID_undef;
    }
}

const BIGNUM* curveOrder(int nid)
{
    static const EcGroupPtr p256(EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1));
    static const EcGroupPtr p384(EC_GROUP_new_by_curve_name(NID_secp384r1));
    static const EcGroupPtr p521(EC_GROUP_new_by_curve_name(NID_secp521r1));
    const EC_GROUP* group = nid == NID_X9_62_prime256v1 ? p256.get()
                            : nid == NID_secp384r1      ? p384.get()
                            : nid == NID_secp521r1      ? p521.get()
                                                        : nullptr;
    return group ? EC_GROUP_get0_order(group) : nullptr;
}

int coordinateSize(int nid)
{
    return nid == NID_X9_62_prime256v1 ? 32 : nid == NID_secp384r1 ? 48 : 66;
}

int keyCurveNid(EVP_PKEY* key)
{
    char name[64] = {};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof name, &length) != 1)
        return NID_undef;
    int nid = OBJ_sn2nid(name);
    if (nid == NID_undef)
        nid = EC_curve_nist2nid(name);
    return nid;
}

QString checkEcdsaEncoding(int algorithm, QByteArrayView signature)
{
    const int nid = curveNid(algorithm);
    const auto* begin = reinterpret_cast<const unsigned char*>(signature.data());
    const unsigned char* p = begin;
    EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &p, long(signature.size())));
    if (!sig) {
        if (signature.size() == 2 * coordinateSize(nid))
            return QStringLiteral("signature is raw r‖s (%1 bytes); WebAuthn requires DER")
                .arg(signature.size());
        return QStringLiteral("signature is not a DER ECDSA signature");
    }
    if (p != begin + signature.size())
        return QStringLiteral("%1 bytes follow the DER signature").arg(begin + signature.size() - p);
    unsigned char* reencoded = nullptr;
    const int length = i2d_ECDSA_SIG(sig.get(), &reencoded);
    const bool canonical = length == signature.size() && CRYPTO_memcmp(reencoded, begin, size_t(length)) == 0;
    OPENSSL_free(reencoded);
    if (!canonical)
        return QStringLiteral("signature DER is not canonical");
    const BIGNUM* r = nullptr;
    const BIGNUM* s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    const BIGNUM* order = curveOrder(nid);
    if (BN_is_zero(r) || BN_is_zero(s) || BN_is_negative(r) || BN_is_negative(s))
        return QStringLiteral("signature has r or s ≤ 0");
    if (BN_cmp(r, order) >= 0 || BN_cmp(s, order) >= 0)
        return QStringLiteral("signature has r or s not below the curve order");
    return QString();
}

} // namespace

const EVP_MD* algorithmDigest(int algorithm)
{
    static const EVP_MD* sha256 = fetchedDigest("SHA256");
    static const EVP_MD* sha384 = fetchedDigest("SHA384");
    static const EVP_MD* sha512 = fetchedDigest("SHA512");
    switch (CoseAlgorithm(algorithm)) {
    case CoseAlgorithm::ES256:
    case CoseAlgorithm::RS256:
    case CoseAlgorithm::PS256:
        return sha256;
    case CoseAlgorithm::ES384:
        return sha384;
    case CoseAlgorithm::ES512:
        return sha512;
    case CoseAlgorithm::EdDSA:
        return nullptr;
    }
    return nullptr;
}

QString keyFitsAlgorithm(int algorithm, EVP_PKEY* key)
{
    const QString name = algorithmName(algorithm);
    switch (CoseAlgorithm(algorithm)) {
    case CoseAlgorithm::ES256:
    case CoseAlgorithm::ES384:
    case CoseAlgorithm::ES512:
        if (EVP_PKEY_get_base_id(key) != EVP_PKEY_EC)
            return QStringLiteral("%1 needs an EC key").arg(name);
        if (keyCurveNid(key) != curveNid(algorithm))
            return QStringLiteral("%1 needs a key on curve %2")
                .arg(name, QLatin1StringView(OBJ_nid2sn(curveNid(algorithm))));
        return QString();
    case CoseAlgorithm::RS256:
    case CoseAlgorithm::PS256:
        if (EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA)
            return QStringLiteral("%1 needs an RSA key").arg(name);
        if (EVP_PKEY_get_bits(key) < 2048)
            return QStringLiteral("RSA key has %1 bits; at least 2048 are required")
                .arg(EVP_PKEY_get_bits(key));
        return QString();
    case CoseAlgorithm::EdDSA:
        if (EVP_PKEY_get_base_id(key) != EVP_PKEY_ED25519)
            return QStringLiteral("EdDSA needs an Ed25519 key");
        return QString();
    }
    return QStringLiteral("algorithm %1 is not supported").arg(name);
}

// A cheap guard against a key of the wrong family or size; the curve itself is checked where a
// key enters (COSE keys are built for their alg, certificate keys pass keyFitsAlgorithm).
QString keyFamilyMismatch(int algorithm, EVP_PKEY* key)
{
    const int id = EVP_PKEY_get_base_id(key);
    const int bits = EVP_PKEY_get_bits(key);
    switch (CoseAlgorithm(algorithm)) {
    case CoseAlgorithm::ES256:
        return id == EVP_PKEY_EC && bits == 256 ? QString() : keyFitsAlgorithm(algorithm, key);
    case CoseAlgorithm::ES384:
        return id == EVP_PKEY_EC && bits == 384 ? QString() : keyFitsAlgorithm(algorithm, key);
    case CoseAlgorithm::ES512:
        return id == EVP_PKEY_EC && bits == 521 ? QString() : keyFitsAlgorithm(algorithm, key);
    default:
        return keyFitsAlgorithm(algorithm, key);
    }
}

QString verifySignature(int algorithm, EVP_PKEY* key, QByteArrayView message, QByteArrayView signature)
{
    if (const QString misfit = keyFamilyMismatch(algorithm, key); !misfit.isEmpty())
        return misfit;
    const bool ecdsa = curveNid(algorithm) != NID_undef;
    if (ecdsa) {
        if (const QString bad = checkEcdsaEncoding(algorithm, signature); !bad.isEmpty())
            return bad;
    } else if (algorithm == int(CoseAlgorithm::EdDSA) && signature.size() != 64) {
        return QStringLiteral("Ed25519 signature must be 64 bytes, got %1").arg(signature.size());
    } else if (algorithm != int(CoseAlgorithm::EdDSA) && signature.size() != EVP_PKEY_get_size(key)) {
        return QStringLiteral("RSA signature must be %1 bytes, got %2")
            .arg(EVP_PKEY_get_size(key))
            .arg(signature.size());
    }

    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX* pctx = nullptr;
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), &pctx, algorithmDigest(algorithm), nullptr, key) != 1)
        return QStringLiteral("signature verification could not start");
    if (algorithm == int(CoseAlgorithm::PS256) &&
        (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1 ||
         EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1 ||
         EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, algorithmDigest(algorithm)) != 1))
        return QStringLiteral("signature verification could not start");
    const int verified = EVP_DigestVerify(
        ctx.get(), reinterpret_cast<const unsigned char*>(signature.data()), size_t(signature.size()),
        reinterpret_cast<const unsigned char*>(message.data()), size_t(message.size()));
    if (verified != 1)
        return QStringLiteral("%1 signature does not verify").arg(algorithmName(algorithm));
    return QString();
}

} // namespace keydesk::webauthn
