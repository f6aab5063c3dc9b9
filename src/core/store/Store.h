// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "AccessRepository.h"
#include "AuditLog.h"
#include "ChangeLogRepository.h"
#include "Database.h"
#include "DirectoryRepository.h"
#include "EnrollmentRepository.h"
#include "GroupRepository.h"
#include "ImportUploadRepository.h"
#include "KeyListRepository.h"
#include "LookupFailureRepository.h"
#include "OperatorRepository.h"
#include "OutboxRepository.h"
#include "SecurityKeyRepository.h"
#include "UserRepository.h"
#include "VerificationRepository.h"
#include "WindowsLogonRepository.h"
#include "WorkflowRepository.h"
#include "base/Clock.h"

#include <memory>

namespace keydesk {

struct StoreOptions
{
    DatabaseOptions database;
    // The code key's file (CodeKey). Empty: `<file>.key` beside an SQLite database; for
    // PostgreSQL $KEYDESK_CODE_KEY_FILE, else one in the application data folder named after the
    // database. Every instance of a team server must be given the same one.
    QString codeKeyFile;
    QString actor;                // empty: Actor::defaultName()
    const Clock* clock = nullptr; // null: the system clock
};

// An open KeyDesk database together with who acts on it and what time it is. Everything above
// the store works through its repositories; no SQL leaves this folder.
class Store
{
public:
    // `pathOrUrl`: an SQLite file or a postgresql:// URL (DatabaseLocation).
    static Result<std::unique_ptr<Store>> open(const QString& pathOrUrl, const StoreOptions& options = {});
    static QString codeKeyFileFor(const DatabaseLocation& location, const StoreOptions& options);
    // The settings row holding the code key's fingerprint (CodeKey::fingerprint).
    static QString codeKeyFingerprintSetting() { return QStringLiteral("code_key_fingerprint"); }

    Database& database() { return *m_db; }
    const Clock& clock() const { return *m_clock; }
    const QString& actor() const { return m_actor; }

    UserRepository& users() { return *m_users; }
    GroupRepository& groups() { return *m_groups; }
    AuditLog& audit() { return *m_audit; }
    SecurityKeyRepository& keys() { return *m_keys; }
    OutboxRepository& outbox() { return *m_outbox; }
    WorkflowRepository& workflows() { return *m_workflows; }
    VerificationRepository& verifications() { return *m_verifications; }
    WindowsLogonRepository& windowsLogons() { return *m_windowsLogons; }
    OperatorRepository& operators() { return *m_operators; }
    AccessRepository& access() { return *m_access; }
    LookupFailureRepository& lookupFailures() { return *m_lookupFailures; }
    ChangeLogRepository& changeLog() { return *m_changeLog; }
    ImportUploadRepository& importUploads() { return *m_importUploads; }
    KeyListRepository& keyList() { return *m_keyList; }
    EnrollmentRepository& enrollment() { return *m_enrollment; }
    DirectoryRepository& directory() { return *m_directory; }

    // Key/value settings that belong to the database (RP ID, origins, base URL).
    Result<QString> setting(const QString& key, const QString& fallback = {});
    Status setSetting(const QString& key, const QString& value);
    // A value the software records about itself (where a running server listens), not an
    // operator's change: written without an audit event.
    Status recordRuntimeValue(const QString& key, const QString& value);

private:
    Store() = default;
    std::unique_ptr<Database> m_db;
    const Clock* m_clock = nullptr;
    QString m_actor;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<GroupRepository> m_groups;
    std::unique_ptr<OutboxRepository> m_outbox;
    std::unique_ptr<SecurityKeyRepository> m_keys;
    std::unique_ptr<WorkflowRepository> m_workflows;
    std::unique_ptr<VerificationRepository> m_verifications;
    std::unique_ptr<WindowsLogonRepository> m_windowsLogons;
    std::unique_ptr<OperatorRepository> m_operators;
    std::unique_ptr<AccessRepository> m_access;
    std::unique_ptr<LookupFailureRepository> m_lookupFailures;
    std::unique_ptr<ChangeLogRepository> m_changeLog;
    std::unique_ptr<ImportUploadRepository> m_importUploads;
    std::unique_ptr<KeyListRepository> m_keyList;
    std::unique_ptr<EnrollmentRepository> m_enrollment;
    std::unique_ptr<DirectoryRepository> m_directory;
};

} // namespace keydesk
