// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "OpenSslPtr.h"
#include "Verdict.h"
#include "base/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include "StrictCbor.h"

#include <optional>
#include <vector>

namespace keydesk::webauthn {

using CertificateChain = std::vector<X509Ptr>;

constexpr int kMaxX5cCertificates = 8;
constexpr qsizetype kMaxCertificateBytes = 8 * 1024;

// attStmt.x5c: a CBOR array of 1 to kMaxX5cCertificates DER certificates, each parsed exactly.
std::optional<CertificateChain> parseX5c(const CborValue* x5c, Error* error);

// Parses PEM (one or more certificates) or DER root certificates.
std::optional<CertificateChain> parseTrustAnchors(const QList<QByteArray>& anchors, Error* error);

QString certificateName(const X509_NAME* name); // RFC 2253 text; empty for an empty name
// For sentences: the subject, or "(empty subject)" said in the reader's language.
Error certificateSubject(X509* cert);

// The contents of the extension's extnValue OCTET STRING; nullopt when absent.
std::optional<QByteArray> certificateExtension(X509* cert, const char* oid, bool* critical = nullptr);

// Empty when id-fido-gen-ce-aaguid (1.3.6.1.4.1.45724.1.1.4) is absent, or present, not critical
// and equal to the AAGUID; otherwise why not.
Error checkAaguidExtension(X509* cert, const QByteArray& aaguid);

// Basic constraints say CA:true.
bool certificateIsCa(X509* cert);

// Builds the chain leaf → x5c[1..] → one of the anchors with OpenSSL at the given time. Only the
// anchors are trusted: a self-signed certificate inside x5c never is.
AttestationTrust verifyCertificateChain(const CertificateChain& chain, const QList<QByteArray>& anchors,
                                        const QDateTime& at, Error* detail);

} // namespace keydesk::webauthn
