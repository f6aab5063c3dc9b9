// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "Signature.h"

#include "Der.h"
#include "OpenSslPtr.h"
#include "Sha256.h"
#include "Verdict.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/obj_mac.h>
#include <openssl/rsa.h>

#include <cstring>
#include <optional>

#include <QCoreApplication>

namespace {

// What this file says about a ceremony: catalogue entries and arguments, translated when read
// (base/Error.h), so a stored verdict holds no sentences.
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(Signature)
};

} // namespace

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

// Compares two unsigned big-endian integers given without leading zeros.
int compareMagnitude(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return std::memcmp(a.data(), b.data(), size_t(a.size()));
}

QByteArrayView curveOrderBytes(int nid)
{
    static const QByteArray p256 =
        QByteArray::fromHex("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");
    static const QByteArray p384 = QByteArray::fromHex(
        "ffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973");
    static const QByteArray p521 = QByteArray::fromHex(
        "01fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
        "a51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409");
    return nid == NID_X9_62_prime256v1 ? p256 : nid == NID_secp384r1 ? p384 : p521;
}

// One DER INTEGER of an ECDSA-Sig-Value: shortest form, positive. Returns its magnitude.
std::optional<QByteArrayView> derPositiveInteger(const DerElement& e, Error& problem)
{
    if (!e.is(DerElement::Universal, kDerInteger) || e.constructed || e.content.isEmpty()) {
        problem = Text::tr("signature is not a DER ECDSA signature");
        return std::nullopt;
    }
    const QByteArrayView v = e.content;
    if (quint8(v[0]) & 0x80) {
        problem = Text::tr("signature has r or s ≤ 0");
        return std::nullopt;
    }
    if (v.size() > 1 && v[0] == 0 && !(quint8(v[1]) & 0x80)) {
        problem = Text::tr("signature DER is not canonical");
        return std::nullopt;
    }
    QByteArrayView magnitude = v;
    while (!magnitude.isEmpty() && magnitude[0] == 0)
        magnitude = magnitude.sliced(1);
    return magnitude;
}

// WebAuthn's ECDSA signatures are DER ECDSA-Sig-Value { r INTEGER, s INTEGER }. Checked here on
// the bytes, strictly: one encoding per signature, 0 < r, s < n.
Error checkEcdsaEncoding(int algorithm, QByteArrayView signature)
{
    const int nid = curveNid(algorithm);
    // A long-form length where the short form fits (30 81 44 …) is BER, not DER.
    if (signature.size() > 2 && quint8(signature[0]) == 0x30 && quint8(signature[1]) == 0x81 &&
        quint8(signature[2]) < 0x80)
        return Text::tr("signature DER is not canonical");
    DerReader outer(signature);
    DerElement sequence;
    const bool header = outer.next(sequence);
    if (!header || !sequence.is(DerElement::Universal, kDerSequence) || !sequence.constructed) {
        if (signature.size() == 2 * coordinateSize(nid))
            return Text::tr("signature is raw r‖s (%1 bytes); WebAuthn requires DER").arg(signature.size());
        return Text::tr("signature is not a DER ECDSA signature");
    }
    if (!outer.atEnd())
        return Text::tr("%1 bytes follow the DER signature").arg(signature.size() - outer.position());
    DerReader fields(sequence.content);
    DerElement r, s;
    if (!fields.next(r) || !fields.next(s) || !fields.atEnd())
        return Text::tr("signature is not a DER ECDSA signature");
    Error problem;
    const auto rValue = derPositiveInteger(r, problem);
    if (!rValue)
        return problem;
    const auto sValue = derPositiveInteger(s, problem);
    if (!sValue)
        return problem;
    if (rValue->isEmpty() || sValue->isEmpty())
        return Text::tr("signature has r or s ≤ 0");
    const QByteArrayView order = curveOrderBytes(nid);
    if (compareMagnitude(*rValue, order) >= 0 || compareMagnitude(*sValue, order) >= 0)
        return Text::tr("signature has r or s not below the curve order");
    return Error();
}

} // namespace

const EVP_MD* algorithmDigest(int algorithm)
{
    static const EVP_MD* sha256 = fetchedDigest("SHA256");
    static const EVP_MD* sha384 = fetchedDigest("SHA384");
    static const EVP_MD* sha512 = fetchedDigest("SHA512");
    static const EVP_MD* sha1 = fetchedDigest("SHA1");
    switch (CoseAlgorithm(algorithm)) {
    case CoseAlgorithm::ES256:
    case CoseAlgorithm::RS256:
    case CoseAlgorithm::PS256:
        return sha256;
    case CoseAlgorithm::ES384:
    case CoseAlgorithm::RS384:
    case CoseAlgorithm::PS384:
        return sha384;
    case CoseAlgorithm::ES512:
    case CoseAlgorithm::RS512:
        return sha512;
    case CoseAlgorithm::RS1:
        return sha1;
    case CoseAlgorithm::EdDSA:
        return nullptr;
    }
    return nullptr;
}

Error keyFitsAlgorithm(int algorithm, EVP_PKEY* key)
{
    const QString name = algorithmName(algorithm);
    switch (CoseAlgorithm(algorithm)) {
    case CoseAlgorithm::ES256:
    case CoseAlgorithm::ES384:
    case CoseAlgorithm::ES512:
        if (EVP_PKEY_get_base_id(key) != EVP_PKEY_EC)
            return Text::tr("%1 needs an EC key").arg(name);
        if (keyCurveNid(key) != curveNid(algorithm))
            return Text::tr("%1 needs a key on curve %2")
                .arg(name, QLatin1StringView(OBJ_nid2sn(curveNid(algorithm))));
        return Error();
    case CoseAlgorithm::RS1:
    case CoseAlgorithm::RS256:
    case CoseAlgorithm::RS384:
    case CoseAlgorithm::RS512:
    case CoseAlgorithm::PS256:
    case CoseAlgorithm::PS384:
        if (EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA)
            return Text::tr("%1 needs an RSA key").arg(name);
        if (EVP_PKEY_get_bits(key) < 2048)
            return Text::tr("RSA key has %1 bits; at least 2048 are required").arg(EVP_PKEY_get_bits(key));
        return Error();
    case CoseAlgorithm::EdDSA:
        if (EVP_PKEY_get_base_id(key) != EVP_PKEY_ED25519)
            return Text::tr("EdDSA needs an Ed25519 key");
        return Error();
    }
    return Text::tr("algorithm %1 is not supported").arg(name);
}

// A cheap guard against a key of the wrong family or size; the curve itself is checked where a
// key enters (COSE keys are built for their alg, certificate keys pass keyFitsAlgorithm).
Error keyFamilyMismatch(int algorithm, EVP_PKEY* key)
{
    const int id = EVP_PKEY_get_base_id(key);
    const int bits = EVP_PKEY_get_bits(key);
    switch (CoseAlgorithm(algorithm)) {
    case CoseAlgorithm::ES256:
        return id == EVP_PKEY_EC && bits == 256 ? Error() : keyFitsAlgorithm(algorithm, key);
    case CoseAlgorithm::ES384:
        return id == EVP_PKEY_EC && bits == 384 ? Error() : keyFitsAlgorithm(algorithm, key);
    case CoseAlgorithm::ES512:
        return id == EVP_PKEY_EC && bits == 521 ? Error() : keyFitsAlgorithm(algorithm, key);
    default:
        return keyFitsAlgorithm(algorithm, key);
    }
}

Error verifySignature(int algorithm, EVP_PKEY* key, QByteArrayView message, QByteArrayView signature)
{
    if (const Error misfit = keyFamilyMismatch(algorithm, key); !misfit.isEmpty())
        return misfit;
    const bool ecdsa = curveNid(algorithm) != NID_undef;
    if (ecdsa) {
        if (const Error bad = checkEcdsaEncoding(algorithm, signature); !bad.isEmpty())
            return bad;
    } else if (algorithm == int(CoseAlgorithm::EdDSA) && signature.size() != 64) {
        return Text::tr("Ed25519 signature must be 64 bytes, got %1").arg(signature.size());
    } else if (algorithm != int(CoseAlgorithm::EdDSA) && signature.size() != EVP_PKEY_get_size(key)) {
        return Text::tr("RSA signature must be %1 bytes, got %2")
            .arg(EVP_PKEY_get_size(key))
            .arg(signature.size());
    }

    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX* pctx = nullptr;
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), &pctx, algorithmDigest(algorithm), nullptr, key) != 1)
        return Text::tr("signature verification could not start");
    if (isRsaPssAlgorithm(algorithm) &&
        (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1 ||
         EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1 ||
         EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, algorithmDigest(algorithm)) != 1))
        return Text::tr("signature verification could not start");
    const int verified = EVP_DigestVerify(
        ctx.get(), reinterpret_cast<const unsigned char*>(signature.data()), size_t(signature.size()),
        reinterpret_cast<const unsigned char*>(message.data()), size_t(message.size()));
    if (verified != 1)
        return Text::tr("%1 signature does not verify").arg(algorithmName(algorithm));
    return Error();
}

QByteArray sha256(QByteArrayView data)
{
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char*>(digest.data()), &length,
               algorithmDigest(int(CoseAlgorithm::ES256)), nullptr);
    return digest;
}

} // namespace keydesk::webauthn
