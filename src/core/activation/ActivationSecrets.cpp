// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ActivationSecrets.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSaveFile>

#include <cstring>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(ActivationSecrets)
};

} // namespace

namespace keydesk {

namespace {

constexpr int kAlphabetSize = sizeof(kManualCodeAlphabet) - 1;
static_assert(kAlphabetSize == 31);

} // namespace

QByteArray secureRandomBytes(int count)
{
    Q_ASSERT(count % 4 == 0);
    QByteArray bytes(count, Qt::Uninitialized);
    // The system generator reads the OS's cryptographic source.
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), count / 4);
    return bytes;
}

QString randomToken()
{
    return QString::fromLatin1(secureRandomBytes(kTokenBytes)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

ActivationSecrets ActivationSecrets::generate()
{
    ActivationSecrets secrets;
    secrets.token = randomToken();
    // One draw of random bytes for the whole code (a system call each, which a workflow makes
    // 100,000 times): bytes below 248 = 8 x 31 map evenly onto the alphabet, the rest are
    // rejected and more drawn if needed.
    QString code;
    while (code.size() < kManualCodeLength) {
        const QByteArray bytes = secureRandomBytes(16);
        for (char b : bytes) {
            const auto value = static_cast<unsigned char>(b);
            if (value < 8 * kAlphabetSize && code.size() < kManualCodeLength)
                code.append(QLatin1Char(kManualCodeAlphabet[value % kAlphabetSize]));
        }
    }
    secrets.manualCode = code;
    return secrets;
}

QByteArray tokenHash(const QString& token)
{
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256);
}

bool looksLikeToken(QStringView token)
{
    if (token.size() != 43)
        return false;
    for (QChar c : token) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') ||
                        u == '-' || u == '_';
        if (!ok)
            return false;
    }
    return true;
}

std::optional<QString> normalizeManualCode(QStringView typed)
{
    QString code;
    for (QChar c : typed) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-'))
            continue;
        const QChar upper = c.toUpper();
        if (upper.unicode() > 127 || !std::memchr(kManualCodeAlphabet, upper.toLatin1(), kAlphabetSize))
            return std::nullopt;
        code.append(upper);
        if (code.size() > kManualCodeLength)
            return std::nullopt;
    }
    if (code.size() != kManualCodeLength)
        return std::nullopt;
    return code;
}

QString groupManualCode(const QString& code)
{
    return code.size() == kManualCodeLength ? code.left(4) + QLatin1Char('-') + code.mid(4) : code;
}

Result<CodeKey> CodeKey::loadOrCreate(const QString& keyFile)
{
    using R = Result<CodeKey>;
    const QString& path = keyFile;
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return R::failure(
                Text::tr("cannot read the code key '%1': %2").arg(path, existing.errorString()));
        const QByteArray key = existing.read(64);
        if (key.size() != 32)
            return R::failure(Text::tr("the code key '%1' is damaged (expected 32 bytes)").arg(path));
        return CodeKey(key);
    }
    const QByteArray key = secureRandomBytes(32);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return R::failure(Text::tr("cannot create the code key '%1': no folder").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || file.write(key) != 32 ||
        !file.commit())
        return R::failure(Text::tr("cannot create the code key '%1': %2").arg(path, file.errorString()));
    return CodeKey(key);
}

QByteArray CodeKey::manualCodeHash(const QString& email, const QString& normalizedCode) const
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, m_key);
    mac.addData(email.toLower().toUtf8());
    mac.addData("\n", 1);
    mac.addData(normalizedCode.toLatin1());
    return mac.result();
}

QString CodeKey::fingerprint() const
{
    return QString::fromLatin1(keyedHash("keydesk code key fingerprint", {}).toHex().left(32));
}

QByteArray CodeKey::keyedHash(QByteArrayView purpose, QByteArrayView data) const
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, m_key);
    mac.addData(purpose.data(), purpose.size());
    mac.addData("\n", 1);
    mac.addData(data.data(), data.size());
    return mac.result();
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace keydesk
