// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"

#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QUrl>

namespace keydesk::net {

// "AB:CD:…": the SHA-256 of a certificate, the way people compare it with what the server's
// operator reads out (keydesk-cli server make-cert prints the same).
QString certificateFingerprint(const QSslCertificate& certificate);

// Whether `errors` say only that nobody vouches for the certificate (self-signed, unknown issuer):
// what a confirmed fingerprint may wave through. A wrong name or an expired certificate never is.
bool onlyTrustErrors(const QList<QSslError>& errors);

// Team servers whose self-signed certificate an operator confirmed on first use, like SSH's
// known_hosts: one "host:port fingerprint" line each. A server whose certificate changes is not
// trusted until confirmed again.
class KnownServers
{
public:
    explicit KnownServers(QString path) : m_path(std::move(path)) {}

    bool trusts(const QUrl& server, const QString& fingerprint) const;
    // Replaces what was known of `server`; the file is readable by its owner only.
    Status remember(const QUrl& server, const QString& fingerprint) const;

private:
    static QString keyOf(const QUrl& server);
    QString m_path;
};

} // namespace keydesk::net
