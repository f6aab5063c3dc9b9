// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "LookupRateLimiter.h"

#include "core/store/Store.h"

#include <algorithm>

namespace keydesk {

Result<std::optional<qint64>> LookupRateLimiter::blockedUntil(const QString& subject, int limit, qint64 now)
{
    const auto remembered = m_blockedUntil.constFind(subject);
    if (remembered != m_blockedUntil.cend() && *remembered > now)
        return std::optional<qint64>(*remembered);
    auto until = m_failures.blockedUntil(subject, limit, kWindowMs, now);
    if (until && until->has_value())
        remember(subject, *until.value());
    return until;
}

void LookupRateLimiter::remember(const QString& subject, qint64 until)
{
    if (m_blockedUntil.contains(subject)) {
        m_blockedUntil[subject] = until;
        return;
    }
    while (int(m_rememberedOrder.size()) >= kRememberedBlocks) {
        m_blockedUntil.remove(m_rememberedOrder.front());
        m_rememberedOrder.pop_front();
    }
    m_blockedUntil.insert(subject, until);
    m_rememberedOrder.push_back(subject);
}

Result<std::optional<int>> LookupRateLimiter::retryAfter(const QString& email, const QString& client)
{
    using R = Result<std::optional<int>>;
    const qint64 now = m_clock.nowMs();
    auto byEmail = blockedUntil(m_failures.emailSubject(email), kMaxFailuresPerEmail, now);
    if (!byEmail)
        return R::failure(byEmail.cause());
    auto byClient = blockedUntil(LookupFailureRepository::clientSubject(client), kMaxFailuresPerClient, now);
    if (!byClient)
        return R::failure(byClient.cause());
    const qint64 until = std::max(byEmail->value_or(0), byClient->value_or(0));
    if (until <= now)
        return std::optional<int>();
    return std::optional<int>(int(std::max<qint64>(1, (until - now + 999) / 1000)));
}

Status LookupRateLimiter::recordFailure(const QString& email, const QString& client)
{
    return m_failures.record({m_failures.emailSubject(email), LookupFailureRepository::clientSubject(client)},
                             m_clock.nowMs(), kWindowMs);
}

Result<int> recentWrongCodes(Store& store, const QString& email)
{
    LookupFailureRepository& failures = store.lookupFailures();
    return failures.countSince(failures.emailSubject(email),
                               store.clock().nowMs() - LookupRateLimiter::kWindowMs);
}

} // namespace keydesk
