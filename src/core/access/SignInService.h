// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "core/access/AccessService.h"
#include "core/activation/EnrollmentConfig.h"
#include "core/activation/EnrollmentService.h"
#include "core/domain/OperatorAccess.h"

namespace keydesk {

class Store;

// What a desk gets when it asks to sign in: the link for the operator's phone (a QR on the
// desk), the number both show, and its own secret to collect the session with. Shown once.
struct StartedSignIn
{
    qint64 id = 0;
    QString link;       // <base-url>/s/<token>
    QString pollSecret; // "kdp_" + 43 base64url characters
    int matchNumber = 0;
    qint64 expiresAtMs = 0;
};

// What the phone's sign-in page shows.
struct SignInPageStatus
{
    QString state; // "live", "expired", "finished", "unknown"
    QString desk;
    QString deskAddress;
    int matchNumber = 0;
};

// Operators sign in with a KeyDesk key of their own (docs/operators.md): the desk starts a
// sign-in, the operator's phone opens its link and answers with an assertion of any active key
// of theirs (discoverable, user verification required), which KeyDesk's relying party verifies;
// the desk then collects a session. One assertion per sign-in: a refused one finishes it (and is
// audited with every check the RP made), so each try costs a new, rate-limited start.
class SignInService
{
public:
    // Its answers reach phones (see EnrollmentService::kTranslationContext).
    static constexpr const char* kTranslationContext = "SignInService";
    static constexpr qint64 kLifetimeMs = 5 * 60 * 1000;
    // Starts allowed from one address in kStartWindowMs.
    static constexpr int kStartsPerWindow = 10;
    static constexpr qint64 kStartWindowMs = 10 * 60 * 1000;
    static constexpr QLatin1StringView kPollPrefix{"kdp_"};

    SignInService(Store& store, EnrollmentConfig config, SessionPolicy policy = {})
        : m_store(store), m_config(std::move(config)), m_policy(policy)
    {}

    // `desk`: the name the desk gives itself (trimmed, at most 100 characters, required);
    // `deskAddress`: where its request came from, as the server saw it.
    Result<StartedSignIn> start(const QString& desk, const QString& deskAddress);

    SignInPageStatus status(const QString& token);
    // PublicKeyCredentialRequestOptionsJSON: no allow list (the operator's keys are discoverable).
    EnrollmentReply options(const QString& token);
    // AuthenticationResponseJSON in; approved or refused out.
    EnrollmentReply complete(const QString& token, const QByteArray& body);

    // The desk's poll: nullopt while the phone has not answered; the session once approved (once
    // only); the refusal, expiry or an unknown secret as an error.
    Result<std::optional<OpenedSession>> collect(const QString& pollSecret);

private:
    // The link's sign-in if it is still pending, else the reply saying why not.
    std::optional<OperatorSignIn> pending(const QString& token, EnrollmentReply* refusal);
    // Records a refused assertion: the sign-in fails, and the audit log keeps every check.
    EnrollmentReply refuse(const OperatorSignIn& signIn, const Error& why, qint64 userId,
                           const QString& email, const QJsonObject& verdict, const QString& failedCheck);

    Store& m_store;
    EnrollmentConfig m_config;
    SessionPolicy m_policy;
};

} // namespace keydesk
