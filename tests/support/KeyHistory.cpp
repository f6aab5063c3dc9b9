// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "KeyHistory.h"

#include "core/store/Store.h"

#include <QSqlError>
#include <QTest>
#include <QUuid>

#include <random>

namespace keydesk::test {

namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

class Dice
{
public:
    explicit Dice(quint32 seed) : m_engine(seed) {}
    qint64 between(qint64 low, qint64 high)
    {
        return std::uniform_int_distribution<qint64>(low, high)(m_engine);
    }
    bool chance(int percent) { return between(0, 99) < percent; }
    QByteArray bytes(int n)
    {
        QByteArray out(n, Qt::Uninitialized);
        for (char& c : out)
            c = char(between(0, 255));
        return out;
    }

private:
    std::mt19937_64 m_engine;
};

void run(QSqlQuery& q, const QVariantList& values)
{
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        QFAIL(qPrintable(q.lastError().text()));
}

} // namespace

QList<QByteArray> seededAaguids()
{
    return {QUuid(QStringLiteral("ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4")).toRfc4122(), // Google
            QUuid(QStringLiteral("fbfc3007-154e-4ecc-8c0b-6e020557d7bd")).toRfc4122(), // iCloud
            QByteArray(16, '\0')};                                                     // none given
}

void seedKeyHistory(Store& store, quint32 seed, qint64 nowMs)
{
    Database& db = store.database();
    Dice dice(seed);
    QList<qint64> users;
    {
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM users ORDER BY id")));
        while (q.next())
            users << q.value(0).toLongLong();
    }
    Transaction tx(db);
    QVERIFY(tx.status().ok());
    QSqlQuery key(db.connection());
    key.prepare(QStringLiteral(
        "INSERT INTO security_keys (user_id, type, label, status, credential_id, public_key, algorithm, "
        "created_at, activated_at, last_used_at, last_verified_at, status_changed_at, aaguid, flag_be) "
        "VALUES (?, 'smartphone', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery activation(db.connection());
    activation.prepare(
        QStringLiteral("INSERT INTO activations (key_id, method, token_hash, created_at, expires_at, "
                       "used_at) VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery mail(db.connection());
    mail.prepare(QStringLiteral(
        "INSERT INTO outbox (idempotency_key, recipient, subject, mime, message_id, status, attempts, "
        "next_attempt_at, last_error, created_at, sent_at) "
        "VALUES (?, 'user@example.com', 'Activate your security key', ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant null = QVariant(QMetaType(QMetaType::LongLong));
    qint64 boundKeys = 0;
    const auto addKey = [&](qint64 userId, const char* status, qint64 createdAt,
                            std::optional<qint64> activatedAt, std::optional<qint64> lastUsed,
                            std::optional<qint64> lastVerified) -> qint64 {
        const bool bound = activatedAt.has_value();
        // Authenticators and BE in turn, apart from the dice, so the rows a seed gives stay put.
        const QList<QByteArray> aaguids = seededAaguids();
        const QByteArray aaguid = aaguids.at(boundKeys % aaguids.size());
        const int backupEligible = (boundKeys / aaguids.size()) % 2;
        if (bound)
            ++boundKeys;
        run(key, {userId, QStringLiteral("Phone"), QString::fromLatin1(status),
                  bound ? QVariant(dice.bytes(32)) : QVariant(QMetaType(QMetaType::QByteArray)),
                  bound ? QVariant(dice.bytes(77)) : QVariant(QMetaType(QMetaType::QByteArray)),
                  bound ? QVariant(-7) : null, createdAt, activatedAt ? QVariant(*activatedAt) : null,
                  lastUsed ? QVariant(*lastUsed) : null, lastVerified ? QVariant(*lastVerified) : null,
                  createdAt, bound ? QVariant(aaguid) : QVariant(QMetaType(QMetaType::QByteArray)),
                  bound ? backupEligible : 0});
        return key.lastInsertId().toLongLong();
    };
    const auto addActivation = [&](qint64 keyId, const char* method, qint64 createdAt, qint64 expiresAt,
                                   std::optional<qint64> usedAt) {
        run(activation, {keyId, QString::fromLatin1(method), dice.bytes(32), createdAt, expiresAt,
                         usedAt ? QVariant(*usedAt) : null});
        return activation.lastInsertId().toLongLong();
    };
    for (qint64 userId : users) {
        const qint64 r = dice.between(0, 99);
        if (r < 50) {
            const qint64 activated = nowMs - dice.between(1, 400) * kDayMs - dice.between(0, kDayMs);
            const std::optional<qint64> used =
                dice.chance(60) ? std::optional(nowMs - dice.between(0, 200) * kDayMs) : std::nullopt;
            const std::optional<qint64> verified =
                dice.chance(20) ? std::optional(nowMs - dice.between(0, 300) * kDayMs) : std::nullopt;
            const qint64 created = activated - dice.between(60'000, kDayMs);
            const qint64 id =
                addKey(userId, "active", created, activated, used && *used > activated ? used : std::nullopt,
                       verified && *verified > activated ? verified : std::nullopt);
            addActivation(id, "now", created, created + 15 * 60'000, activated);
            if (r < 10)
                addKey(userId, "revoked", created - 30 * kDayMs, created - 29 * kDayMs, std::nullopt,
                       std::nullopt);
        } else if (r < 65) {
            const bool byEmail = dice.chance(70);
            // From a day ago to a week ahead: some already ran out and wait for the sweep.
            const qint64 expires = byEmail ? nowMs + dice.between(-kDayMs, 7 * kDayMs)
                                           : nowMs + dice.between(-60 * 60'000, 60 * 60'000);
            const qint64 created = expires - (byEmail ? 7 * kDayMs : 15 * 60'000);
            const qint64 id = addKey(userId, "pending", created, std::nullopt, std::nullopt, std::nullopt);
            const qint64 activationId =
                addActivation(id, byEmail ? "email" : "now", created, expires, std::nullopt);
            if (!byEmail)
                continue;
            // Sent mostly; else failed, tried and waiting, or queued for long (stuck) or lately.
            const qint64 m = dice.between(0, 99);
            const char* status = m < 70 ? "sent" : m < 80 ? "failed" : "queued";
            const int attempts = m < 70 ? 1 : m < 80 ? 12 : m < 88 ? int(dice.between(1, 5)) : 0;
            const qint64 queuedAt =
                m >= 88 && dice.chance(50) ? nowMs - dice.between(0, 50) * 60'000 : created;
            run(mail,
                {QStringLiteral("activation:%1").arg(activationId), QByteArray("x"),
                 QStringLiteral("<%1@seed.test>").arg(activationId), QString::fromLatin1(status), attempts,
                 nowMs, m >= 70 && m < 88 ? QStringLiteral("mail server refused") : QStringLiteral(""),
                 queuedAt, m < 70 ? QVariant(created + 60'000) : null});
        } else if (r < 70) {
            const qint64 activated = nowMs - dice.between(10, 300) * kDayMs;
            addKey(userId, "suspended", activated - kDayMs, activated, std::nullopt, std::nullopt);
        } else if (r < 73) {
            const qint64 activated = nowMs - dice.between(10, 300) * kDayMs;
            addKey(userId, "revoked", activated - kDayMs, activated, std::nullopt, std::nullopt);
        } else if (r < 76) {
            const qint64 created = nowMs - dice.between(8, 100) * kDayMs;
            const qint64 id = addKey(userId, "expired", created, std::nullopt, std::nullopt, std::nullopt);
            addActivation(id, "email", created, created + 7 * kDayMs, std::nullopt);
        }
    }
    QVERIFY(tx.commit().ok());
}

} // namespace keydesk::test
