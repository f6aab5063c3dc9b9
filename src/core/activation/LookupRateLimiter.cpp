// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "LookupRateLimiter.h"

#include <algorithm>

namespace keydesk {

namespace {

void dropOld(QList<qint64>& times, qint64 now)
{
    const qint64 cutoff = now - LookupRateLimiter::kWindowMs;
    times.erase(times.begin(),
                std::find_if(times.begin(), times.end(), [cutoff](qint64 t) { return t > cutoff; }));
}

} // namespace

std::optional<qint64> LookupRateLimiter::blockedUntil(Failures& failures, const QString& key, int limit,
                                                      qint64 now)
{
    auto it = failures.find(key);
    if (it == failures.end())
        return std::nullopt;
    dropOld(*it, now);
    if (it->size() < limit)
        return std::nullopt;
    // Free again when enough of the failures have aged out of the window.
    return it->at(it->size() - limit) + kWindowMs;
}

std::optional<int> LookupRateLimiter::retryAfter(const QString& email, const QString& address)
{
    const qint64 now = m_clock.nowMs();
    std::optional<qint64> until = blockedUntil(m_byEmail, email.toLower(), kMaxFailuresPerEmail, now);
    if (auto byAddress = blockedUntil(m_byAddress, address, kMaxFailuresPerAddress, now))
        until = std::max(until.value_or(0), *byAddress);
    if (!until)
        return std::nullopt;
    return int(std::max<qint64>(1, (*until - now + 999) / 1000));
}

void LookupRateLimiter::recordFailure(const QString& email, const QString& address)
{
    const qint64 now = m_clock.nowMs();
    m_byEmail[email.toLower()].append(now);
    m_byAddress[address].append(now);
    // Forget quiet keys now and then, so that guessing with many emails cannot grow memory
    // beyond what 15 minutes of failures take.
    if (++m_sincePrune >= 1000)
        prune(now);
}

void LookupRateLimiter::prune(qint64 now)
{
    m_sincePrune = 0;
    for (Failures* failures : {&m_byEmail, &m_byAddress}) {
        for (auto it = failures->begin(); it != failures->end();) {
            dropOld(*it, now);
            it = it->isEmpty() ? failures->erase(it) : std::next(it);
        }
    }
}

} // namespace keydesk
