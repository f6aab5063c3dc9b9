// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace keydesk::webauthn {

// base64url without padding, as WebAuthn's JSON forms use it (RFC 4648 §5).
QString toBase64Url(const QByteArray& bytes);

// Strict decoding: only the URL-safe alphabet, no padding, no whitespace, and no stray low bits
// in the last character (so each byte string has exactly one spelling). nullopt when invalid.
std::optional<QByteArray> fromBase64Url(QStringView text);
std::optional<QByteArray> fromBase64Url(QByteArrayView text); // ASCII bytes

} // namespace keydesk::webauthn
