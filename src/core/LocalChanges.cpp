// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "LocalChanges.h"

#include "core/keys/KeyLifecycle.h"
#include "core/mail/OutboxService.h"
#include "core/users/GroupService.h"
#include "core/users/WindowsLogonService.h"
#include "core/workflow/WorkflowService.h"

namespace keydesk {

namespace {

class LocalUserChanges : public UserChanges
{
public:
    explicit LocalUserChanges(Store& store) : m_service(store) {}
    Result<UserChange> create(const Actor& by, const UserFields& fields, const QList<Group>& groups) override
    {
        return m_service.create(by, fields, groups);
    }
    Result<UserChange> edit(const Actor& by, qint64 userId, const UserFields& fields,
                            std::optional<bool> enabled) override
    {
        return m_service.edit(by, userId, fields, enabled);
    }
    Result<UserChange> setEnabled(const Actor& by, qint64 userId, bool enabled) override
    {
        return m_service.setEnabled(by, userId, enabled);
    }
    Result<UserChange> joinGroup(const Actor& by, qint64 groupId, qint64 userId) override
    {
        return m_service.joinGroup(by, groupId, userId);
    }
    Result<UserChange> leaveGroup(const Actor& by, qint64 groupId, qint64 userId) override
    {
        return m_service.leaveGroup(by, groupId, userId);
    }

private:
    UserService m_service;
};

class LocalGroupChanges : public GroupChanges
{
public:
    explicit LocalGroupChanges(Store& store) : m_service(store) {}
    Result<Group> create(const Actor& by, const QString& name, const QString& description) override
    {
        return m_service.create(by, name, description);
    }
    Status rename(const Actor& by, qint64 groupId, const QString& newName) override
    {
        return m_service.rename(by, groupId, newName);
    }
    Status remove(const Actor& by, qint64 groupId) override { return m_service.remove(by, groupId); }
    Status setKeyPolicy(const Actor& by, qint64 groupId,
                        const std::optional<webauthn::AuthenticatorPolicy>& policy) override
    {
        return m_service.setKeyPolicy(by, groupId, policy);
    }

private:
    GroupService m_service;
};

class LocalKeyChanges : public KeyChanges
{
public:
    explicit LocalKeyChanges(Store& store) : m_service(store) {}
    Status suspend(const Actor& by, qint64 keyId, const QString& reason) override
    {
        return m_service.suspend(by, keyId, reason);
    }
    Status resume(const Actor& by, qint64 keyId) override { return m_service.resume(by, keyId); }
    Status revoke(const Actor& by, qint64 keyId, const QString& reason) override
    {
        return m_service.revoke(by, keyId, reason);
    }
    Status remove(const Actor& by, qint64 keyId) override { return m_service.remove(by, keyId); }

private:
    KeyLifecycle m_service;
};

class LocalOutboxChanges : public OutboxChanges
{
public:
    explicit LocalOutboxChanges(Store& store) : m_service(store) {}
    Status retryNow(const Actor& by, qint64 messageId) override { return m_service.retryNow(by, messageId); }
    Status cancel(const Actor& by, qint64 messageId) override { return m_service.cancel(by, messageId); }

private:
    OutboxService m_service;
};

class LocalWindowsLogonChanges : public WindowsLogonChanges
{
public:
    explicit LocalWindowsLogonChanges(Store& store) : m_service(store) {}
    Result<WindowsLogon> set(const Actor& by, const User& user, WindowsLogon logon) override
    {
        return m_service.set(by, user, std::move(logon));
    }
    Status clear(const Actor& by, const User& user) override { return m_service.clear(by, user); }

private:
    WindowsLogonService m_service;
};

class LocalWorkflowChanges : public WorkflowChanges
{
public:
    explicit LocalWorkflowChanges(Store& store) : m_service(store) {}
    Result<Workflow> create(const Actor& by, const QString& name, const QList<qint64>& groupIds, KeyType type,
                            const WorkflowSettings& settings) override
    {
        return m_service.create(by, name, groupIds, type, settings);
    }
    Result<Workflow> update(const Actor& by, qint64 workflowId, const QString& name,
                            const QList<qint64>& groupIds, const WorkflowSettings& settings) override
    {
        return m_service.update(by, workflowId, name, groupIds, settings);
    }
    Status setEnabled(const Actor& by, qint64 workflowId, bool enabled) override
    {
        return m_service.setEnabled(by, workflowId, enabled);
    }
    Status remove(const Actor& by, qint64 workflowId, bool revokeWaitingKeys) override
    {
        return m_service.remove(by, workflowId, revokeWaitingKeys);
    }

private:
    WorkflowService m_service;
};

} // namespace

std::unique_ptr<UserChanges> localUserChanges(Store& store)
{
    return std::make_unique<LocalUserChanges>(store);
}

std::unique_ptr<GroupChanges> localGroupChanges(Store& store)
{
    return std::make_unique<LocalGroupChanges>(store);
}

std::unique_ptr<KeyChanges> localKeyChanges(Store& store)
{
    return std::make_unique<LocalKeyChanges>(store);
}

std::unique_ptr<OutboxChanges> localOutboxChanges(Store& store)
{
    return std::make_unique<LocalOutboxChanges>(store);
}

std::unique_ptr<WindowsLogonChanges> localWindowsLogonChanges(Store& store)
{
    return std::make_unique<LocalWindowsLogonChanges>(store);
}

std::unique_ptr<WorkflowChanges> localWorkflowChanges(Store& store)
{
    return std::make_unique<LocalWorkflowChanges>(store);
}

} // namespace keydesk
