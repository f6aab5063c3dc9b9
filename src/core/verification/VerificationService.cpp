// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "VerificationService.h"

#include "AssertionExpectations.h"

#include "core/ServiceCall.h"
#include "core/store/Store.h"
#include "webauthn/AuthenticationVerifier.h"
#include "webauthn/Base64Url.h"
#include "webauthn/VerdictJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcVerification, "keydesk.verification", QtInfoMsg)

namespace keydesk {

namespace {

// Messages the phone shows (the API's "message"), in the server's language.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(VerificationService)
};

// What the console is told, said when it is read.
struct Refusal
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(VerificationService)
};

constexpr qint64 kCeremonyTimeoutMs = 2 * 60 * 1000;

EnrollmentReply internalError(const QString& what)
{
    qCWarning(lcVerification) << "database failure:" << what;
    return EnrollmentReply::internalError();
}

EnrollmentReply refusalFor(VerificationState state)
{
    switch (state) {
    case VerificationState::Expired:
        return EnrollmentReply::error(EnrollmentFailure::Gone, QStringLiteral("expired"),
                                      Text::tr("This verification has expired. Ask your helpdesk to start "
                                               "a new one."));
    case VerificationState::Verified:
    case VerificationState::Failed:
        return EnrollmentReply::error(EnrollmentFailure::Conflict, QStringLiteral("used"),
                                      Text::tr("This verification is finished. Ask your helpdesk to start "
                                               "a new one to try again."));
    case VerificationState::Pending:
        break;
    }
    return EnrollmentReply::success({});
}

EnrollmentReply unknownVerification()
{
    return EnrollmentReply::error(EnrollmentFailure::NotFound, QStringLiteral("unknown-link"),
                                  Text::tr("This verification link is not valid. Check that you opened "
                                           "the whole link."));
}

EnrollmentReply keyWithdrawn()
{
    return EnrollmentReply::error(EnrollmentFailure::Gone, QStringLiteral("withdrawn"),
                                  Text::tr("This security key is no longer active, so it cannot be "
                                           "verified."));
}

QByteArray randomChallenge()
{
    QByteArray challenge(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(challenge.data()), 8);
    return challenge;
}

} // namespace

VerificationService::VerificationService(Store& store, EnrollmentConfig config,
                                         const AuthenticatorNames& names)
    : m_store(store), m_config(std::move(config)), m_names(names)
{}

Result<VerificationLink> VerificationService::start(const Actor& by, qint64 keyId)
{
    using R = Result<VerificationLink>;
    // Read under the call's write lock: a key revoked a moment ago is never tested.
    return serviceCall(m_store, by, Permission::HandleKeys, [&]() -> R {
        auto row = m_store.keys().findById(keyId);
        if (!row)
            return R::failure(row.cause());
        if (!row.value())
            return R::failure(Error(ErrorCode::KeyNotFound, {QString::number(keyId)}));
        const SecurityKey& key = row.value()->key;
        if (key.status != KeyStatus::Active)
            return R::failure(Refusal::tr("only an active key can be verified; key %1 is %2")
                                  .arg(keyId)
                                  .arg(keyStatusName(key.status)));
        auto user = m_store.users().findById(key.userId);
        if (!user)
            return R::failure(user.cause());
        if (!user.value())
            return R::failure(Refusal::tr("the user of key %1 is gone").arg(keyId));
        auto started = m_store.verifications().start(key, *user.value(), randomChallenge(),
                                                     m_config.challengeLifetimeMs, by.name());
        if (!started)
            return R::failure(started.cause());
        return VerificationLink{started->verification, started->linkId,
                                m_config.verificationLink(started->linkId)};
    });
}

std::optional<VerificationService::Live> VerificationService::live(const QString& linkId,
                                                                   EnrollmentReply* refusal)
{
    auto found = m_store.verifications().findByLink(linkId);
    if (!found) {
        *refusal = internalError(found.error());
        return std::nullopt;
    }
    if (!found.value()) {
        *refusal = unknownVerification();
        return std::nullopt;
    }
    const VerificationState state = found.value()->verification.state(m_store.clock().nowMs());
    if (state != VerificationState::Pending) {
        *refusal = refusalFor(state);
        return std::nullopt;
    }
    auto row = m_store.keys().findById(found.value()->verification.keyId);
    if (!row) {
        *refusal = internalError(row.error());
        return std::nullopt;
    }
    auto user = m_store.users().findById(found.value()->verification.userId);
    if (!user) {
        *refusal = internalError(user.error());
        return std::nullopt;
    }
    if (!row.value() || !user.value() || row.value()->key.status != KeyStatus::Active) {
        *refusal = keyWithdrawn();
        return std::nullopt;
    }
    return Live{*found.value(), row.value()->key, *user.value()};
}

VerificationPageStatus VerificationService::status(const QString& linkId)
{
    VerificationPageStatus status;
    status.state = QStringLiteral("unknown");
    EnrollmentReply refusal;
    if (const auto found = live(linkId, &refusal)) {
        status.state = QStringLiteral("live");
        status.userName = found->user.displayName;
        status.keyLabel = found->key.label.isEmpty() ? keyTypeDisplayName(found->key.type) : found->key.label;
        return status;
    }
    if (refusal.code == QLatin1String("expired") || refusal.code == QLatin1String("withdrawn"))
        status.state = refusal.code;
    else if (refusal.code == QLatin1String("used"))
        status.state = QStringLiteral("finished");
    return status;
}

EnrollmentReply VerificationService::options(const QString& linkId)
{
    EnrollmentReply refusal;
    const auto found = live(linkId, &refusal);
    if (!found)
        return refusal;
    QJsonArray transports;
    for (const QString& t : found->key.transports)
        transports.append(t);
    QJsonObject allowed{{QStringLiteral("type"), QStringLiteral("public-key")},
                        {QStringLiteral("id"), webauthn::toBase64Url(found->key.credentialId)}};
    if (!transports.isEmpty())
        allowed.insert(QStringLiteral("transports"), transports);
    const QString uv = found->key.settings.requireUserVerification ? QStringLiteral("required")
                                                                   : QStringLiteral("preferred");
    return EnrollmentReply::success({
        {QStringLiteral("challenge"), webauthn::toBase64Url(found->context.challenge)},
        {QStringLiteral("timeout"), kCeremonyTimeoutMs},
        {QStringLiteral("rpId"), m_config.rpId},
        {QStringLiteral("allowCredentials"), QJsonArray{allowed}},
        {QStringLiteral("userVerification"), uv},
        {QStringLiteral("hints"),
         found->key.type == KeyType::Smartphone ? QJsonArray{QStringLiteral("hybrid")} : QJsonArray{}},
    });
}

EnrollmentReply VerificationService::complete(const QString& linkId, const QByteArray& body)
{
    EnrollmentReply refusal;
    const auto found = live(linkId, &refusal);
    if (!found)
        return refusal;
    Error parseError;
    const auto response = webauthn::parseAuthenticationResponse(body, &parseError);
    if (!response)
        return EnrollmentReply::error(
            EnrollmentFailure::BadRequest, QStringLiteral("malformed-response"),
            Text::tr("The authentication response is not valid: %1").arg(parseError.message()));

    const webauthn::AuthenticationExpectations expected =
        assertionExpectations(m_config, found->key, found->context.challenge, found->context.userHandle,
                              found->key.settings.requireUserVerification);
    const webauthn::Verdict verdict = webauthn::verifyAuthentication(*response, expected);
    const QJsonObject verdictJson = webauthn::verdictToJson(verdict);

    VerificationResult result;
    result.verified = verdict.verified();
    result.failedCheck = verdict.errorCode();
    result.verdict = webauthn::verdictForStorage(verdictJson); // codes, no sentences
    // The counter is known once the authenticator data parsed, even if a later check failed.
    for (const webauthn::CheckResult& c : verdict.checks)
        if (c.check == webauthn::Check::AuthenticatorData && c.passed)
            result.signCount = verdict.credential.signCount;
    result.backedUp = verdict.credential.flags.backedUp();
    auto finished = m_store.verifications().finish(found->context, found->user, result);
    if (!finished)
        return internalError(finished.error());
    switch (finished.value()) {
    case VerificationFinish::Recorded:
        break;
    case VerificationFinish::AlreadyFinished:
        return refusalFor(VerificationState::Verified);
    case VerificationFinish::KeyNotActive:
        return keyWithdrawn();
    }
    const QString authenticator = m_names.describe(found->key.aaguid);
    if (result.verified)
        qCInfo(lcVerification) << "verification" << found->context.verification.id << "of key"
                               << found->key.id << "verified";
    else
        qCInfo(lcVerification) << "verification" << found->context.verification.id << "of key"
                               << found->key.id << "failed at" << result.failedCheck;
    if (!result.verified)
        return EnrollmentReply::error(
            EnrollmentFailure::VerificationFailed, QStringLiteral("verification-failed"),
            Text::tr("The security key could not be verified (%1): %2")
                .arg(verdict.errorCode(), verdict.failureDetail()),
            QJsonObject{{QStringLiteral("verdict"), verdictJson},
                        {QStringLiteral("keyId"), found->key.id},
                        {QStringLiteral("verificationId"), found->context.verification.id}});
    return EnrollmentReply::success({{QStringLiteral("status"), QStringLiteral("verified")},
                                     {QStringLiteral("keyId"), found->key.id},
                                     {QStringLiteral("verificationId"), found->context.verification.id},
                                     {QStringLiteral("authenticator"), authenticator},
                                     {QStringLiteral("verdict"), verdictJson}});
}

} // namespace keydesk
