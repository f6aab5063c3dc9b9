// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "AuthenticatorNames.h"
#include "EnrollmentConfig.h"
#include "LookupRateLimiter.h"

#include <QJsonObject>

namespace keydesk {

class Store;
struct ActivationContext;

// Why a request to the enrollment API failed; the server turns it into an HTTP status.
enum class EnrollmentFailure
{
    None,
    BadRequest,         // 400: malformed body or parameters
    VerificationFailed, // 400: the relying party refused the registration
    NotFound,           // 404: no such link, or no live activation for email + code
    Conflict,           // 409: already used, or the credential is bound elsewhere
    Gone,               // 410: expired, superseded or withdrawn
    TooManyRequests,    // 429: too many wrong codes
    Internal,           // 500: the database failed
};

// What one API call answers: a body on success; on failure a stable machine code ("expired"),
// a message for people and optional extra members (the verdict).
struct EnrollmentReply
{
    EnrollmentFailure failure = EnrollmentFailure::None;
    QString code;
    QString message;
    QJsonObject body;
    int retryAfterSeconds = 0;

    bool ok() const { return failure == EnrollmentFailure::None; }
    static EnrollmentReply success(QJsonObject body);
    static EnrollmentReply error(EnrollmentFailure failure, QString code, QString message,
                                 QJsonObject extra = {});
    // 500 "internal": the database failed.
    static EnrollmentReply internalError();
    // {"error": code, "message": message, ...extra}
    QJsonObject errorJson() const;
};

// What the activation page shows for a link.
struct LinkStatus
{
    QString state; // "live", "expired", "used", "superseded", "withdrawn", "unknown"
    QString userName;
    qint64 expiresAtMs = 0;
};

// The enrollment API without HTTP: activation options, completion and the code lookup. The
// registration is verified by keydesk_webauthn and bound to the key in one transaction.
class EnrollmentService
{
public:
    // Its answers reach phones: the translation context of its messages, for the server to
    // declare phone-facing (i18n/PhoneLanguage.h).
    static constexpr const char* kTranslationContext = "EnrollmentService";

    EnrollmentService(Store& store, EnrollmentConfig config, const AuthenticatorNames& names);

    const EnrollmentConfig& config() const { return m_config; }

    LinkStatus linkStatus(const QString& token);
    // PublicKeyCredentialCreationOptionsJSON for the link's key; starts a fresh ceremony.
    EnrollmentReply options(const QString& token);
    // RegistrationResponseJSON in; the verdict and the activated key out.
    EnrollmentReply complete(const QString& token, const QByteArray& body);
    // {"email", "code"} in; {"token", "link"} out. `clientAddress` keys the rate limit.
    EnrollmentReply lookup(const QByteArray& body, const QString& clientAddress);

private:
    // The link's activation if it can still be used, else the reply that says why not.
    std::optional<ActivationContext> liveContext(const QString& token, EnrollmentReply* refusal);

    Store& m_store;
    EnrollmentConfig m_config;
    const AuthenticatorNames& m_names;
    LookupRateLimiter m_rateLimiter;
};

} // namespace keydesk
