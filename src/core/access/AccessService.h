// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "core/Actor.h"
#include "core/domain/OperatorAccess.h"

#include <QList>

#include <optional>

namespace keydesk {

class Store;

// How long a session lives (docs/operators.md).
struct SessionPolicy
{
    qint64 lifetimeMs = 8 * 3600 * 1000; // from sign-in, whatever happens
    qint64 idleMs = 30 * 60 * 1000;      // unused this long: ended
    // A session's or token's last use is written at most this often: a request is a read, and
    // the idle timeout needs no finer grain.
    qint64 touchEveryMs = 60 * 1000;
};

// Who may use a team server: operators' sessions and API tokens — opened, checked on every
// request, listed and ended. Secrets are 256 random bits, handed out once ("kds_…" for a session,
// "kdt_…" for a token) and kept only as SHA-256. An operator sees and ends their own sessions and
// tokens; seeing everyone's needs ReadAdministration, ending another's or making a token
// ManageOperators.
class AccessService
{
public:
    explicit AccessService(Store& store, SessionPolicy policy = {}) : m_store(store), m_policy(policy) {}

    // The sign-in ceremony's last step: the operator `userId` proved who they are with key `keyId`
    // from the desk `desk` (its own words: name and address). The session's audit event is theirs.
    Result<OpenedSession> openSession(qint64 userId, const QString& desk, qint64 keyId);

    // Whether authenticating counts as using the session: a request does; the live channel's
    // look, every few seconds, whether a listening desk's credential still holds does not (an
    // unattended desk's session must still end when idle).
    enum class Use
    {
        Touch,
        Check
    };
    // The operator behind a request's bearer secret, or ErrorCode::SignInRequired saying why not.
    Result<Actor> authenticate(const QString& bearer, Use use = Use::Touch);

    Result<QList<OperatorSession>> sessions(const Actor& by);
    // The session as it was.
    Result<OperatorSession> endSession(const Actor& by, const QString& id);
    // The server's sweep: deletes sessions past their end or idle timeout, and sign-ins older
    // than a day; how many sessions went.
    Result<int> deleteDeadSessions();

    // `operatorUser`: id or email; `expiresDays` 1–3650, none: until revoked.
    Result<CreatedToken> createToken(const Actor& by, const QString& operatorUser, const QString& name,
                                     std::optional<int> expiresDays);
    Result<QList<ApiToken>> tokens(const Actor& by);
    // The token as it was.
    Result<ApiToken> revokeToken(const Actor& by, const QString& name);

    static constexpr QLatin1StringView kSessionPrefix{"kds_"};
    static constexpr QLatin1StringView kTokenPrefix{"kdt_"};

private:
    Result<Actor> authenticateSession(const QString& secret, Use use);
    Result<Actor> authenticateToken(const QString& secret, Use use);

    Store& m_store;
    SessionPolicy m_policy;
};

} // namespace keydesk
