// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace keydesk {

class Store;

// Where phones reach the enrollment server and what the relying party accepts. Read from the
// database's settings (they belong to the deployment, not to one desk); without a configured
// base URL, links follow the address a running server listens on, for demos on any port.
struct EnrollmentConfig
{
    static constexpr quint16 kDefaultPort = 8765;
    // Database settings keys.
    static constexpr const char* kBaseUrlKey = "enrollment.base_url";
    static constexpr const char* kRpIdKey = "enrollment.rp_id";
    static constexpr const char* kRpNameKey = "enrollment.rp_name";
    static constexpr const char* kOriginsKey = "enrollment.origins"; // space-separated
    static constexpr const char* kListeningUrlKey = "enrollment.listening_url";
    static constexpr const char* kTrustAnchorsKey = "attestation.trust_anchors"; // PEM
    static constexpr const char* kAlgorithmsKey = "enrollment.algorithms";       // names, space-separated
    // What phones are offered when nothing is configured, in order of preference.
    static const QList<int>& defaultAlgorithms();

    QString baseUrl; // scheme://host[:port][/path], no trailing slash
    QString rpId;
    QString rpName = QStringLiteral("KeyDesk");
    QStringList origins;
    QList<QByteArray> trustAnchors;
    QList<int> algorithms = defaultAlgorithms(); // credential algorithms offered and accepted
    qint64 challengeLifetimeMs = 5 * 60 * 1000;

    QString activationLink(const QString& token) const { return baseUrl + QStringLiteral("/a/") + token; }
    QString verificationLink(const QString& linkId) const { return baseUrl + QStringLiteral("/v/") + linkId; }
    QString signInLink(const QString& token) const { return baseUrl + QStringLiteral("/s/") + token; }

    // Settings of `store`, falling back to `listeningUrl` (what a running server recorded or is
    // about to listen on) and then to http://localhost:8765. Inconsistent settings (an RP ID
    // that is not the base URL's host or a parent of it) are an error naming the setting.
    static Result<EnrollmentConfig> resolve(Store& store, const QString& listeningUrl = {});
    // The attestation trust anchors as stored now (empty: none), for a registration to judge its
    // attestation by the roots of the moment rather than those of the server's start.
    static Result<QList<QByteArray>> readTrustAnchors(Store& store);
    // The same rules on given values; for tests and the settings dialog.
    // "ES256 RS384 …" as COSE algorithms a credential key may use: known names, no duplicates,
    // never RS1 (attestation statements only).
    static Result<QList<int>> parseAlgorithms(const QString& text);
    static Result<EnrollmentConfig> fromValues(const QString& baseUrl, const QString& rpId,
                                               const QString& rpName, const QString& origins);
};

// "http://localhost:8765" for a server listening on `port`.
QString localListeningUrl(bool tls, quint16 port);

} // namespace keydesk
