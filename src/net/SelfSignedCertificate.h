// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace keydesk::net {

struct CertificatePair
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;
};

// A self-signed TLS server certificate for demos (`keydesk-cli server make-cert`): P-256 key,
// the host as subject CN and subjectAltName (DNS name or IP address), serverAuth, valid for
// 397 days (browsers refuse longer) unless `notBefore`/`notAfter` say otherwise (tests make
// expired ones). Phones trust it only once it is installed on them.
Result<CertificatePair> makeSelfSignedCertificate(const QString& host, const QDateTime& notBefore = {},
                                                  const QDateTime& notAfter = {});

} // namespace keydesk::net
