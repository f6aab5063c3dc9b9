// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace keydesk {

// The secrets of one activation as handed to the user: shown once, never stored. The database
// keeps tokenHash(token) and a keyed hash of the code.
struct ActivationSecrets
{
    QString token;      // 32 random bytes, base64url: the last part of the link
    QString manualCode; // 8 characters of kManualCodeAlphabet, no separator

    static ActivationSecrets generate();
};

// Unambiguous to read and type: no 0/O, 1/I/L. 31 symbols, so 8 of them carry 39.6 bits.
inline constexpr char kManualCodeAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
constexpr int kManualCodeLength = 8;
constexpr int kTokenBytes = 32;

// `count` (a multiple of 4) bytes from the OS's cryptographic source.
QByteArray secureRandomBytes(int count);

// 32 OS-random bytes as base64url (43 characters): an activation link's token, or a
// verification link's id.
QString randomToken();

// SHA-256 of the token's text; tokens carry 256 random bits, so an unkeyed hash suffices.
QByteArray tokenHash(const QString& token);
// Whether a string could be a token at all (43 base64url characters), checked before any lookup.
bool looksLikeToken(QStringView token);

// "abcd-efgh", "ABCD EFGH" and "abcdefgh" all normalise to "ABCDEFGH"; nullopt if it cannot be a
// code (wrong length or a character outside the alphabet).
std::optional<QString> normalizeManualCode(QStringView typed);
// "ABCDEFGH" -> "ABCD-EFGH", as shown to people.
QString groupManualCode(const QString& code);

// A secret key kept outside the database (mode 0600) for the keyed code hashes: a code has only
// 40 bits, so a stolen database alone must not let anyone test codes offline. Beside an SQLite
// file; for PostgreSQL a file every server instance is given (Store::open).
class CodeKey
{
public:
    // Reads the key file, creating it (and its folder) with 32 random bytes if missing.
    static Result<CodeKey> loadOrCreate(const QString& keyFile);
    static CodeKey fromBytes(QByteArray key) { return CodeKey(std::move(key)); }

    // HMAC-SHA-256 over the lower-cased email and the normalised code: the same code for two
    // people hashes differently, and the hash is useless without the key.
    QByteArray manualCodeHash(const QString& email, const QString& normalizedCode) const;
    // HMAC-SHA-256 of `purpose` and `data`: other values kept only in keyed form.
    QByteArray keyedHash(QByteArrayView purpose, QByteArrayView data) const;
    // A value that tells keys apart without revealing them: kept in the database, so that an
    // instance given another key file is refused instead of failing every code.
    QString fingerprint() const;

private:
    explicit CodeKey(QByteArray key) : m_key(std::move(key)) {}
    QByteArray m_key;
};

// Compares two digests in time independent of where they differ.
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

} // namespace keydesk
