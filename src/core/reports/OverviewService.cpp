// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "OverviewService.h"

#include "core/activation/DeploymentSettings.h"
#include "core/activation/KeyPolicy.h"
#include "core/mail/OutboxService.h"
#include "core/store/Store.h"

#include <algorithm>

namespace keydesk {

namespace {
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
}

Result<EnrollmentCounts> OverviewService::enrollment()
{
    return m_store.enrollment().overall();
}

Result<qint64> OverviewService::disabledUsers()
{
    return m_store.enrollment().disabledUsers();
}

Result<QList<GroupEnrollment>> OverviewService::groupEnrollment(const QList<qint64>& onlyGroups)
{
    using R = Result<QList<GroupEnrollment>>;
    auto groups = m_store.groups().list();
    if (!groups)
        return R::failure(groups.cause());
    auto counts = m_store.enrollment().byGroup(onlyGroups);
    if (!counts)
        return R::failure(counts.cause());
    QList<GroupEnrollment> rows;
    for (const Group& g : groups.value()) {
        if (!onlyGroups.isEmpty() && !onlyGroups.contains(g.id))
            continue;
        rows.append(GroupEnrollment{g.id, g.name, counts->value(g.id)});
    }
    std::sort(rows.begin(), rows.end(), [](const GroupEnrollment& a, const GroupEnrollment& b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return rows;
}

Result<AttentionFigures> OverviewService::attention()
{
    using R = Result<AttentionFigures>;
    AttentionFigures f;
    auto expiring = m_store.keyList().count(expiringSoonList());
    if (!expiring)
        return R::failure(expiring.cause());
    f.expiringSoon = expiring.value();
    OutboxService outbox(m_store);
    auto failed = outbox.count(OutboxStatus::Failed);
    if (!failed)
        return R::failure(failed.cause());
    f.emailsFailed = failed.value();
    auto stuck = outbox.countStuck();
    if (!stuck)
        return R::failure(stuck.cause());
    f.emailsStuck = stuck.value();
    auto days = staleKeyDays(m_store);
    if (!days)
        return R::failure(days.cause());
    f.staleDays = days.value();
    auto staleQuery = staleKeysList(f.staleDays);
    if (!staleQuery)
        return R::failure(staleQuery.cause());
    auto stale = m_store.keyList().count(staleQuery.value());
    if (!stale)
        return R::failure(stale.cause());
    f.staleKeys = stale.value();
    auto returned = m_store.keyList().count(suspendedOfReturnedUsersList());
    if (!returned)
        return R::failure(returned.cause());
    f.suspendedOfReturnedUsers = returned.value();
    auto breachQuery = policyBreachesList();
    if (!breachQuery)
        return R::failure(breachQuery.cause());
    if (breachQuery.value()) {
        auto breaches = m_store.keyList().count(*breachQuery.value());
        if (!breaches)
            return R::failure(breaches.cause());
        f.policyBreaches = breaches.value();
    }
    return f;
}

Result<QList<WorkflowListRow>> OverviewService::workflowRuns()
{
    return m_store.workflows().listWithLastRuns();
}

Result<QList<AuditEvent>> OverviewService::recentActivity(int limit)
{
    return m_store.audit().page(AuditQuery{}, 0, limit);
}

OverviewFigures OverviewService::load(Parts parts,
                                      const std::function<void(const OverviewFigures&)>& partRead)
{
    OverviewFigures f;
    f.asOfMs = m_store.clock().nowMs();
    // Reads one part into `into`; false (with the error kept) when it failed.
    const auto read = [&](auto result, auto& into) {
        if (!result) {
            f.error = result.error();
            if (partRead)
                partRead(f);
            return false;
        }
        into = std::move(result).value();
        if (partRead)
            partRead(f);
        return true;
    };
    if (parts == Parts::OnlyGroups) {
        read(groupEnrollment(), f.groups);
        return f;
    }
    auto disabled = disabledUsers();
    if (!disabled) {
        f.error = disabled.error();
        if (partRead)
            partRead(f);
        return f;
    }
    f.disabledUsers = disabled.value();
    if (read(enrollment(), f.enrollment) && read(attention(), f.attention) &&
        read(workflowRuns(), f.workflows) && read(recentActivity(kRecentActivity), f.activity) &&
        parts == Parts::All)
        read(groupEnrollment(), f.groups);
    return f;
}

Result<QList<KeyListRow>> OverviewService::allKeys(const KeyQuery& query)
{
    constexpr int kPage = 5000;
    QList<KeyListRow> rows;
    for (qint64 offset = 0;; offset += kPage) {
        auto page = m_store.keyList().page(query, offset, kPage);
        if (!page)
            return Result<QList<KeyListRow>>::failure(page.cause());
        rows << page.value();
        if (page->size() < kPage)
            return rows;
    }
}

UserQuery OverviewService::enrollmentList(Enrollment enrollment, std::optional<qint64> groupId)
{
    UserQuery query;
    query.status = UserStatusFilter::Enabled;
    query.enrollment = enrollment;
    query.groupId = groupId;
    return query;
}

KeyQuery OverviewService::expiringSoonList(qint64 withinMs) const
{
    const qint64 now = m_store.clock().nowMs();
    KeyQuery query;
    query.statuses = {KeyStatus::Pending};
    query.expiringFromMs = now;
    query.expiringByMs = now + withinMs;
    return query;
}

KeyQuery OverviewService::suspendedOfReturnedUsersList()
{
    KeyQuery query;
    query.suspendedOfReturnedUsers = true;
    return query;
}

Result<KeyQuery> OverviewService::staleKeysList(std::optional<int> days)
{
    if (!days) {
        auto setting = staleKeyDays(m_store);
        if (!setting)
            return Result<KeyQuery>::failure(setting.cause());
        days = setting.value();
    }
    KeyQuery query;
    query.statuses = {KeyStatus::Active};
    query.unusedSinceMs = m_store.clock().nowMs() - qint64(*days) * kDayMs;
    return query;
}

Result<std::optional<KeyQuery>> OverviewService::policyBreachesList()
{
    using R = Result<std::optional<KeyQuery>>;
    auto scopes = keyPolicyScopes(m_store);
    if (!scopes)
        return R::failure(scopes.cause());
    if (scopes->isEmpty())
        return std::optional<KeyQuery>();
    KeyQuery query;
    query.statuses = {KeyStatus::Active};
    query.breaking = scopes.value();
    return std::optional<KeyQuery>(query);
}

} // namespace keydesk
