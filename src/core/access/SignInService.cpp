// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "SignInService.h"

#include "core/activation/ActivationSecrets.h"
#include "core/store/Store.h"
#include "core/verification/AssertionExpectations.h"
#include "webauthn/AuthenticationVerifier.h"
#include "webauthn/Base64Url.h"
#include "webauthn/VerdictJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcSignIn, "keydesk.sign-in", QtInfoMsg)

namespace keydesk {

namespace {

// Messages the phone shows (the API's "message"), in the phone's language.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SignInService)
};

// What the desk is told, and why a sign-in was refused: said when read.
struct Refusal
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(SignInService)
};

constexpr qint64 kCeremonyTimeoutMs = 2 * 60 * 1000;
constexpr qsizetype kMaxDeskName = 100;

EnrollmentReply internalError(const QString& what)
{
    qCWarning(lcSignIn) << "database failure:" << what;
    return EnrollmentReply::internalError();
}

EnrollmentReply unknownSignIn()
{
    return EnrollmentReply::error(EnrollmentFailure::NotFound, QStringLiteral("unknown-link"),
                                  Text::tr("This sign-in link is not valid. Check that you scanned the code "
                                           "on the desk."));
}

QString deskLabel(const OperatorSignIn& signIn)
{
    return signIn.desk + QStringLiteral(" (") + signIn.deskAddress + u')';
}

} // namespace

Result<StartedSignIn> SignInService::start(const QString& desk, const QString& deskAddress)
{
    using R = Result<StartedSignIn>;
    const QString name = desk.simplified();
    if (name.isEmpty() || name.size() > kMaxDeskName)
        return R::failure(Refusal::tr("a desk names itself in 1 to %1 characters").arg(kMaxDeskName));
    Transaction tx(m_store.database());
    if (!tx.status())
        return R::failure(tx.status().cause());
    const qint64 now = m_store.clock().nowMs();
    auto recent = m_store.access().countSignInsFrom(deskAddress, now - kStartWindowMs);
    if (!recent)
        return R::failure(recent.cause());
    if (recent.value() >= kStartsPerWindow)
        return R::failure(
            Error(ErrorCode::RateLimited).arg(Refusal::tr("too many sign-ins from %1").arg(deskAddress)));
    OperatorSignIn signIn;
    signIn.matchNumber = int(QRandomGenerator::system()->bounded(10, 100));
    signIn.desk = name;
    signIn.deskAddress = deskAddress;
    signIn.createdAtMs = now;
    signIn.expiresAtMs = now + kLifetimeMs;
    signIn.challenge = secureRandomBytes(32);
    const QString token = randomToken();
    StartedSignIn started;
    started.pollSecret = kPollPrefix + randomToken();
    auto id = m_store.access().insertSignIn(signIn, tokenHash(token),
                                            tokenHash(started.pollSecret.mid(kPollPrefix.size())));
    if (!id)
        return R::failure(id.cause());
    if (Status s = tx.commit(); !s)
        return R::failure(s.cause());
    started.id = id.value();
    started.link = m_config.signInLink(token);
    started.matchNumber = signIn.matchNumber;
    started.expiresAtMs = signIn.expiresAtMs;
    return started;
}

std::optional<OperatorSignIn> SignInService::pending(const QString& token, EnrollmentReply* refusal)
{
    if (!looksLikeToken(token)) {
        *refusal = unknownSignIn();
        return std::nullopt;
    }
    auto found = m_store.access().signInByLink(tokenHash(token));
    if (!found) {
        *refusal = internalError(found.error());
        return std::nullopt;
    }
    if (!found.value()) {
        *refusal = unknownSignIn();
        return std::nullopt;
    }
    const OperatorSignIn& signIn = *found.value();
    if (signIn.expired(m_store.clock().nowMs())) {
        *refusal = EnrollmentReply::error(EnrollmentFailure::Gone, QStringLiteral("expired"),
                                          Text::tr("This sign-in has expired. Start a new one at the desk."));
        return std::nullopt;
    }
    if (signIn.state != SignInState::Pending) {
        *refusal = EnrollmentReply::error(EnrollmentFailure::Conflict, QStringLiteral("used"),
                                          Text::tr("This sign-in is finished. Start a new one at the desk to "
                                                   "try again."));
        return std::nullopt;
    }
    return signIn;
}

SignInPageStatus SignInService::status(const QString& token)
{
    SignInPageStatus status;
    EnrollmentReply refusal;
    if (const auto signIn = pending(token, &refusal)) {
        status.state = QStringLiteral("live");
        status.desk = signIn->desk;
        status.deskAddress = signIn->deskAddress;
        status.matchNumber = signIn->matchNumber;
    } else if (refusal.code == QLatin1String("expired")) {
        status.state = QStringLiteral("expired");
    } else if (refusal.code == QLatin1String("used")) {
        status.state = QStringLiteral("finished");
    } else {
        status.state = QStringLiteral("unknown");
    }
    return status;
}

EnrollmentReply SignInService::options(const QString& token)
{
    EnrollmentReply refusal;
    const auto signIn = pending(token, &refusal);
    if (!signIn)
        return refusal;
    return EnrollmentReply::success({
        {QStringLiteral("challenge"), webauthn::toBase64Url(signIn->challenge)},
        {QStringLiteral("timeout"), kCeremonyTimeoutMs},
        {QStringLiteral("rpId"), m_config.rpId},
        {QStringLiteral("allowCredentials"), QJsonArray{}},
        {QStringLiteral("userVerification"), QStringLiteral("required")},
        {QStringLiteral("hints"), QJsonArray{QStringLiteral("hybrid")}},
    });
}

EnrollmentReply SignInService::refuse(const OperatorSignIn& signIn, const Error& why, qint64 userId,
                                      const QString& email, const QJsonObject& verdict,
                                      const QString& failedCheck)
{
    Transaction tx(m_store.database());
    if (!tx.status())
        return internalError(tx.status().error());
    auto finished = m_store.access().finishSignIn(signIn.id, SignInState::Failed, userId, 0, why.toStored(),
                                                  m_store.clock().nowMs());
    if (!finished)
        return internalError(finished.error());
    if (!finished.value())
        return EnrollmentReply::error(
            EnrollmentFailure::Conflict, QStringLiteral("used"),
            Text::tr("This sign-in is finished. Start a new one at the desk to try again."));
    QJsonObject details{{QStringLiteral("sign_in"), signIn.id},
                        {QStringLiteral("desk"), signIn.desk},
                        {QStringLiteral("desk_address"), signIn.deskAddress},
                        {QStringLiteral("reason"), why.toStored()}};
    if (!failedCheck.isEmpty())
        details.insert(QStringLiteral("failed_check"), failedCheck);
    if (!verdict.isEmpty())
        details.insert(QStringLiteral("verdict"), verdict);
    const Status audited =
        userId > 0 ? m_store.audit().append(QStringLiteral("sign-in.refuse"), QStringLiteral("user"), userId,
                                            email, details)
                   : m_store.audit().append(QStringLiteral("sign-in.refuse"), QStringLiteral("sign-in"),
                                            signIn.id, signIn.desk, details);
    if (!audited)
        return internalError(audited.error());
    if (Status s = tx.commit(); !s)
        return internalError(s.error());
    qCInfo(lcSignIn) << "sign-in" << signIn.id << "refused:" << why.message();
    return EnrollmentReply::error(EnrollmentFailure::VerificationFailed, QStringLiteral("sign-in-refused"),
                                  Text::tr("KeyDesk did not sign you in: %1").arg(why.message()));
}

EnrollmentReply SignInService::complete(const QString& token, const QByteArray& body)
{
    EnrollmentReply refusal;
    const auto signIn = pending(token, &refusal);
    if (!signIn)
        return refusal;
    Error parseError;
    const auto response = webauthn::parseAuthenticationResponse(body, &parseError);
    if (!response)
        return EnrollmentReply::error(
            EnrollmentFailure::BadRequest, QStringLiteral("malformed-response"),
            Text::tr("The authentication response is not valid: %1").arg(parseError.message()));

    // Whose key answered: the credential id names it; only an active key of an enabled operator.
    auto row = m_store.keys().findByCredentialId(response->rawId);
    if (!row)
        return internalError(row.error());
    if (!row.value())
        return refuse(*signIn, Refusal::tr("this key is not registered with KeyDesk"), 0, {}, {}, {});
    const SecurityKey key = row.value()->key;
    auto user = m_store.users().findById(key.userId);
    if (!user)
        return internalError(user.error());
    if (!user.value())
        return refuse(*signIn, Refusal::tr("this key is not registered with KeyDesk"), 0, {}, {}, {});
    const User& owner = *user.value();
    if (key.status != KeyStatus::Active)
        return refuse(
            *signIn,
            Refusal::tr("key %1 of %2 is %3").arg(key.id).arg(owner.email, keyStatusName(key.status)),
            owner.id, owner.email, {}, {});
    auto op = m_store.operators().find(owner.id);
    if (!op)
        return internalError(op.error());
    if (!op.value())
        return refuse(*signIn, Refusal::tr("%1 is not a KeyDesk operator").arg(owner.email), owner.id,
                      owner.email, {}, {});
    if (!owner.enabled)
        return refuse(*signIn, Refusal::tr("%1 is disabled").arg(owner.email), owner.id, owner.email, {}, {});
    auto handle = m_store.users().webAuthnHandle(owner.id);
    if (!handle)
        return internalError(handle.error());

    // An operator's sign-in always asks for user verification, whatever the key's own settings.
    const webauthn::AuthenticationExpectations expected =
        assertionExpectations(m_config, key, signIn->challenge, handle.value(), true);
    const webauthn::Verdict verdict = webauthn::verifyAuthentication(*response, expected);
    if (!verdict.verified())
        return refuse(*signIn,
                      Refusal::tr("the relying party refused the assertion (%1): %2")
                          .arg(verdict.errorCode(), verdict.failureDetail()),
                      owner.id, owner.email, webauthn::verdictForStorage(webauthn::verdictToJson(verdict)),
                      verdict.errorCode());

    Transaction tx(m_store.database());
    if (!tx.status())
        return internalError(tx.status().error());
    auto used =
        m_store.keys().recordUse(key.id, verdict.credential.signCount, verdict.credential.flags.backedUp());
    if (!used)
        return internalError(used.error());
    auto approved = m_store.access().finishSignIn(signIn->id, SignInState::Approved, owner.id, key.id, {},
                                                  m_store.clock().nowMs());
    if (!approved)
        return internalError(approved.error());
    if (!used.value() || !approved.value()) // the key or the sign-in changed under us
        return EnrollmentReply::error(
            EnrollmentFailure::Conflict, QStringLiteral("used"),
            Text::tr("This sign-in is finished. Start a new one at the desk to try again."));
    if (Status s = m_store.audit().append(
            QStringLiteral("sign-in.approve"), QStringLiteral("user"), owner.id, owner.email,
            {{QStringLiteral("sign_in"), signIn->id},
             {QStringLiteral("desk"), signIn->desk},
             {QStringLiteral("desk_address"), signIn->deskAddress},
             {QStringLiteral("key_id"), key.id},
             {QStringLiteral("sign_count"), qint64(verdict.credential.signCount)}});
        !s)
        return internalError(s.error());
    if (Status s = tx.commit(); !s)
        return internalError(s.error());
    qCInfo(lcSignIn) << "sign-in" << signIn->id << "approved for user" << owner.id << "with key" << key.id;
    return EnrollmentReply::success({{QStringLiteral("status"), QStringLiteral("signed-in")},
                                     {QStringLiteral("operator"), owner.email},
                                     {QStringLiteral("desk"), signIn->desk}});
}

Result<std::optional<OpenedSession>> SignInService::collect(const QString& pollSecret)
{
    using R = Result<std::optional<OpenedSession>>;
    const Error unknown = Refusal::tr("no such sign-in; start a new one");
    if (!pollSecret.startsWith(kPollPrefix) ||
        !looksLikeToken(QStringView(pollSecret).mid(kPollPrefix.size())))
        return R::failure(unknown);
    Transaction tx(m_store.database());
    if (!tx.status())
        return R::failure(tx.status().cause());
    auto found = m_store.access().signInByPoll(tokenHash(pollSecret.mid(kPollPrefix.size())));
    if (!found)
        return R::failure(found.cause());
    if (!found.value())
        return R::failure(unknown);
    const OperatorSignIn& signIn = *found.value();
    const qint64 now = m_store.clock().nowMs();
    switch (signIn.state) {
    case SignInState::Pending:
        if (signIn.expired(now))
            return R::failure(Refusal::tr("the sign-in expired before the phone answered; start a new one"));
        return std::optional<OpenedSession>();
    case SignInState::Failed:
        return R::failure(Refusal::tr("the sign-in was refused: %1").arg(Error::fromStored(signIn.failure)));
    case SignInState::Collected:
        return R::failure(Refusal::tr("this sign-in's session was handed out already"));
    case SignInState::Approved:
        break;
    }
    if (now >= signIn.expiresAtMs)
        return R::failure(
            Refusal::tr("the sign-in expired before the desk collected its session; start a new one"));
    auto collected = m_store.access().collectSignIn(signIn.id);
    if (!collected)
        return R::failure(collected.cause());
    if (!collected.value())
        return R::failure(Refusal::tr("this sign-in's session was handed out already"));
    auto opened =
        AccessService(m_store, m_policy).openSession(signIn.userId, deskLabel(signIn), signIn.keyId);
    if (!opened)
        return R::failure(opened.cause());
    if (Status s = tx.commit(); !s)
        return R::failure(s.cause());
    return std::optional<OpenedSession>(opened.value());
}

} // namespace keydesk
