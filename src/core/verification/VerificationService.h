// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/Actor.h"
#include "core/activation/EnrollmentService.h"
#include "core/domain/SecurityKey.h"
#include "core/domain/User.h"
#include "core/domain/Verification.h"

namespace keydesk {

class Store;

// What the verification page shows for a link.
struct VerificationPageStatus
{
    QString state; // "live", "expired", "verified", "failed", "withdrawn", "unknown"
    QString userName;
    QString keyLabel;
};

// A verification as the console starts it: the link for the phone, once.
struct VerificationLink
{
    Verification verification;
    QString linkId;
    QString link; // <base-url>/v/<id>
};

// The test-mode relying party: an authentication ceremony for one stored credential (the allow
// list is that credential alone), judged by keydesk_webauthn, with every check recorded. Used by
// the console (start) and the enrollment server (status, options, complete).
class VerificationService
{
public:
    // Its answers reach phones (see EnrollmentService::kTranslationContext).
    static constexpr const char* kTranslationContext = "VerificationService";

    VerificationService(Store& store, EnrollmentConfig config, const AuthenticatorNames& names);

    const EnrollmentConfig& config() const { return m_config; }

    // Starts a verification of an active key with a fresh challenge, for `by`.
    Result<VerificationLink> start(const Actor& by, qint64 keyId);

    VerificationPageStatus status(const QString& linkId);
    // PublicKeyCredentialRequestOptionsJSON for the verification's credential.
    EnrollmentReply options(const QString& linkId);
    // AuthenticationResponseJSON in; the verdict out. A verdict, passed or failed, finishes the
    // verification: failed ones answer 400 "verification-failed" and leave the key unchanged.
    EnrollmentReply complete(const QString& linkId, const QByteArray& body);

private:
    struct Live
    {
        VerificationContext context;
        SecurityKey key;
        User user;
    };
    // The link's verification if it can still be answered, else the reply that says why not.
    std::optional<Live> live(const QString& linkId, EnrollmentReply* refusal);

    Store& m_store;
    EnrollmentConfig m_config;
    const AuthenticatorNames& m_names;
};

} // namespace keydesk
