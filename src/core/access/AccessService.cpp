// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AccessService.h"

#include "core/ServiceCall.h"
#include "core/activation/ActivationSecrets.h"

#include <QRegularExpression>

namespace {

struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(AccessService)
};

} // namespace

namespace keydesk {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kMaxTokenDays = 3650;
// A finished sign-in is kept for a day: its audit events say all there is to know.
constexpr qint64 kSignInsKeptMs = kDayMs;

// A public handle: 48 random bits as hex, enough to tell an operator's few sessions apart.
QString newHandle()
{
    return QString::fromLatin1(secureRandomBytes(8).left(6).toHex());
}

Error refused(const Error& why)
{
    return Error(ErrorCode::SignInRequired).arg(why);
}

// Whose credentials `by` sees: a signed-in operator without ReadAdministration only their own
// (their user id); everyone's otherwise (0).
qint64 visibleOwner(const Actor& by)
{
    const auto& who = by.signedInOperator();
    return who && !by.may(Permission::ReadAdministration) ? who->userId : 0;
}

// Whether `by` may end a credential of `ownerId`: their own, or another's with ManageOperators.
// Another's does not exist (`missing`) for one who may not even see it.
Status mayEnd(const Actor& by, qint64 ownerId, const Error& missing)
{
    const auto& who = by.signedInOperator();
    if (who && who->userId == ownerId)
        return {};
    if (visibleOwner(by) != 0) // sees only their own
        return Status::failure(missing);
    return by.check(Permission::ManageOperators);
}

SignedInOperator whoHolds(qint64 userId, const QString& email, OperatorRole role, QString credential)
{
    return SignedInOperator{userId, email, role, std::move(credential)};
}

} // namespace

Result<OpenedSession> AccessService::openSession(qint64 userId, const QString& desk, qint64 keyId)
{
    using R = Result<OpenedSession>;
    Transaction tx(m_store.database());
    if (!tx.status())
        return R::failure(tx.status().cause());
    auto op = m_store.operators().find(userId);
    if (!op)
        return R::failure(op.cause());
    if (!op.value())
        return R::failure(Text::tr("user %1 is not an operator").arg(userId));
    if (!op.value()->enabled)
        return R::failure(Text::tr("'%1' is disabled").arg(op.value()->email));
    const qint64 now = m_store.clock().nowMs();
    OpenedSession opened;
    opened.secret = kSessionPrefix + randomToken();
    OperatorSession& s = opened.session;
    s.id = newHandle();
    s.userId = userId;
    s.email = op.value()->email;
    s.role = op.value()->role;
    s.desk = desk.trimmed().left(200);
    s.keyId = keyId;
    s.createdAtMs = now;
    s.expiresAtMs = now + m_policy.lifetimeMs;
    s.lastUsedAtMs = now;
    AuditLog::ActingAs acting(m_store.audit(), Actor::signedIn(whoHolds(s.userId, s.email, s.role,
                                                                        QStringLiteral("session ") + s.id)));
    if (Status st = m_store.access().insertSession(s, tokenHash(opened.secret.mid(kSessionPrefix.size())));
        !st)
        return R::failure(st.cause());
    if (Status st = tx.commit(); !st)
        return R::failure(st.cause());
    return opened;
}

Result<Actor> AccessService::authenticate(const QString& bearer, Use use)
{
    if (bearer.startsWith(kSessionPrefix) && looksLikeToken(QStringView(bearer).mid(kSessionPrefix.size())))
        return authenticateSession(bearer.mid(kSessionPrefix.size()), use);
    if (bearer.startsWith(kTokenPrefix) && looksLikeToken(QStringView(bearer).mid(kTokenPrefix.size())))
        return authenticateToken(bearer.mid(kTokenPrefix.size()), use);
    // Never repeated back: whatever was sent may be someone's secret.
    return Result<Actor>::failure(refused(Text::tr("the credential is not a KeyDesk session or API token")));
}

Result<Actor> AccessService::authenticateSession(const QString& secret, Use use)
{
    using R = Result<Actor>;
    auto found = m_store.access().sessionBySecret(tokenHash(secret));
    if (!found)
        return R::failure(found.cause());
    if (!found.value())
        return R::failure(refused(Text::tr("the session has ended or was revoked")));
    const OperatorSession& s = *found.value();
    const qint64 now = m_store.clock().nowMs();
    if (now >= s.expiresAtMs)
        return R::failure(refused(Text::tr("the session has expired")));
    if (now - s.lastUsedAtMs >= m_policy.idleMs)
        return R::failure(
            refused(Text::tr("the session was idle for more than %1 minutes").arg(m_policy.idleMs / 60000)));
    if (!s.userEnabled)
        return R::failure(refused(Text::tr("'%1' is disabled").arg(s.email)));
    if (use == Use::Touch && now - s.lastUsedAtMs >= m_policy.touchEveryMs) {
        if (Status st = m_store.access().touchSession(s.id, now); !st)
            return R::failure(st.cause());
    }
    return Actor::signedIn(whoHolds(s.userId, s.email, s.role, QStringLiteral("session ") + s.id));
}

Result<Actor> AccessService::authenticateToken(const QString& secret, Use use)
{
    using R = Result<Actor>;
    auto found = m_store.access().tokenBySecret(tokenHash(secret));
    if (!found)
        return R::failure(found.cause());
    if (!found.value())
        return R::failure(refused(Text::tr("the API token is unknown or was revoked")));
    const ApiToken& t = *found.value();
    const qint64 now = m_store.clock().nowMs();
    if (t.expiresAtMs && now >= *t.expiresAtMs)
        return R::failure(refused(Text::tr("the API token '%1' has expired").arg(t.name)));
    if (!t.userEnabled)
        return R::failure(refused(Text::tr("'%1' is disabled").arg(t.email)));
    if (use == Use::Touch && (!t.lastUsedAtMs || now - *t.lastUsedAtMs >= m_policy.touchEveryMs)) {
        if (Status st = m_store.access().touchToken(t.id, now); !st)
            return R::failure(st.cause());
    }
    return Actor::signedIn(whoHolds(t.userId, t.email, t.role, QStringLiteral("token ") + t.name));
}

Result<QList<OperatorSession>> AccessService::sessions(const Actor& by)
{
    return m_store.access().sessions(visibleOwner(by));
}

Result<OperatorSession> AccessService::endSession(const Actor& by, const QString& id)
{
    using R = Result<OperatorSession>;
    Transaction tx(m_store.database());
    if (!tx.status())
        return R::failure(tx.status().cause());
    auto found = m_store.access().session(id.trimmed().toLower());
    if (!found)
        return R::failure(found.cause());
    const Error missing = Text::tr("no session %1").arg(id.trimmed());
    if (!found.value())
        return R::failure(missing);
    if (Status allowed = mayEnd(by, found.value()->userId, missing); !allowed)
        return R::failure(allowed.cause());
    AuditLog::ActingAs acting(m_store.audit(), by);
    if (Status s = m_store.access().endSession(*found.value(), QStringLiteral("revoked")); !s)
        return R::failure(s.cause());
    if (Status s = tx.commit(); !s)
        return R::failure(s.cause());
    return *found.value();
}

Result<int> AccessService::deleteDeadSessions()
{
    const qint64 now = m_store.clock().nowMs();
    if (auto old = m_store.access().deleteSignInsBefore(now - kSignInsKeptMs); !old)
        return Result<int>::failure(old.cause());
    return m_store.access().deleteDeadSessions(now, now - m_policy.idleMs);
}

Result<CreatedToken> AccessService::createToken(const Actor& by, const QString& operatorUser,
                                                const QString& name, std::optional<int> expiresDays)
{
    using R = Result<CreatedToken>;
    return serviceCall(m_store, by, Permission::ManageOperators, [&]() -> R {
        static const QRegularExpression kName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
        if (!kName.match(name).hasMatch())
            return R::failure(Text::tr("a token's name is 1 to 64 letters, digits, '.', '_' or '-', starting "
                                       "with a letter or digit"));
        if (expiresDays && (*expiresDays < 1 || *expiresDays > kMaxTokenDays))
            return R::failure(Text::tr("a token expires after 1 to %1 days").arg(kMaxTokenDays));
        auto user = m_store.users().resolve(operatorUser);
        if (!user)
            return R::failure(user.cause());
        auto op = m_store.operators().find(user->id);
        if (!op)
            return R::failure(op.cause());
        if (!op.value())
            return R::failure(Text::tr("'%1' is not an operator").arg(user->email));
        auto taken = m_store.access().tokenNamed(name);
        if (!taken)
            return R::failure(taken.cause());
        if (taken.value())
            return R::failure(Text::tr("there is already a token named '%1'").arg(name));
        const qint64 now = m_store.clock().nowMs();
        CreatedToken created;
        created.secret = kTokenPrefix + randomToken();
        ApiToken& t = created.token;
        t.id = newHandle();
        t.name = name;
        t.userId = user->id;
        t.email = user->email;
        t.role = op.value()->role;
        t.createdAtMs = now;
        if (expiresDays)
            t.expiresAtMs = now + *expiresDays * kDayMs;
        if (Status s = m_store.access().insertToken(t, tokenHash(created.secret.mid(kTokenPrefix.size())));
            !s)
            return R::failure(s.cause());
        return created;
    });
}

Result<QList<ApiToken>> AccessService::tokens(const Actor& by)
{
    return m_store.access().tokens(visibleOwner(by));
}

Result<ApiToken> AccessService::revokeToken(const Actor& by, const QString& name)
{
    using R = Result<ApiToken>;
    Transaction tx(m_store.database());
    if (!tx.status())
        return R::failure(tx.status().cause());
    auto found = m_store.access().tokenNamed(name.trimmed());
    if (!found)
        return R::failure(found.cause());
    const Error missing = Text::tr("no token named '%1'").arg(name.trimmed());
    if (!found.value())
        return R::failure(missing);
    if (Status allowed = mayEnd(by, found.value()->userId, missing); !allowed)
        return R::failure(allowed.cause());
    AuditLog::ActingAs acting(m_store.audit(), by);
    if (Status s = m_store.access().deleteToken(*found.value()); !s)
        return R::failure(s.cause());
    if (Status s = tx.commit(); !s)
        return R::failure(s.cause());
    return *found.value();
}

} // namespace keydesk
