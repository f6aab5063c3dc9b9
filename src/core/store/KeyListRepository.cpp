// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "KeyListRepository.h"

#include "Rows.h"
#include "UserRepository.h"

namespace keydesk {

namespace {

QString orderBy(const KeyQuery& query)
{
    const QString dir = query.descending ? QStringLiteral(" DESC") : QString();
    const auto by = [&](std::initializer_list<const char*> columns) -> QString {
        QStringList terms;
        for (const char* column : columns)
            terms << QString(QLatin1String(column) + dir);
        return QStringLiteral(" ORDER BY ") + terms.join(QStringLiteral(", "));
    };
    switch (query.sortColumn) {
    case KeySortColumn::Created:
        break;
    case KeySortColumn::User:
        return by({"u.display_name", "u.id", "k.id"});
    case KeySortColumn::Status:
        return by({"k.status", "k.created_at", "k.id"});
    // Never activated or used sorts as the oldest, on both engines (they place NULLs apart).
    case KeySortColumn::Activated:
        return by({"coalesce(k.activated_at, 0)", "k.id"});
    case KeySortColumn::LastUsed:
        return by({"coalesce(k.last_used_at, 0)", "k.id"});
    }
    return by({"k.created_at", "k.id"});
}

// The keys `policy` would refuse, as the registration check decides (verifyPolicy): BE set under
// device-bound only, an attestation not trusted under trusted attestation only, an AAGUID off the
// allow-list or on the block-list. Empty when it refuses none.
SqlCondition breachOf(const webauthn::AuthenticatorPolicy& policy)
{
    using List = webauthn::AuthenticatorPolicy::List;
    QStringList terms;
    SqlCondition c;
    if (policy.deviceBoundOnly)
        terms << QStringLiteral("k.flag_be = 1");
    // As judged at activation, against the trust anchors of that day.
    if (policy.trustedAttestationOnly)
        terms << QStringLiteral("coalesce(k.attestation_trust, '') <> 'trusted'");
    if (policy.list != List::Any) {
        QStringList marks;
        for (const QByteArray& aaguid : policy.aaguids) {
            marks << QStringLiteral("?");
            c.values << aaguid;
        }
        const QString listed =
            marks.isEmpty() ? QStringLiteral("1 = 0")
                            : QStringLiteral("k.aaguid IN (") + marks.join(QStringLiteral(", ")) + u')';
        // A key without a stored AAGUID is on no list: an allow-list refuses it.
        terms << (policy.list == List::Allow ? QStringLiteral("(k.aaguid IS NULL OR NOT ") + listed + u')'
                                             : listed);
    }
    if (!terms.isEmpty())
        c.sql = u'(' + terms.join(QStringLiteral(" OR ")) + u')';
    return c;
}

} // namespace

SqlCondition KeyListRepository::where(const KeyQuery& query) const
{
    QStringList terms;
    SqlCondition c;
    if (SqlCondition search = UserRepository::searchCondition(m_db.engine(), query.search);
        !search.sql.isEmpty()) {
        terms << search.sql;
        c.values << search.values;
    }
    if (query.userId) {
        terms << QStringLiteral("k.user_id = ?");
        c.values << *query.userId;
    }
    if (query.groupId) {
        terms << QStringLiteral(
            "k.user_id IN (SELECT gm.user_id FROM group_members gm WHERE gm.group_id = ?)");
        c.values << *query.groupId;
    }
    if (!query.statuses.isEmpty()) {
        QStringList marks;
        for (KeyStatus status : query.statuses) {
            marks << QStringLiteral("?");
            c.values << keyStatusName(status);
        }
        terms << QStringLiteral("k.status IN (") + marks.join(QStringLiteral(", ")) + u')';
    }
    if (query.type) {
        terms << QStringLiteral("k.type = ?");
        c.values << keyTypeName(*query.type);
    }
    if (query.expiringFromMs || query.expiringByMs) {
        // A pending key has one live activation (a new one supersedes the others).
        terms << QStringLiteral(
            "k.status = 'pending' AND k.id IN (SELECT a2.key_id FROM activations a2 WHERE "
            "a2.used_at IS NULL AND a2.superseded_by IS NULL AND a2.expires_at > ? AND "
            "a2.expires_at <= ?)");
        c.values << query.expiringFromMs.value_or(0) << query.expiringByMs.value_or(INT64_MAX);
    }
    if (query.suspendedOfReturnedUsers)
        terms << QStringLiteral("k.status = 'suspended' AND k.user_id IN (SELECT u2.id FROM users u2 WHERE "
                                "u2.source_id IS NOT NULL AND u2.enabled = 1)");
    if (query.unusedSinceMs) {
        terms << QStringLiteral(
            "k.status = 'active' AND coalesce(k.last_used_at, 0) < ? AND "
            "coalesce(k.last_verified_at, 0) < ? AND coalesce(k.activated_at, k.created_at) < ?");
        c.values << *query.unusedSinceMs << *query.unusedSinceMs << *query.unusedSinceMs;
    }
    if (!query.breaking.isEmpty()) {
        QStringList breaches;
        for (const KeyPolicyScope& scope : query.breaking) {
            SqlCondition breach = breachOf(scope.policy);
            if (breach.sql.isEmpty())
                continue;
            if (scope.groupId) {
                breach.sql = QStringLiteral("(k.user_id IN (SELECT gm.user_id FROM group_members gm WHERE "
                                            "gm.group_id = ?) AND ") +
                             breach.sql + u')';
                breach.values.prepend(*scope.groupId);
            }
            breaches << breach.sql;
            c.values << breach.values;
        }
        // A policy that refuses nothing (any authenticator, synced ones too) matches no key.
        terms << QStringLiteral("k.status = 'active' AND (") +
                     (breaches.isEmpty() ? QStringLiteral("1 = 0") : breaches.join(QStringLiteral(" OR "))) +
                     u')';
    }
    if (!terms.isEmpty())
        c.sql = QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    return c;
}

Result<qint64> KeyListRepository::count(const KeyQuery& query)
{
    const SqlCondition c = where(query);
    // Only a search reads the owner.
    const QString from = query.search.trimmed().isEmpty()
                             ? QStringLiteral(" FROM security_keys k")
                             : QStringLiteral(" FROM security_keys k JOIN users u ON u.id = k.user_id");
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT count(*)") + from + c.sql);
    for (const QVariant& v : c.values)
        q.addBindValue(v);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "counting security keys")); !s)
        return Result<qint64>::failure(s.cause());
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

Result<QList<KeyListRow>> KeyListRepository::page(const KeyQuery& query, qint64 offset, int limit)
{
    using R = Result<QList<KeyListRow>>;
    const SqlCondition c = where(query);
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT ") + kKeySelect + QStringLiteral(", ") + kActivationSelect +
        QStringLiteral(", u.display_name AS owner_name, u.email AS owner_email FROM security_keys k "
                       "JOIN users u ON u.id = k.user_id LEFT JOIN activations a ON a.id = "
                       "(SELECT max(id) FROM activations WHERE key_id = k.id)") +
        c.sql + orderBy(query) + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant& v : c.values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading security keys")); !s)
        return R::failure(s.cause());
    const Columns columns(q);
    const KeyReader keys(columns);
    const ActivationReader activations(columns);
    const int ownerName = columns("owner_name");
    const int ownerEmail = columns("owner_email");
    QList<KeyListRow> rows;
    while (q.next())
        rows.append(KeyListRow{keys.read(q), q.value(ownerName).toString(), q.value(ownerEmail).toString(),
                               activations.read(q)});
    q.finish();
    return rows;
}

Result<QList<qint64>> KeyListRepository::ids(const KeyQuery& query)
{
    const SqlCondition c = where(query);
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT k.id FROM security_keys k JOIN users u ON u.id = k.user_id") +
                      c.sql + orderBy(query));
    for (const QVariant& v : c.values)
        q.addBindValue(v);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading security keys")); !s)
        return Result<QList<qint64>>::failure(s.cause());
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    return ids;
}

} // namespace keydesk
