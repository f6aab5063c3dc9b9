// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "Store.h"

#include "core/Actor.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QStandardPaths>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(Store)
};

} // namespace

namespace keydesk {

QString Store::codeKeyFileFor(const DatabaseLocation& location, const StoreOptions& options)
{
    if (!options.codeKeyFile.isEmpty())
        return options.codeKeyFile;
    if (location.engine == SqlEngine::SQLite)
        return location.path + QStringLiteral(".key");
    const QString fromEnvironment = qEnvironmentVariable("KEYDESK_CODE_KEY_FILE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/KeyDesk/") + location.fileStem() + QStringLiteral(".key");
}

Result<std::unique_ptr<Store>> Store::open(const QString& pathOrUrl, const StoreOptions& options)
{
    using R = Result<std::unique_ptr<Store>>;
    auto db = Database::open(pathOrUrl, options.database);
    if (!db)
        return R::failure(db.cause());
    std::unique_ptr<Store> store(new Store);
    store->m_db = std::move(db).value();
    const QString keyFile = codeKeyFileFor(store->m_db->location(), options);
    auto recorded = store->setting(codeKeyFingerprintSetting());
    if (!recorded)
        return R::failure(recorded.cause());
    // A database whose codes were made with a key gets that key or nothing: a new one would
    // quietly turn every code given out so far into a wrong one.
    if (!recorded.value().isEmpty() && !QFileInfo::exists(keyFile))
        return R::failure(Text::tr("the code key '%1' is missing; give this program the database's key file "
                                   "(every server instance needs the same one: KEYDESK_CODE_KEY_FILE)")
                              .arg(keyFile));
    auto codeKey = CodeKey::loadOrCreate(keyFile);
    if (!codeKey)
        return R::failure(codeKey.cause());
    if (recorded.value().isEmpty()) {
        if (Status s = store->recordRuntimeValue(codeKeyFingerprintSetting(), codeKey->fingerprint()); !s)
            return R::failure(s.cause());
    } else if (recorded.value() != codeKey->fingerprint()) {
        return R::failure(Text::tr("the code key '%1' is not the one this database's codes were made with; "
                                   "give this program the database's key file (every server instance needs "
                                   "the same one: KEYDESK_CODE_KEY_FILE)")
                              .arg(keyFile));
    }
    store->m_clock = options.clock ? options.clock : &SystemClock::instance();
    store->m_actor = options.actor.isEmpty() ? Actor::defaultName() : options.actor;
    store->m_audit = std::make_unique<AuditLog>(*store->m_db, *store->m_clock, Actor(store->m_actor));
    store->m_users = std::make_unique<UserRepository>(*store->m_db, *store->m_clock, *store->m_audit);
    store->m_groups = std::make_unique<GroupRepository>(*store->m_db, *store->m_clock, *store->m_audit);
    store->m_outbox = std::make_unique<OutboxRepository>(*store->m_db, *store->m_clock, *store->m_audit);
    store->m_lookupFailures = std::make_unique<LookupFailureRepository>(*store->m_db, codeKey.value());
    store->m_changeLog = std::make_unique<ChangeLogRepository>(*store->m_db);
    store->m_keys = std::make_unique<SecurityKeyRepository>(*store->m_db, *store->m_clock, *store->m_audit,
                                                            std::move(codeKey).value());
    store->m_workflows = std::make_unique<WorkflowRepository>(*store->m_db, *store->m_clock, *store->m_audit);
    store->m_verifications =
        std::make_unique<VerificationRepository>(*store->m_db, *store->m_clock, *store->m_audit);
    store->m_windowsLogons =
        std::make_unique<WindowsLogonRepository>(*store->m_db, *store->m_clock, *store->m_audit);
    store->m_operators = std::make_unique<OperatorRepository>(*store->m_db, *store->m_clock, *store->m_audit);
    store->m_access = std::make_unique<AccessRepository>(*store->m_db, *store->m_audit);
    store->m_importUploads = std::make_unique<ImportUploadRepository>(*store->m_db);
    store->m_keyList = std::make_unique<KeyListRepository>(*store->m_db);
    store->m_enrollment = std::make_unique<EnrollmentRepository>(*store->m_db);
    store->m_directory =
        std::make_unique<DirectoryRepository>(*store->m_db, *store->m_clock, *store->m_audit);
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
