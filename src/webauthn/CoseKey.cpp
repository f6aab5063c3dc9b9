// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "CoseKey.h"

#include "StrictCbor.h"

#include "Verdict.h"

#include <openssl/core_names.h>

#include <QCoreApplication>

namespace {

// What this file says about a ceremony: catalogue entries and arguments, translated when read
// (base/Error.h), so a stored verdict holds no sentences.
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(CoseKey)
};

} // namespace

namespace keydesk::webauthn {

namespace {

constexpr int kKtyOkp = 1;
constexpr int kKtyEc2 = 2;
constexpr int kKtyRsa = 3;
constexpr int kCrvP256 = 1;
constexpr int kCrvP384 = 2;
constexpr int kCrvP521 = 3;
constexpr int kCrvEd25519 = 6;
constexpr int kMinRsaBits = 2048;
constexpr int kMaxRsaBits = 8192;

struct CurveRule
{
    int algorithm;
    int curve;
    const char* groupName;
    int coordinateSize;
};
constexpr CurveRule kCurveRules[] = {
    {int(CoseAlgorithm::ES256), kCrvP256, "P-256", 32},
    {int(CoseAlgorithm::ES384), kCrvP384, "P-384", 48},
    {int(CoseAlgorithm::ES512), kCrvP521, "P-521", 66},
};

QString curveName(int crv)
{
    switch (crv) {
    case kCrvP256:
        return QStringLiteral("P-256 (crv 1)");
    case kCrvP384:
        return QStringLiteral("P-384 (crv 2)");
    case kCrvP521:
        return QStringLiteral("P-521 (crv 3)");
    case kCrvEd25519:
        return QStringLiteral("Ed25519 (crv 6)");
    }
    return QStringLiteral("crv %1").arg(crv);
}

bool fail(Error* error, Error message)
{
    if (error)
        *error = std::move(message);
    return false;
}

EvpPkeyPtr fromParams(const char* keyType, OSSL_PARAM* params)
{
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, keyType, nullptr));
    EVP_PKEY* key = nullptr;
    if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params) != 1)
        return {};
    return EvpPkeyPtr(key);
}

// A key on the curve, made once per curve. Building a key from parameters makes OpenSSL 3 build
// the whole EC_GROUP again (a third of a signature verification); duplicating a key that has the
// group and then setting its point does not.
EVP_PKEY* curveTemplate(const CurveRule& rule)
{
    const auto make = [](const char* group) {
        ParamBldPtr bld(OSSL_PARAM_BLD_new());
        OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, 0);
        ParamPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
        EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
        EVP_PKEY* key = nullptr;
        if (EVP_PKEY_fromdata_init(ctx.get()) == 1)
            EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_KEY_PARAMETERS, params.get());
        return EvpPkeyPtr(key);
    };
    static const EvpPkeyPtr p256 = make("P-256");
    static const EvpPkeyPtr p384 = make("P-384");
    static const EvpPkeyPtr p521 = make("P-521");
    return rule.coordinateSize == 32 ? p256.get() : rule.coordinateSize == 48 ? p384.get() : p521.get();
}

bool buildEc2(CoseKey& k, const CurveRule& rule, Error* error)
{
    if (k.x.size() != rule.coordinateSize || k.y.size() != rule.coordinateSize)
        return fail(error, Text::tr("EC2 coordinates must be %1 bytes each, got %2 and %3")
                               .arg(rule.coordinateSize)
                               .arg(k.x.size())
                               .arg(k.y.size()));
    const QByteArray point = uncompressedPoint(k);
    k.key.reset(EVP_PKEY_dup(curveTemplate(rule)));
    // OpenSSL decodes the point with EC_POINT_set_affine_coordinates, which refuses points off
    // the curve; an uncompressed encoding cannot name the point at infinity. On these
    // prime-order curves that is the whole public-key validation, so no separate check runs.
    if (!k.key || EVP_PKEY_set1_encoded_public_key(k.key.get(),
                                                   reinterpret_cast<const unsigned char*>(point.constData()),
                                                   size_t(point.size())) != 1)
        return fail(error, Text::tr("EC point is not on curve %1").arg(curveName(k.curve)));
    return true;
}

bool buildRsa(CoseKey& k, Error* error)
{
    BignumPtr n(BN_bin2bn(reinterpret_cast<const unsigned char*>(k.n.constData()), int(k.n.size()), nullptr));
    BignumPtr e(BN_bin2bn(reinterpret_cast<const unsigned char*>(k.e.constData()), int(k.e.size()), nullptr));
    if (!n || !e)
        return fail(error, Text::tr("out of memory building the RSA key"));
    const int bits = BN_num_bits(n.get());
    if (bits < kMinRsaBits)
        return fail(error,
                    Text::tr("RSA key has %1 bits; at least %2 are required").arg(bits).arg(kMinRsaBits));
    if (bits > kMaxRsaBits)
        return fail(error,
                    Text::tr("RSA key has %1 bits; at most %2 are accepted").arg(bits).arg(kMaxRsaBits));
    if (!BN_is_odd(e.get()) || BN_is_one(e.get()) || BN_num_bits(e.get()) > 64)
        return fail(error, Text::tr("RSA exponent must be odd, greater than 1 and at most 64 bits"));
    ParamBldPtr bld(OSSL_PARAM_BLD_new());
    if (!bld || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) ||
        !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, e.get()))
        return fail(error, Text::tr("out of memory building the RSA key"));
    ParamPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
    k.key = fromParams("RSA", params.get());
    if (!k.key)
        return fail(error, Text::tr("RSA key is invalid"));
    return true;
}

std::optional<qint64> intParam(const std::vector<CborMapEntry>& map, qint64 label)
{
    const CborValue* v = findCborEntry(map, label);
    return v ? v->toInteger() : std::nullopt;
}

std::optional<QByteArray> bytesParam(const std::vector<CborMapEntry>& map, qint64 label, const char* name,
                                     Error* error)
{
    const CborValue* v = findCborEntry(map, label);
    if (!v || v->major != 2) {
        fail(error, v ? Text::tr("COSE key parameter %1 (%2) must be a byte string")
                            .arg(QLatin1StringView(name))
                            .arg(label)
                      : Text::tr("COSE key lacks parameter %1 (%2)").arg(QLatin1StringView(name)).arg(label));
        return std::nullopt;
    }
    return v->bytes.toByteArray();
}

} // namespace

QByteArray uncompressedPoint(const CoseKey& key)
{
    QByteArray point;
    point.reserve(1 + key.x.size() + key.y.size());
    return point.append('\x04').append(key.x).append(key.y);
}

std::optional<CoseKey> parseCoseKey(QByteArrayView encoded, Error* error)
{
    // A COSE_Key is a flat map with integer labels; read it without libcbor's allocations.
    const auto item = readCborMap(encoded, u"COSE key", error);
    if (!item)
        return std::nullopt;
    CoseKey k;
    const auto kty = intParam(*item, 1);
    const auto alg = intParam(*item, 3);
    if (!kty) {
        fail(error, Text::tr("COSE key lacks an integer kty (1)"));
        return std::nullopt;
    }
    if (!alg) {
        fail(error, Text::tr("COSE key lacks an integer alg (3)"));
        return std::nullopt;
    }
    k.keyType = int(*kty);
    k.algorithm = int(*alg);
    if (!supportedAlgorithms().contains(k.algorithm)) {
        fail(error, Text::tr("algorithm %1 is not supported").arg(algorithmName(k.algorithm)));
        return std::nullopt;
    }

    const bool isRsa = isRsaAlgorithm(k.algorithm);
    const bool isEdDsa = k.algorithm == int(CoseAlgorithm::EdDSA);
    const int wantedKty = isRsa ? kKtyRsa : isEdDsa ? kKtyOkp : kKtyEc2;
    if (k.keyType != wantedKty) {
        fail(error, Text::tr("algorithm %1 needs kty %2, the key has kty %3")
                        .arg(algorithmName(k.algorithm))
                        .arg(wantedKty)
                        .arg(k.keyType));
        return std::nullopt;
    }

    if (isRsa) {
        auto n = bytesParam(*item, -1, "n", error);
        if (!n)
            return std::nullopt;
        auto e = bytesParam(*item, -2, "e", error);
        if (!e)
            return std::nullopt;
        k.n = *n;
        k.e = *e;
        if (!buildRsa(k, error))
            return std::nullopt;
        return k;
    }

    const auto crv = intParam(*item, -1);
    if (!crv) {
        fail(error, Text::tr("COSE key lacks an integer crv (-1)"));
        return std::nullopt;
    }
    k.curve = int(*crv);
    auto x = bytesParam(*item, -2, "x", error);
    if (!x)
        return std::nullopt;
    k.x = *x;

    if (isEdDsa) {
        if (k.curve != kCrvEd25519) {
            fail(error, Text::tr("algorithm EdDSA is accepted on Ed25519 (crv 6) only, the key is on %1")
                            .arg(curveName(k.curve)));
            return std::nullopt;
        }
        if (k.x.size() != 32) {
            fail(error, Text::tr("Ed25519 public key must be 32 bytes, got %1").arg(k.x.size()));
            return std::nullopt;
        }
        k.key.reset(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                                reinterpret_cast<const unsigned char*>(k.x.constData()), 32));
        if (!k.key) {
            fail(error, Text::tr("Ed25519 public key is invalid"));
            return std::nullopt;
        }
        return k;
    }

    const CurveRule* rule = nullptr;
    for (const CurveRule& r : kCurveRules) {
        if (r.algorithm == k.algorithm)
            rule = &r;
    }
    if (k.curve != rule->curve) {
        fail(error, Text::tr("algorithm %1 requires curve %2, the key is on %3")
                        .arg(algorithmName(k.algorithm), curveName(rule->curve), curveName(k.curve)));
        return std::nullopt;
    }
    auto y = bytesParam(*item, -3, "y", error);
    if (!y)
        return std::nullopt;
    k.y = *y;
    if (!buildEc2(k, *rule, error))
        return std::nullopt;
    return k;
}

} // namespace keydesk::webauthn
