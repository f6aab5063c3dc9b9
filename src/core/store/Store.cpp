// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "Store.h"

#include "core/Actor.h"

#include <QJsonObject>

namespace keydesk {

Result<std::unique_ptr<Store>> Store::open(const QString& path, const StoreOptions& options)
{
    using R = Result<std::unique_ptr<Store>>;
    auto db = Database::open(path, options.database);
    if (!db)
        return R::failure(db.cause());
    auto codeKey = CodeKey::loadOrCreate(db.value()->path());
    if (!codeKey)
        return R::failure(codeKey.cause());
    std::unique_ptr<Store> store(new Store);
    store->m_db = std::move(db).value();
    store->m_clock = options.clock ? options.clock : &SystemClock::instance();
    store->m_actor = options.actor.isEmpty() ? Actor::defaultName() : options.actor;
    store->m_audit = std::make_unique<AuditLog>(*store->m_db, *store->m_clock, store->m_actor);
    store->m_users = std::make_unique<UserRepository>(*store->m_db, *store->m_clock, *store->m_audit);
    store->m_groups = std::make_unique<GroupRepository>(*store->m_db, *store->m_clock, *store->m_audit);
    store->m_outbox = std::make_unique<OutboxRepository>(*store->m_db, *store->m_clock, *store->m_audit);
    store->m_lookupFailures = std::make_unique<LookupFailureRepository>(*store->m_db, codeKey.value());
    store->m_keys = std::make_unique<SecurityKeyRepository>(*store->m_db, *store->m_clock, *store->m_audit,
                                                            std::move(codeKey).value());
    store->m_workflows = std::make_unique<WorkflowRepository>(*store->m_db, *store->m_clock, *store->m_audit);
    store->m_verifications =
        std::make_unique<VerificationRepository>(*store->m_db, *store->m_clock, *store->m_audit);
    store->m_windowsLogons =
        std::make_unique<WindowsLogonRepository>(*store->m_db, *store->m_clock, *store->m_audit);
    return R(std::move(store));
}

Result<QString> Store::setting(const QString& key, const QString& fallback)
{
    QSqlQuery& q = m_db->prepared(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (Status s = m_db->exec(q, QT_TRANSLATE_NOOP("Database", "reading a setting")); !s)
        return Result<QString>::failure(s.cause());
    const QString value = q.next() ? q.value(0).toString() : fallback;
    q.finish();
    return value;
}

Status Store::recordRuntimeValue(const QString& key, const QString& value)
{
    QSqlQuery& q = m_db->prepared(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON "
                                                 "CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(sqlText(value));
    return m_db->exec(q, QT_TRANSLATE_NOOP("Database", "recording a runtime value"));
}

Status Store::setSetting(const QString& key, const QString& value)
{
    Transaction tx(*m_db);
    if (!tx.status())
        return tx.status();
    QSqlQuery& q = m_db->prepared(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON "
                                                 "CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(sqlText(value));
    if (Status s = m_db->exec(q, QT_TRANSLATE_NOOP("Database", "writing a setting")); !s)
        return s;
    if (Status s = m_audit->append(QStringLiteral("setting.change"), QStringLiteral("setting"), 0, key,
                                   QJsonObject{{QStringLiteral("value"), value}});
        !s)
        return s;
    return tx.commit();
}

} // namespace keydesk
