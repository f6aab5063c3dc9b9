// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AttestationFormat.h"

#include "webauthn/Signature.h"

#include <QCoreApplication>
#include <QtEndian>

#include <openssl/crypto.h>

namespace {

// What this file says about a ceremony: catalogue entries and arguments, translated when read
// (base/Error.h), so a stored verdict holds no sentences.
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(TpmAttestation)
};

} // namespace

namespace keydesk::webauthn {

namespace {

constexpr quint16 kTpmAlgRsa = 0x0001;
constexpr quint16 kTpmAlgSha1 = 0x0004;
constexpr quint16 kTpmAlgSha256 = 0x000b;
constexpr quint16 kTpmAlgSha384 = 0x000c;
constexpr quint16 kTpmAlgSha512 = 0x000d;
constexpr quint16 kTpmAlgNull = 0x0010;
constexpr quint16 kTpmAlgEcc = 0x0023;
constexpr quint32 kTpmGeneratedValue = 0xff544347;
constexpr quint16 kTpmStAttestCertify = 0x8017;
constexpr const char* kOidTpmManufacturer = "2.23.133.2.1";
constexpr const char* kOidTpmModel = "2.23.133.2.2";
constexpr const char* kOidTpmVersion = "2.23.133.2.3";
constexpr const char* kOidAikCertificate = "2.23.133.8.3";

// Big-endian reader over TPM structures; every read is bounds-checked.
class TpmReader
{
public:
    explicit TpmReader(QByteArrayView data) : m_data(data) {}
    bool u16(quint16& v) { return fixed(v); }
    bool u32(quint32& v) { return fixed(v); }
    bool u64(quint64& v) { return fixed(v); }
    bool skip(qsizetype n)
    {
        if (n > m_data.size() - m_pos)
            return false;
        m_pos += n;
        return true;
    }
    // TPM2B: a 16-bit size and that many bytes.
    bool sized(QByteArray& out)
    {
        quint16 size = 0;
        if (!u16(size) || size > m_data.size() - m_pos)
            return false;
        out = m_data.sliced(m_pos, size).toByteArray();
        m_pos += size;
        return true;
    }
    bool atEnd() const { return m_pos == m_data.size(); }

private:
    template <typename T> bool fixed(T& v)
    {
        if (qsizetype(sizeof(T)) > m_data.size() - m_pos)
            return false;
        v = qFromBigEndian<T>(m_data.data() + m_pos);
        m_pos += sizeof(T);
        return true;
    }
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

struct PubArea
{
    quint16 type = 0;
    quint16 nameAlg = 0;
    quint16 curveId = 0;
    quint32 exponent = 0;
    QByteArray unique; // RSA modulus
    QByteArray x, y;   // ECC point
};

// A scheme or KDF field: an algorithm id, followed by a hash algorithm unless it is TPM_ALG_NULL.
bool skipScheme(TpmReader& r)
{
    quint16 scheme = 0;
    quint16 hash = 0;
    return r.u16(scheme) && (scheme == kTpmAlgNull || r.u16(hash));
}

std::optional<PubArea> parsePubArea(QByteArrayView data)
{
    TpmReader r(data);
    PubArea p;
    quint32 attributes = 0;
    QByteArray authPolicy;
    quint16 symmetric = 0;
    if (!r.u16(p.type) || !r.u16(p.nameAlg) || !r.u32(attributes) || !r.sized(authPolicy) ||
        !r.u16(symmetric) || symmetric != kTpmAlgNull || !skipScheme(r))
        return std::nullopt;
    if (p.type == kTpmAlgRsa) {
        quint16 keyBits = 0;
        if (!r.u16(keyBits) || !r.u32(p.exponent) || !r.sized(p.unique))
            return std::nullopt;
    } else if (p.type == kTpmAlgEcc) {
        if (!r.u16(p.curveId) || !skipScheme(r) || !r.sized(p.x) || !r.sized(p.y))
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!r.atEnd())
        return std::nullopt;
    return p;
}

struct CertInfo
{
    quint32 magic = 0;
    quint16 type = 0;
    QByteArray extraData;
    QByteArray attestedName;
};

std::optional<CertInfo> parseCertInfo(QByteArrayView data)
{
    TpmReader r(data);
    CertInfo c;
    QByteArray qualifiedSigner, qualifiedName;
    quint64 firmware = 0;
    if (!r.u32(c.magic) || !r.u16(c.type) || !r.sized(qualifiedSigner) || !r.sized(c.extraData) ||
        !r.skip(17) /* clockInfo */ || !r.u64(firmware) || !r.sized(c.attestedName) ||
        !r.sized(qualifiedName) || !r.atEnd())
        return std::nullopt;
    return c;
}

const EVP_MD* tpmDigest(quint16 alg)
{
    switch (alg) {
    case kTpmAlgSha1:
        return EVP_sha1();
    case kTpmAlgSha256:
        return EVP_sha256();
    case kTpmAlgSha384:
        return EVP_sha384();
    case kTpmAlgSha512:
        return EVP_sha512();
    }
    return nullptr;
}

QByteArray digest(const EVP_MD* md, QByteArrayView data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(data.data(), size_t(data.size()), out, &length, md, nullptr);
    return QByteArray(reinterpret_cast<const char*>(out), int(length));
}

bool equalBytes(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

Error checkPubAreaIsCredentialKey(const PubArea& p, const CoseKey& key)
{
    if (key.keyType == 3) {
        if (p.type != kTpmAlgRsa)
            return Text::tr("pubArea is not an RSA key like the credential");
        const quint32 exponent = p.exponent == 0 ? 65537 : p.exponent;
        QByteArray e = key.e;
        while (e.startsWith('\0'))
            e.remove(0, 1);
        QByteArray pubExponent;
        for (quint32 v = exponent; v; v >>= 8)
            pubExponent.prepend(char(v & 0xff));
        if (!equalBytes(p.unique, key.n) || pubExponent != e)
            return Text::tr("pubArea's RSA key is not the credential public key");
        return Error();
    }
    if (key.keyType == 2) {
        const quint16 curve = key.curve == 1 ? 0x0003 : key.curve == 2 ? 0x0004 : 0x0005;
        if (p.type != kTpmAlgEcc || p.curveId != curve || !equalBytes(p.x, key.x) || !equalBytes(p.y, key.y))
            return Text::tr("pubArea's ECC key is not the credential public key");
        return Error();
    }
    return Text::tr("TPM attestation needs an RSA or EC2 credential key");
}

// §8.3.1 TPM Attestation Statement Certificate Requirements.
Error checkAikCertificate(X509* aik, const QByteArray& aaguid)
{
    if (X509_get_version(aik) != X509_VERSION_3)
        return Text::tr("AIK certificate is not X.509 version 3");
    if (X509_NAME_entry_count(X509_get_subject_name(aik)) != 0)
        return Text::tr("AIK certificate subject must be empty");
    GeneralNamesPtr names(
        static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(aik, NID_subject_alt_name, nullptr, nullptr)));
    bool manufacturer = false, model = false, version = false;
    for (int i = 0; names && i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME* name = sk_GENERAL_NAME_value(names.get(), i);
        if (name->type != GEN_DIRNAME)
            continue;
        X509_NAME* dir = name->d.directoryName;
        for (int j = 0; j < X509_NAME_entry_count(dir); ++j) {
            char oid[64] = {};
            OBJ_obj2txt(oid, sizeof oid, X509_NAME_ENTRY_get_object(X509_NAME_get_entry(dir, j)), 1);
            const QLatin1StringView text(oid);
            manufacturer |= text == QLatin1StringView(kOidTpmManufacturer);
            model |= text == QLatin1StringView(kOidTpmModel);
            version |= text == QLatin1StringView(kOidTpmVersion);
        }
    }
    if (!manufacturer || !model || !version)
        return Text::tr(
            "AIK certificate's subject alternative name lacks the TPM manufacturer, model or version");
    ExtKeyUsagePtr usage(
        static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(aik, NID_ext_key_usage, nullptr, nullptr)));
    bool aikUsage = false;
    for (int i = 0; usage && i < sk_ASN1_OBJECT_num(usage.get()); ++i) {
        char oid[64] = {};
        OBJ_obj2txt(oid, sizeof oid, sk_ASN1_OBJECT_value(usage.get(), i), 1);
        aikUsage |= QLatin1StringView(oid) == QLatin1StringView(kOidAikCertificate);
    }
    if (!aikUsage)
        return Text::tr("AIK certificate lacks the extended key usage tcg-kp-AIKCertificate");
    if (certificateIsCa(aik))
        return Text::tr("AIK certificate is a CA certificate");
    return checkAaguidExtension(aik, aaguid);
}

} // namespace

// §8.3: the TPM certifies the credential key (pubArea) in certInfo, signed by its AIK.
std::optional<AttestationOutcome> verifyTpmAttestation(const AttestationInput& input, CheckList& checks)
{
    if (const Error bad =
            checkStatementKeys(input.statement, {"ver", "alg", "x5c", "sig", "certInfo", "pubArea"});
        !bad.isEmpty())
        return statementFailure(checks, bad);
    const auto ver = field(input, "ver").toText();
    const auto alg = field(input, "alg").toInteger();
    const auto sig = field(input, "sig").toBytes();
    const auto certInfoBytes = field(input, "certInfo").toBytes();
    const auto pubAreaBytes = field(input, "pubArea").toBytes();
    if (!ver || !alg || !sig || !certInfoBytes || !pubAreaBytes)
        return statementFailure(checks, Text::tr("tpm attStmt needs ver, alg, sig, certInfo and pubArea"));
    if (*ver != u"2.0")
        return statementFailure(checks, Text::tr("tpm attStmt ver must be \"2.0\""));
    const int algorithm = int(*alg);
    // TPMs sign with RS1 (SHA-1) among others: WebAuthn puts no limit on the statement's alg.
    const EVP_MD* signedDigest = isAttestationAlgorithm(algorithm) ? algorithmDigest(algorithm) : nullptr;
    if (!signedDigest)
        return statementFailure(
            checks, Text::tr("tpm attestation alg %1 is not supported").arg(algorithmName(algorithm)));
    Error error;
    auto chain = parseX5c(statementField(input, "x5c"), &error);
    if (!chain)
        return statementFailure(checks, error);
    X509* aik = chain->front().get();

    const auto pubArea = parsePubArea(*pubAreaBytes);
    if (!pubArea)
        return statementFailure(checks, Text::tr("tpm pubArea is malformed"));
    if (const Error bad = checkPubAreaIsCredentialKey(*pubArea, input.credentialKey); !bad.isEmpty())
        return statementFailure(checks, bad);
    const auto certInfo = parseCertInfo(*certInfoBytes);
    if (!certInfo)
        return statementFailure(checks, Text::tr("tpm certInfo is malformed"));
    if (certInfo->magic != kTpmGeneratedValue)
        return statementFailure(checks, Text::tr("tpm certInfo magic is not TPM_GENERATED_VALUE"));
    if (certInfo->type != kTpmStAttestCertify)
        return statementFailure(checks, Text::tr("tpm certInfo type is not TPM_ST_ATTEST_CERTIFY"));
    if (!equalBytes(certInfo->extraData, digest(signedDigest, input.signedData())))
        return statementFailure(
            checks, Text::tr("tpm certInfo extraData is not the hash of authData ‖ clientDataHash"));
    const EVP_MD* nameDigest = tpmDigest(pubArea->nameAlg);
    QByteArray expectedName(2, '\0');
    qToBigEndian(pubArea->nameAlg, expectedName.data());
    if (!nameDigest || !equalBytes(certInfo->attestedName, expectedName + digest(nameDigest, *pubAreaBytes)))
        return statementFailure(checks, Text::tr("tpm certInfo does not name this pubArea"));
    if (const Error misfit = keyFitsAlgorithm(algorithm, X509_get0_pubkey(aik)); !misfit.isEmpty())
        return statementFailure(checks, Text::tr("AIK certificate key does not fit alg: %1").arg(misfit));
    if (const Error bad = checkAikCertificate(aik, input.parsed.aaguid); !bad.isEmpty())
        return statementFailure(checks, bad);
    checks.pass(
        Check::AttestationStatement,
        Text::tr("tpm attestation, AIK issued by %1").arg(certificateName(X509_get_issuer_name(aik))));
    if (!checkAttestationSignature(checks, algorithm, X509_get0_pubkey(aik), *certInfoBytes, *sig,
                                   Text::tr("the AIK (certInfo)")))
        return std::nullopt;
    return AttestationOutcome{AttestationType::AttCA, std::move(*chain)};
}

} // namespace keydesk::webauthn
