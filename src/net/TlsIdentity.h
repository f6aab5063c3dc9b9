// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"

#include <QDateTime>
#include <QSslConfiguration>
#include <QStringList>

namespace keydesk::net {

// The enrollment server's HTTPS identity and policy: TLS 1.3, and TLS 1.2 with ECDHE and an AEAD
// cipher only (AES-GCM, ChaCha20-Poly1305) — the same policy as packaging/nginx/keydesk.conf.
struct TlsIdentity
{
    QSslConfiguration configuration;
    QStringList warnings; // served all the same, but said in the log
};

// Reads the PEM certificate chain (leaf first) and private key. Refuses files that cannot be read
// or parsed, and a key that is not the certificate's; warns about a key file other users can read
// and a certificate that has expired or is not valid yet at `now`.
Result<TlsIdentity> loadTlsIdentity(const QString& certificatePath, const QString& keyPath,
                                    const QDateTime& now);

// The TLS 1.2 and 1.3 cipher suites the server offers (names as OpenSSL gives them).
QStringList serverCipherNames();

} // namespace keydesk::net
