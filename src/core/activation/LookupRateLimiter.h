// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace keydesk {

// Throttles guessing of "Work or School" codes: after 5 wrong codes for one email, or 20 from
// one client address, within 15 minutes, lookups are refused until the oldest of those failures
// is 15 minutes old. Kept in memory by the one server process that answers lookups.
class LookupRateLimiter
{
public:
    static constexpr int kMaxFailuresPerEmail = 5;
    static constexpr int kMaxFailuresPerAddress = 20;
    static constexpr qint64 kWindowMs = 15 * 60 * 1000;

    explicit LookupRateLimiter(const Clock& clock) : m_clock(clock) {}

    // Seconds to wait before trying again, or nullopt when a lookup may go ahead.
    std::optional<int> retryAfter(const QString& email, const QString& address);
    void recordFailure(const QString& email, const QString& address);

private:
    using Failures = QHash<QString, QList<qint64>>;
    std::optional<qint64> blockedUntil(Failures& failures, const QString& key, int limit, qint64 now);
    void prune(qint64 now);

    const Clock& m_clock;
    Failures m_byEmail;
    Failures m_byAddress;
    int m_sincePrune = 0;
};

} // namespace keydesk
