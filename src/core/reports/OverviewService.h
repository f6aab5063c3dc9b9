// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "core/domain/AuditEvent.h"
#include "core/domain/Enrollment.h"
#include "core/domain/KeyQuery.h"
#include "core/domain/UserQuery.h"
#include "core/domain/Workflow.h"

#include <QList>

#include <functional>

namespace keydesk {

class Store;

struct GroupEnrollment
{
    qint64 groupId = 0;
    QString name;
    EnrollmentCounts counts; // its enabled members
};

// What needs a look today: links about to expire, emails that did not go, keys nobody uses.
struct AttentionFigures
{
    qint64 expiringSoon = 0; // pending keys whose link expires within kExpiringWithinMs
    qint64 emailsFailed = 0;
    qint64 emailsStuck = 0; // OutboxService::listStuck
    int staleDays = 90;     // the overview.stale_key_days setting
    qint64 staleKeys = 0;   // active keys not activated, used or verified for staleDays
    // Keys suspended when their user left a directory source, whose user is enabled again.
    qint64 suspendedOfReturnedUsers = 0;
    // Active keys the key policy would refuse now; none when no policy is set.
    std::optional<qint64> policyBreaches;
};

// Everything the Overview shows, part by part as it is read (a part still unread is empty).
struct OverviewFigures
{
    qint64 asOfMs = 0;
    std::optional<EnrollmentCounts> enrollment;
    qint64 disabledUsers = 0;
    std::optional<QList<GroupEnrollment>> groups;
    std::optional<AttentionFigures> attention;
    std::optional<QList<WorkflowListRow>> workflows;
    std::optional<QList<AuditEvent>> activity;
    QString error; // the first part that failed, said as a sentence; the parts after it are not read

    // Every part is here, or one failed.
    bool complete() const
    {
        return !error.isEmpty() || (enrollment && attention && workflows && activity && groups);
    }
};

// The Overview page and the reports: how far the rollout is, in all and per group, and what needs
// attention. Each figure is the count of a list an operator can open (the queries below), so a
// number and the list behind it always agree. Read only; works on a desk's cache the same way.
class OverviewService
{
public:
    static constexpr qint64 kExpiringWithinMs = 24 * 60 * 60 * 1000;

    explicit OverviewService(Store& store) : m_store(store) {}

    // Enabled users by enrollment; disabled users are not in the rollout.
    Result<EnrollmentCounts> enrollment();
    Result<qint64> disabledUsers();
    // Every group (or the named ones), by name, with its enabled members by enrollment.
    Result<QList<GroupEnrollment>> groupEnrollment(const QList<qint64>& onlyGroups = {});
    Result<AttentionFigures> attention();
    // Every workflow with its last run.
    Result<QList<WorkflowListRow>> workflowRuns();
    // The latest audit events, newest first.
    Result<QList<AuditEvent>> recentActivity(int limit);

    static constexpr int kRecentActivity = 10;
    // Which parts load() reads: the groups take as long as the rest together on a million users,
    // so the page reads them on a connection of their own at the same time.
    enum class Parts
    {
        All,
        AllButGroups,
        OnlyGroups,
    };
    // The parts in turn, quickest first, calling `partRead` after each (the page paints it).
    OverviewFigures load(Parts parts = Parts::All,
                         const std::function<void(const OverviewFigures&)>& partRead = {});

    // Every key a query selects, in its order (reports; a page at a time underneath).
    Result<QList<KeyListRow>> allKeys(const KeyQuery& query);

    // The lists behind the numbers, as of the store's clock now.
    static UserQuery enrollmentList(Enrollment enrollment, std::optional<qint64> groupId = {});
    KeyQuery expiringSoonList(qint64 withinMs = kExpiringWithinMs) const;
    static KeyQuery suspendedOfReturnedUsersList();
    Result<KeyQuery> staleKeysList(std::optional<int> days = {});
    // The keys the key policies in force would refuse (none set: nullopt).
    Result<std::optional<KeyQuery>> policyBreachesList();

private:
    Store& m_store;
};

} // namespace keydesk
