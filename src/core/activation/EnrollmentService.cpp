// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "EnrollmentService.h"

#include "KeyPolicy.h"

#include "ActivationSecrets.h"
#include "DeploymentSettings.h"
#include "core/keys/KeyStateMachine.h"
#include "core/store/Store.h"
#include "webauthn/Base64Url.h"
#include "webauthn/RegistrationVerifier.h"
#include "webauthn/StrictJson.h"
#include "webauthn/VerdictJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcEnrollment, "keydesk.enrollment", QtInfoMsg)

namespace keydesk {

namespace {

// Messages the phone shows (the API's "message"), in the server's language.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentService)
};

constexpr qint64 kCeremonyTimeoutMs = 5 * 60 * 1000;

EnrollmentReply internalError(const QString& what)
{
    qCWarning(lcEnrollment) << "database failure:" << what;
    return EnrollmentReply::internalError();
}

EnrollmentReply refusalFor(ActivationState state)
{
    switch (state) {
    case ActivationState::Expired:
        return EnrollmentReply::error(
            EnrollmentFailure::Gone, QStringLiteral("expired"),
            Text::tr("This activation link has expired. Ask your helpdesk for a new one."));
    case ActivationState::Superseded:
        return EnrollmentReply::error(
            EnrollmentFailure::Gone, QStringLiteral("superseded"),
            Text::tr("A newer activation link replaced this one. Use the latest link "
                     "you received."));
    case ActivationState::KeyWithdrawn:
        return EnrollmentReply::error(EnrollmentFailure::Gone, QStringLiteral("withdrawn"),
                                      Text::tr("This security key was withdrawn by your helpdesk."));
    case ActivationState::Used:
        return EnrollmentReply::error(EnrollmentFailure::Conflict, QStringLiteral("used"),
                                      Text::tr("This activation link was already used. Your key is active."));
    case ActivationState::Live:
        break;
    }
    return EnrollmentReply::success({});
}

EnrollmentReply unknownLink()
{
    return EnrollmentReply::error(
        EnrollmentFailure::NotFound, QStringLiteral("unknown-link"),
        Text::tr("This activation link is not valid. Check that you opened the whole "
                 "link, or ask your helpdesk for a new one."));
}

QString b64(const QByteArray& bytes)
{
    return webauthn::toBase64Url(bytes);
}

} // namespace

EnrollmentReply EnrollmentReply::success(QJsonObject body)
{
    EnrollmentReply r;
    r.body = std::move(body);
    return r;
}

EnrollmentReply EnrollmentReply::error(EnrollmentFailure failure, QString code, QString message,
                                       QJsonObject extra)
{
    EnrollmentReply r;
    r.failure = failure;
    r.code = std::move(code);
    r.message = std::move(message);
    r.body = std::move(extra);
    return r;
}

EnrollmentReply EnrollmentReply::internalError()
{
    // The details stay in the server's log; the client learns only that it may retry.
    return error(EnrollmentFailure::Internal, QStringLiteral("internal"),
                 Text::tr("The server could not complete the request. Try again."));
}

QJsonObject EnrollmentReply::errorJson() const
{
    QJsonObject json = body;
    json.insert(QStringLiteral("error"), code);
    json.insert(QStringLiteral("message"), message);
    return json;
}

EnrollmentService::EnrollmentService(Store& store, EnrollmentConfig config, const AuthenticatorNames& names)
    : m_store(store), m_config(std::move(config)), m_names(names),
      m_rateLimiter(store.lookupFailures(), store.clock())
{}

std::optional<ActivationContext> EnrollmentService::liveContext(const QString& token,
                                                                EnrollmentReply* refusal)
{
    auto found = m_store.keys().findByToken(token);
    if (!found) {
        *refusal = internalError(found.error());
        return std::nullopt;
    }
    if (!found.value()) {
        *refusal = unknownLink();
        return std::nullopt;
    }
    const ActivationState state =
        activationState(found.value()->activation, found.value()->key, m_store.clock().nowMs());
    if (state != ActivationState::Live) {
        *refusal = refusalFor(state);
        return std::nullopt;
    }
    return found.value();
}

LinkStatus EnrollmentService::linkStatus(const QString& token)
{
    LinkStatus status;
    status.state = QStringLiteral("unknown");
    auto found = m_store.keys().findByToken(token);
    if (!found || !found.value())
        return status;
    const ActivationState state =
        activationState(found.value()->activation, found.value()->key, m_store.clock().nowMs());
    status.state = activationStateName(state);
    status.expiresAtMs = found.value()->activation.expiresAtMs;
    if (state == ActivationState::Live)
        status.userName = found.value()->user.displayName;
    return status;
}

EnrollmentReply EnrollmentService::options(const QString& token)
{
    EnrollmentReply refusal;
    const auto context = liveContext(token, &refusal);
    if (!context)
        return refusal;
    QByteArray challenge(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(challenge.data()), 8);
    const qint64 now = m_store.clock().nowMs();
    auto handle = m_store.keys().beginCeremony(*context, challenge, now + m_config.challengeLifetimeMs);
    if (!handle)
        return internalError(handle.error());
    auto existing = m_store.keys().credentialIdsOf(context->user.id);
    if (!existing)
        return internalError(existing.error());

    QJsonArray params;
    for (int alg : m_config.algorithms)
        params.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("public-key")},
                                  {QStringLiteral("alg"), alg}});
    QJsonArray exclude;
    for (const QByteArray& id : existing.value())
        exclude.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("public-key")},
                                   {QStringLiteral("id"), b64(id)}});
    const KeySettings& settings = context->key.settings;
    // A policy of trusted attestation only needs the attestation statement, whatever the key's
    // own setting: asked for here, judged at completion.
    auto policy = keyPolicyForUser(m_store, context->key.userId);
    if (!policy)
        return internalError(policy.error());
    const bool askAttestation = settings.attestation != AttestationPolicy::None ||
                                (policy.value() && policy.value()->trustedAttestationOnly);
    const QString uv =
        settings.requireUserVerification ? QStringLiteral("required") : QStringLiteral("preferred");
    QJsonObject options{
        {QStringLiteral("rp"),
         QJsonObject{{QStringLiteral("id"), m_config.rpId}, {QStringLiteral("name"), m_config.rpName}}},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), b64(handle.value())},
                                             {QStringLiteral("name"), context->user.email},
                                             {QStringLiteral("displayName"), context->user.displayName}}},
        {QStringLiteral("challenge"), b64(challenge)},
        {QStringLiteral("pubKeyCredParams"), params},
        {QStringLiteral("timeout"), kCeremonyTimeoutMs},
        {QStringLiteral("excludeCredentials"), exclude},
        {QStringLiteral("authenticatorSelection"),
         QJsonObject{{QStringLiteral("residentKey"), QStringLiteral("required")},
                     {QStringLiteral("requireResidentKey"), true},
                     {QStringLiteral("userVerification"), uv}}},
        {QStringLiteral("attestation"), askAttestation ? QStringLiteral("direct") : QStringLiteral("none")},
        // A smartphone key: browsers offer the phone (QR / hybrid) first.
        {QStringLiteral("hints"),
         context->key.type == KeyType::Smartphone ? QJsonArray{QStringLiteral("hybrid")} : QJsonArray{}},
        {QStringLiteral("extensions"), QJsonObject{{QStringLiteral("credProps"), true}}},
    };
    return EnrollmentReply::success(options);
}

EnrollmentReply EnrollmentService::complete(const QString& token, const QByteArray& body)
{
    EnrollmentReply refusal;
    const auto context = liveContext(token, &refusal);
    if (!context)
        return refusal;
    Error parseError;
    const auto response = webauthn::parseRegistrationResponse(body, &parseError);
    if (!response)
        return EnrollmentReply::error(
            EnrollmentFailure::BadRequest, QStringLiteral("malformed-response"),
            Text::tr("The registration response is not valid: %1").arg(parseError.message()));
    if (context->challenge.isEmpty() || context->challengeExpiresAtMs <= m_store.clock().nowMs())
        return EnrollmentReply::error(
            EnrollmentFailure::BadRequest, QStringLiteral("no-ceremony"),
            Text::tr("No registration is in progress for this link, or it timed out. "
                     "Start again."));
    webauthn::RegistrationExpectations expected;
    expected.ceremony.challenge = context->challenge;
    expected.ceremony.rpId = m_config.rpId;
    expected.ceremony.origins = m_config.origins;
    expected.ceremony.requireUserVerification = context->key.settings.requireUserVerification;
    expected.algorithms = m_config.algorithms;
    // Read now: a root added in Settings counts without restarting the server.
    auto anchors = EnrollmentConfig::readTrustAnchors(m_store);
    if (!anchors)
        return internalError(anchors.error());
    expected.trustAnchors = anchors.value();
    expected.requireTrustedAttestation = context->key.settings.attestation == AttestationPolicy::Require;
    expected.verificationTime = m_store.clock().now();
    // The deployment's key policy and those of the user's groups, the strictest of each winning.
    auto policy = keyPolicyForUser(m_store, context->key.userId);
    if (!policy)
        return internalError(policy.error());
    expected.policy = policy.value();
    const webauthn::Verdict verdict = webauthn::verifyRegistration(*response, expected);
    const QJsonObject verdictJson = webauthn::verdictToJson(verdict);
    if (!verdict.verified()) {
        qCInfo(lcEnrollment) << "registration refused for key" << context->key.id << "at"
                             << verdict.errorCode();
        // The phone was fine; the deployment does not take it: said as such, for the user.
        if (verdict.failedCheck() == webauthn::Check::AuthenticatorPolicy)
            return EnrollmentReply::error(EnrollmentFailure::VerificationFailed,
                                          QStringLiteral("policy-refused"),
                                          Text::tr("This security key is not allowed here: %1. Ask your "
                                                   "helpdesk which kind to use.")
                                              .arg(verdict.failureDetail()),
                                          QJsonObject{{QStringLiteral("verdict"), verdictJson}});
        return EnrollmentReply::error(EnrollmentFailure::VerificationFailed,
                                      QStringLiteral("verification-failed"),
                                      Text::tr("The security key could not be verified (%1): %2")
                                          .arg(verdict.errorCode(), verdict.failureDetail()),
                                      QJsonObject{{QStringLiteral("verdict"), verdictJson}});
    }
    const webauthn::CredentialData& c = verdict.credential;
    VerifiedCredential credential;
    credential.id = c.id;
    credential.publicKeyCose = c.publicKeyCose;
    credential.algorithm = c.algorithm;
    credential.aaguid = c.aaguid;
    credential.signCount = c.signCount;
    credential.flags = c.flags.raw;
    credential.attestationFormat = c.attestationFormat;
    credential.attestationType =
        c.attestationType ? webauthn::attestationTypeName(*c.attestationType) : QString();
    credential.attestationTrust = webauthn::attestationTrustName(c.attestationTrust);
    credential.transports = response->transports;
    auto outcome = m_store.keys().complete(*context, credential);
    if (!outcome)
        return internalError(outcome.error());
    switch (outcome.value()) {
    case CompletionOutcome::Activated:
        break;
    case CompletionOutcome::ActivationNotLive:
        return refusalFor(ActivationState::Used);
    case CompletionOutcome::KeyNotPending:
        return refusalFor(ActivationState::KeyWithdrawn);
    case CompletionOutcome::CredentialInUse:
        return EnrollmentReply::error(EnrollmentFailure::Conflict, QStringLiteral("credential-registered"),
                                      Text::tr("This passkey is already registered with KeyDesk."));
    }
    qCInfo(lcEnrollment) << "key" << context->key.id << "activated";
    return EnrollmentReply::success({{QStringLiteral("status"), QStringLiteral("active")},
                                     {QStringLiteral("keyId"), context->key.id},
                                     {QStringLiteral("authenticator"), m_names.describe(c.aaguid)},
                                     {QStringLiteral("verdict"), verdictJson}});
}

EnrollmentReply EnrollmentService::lookup(const QByteArray& body, const QString& clientAddress)
{
    const auto badRequest = [](const QString& why) {
        return EnrollmentReply::error(EnrollmentFailure::BadRequest, QStringLiteral("bad-request"), why);
    };
    Error error;
    const auto json = webauthn::parseStrictJson(body, &error);
    if (!json)
        return badRequest(Text::tr("The body is not JSON: %1").arg(error.message()));
    const webauthn::JsonValue* emailValue = json->isObject() ? json->member("email") : nullptr;
    const webauthn::JsonValue* codeValue = json->isObject() ? json->member("code") : nullptr;
    if (!emailValue || !codeValue || json->items().size() != 2 || !emailValue->isString() ||
        !codeValue->isString())
        return badRequest(Text::tr("The body must be {\"email\": \"...\", \"code\": \"...\"}."));
    const QString email = emailValue->text().trimmed();
    if (email.isEmpty() || email.size() > 320)
        return badRequest(Text::tr("The email is missing or too long."));
    const auto wait = m_rateLimiter.retryAfter(email, clientAddress);
    if (!wait)
        return internalError(wait.error());
    if (wait->has_value()) {
        EnrollmentReply r =
            EnrollmentReply::error(EnrollmentFailure::TooManyRequests, QStringLiteral("rate-limited"),
                                   Text::tr("Too many wrong codes. Try again in %n minute(s).", nullptr,
                                            int((*wait.value() + 59) / 60)));
        r.retryAfterSeconds = *wait.value();
        return r;
    }
    // The same work whether or not the email has a pending activation, so that the time of a
    // wrong answer tells nothing: one write transaction, the code's hash made and compared with
    // every live activation of the email (none or some), and the failure recorded against the
    // email and the client (lookup_failures). Nothing is written to an activation on a wrong
    // code: that write would happen only for emails that have one.
    Transaction tx(m_store.database());
    if (!tx.status())
        return internalError(tx.status().error());
    const auto code = normalizeManualCode(codeValue->text());
    auto found = m_store.keys().findByManualCode(email, code.value_or(QString()));
    if (!found)
        return internalError(found.error());
    const std::optional<ActivationContext> match = code ? found.value() : std::nullopt;
    if (!match) {
        // One answer for an unknown email, a malformed code and a wrong code: nothing to enumerate.
        if (Status s = m_rateLimiter.recordFailure(email, clientAddress); !s)
            return internalError(s.error());
        if (Status s = tx.commit(); !s)
            return internalError(s.error());
        return EnrollmentReply::error(EnrollmentFailure::NotFound, QStringLiteral("no-match"),
                                      Text::tr("No pending activation matches this email and code."));
    }
    auto token = m_store.keys().issueLookupToken(match->activation.id);
    if (!token)
        return internalError(token.error());
    if (Status s = tx.commit(); !s)
        return internalError(s.error());
    return EnrollmentReply::success({{QStringLiteral("token"), token.value()},
                                     {QStringLiteral("link"), m_config.activationLink(token.value())},
                                     {QStringLiteral("expiresAt"), match->activation.expiresAtMs}});
}

} // namespace keydesk
