// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace keydesk::webauthn {

// SHA-256 in one call, with the digest fetched once: QCryptographicHash and OpenSSL's SHA256()
// (which fetches the algorithm on every call in 3.0) cost a measurable share of a verification.
QByteArray sha256(QByteArrayView data);

} // namespace keydesk::webauthn
