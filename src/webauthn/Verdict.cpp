// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "Verdict.h"

#include <array>

namespace keydesk::webauthn {

namespace {

struct AlgorithmName
{
    CoseAlgorithm algorithm;
    const char16_t* name;
};
constexpr std::array kAlgorithmNames{
    AlgorithmName{CoseAlgorithm::ES256, u"ES256"}, AlgorithmName{CoseAlgorithm::ES384, u"ES384"},
    AlgorithmName{CoseAlgorithm::ES512, u"ES512"}, AlgorithmName{CoseAlgorithm::RS256, u"RS256"},
    AlgorithmName{CoseAlgorithm::PS256, u"PS256"}, AlgorithmName{CoseAlgorithm::EdDSA, u"EdDSA"},
    AlgorithmName{CoseAlgorithm::RS384, u"RS384"}, AlgorithmName{CoseAlgorithm::RS512, u"RS512"},
    AlgorithmName{CoseAlgorithm::PS384, u"PS384"}, AlgorithmName{CoseAlgorithm::RS1, u"RS1"},
};

} // namespace

QString algorithmName(int coseAlgorithm)
{
    for (const AlgorithmName& a : kAlgorithmNames) {
        if (int(a.algorithm) == coseAlgorithm)
            return QString::fromUtf16(a.name);
    }
    return QStringLiteral("COSE %1").arg(coseAlgorithm);
}

std::optional<int> algorithmFromName(QStringView name)
{
    for (const AlgorithmName& a : kAlgorithmNames) {
        if (name.compare(QStringView(a.name), Qt::CaseInsensitive) == 0)
            return int(a.algorithm);
    }
    bool ok = false;
    const int number = name.toInt(&ok);
    if (ok && algorithmName(number) != QStringLiteral("COSE %1").arg(number))
        return number;
    return std::nullopt;
}

const QList<int>& supportedAlgorithms()
{
    static const QList<int> all = [] {
        QList<int> list;
        for (const AlgorithmName& a : kAlgorithmNames) {
            if (a.algorithm != CoseAlgorithm::RS1)
                list << int(a.algorithm);
        }
        return list;
    }();
    return all;
}

bool isAttestationAlgorithm(int coseAlgorithm)
{
    return coseAlgorithm == int(CoseAlgorithm::RS1) || supportedAlgorithms().contains(coseAlgorithm);
}

bool isRsaAlgorithm(int coseAlgorithm)
{
    switch (CoseAlgorithm(coseAlgorithm)) {
    case CoseAlgorithm::RS1:
    case CoseAlgorithm::RS256:
    case CoseAlgorithm::RS384:
    case CoseAlgorithm::RS512:
    case CoseAlgorithm::PS256:
    case CoseAlgorithm::PS384:
        return true;
    default:
        return false;
    }
}

bool isRsaPssAlgorithm(int coseAlgorithm)
{
    return coseAlgorithm == int(CoseAlgorithm::PS256) || coseAlgorithm == int(CoseAlgorithm::PS384);
}

QString attestationTypeName(AttestationType type)
{
    switch (type) {
    case AttestationType::None:
        return QStringLiteral("none");
    case AttestationType::Self:
        return QStringLiteral("self");
    case AttestationType::Basic:
        return QStringLiteral("basic");
    case AttestationType::AttCA:
        return QStringLiteral("AttCA");
    case AttestationType::AnonCA:
        return QStringLiteral("AnonCA");
    }
    return QString();
}

QString attestationTrustName(AttestationTrust trust)
{
    switch (trust) {
    case AttestationTrust::None:
        return QStringLiteral("none");
    case AttestationTrust::Untrusted:
        return QStringLiteral("untrusted");
    case AttestationTrust::Trusted:
        return QStringLiteral("trusted");
    }
    return QString();
}

QString AuthenticatorFlags::describe() const
{
    static constexpr std::array<std::pair<quint8, const char16_t*>, 6> kNames{
        {{0x01, u" UP"}, {0x04, u" UV"}, {0x08, u" BE"}, {0x10, u" BS"}, {0x40, u" AT"}, {0x80, u" ED"}}};
    QString names;
    for (const auto& [bit, name] : kNames) {
        if (raw & bit)
            names += QStringView(name);
    }
    constexpr char16_t kHex[] = u"0123456789abcdef";
    const QChar hex[] = {QChar(u'0'), QChar(u'x'), QChar(kHex[raw >> 4]), QChar(kHex[raw & 0xf])};
    return QStringView(hex, 4) + QStringLiteral(" (") +
           (names.isEmpty() ? QStringLiteral("none") : names.mid(1)) + u')';
}

std::optional<Check> Verdict::failedCheck() const
{
    if (checks.isEmpty() || checks.constLast().passed)
        return std::nullopt;
    return checks.constLast().check;
}

QString Verdict::errorCode() const
{
    const auto failed = failedCheck();
    return failed ? checkName(*failed) : QString();
}

QString Verdict::failureDetail() const
{
    return failedCheck() ? checks.constLast().detail.message() : QString();
}

} // namespace keydesk::webauthn
