// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "core/Actor.h"
#include "core/DeskChanges.h"
#include "core/access/AccessService.h"
#include "core/audit/AuditTrail.h"
#include "core/keys/KeyLifecycle.h"
#include "core/mail/OutboxService.h"
#include "core/reports/OverviewService.h"
#include "core/users/GroupService.h"
#include "core/users/OperatorService.h"
#include "core/users/UserService.h"
#include "core/users/WindowsLogonService.h"
#include "core/verification/VerificationRecords.h"
#include "core/workflow/WorkflowService.h"

#include <memory>

namespace keydesk {

class Store;

// One open KeyDesk database as the front ends (console, CLI) use it: the services, which own
// every rule, and the operator they act for. Front ends never reach the store's repositories
// (a CTest, FrontEndsUseServices, greps for it); functions that take the store itself (key
// enrollment, the relying party, settings helpers) get it from store().
class Core
{
public:
    struct Options
    {
        QString actor;                // empty: Actor::defaultName()
        bool createIfMissing = true;  // false: a missing file is an error
        const Clock* clock = nullptr; // null: the system clock
    };
    // Opens (creating and migrating as needed) the database.
    static Result<std::unique_ptr<Core>> open(const QString& path, const Options& options);
    ~Core();
    Core(const Core&) = delete;
    Core& operator=(const Core&) = delete;

    Store& store() { return *m_store; }
    QString databasePath() const;
    // Whether --database names a server (a postgresql:// URL) rather than a file.
    static bool isServerDatabase(const QString& pathOrUrl);
    // A server database as people and the keychain see it: the URL, normalised, never with a
    // password. Empty for a file or a URL that does not parse.
    static QString serverDatabaseName(const QString& url);
    // The password every connection this process opens to that server database uses (the
    // console's keychain or prompt); in memory only.
    static void giveDatabasePassword(const QString& url, const QString& password);
    static void forgetDatabasePassword(const QString& url);
    // Whether the server refuses `url` for want of a password this process does not have.
    static bool serverWantsPassword(const QString& url);
    const Clock& clock() const;
    // Who this desk's changes are made by: the operator given at open(), or in team mode the
    // signed-in operator with their role.
    Actor actor() const;

    // The changes pages make: to this database, or in team mode to the team server.
    UserChanges& userChanges() { return *m_changes.users; }
    GroupChanges& groupChanges() { return *m_changes.groups; }
    KeyChanges& keyChanges() { return *m_changes.keys; }
    OutboxChanges& outboxChanges() { return *m_changes.outbox; }
    WindowsLogonChanges& windowsLogonChanges() { return *m_changes.windowsLogons; }
    WorkflowChanges& workflowChanges() { return *m_changes.workflows; }
    // Team mode: this database is a desk's cache of a team server (docs/team-mode.md). Changes go
    // to `changes` and are made by `signedIn`; the cache itself is written by the sync only.
    void joinTeam(SignedInOperator signedIn, RemoteChanges changes);
    bool inTeam() const { return m_teamOperator.has_value(); }
    // Team mode: how keys are issued, Verify Now started, workflows run and users imported on the
    // server (null and empty in solo mode, where KeyServices does these with this desk's runtime).
    const RemoteChanges& teamChanges() const { return m_changes; }
    // Why this desk may not make a change that needs `permission` now: the operator's role, or a
    // server that cannot be reached. Nothing on a database opened directly.
    std::optional<Error> refusal(Permission permission) const;

    UserService users() { return UserService(*m_store); }
    GroupService groups() { return GroupService(*m_store); }
    OperatorService operators() { return OperatorService(*m_store); }
    AccessService access() { return AccessService(*m_store); }
    KeyLifecycle keys() { return KeyLifecycle(*m_store); }
    WorkflowService workflows() { return WorkflowService(*m_store); }
    OutboxService outbox() { return OutboxService(*m_store); }
    WindowsLogonService windowsLogons() { return WindowsLogonService(*m_store); }
    VerificationRecords verifications() { return VerificationRecords(*m_store); }
    AuditTrail auditTrail() { return AuditTrail(*m_store); }
    OverviewService overview() { return OverviewService(*m_store); }

    // A database setting (RP ID, origins, base URL, lifetimes), or `fallback` when unset.
    Result<QString> setting(const QString& key, const QString& fallback = {});

private:
    explicit Core(std::unique_ptr<Store> store);
    std::unique_ptr<Store> m_store;
    RemoteChanges m_changes; // solo mode: the local services
    std::optional<SignedInOperator> m_teamOperator;
};

} // namespace keydesk
