// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "core/Actor.h"
#include "core/audit/AuditExport.h"
#include "core/domain/AuditEvent.h"
#include "core/domain/Group.h"
#include "core/domain/WindowsLogon.h"
#include "core/domain/Workflow.h"
#include "core/import/UserCsvImporter.h"
#include "core/keys/BulkKeyChange.h"
#include "core/users/DirectorySync.h"
#include "core/users/UserService.h"
#include "core/verification/VerificationService.h"
#include "webauthn/Expectations.h"

#include <functional>
#include <memory>
#include <optional>

namespace keydesk {

class KeyIssuer;

// The changes the console's pages make (keys are issued through activation/KeyIssuer.h), one
// interface per service, with two implementations: the
// services on the database the desk opened (solo mode, LocalChanges.h), and the team server's
// admin API in team mode (net/RemoteChanges.h), which answers once the desk's cache holds the
// change. Pages call these and never know which one they have (docs/team-mode.md).

class UserChanges
{
public:
    virtual ~UserChanges() = default;
    virtual Result<UserChange> create(const Actor& by, const UserFields& fields,
                                      const QList<Group>& groups) = 0;
    virtual Result<UserChange> edit(const Actor& by, qint64 userId, const UserFields& fields,
                                    std::optional<bool> enabled) = 0;
    virtual Result<UserChange> setEnabled(const Actor& by, qint64 userId, bool enabled) = 0;
    virtual Result<UserChange> joinGroup(const Actor& by, qint64 groupId, qint64 userId) = 0;
    virtual Result<UserChange> leaveGroup(const Actor& by, qint64 groupId, qint64 userId) = 0;
};

class GroupChanges
{
public:
    virtual ~GroupChanges() = default;
    virtual Result<Group> create(const Actor& by, const QString& name, const QString& description) = 0;
    virtual Status rename(const Actor& by, qint64 groupId, const QString& newName) = 0;
    virtual Status remove(const Actor& by, qint64 groupId) = 0;
    virtual Status setKeyPolicy(const Actor& by, qint64 groupId,
                                const std::optional<webauthn::AuthenticatorPolicy>& policy) = 0;
};

class KeyChanges
{
public:
    virtual ~KeyChanges() = default;
    virtual Status suspend(const Actor& by, qint64 keyId, const QString& reason) = 0;
    virtual Status resume(const Actor& by, qint64 keyId) = 0;
    virtual Status revoke(const Actor& by, qint64 keyId, const QString& reason) = 0;
    virtual Status remove(const Actor& by, qint64 keyId) = 0;
};

class WindowsLogonChanges
{
public:
    virtual ~WindowsLogonChanges() = default;
    virtual Result<WindowsLogon> set(const Actor& by, const User& user, WindowsLogon logon) = 0;
    virtual Status clear(const Actor& by, const User& user) = 0;
};

class OutboxChanges
{
public:
    virtual ~OutboxChanges() = default;
    virtual Status retryNow(const Actor& by, qint64 messageId) = 0;
    virtual Status cancel(const Actor& by, qint64 messageId) = 0;
};

// Saving a workflow never runs it: the console runs it after, where it can show the progress.
class WorkflowChanges
{
public:
    virtual ~WorkflowChanges() = default;
    virtual Result<Workflow> create(const Actor& by, const QString& name, const QList<qint64>& groupIds,
                                    KeyType type, const WorkflowSettings& settings) = 0;
    virtual Result<Workflow> update(const Actor& by, qint64 workflowId, const QString& name,
                                    const QList<qint64>& groupIds, const WorkflowSettings& settings) = 0;
    virtual Status setEnabled(const Actor& by, qint64 workflowId, bool enabled) = 0;
    virtual Status remove(const Actor& by, qint64 workflowId, bool revokeWaitingKeys) = 0;
};

// How a team desk's CSV import goes, told as it goes (on the console's thread).
struct ImportReport
{
    std::function<void(qint64 sentBytes, qint64 totalBytes)> sent;
    std::function<void()> importing; // the server holds the file and imports it: too late to cancel
    std::function<void(const Result<UserImportSummary>&)> done;
};

// How a team desk's bulk key change goes, told as it goes (on the console's thread).
struct BulkReportTo
{
    std::function<void(qint64 done, qint64 total)> progress;
    std::function<void(const Result<BulkKeyReport>&)> done;
};

// A team desk's changes: where they go, and why none can be sent at the moment.
struct RemoteChanges
{
    std::unique_ptr<UserChanges> users;
    std::unique_ptr<GroupChanges> groups;
    std::unique_ptr<KeyChanges> keys;
    std::unique_ptr<OutboxChanges> outbox;
    std::unique_ptr<WindowsLogonChanges> windowsLogons;
    std::unique_ptr<WorkflowChanges> workflows;
    std::shared_ptr<KeyIssuer> keyIssuer;
    // Verify Now: the server starts the test-mode sign-in (the link is the server's), and writes
    // the receipt of an answered one (HTML).
    std::function<Result<VerificationLink>(qint64 keyId)> startVerification;
    std::function<Result<QByteArray>(qint64 verificationId)> verificationReceipt;
    // The audit log as a file, filtered, from the server (which records the export).
    std::function<Result<QByteArray>(const AuditQuery& query, AuditExportFormat format)> exportAudit;
    // The server runs one workflow (or every enabled one); `done` gets the runs, later, on the
    // console's thread: a run over many users takes a while and the console stays usable.
    std::function<void(std::optional<qint64> workflowId, RunTrigger trigger,
                       std::function<void(const Result<QList<WorkflowRun>>&)> done)>
        runWorkflows;
    // The server syncs a directory source now, with its own bind password; `done` gets the run,
    // its entry errors and its changes (what a dry run would do), later, on the console's thread.
    std::function<void(qint64 sourceId, SyncMode mode, bool dryRun,
                       std::function<void(const Result<DirectorySyncReport>&)> done)>
        syncDirectory;
    // Sends a user CSV file to the server in parts and imports it there, all or nothing. The
    // answer cancels: it stops the sending, the server discards what came, and `done` says so;
    // false once the import began.
    std::function<std::function<bool()>(const QString& csvPath, ImportReport report)> importUsers;
    // A bulk key change (core/keys/BulkKeyChange.h), sent in parts of BulkKeyChange::kBatch ids,
    // one after the other; the answer cancels: the part under way ends, the others are not sent,
    // and `done` hears a report marked cancelled.
    std::function<std::function<void()>(BulkKeyRequest request, BulkReportTo report)> changeKeysInBulk;
    // Why changes cannot reach the server now (offline, signed out); nothing while they can.
    std::function<std::optional<Error>()> unreachable;
};

} // namespace keydesk
