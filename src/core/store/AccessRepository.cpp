// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AccessRepository.h"

#include <QJsonObject>

namespace keydesk {

namespace {

OperatorRole roleOf(const QSqlQuery& row)
{
    // The schema's CHECK admits only the three names.
    return operatorRoleFromName(row.value(QStringLiteral("role")).toString()).value_or(OperatorRole::Auditor);
}

std::optional<qint64> optionalMs(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QVariant nullableMs(const std::optional<qint64>& ms)
{
    return ms ? QVariant(*ms) : QVariant(QMetaType::fromType<qint64>());
}

template <typename T> Result<std::optional<T>> firstOf(Result<QList<T>> rows)
{
    if (!rows)
        return Result<std::optional<T>>::failure(rows.cause());
    return rows->isEmpty() ? std::optional<T>() : std::optional<T>(rows->first());
}

} // namespace

Result<QList<OperatorSession>> AccessRepository::selectSessions(const QString& where,
                                                                const QVariantList& values)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT s.id, s.user_id, u.email, u.enabled, o.role, s.desk, s.key_id, s.created_at, "
                       "s.expires_at, "
                       "s.last_used_at FROM operator_sessions s JOIN operators o ON o.user_id = s.user_id "
                       "JOIN users u ON u.id = s.user_id") +
        where + QStringLiteral(" ORDER BY s.created_at DESC, s.id"));
    for (const QVariant& v : values)
        q.addBindValue(v);
    return m_db.readAll<OperatorSession>(
        q, QT_TRANSLATE_NOOP("Database", "reading sessions"), [](const QSqlQuery& row) {
            OperatorSession s;
            s.id = row.value(QStringLiteral("id")).toString();
            s.userId = row.value(QStringLiteral("user_id")).toLongLong();
            s.email = row.value(QStringLiteral("email")).toString();
            s.role = roleOf(row);
            s.userEnabled = row.value(QStringLiteral("enabled")).toInt() != 0;
            s.desk = row.value(QStringLiteral("desk")).toString();
            s.keyId = row.value(QStringLiteral("key_id")).toLongLong();
            s.createdAtMs = row.value(QStringLiteral("created_at")).toLongLong();
            s.expiresAtMs = row.value(QStringLiteral("expires_at")).toLongLong();
            s.lastUsedAtMs = row.value(QStringLiteral("last_used_at")).toLongLong();
            return s;
        });
}

Status AccessRepository::insertSession(const OperatorSession& session, const QByteArray& secretHash)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("INSERT INTO operator_sessions (id, user_id, secret_hash, desk, key_id, created_at, "
                       "expires_at, last_used_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(session.id);
    q.addBindValue(session.userId);
    q.addBindValue(secretHash);
    q.addBindValue(session.desk);
    q.addBindValue(session.keyId > 0 ? QVariant(session.keyId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(session.createdAtMs);
    q.addBindValue(session.expiresAtMs);
    q.addBindValue(session.lastUsedAtMs);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "opening a session")); !s)
        return s;
    return m_audit.append(QStringLiteral("session.open"), QStringLiteral("user"), session.userId,
                          session.email,
                          QJsonObject{{QStringLiteral("session"), session.id},
                                      {QStringLiteral("desk"), session.desk},
                                      {QStringLiteral("key_id"), session.keyId},
                                      {QStringLiteral("expires_at"), session.expiresAtMs}});
}

Result<std::optional<OperatorSession>> AccessRepository::sessionBySecret(const QByteArray& secretHash)
{
    return firstOf(selectSessions(QStringLiteral(" WHERE s.secret_hash = ?"), {secretHash}));
}

Result<std::optional<OperatorSession>> AccessRepository::session(const QString& id)
{
    return firstOf(selectSessions(QStringLiteral(" WHERE s.id = ?"), {id}));
}

Result<QList<OperatorSession>> AccessRepository::sessions(qint64 userId)
{
    if (userId > 0)
        return selectSessions(QStringLiteral(" WHERE s.user_id = ?"), {userId});
    return selectSessions({}, {});
}

Status AccessRepository::touch(const char* table, const QString& id, qint64 atMs)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("UPDATE %1 SET last_used_at = ? WHERE id = ?").arg(QLatin1String(table)));
    q.addBindValue(atMs);
    q.addBindValue(id);
    return m_db.exec(q, QT_TRANSLATE_NOOP("Database", "recording a session's use"));
}

Status AccessRepository::touchSession(const QString& id, qint64 atMs)
{
    return touch("operator_sessions", id, atMs);
}

Status AccessRepository::endSession(const OperatorSession& session, const QString& why)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("DELETE FROM operator_sessions WHERE id = ?"));
    q.addBindValue(session.id);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "ending a session")); !s)
        return s;
    return m_audit.append(QStringLiteral("session.end"), QStringLiteral("user"), session.userId,
                          session.email,
                          QJsonObject{{QStringLiteral("session"), session.id},
                                      {QStringLiteral("desk"), session.desk},
                                      {QStringLiteral("reason"), why}});
}

Result<int> AccessRepository::endSessionsOf(qint64 userId, const QString& why)
{
    auto open = sessions(userId);
    if (!open)
        return Result<int>::failure(open.cause());
    for (const OperatorSession& session : open.value()) {
        if (Status s = endSession(session, why); !s)
            return Result<int>::failure(s.cause());
    }
    return int(open->size());
}

Result<int> AccessRepository::deleteDeadSessions(qint64 nowMs, qint64 idleSinceMs)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("DELETE FROM operator_sessions WHERE expires_at <= ? OR last_used_at <= ?"));
    q.addBindValue(nowMs);
    q.addBindValue(idleSinceMs);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "deleting ended sessions")); !s)
        return Result<int>::failure(s.cause());
    return q.numRowsAffected();
}

Result<QList<ApiToken>> AccessRepository::selectTokens(const QString& where, const QVariantList& values)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral(
            "SELECT t.id, t.name, t.user_id, u.email, u.enabled, o.role, t.created_at, t.expires_at, "
            "t.last_used_at "
            "FROM api_tokens t JOIN operators o ON o.user_id = t.user_id JOIN users u ON u.id = t.user_id") +
        where + QStringLiteral(" ORDER BY t.name"));
    for (const QVariant& v : values)
        q.addBindValue(v);
    return m_db.readAll<ApiToken>(q, QT_TRANSLATE_NOOP("Database", "reading API tokens"),
                                  [](const QSqlQuery& row) {
                                      ApiToken t;
                                      t.id = row.value(QStringLiteral("id")).toString();
                                      t.name = row.value(QStringLiteral("name")).toString();
                                      t.userId = row.value(QStringLiteral("user_id")).toLongLong();
                                      t.email = row.value(QStringLiteral("email")).toString();
                                      t.role = roleOf(row);
                                      t.userEnabled = row.value(QStringLiteral("enabled")).toInt() != 0;
                                      t.createdAtMs = row.value(QStringLiteral("created_at")).toLongLong();
                                      t.expiresAtMs = optionalMs(row.value(QStringLiteral("expires_at")));
                                      t.lastUsedAtMs = optionalMs(row.value(QStringLiteral("last_used_at")));
                                      return t;
                                  });
}

Status AccessRepository::insertToken(const ApiToken& token, const QByteArray& secretHash)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("INSERT INTO api_tokens (id, name, user_id, secret_hash, created_at, expires_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(token.id);
    q.addBindValue(token.name);
    q.addBindValue(token.userId);
    q.addBindValue(secretHash);
    q.addBindValue(token.createdAtMs);
    q.addBindValue(nullableMs(token.expiresAtMs));
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "creating an API token")); !s)
        return s;
    QJsonObject details{{QStringLiteral("token"), token.name}};
    if (token.expiresAtMs)
        details.insert(QStringLiteral("expires_at"), *token.expiresAtMs);
    return m_audit.append(QStringLiteral("token.create"), QStringLiteral("user"), token.userId, token.email,
                          details);
}

Result<std::optional<ApiToken>> AccessRepository::tokenBySecret(const QByteArray& secretHash)
{
    return firstOf(selectTokens(QStringLiteral(" WHERE t.secret_hash = ?"), {secretHash}));
}

Result<std::optional<ApiToken>> AccessRepository::tokenNamed(const QString& name)
{
    return firstOf(selectTokens(QStringLiteral(" WHERE t.name = ?"), {name}));
}

Result<QList<ApiToken>> AccessRepository::tokens(qint64 userId)
{
    if (userId > 0)
        return selectTokens(QStringLiteral(" WHERE t.user_id = ?"), {userId});
    return selectTokens({}, {});
}

Status AccessRepository::touchToken(const QString& id, qint64 atMs)
{
    return touch("api_tokens", id, atMs);
}

Status AccessRepository::deleteToken(const ApiToken& token)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("DELETE FROM api_tokens WHERE id = ?"));
    q.addBindValue(token.id);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "revoking an API token")); !s)
        return s;
    return m_audit.append(QStringLiteral("token.revoke"), QStringLiteral("user"), token.userId, token.email,
                          QJsonObject{{QStringLiteral("token"), token.name}});
}

Result<qint64> AccessRepository::insertSignIn(const OperatorSignIn& signIn, const QByteArray& linkHash,
                                              const QByteArray& pollHash)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("INSERT INTO operator_sign_ins (link_hash, poll_hash, challenge, match_number, desk, "
                       "desk_address, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(linkHash);
    q.addBindValue(pollHash);
    q.addBindValue(signIn.challenge);
    q.addBindValue(signIn.matchNumber);
    q.addBindValue(signIn.desk);
    q.addBindValue(signIn.deskAddress);
    q.addBindValue(signIn.createdAtMs);
    q.addBindValue(signIn.expiresAtMs);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "starting a sign-in")); !s)
        return Result<qint64>::failure(s.cause());
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

Result<std::optional<OperatorSignIn>> AccessRepository::selectSignIn(const char* column,
                                                                     const QByteArray& hash)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral(
            "SELECT id, challenge, match_number, desk, desk_address, created_at, expires_at, state, "
            "user_id, key_id, failure FROM operator_sign_ins WHERE %1 = ?")
            .arg(QLatin1String(column)));
    q.addBindValue(hash);
    auto rows = m_db.readAll<OperatorSignIn>(
        q, QT_TRANSLATE_NOOP("Database", "reading a sign-in"), [](const QSqlQuery& row) {
            OperatorSignIn s;
            s.id = row.value(QStringLiteral("id")).toLongLong();
            s.challenge = row.value(QStringLiteral("challenge")).toByteArray();
            s.matchNumber = row.value(QStringLiteral("match_number")).toInt();
            s.desk = row.value(QStringLiteral("desk")).toString();
            s.deskAddress = row.value(QStringLiteral("desk_address")).toString();
            s.createdAtMs = row.value(QStringLiteral("created_at")).toLongLong();
            s.expiresAtMs = row.value(QStringLiteral("expires_at")).toLongLong();
            // The schema's CHECK admits only the four names.
            s.state = signInStateFromName(row.value(QStringLiteral("state")).toString())
                          .value_or(SignInState::Failed);
            s.userId = row.value(QStringLiteral("user_id")).toLongLong();
            s.keyId = row.value(QStringLiteral("key_id")).toLongLong();
            s.failure = row.value(QStringLiteral("failure")).toString();
            return s;
        });
    return firstOf(std::move(rows));
}

Result<std::optional<OperatorSignIn>> AccessRepository::signInByLink(const QByteArray& linkHash)
{
    return selectSignIn("link_hash", linkHash);
}

Result<std::optional<OperatorSignIn>> AccessRepository::signInByPoll(const QByteArray& pollHash)
{
    return selectSignIn("poll_hash", pollHash);
}

Result<qint64> AccessRepository::countSignInsFrom(const QString& deskAddress, qint64 sinceMs)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT count(*) FROM operator_sign_ins WHERE desk_address = ? AND created_at >= ?"));
    q.addBindValue(deskAddress);
    q.addBindValue(sinceMs);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "counting sign-ins")); !s)
        return Result<qint64>::failure(s.cause());
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

Result<bool> AccessRepository::finishSignIn(qint64 id, SignInState to, qint64 userId, qint64 keyId,
                                            const QString& failure, qint64 atMs)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("UPDATE operator_sign_ins SET state = ?, user_id = ?, key_id = ?, failure = ?, "
                       "finished_at = ?, challenge = NULL WHERE id = ? AND state = 'pending'"));
    const QVariant none(QMetaType::fromType<qint64>());
    q.addBindValue(signInStateName(to));
    q.addBindValue(userId > 0 ? QVariant(userId) : none);
    q.addBindValue(keyId > 0 ? QVariant(keyId) : none);
    q.addBindValue(failure.isNull() ? QString(QLatin1String("")) : failure); // a null QString binds NULL
    q.addBindValue(atMs);
    q.addBindValue(id);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "recording a sign-in")); !s)
        return Result<bool>::failure(s.cause());
    return q.numRowsAffected() == 1;
}

Result<bool> AccessRepository::collectSignIn(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE operator_sign_ins SET state = 'collected' WHERE id = ? AND state = 'approved'"));
    q.addBindValue(id);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "recording a sign-in")); !s)
        return Result<bool>::failure(s.cause());
    return q.numRowsAffected() == 1;
}

Result<int> AccessRepository::deleteSignInsBefore(qint64 createdBeforeMs)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("DELETE FROM operator_sign_ins WHERE created_at < ?"));
    q.addBindValue(createdBeforeMs);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "deleting old sign-ins")); !s)
        return Result<int>::failure(s.cause());
    return q.numRowsAffected();
}

} // namespace keydesk
