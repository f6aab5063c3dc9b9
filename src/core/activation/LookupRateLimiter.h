// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Clock.h"
#include "base/Result.h"

#include <QHash>
#include <QString>

#include <deque>
#include <optional>

namespace keydesk {

class LookupFailureRepository;
class Store;

// Throttles guessing of "Work or School" codes: after 5 wrong codes for one email, or 20 from one
// client (an IPv4 address or an IPv6 /64, as the server groups them), within 15 minutes, lookups
// are refused until the oldest of those failures is 15 minutes old. The failures live in the
// database, so a restart, a crash or a second server instance does not reset them. In memory, a
// fixed-size table remembers which subjects are blocked until when (the oldest entry gives way),
// so a flood from a blocked client costs no database read and memory stays bounded.
class LookupRateLimiter
{
public:
    static constexpr int kMaxFailuresPerEmail = 5;
    static constexpr int kMaxFailuresPerClient = 20;
    static constexpr qint64 kWindowMs = 15 * 60 * 1000;
    static constexpr int kRememberedBlocks = 4096;

    LookupRateLimiter(LookupFailureRepository& failures, const Clock& clock)
        : m_failures(failures), m_clock(clock)
    {}

    // Seconds to wait before trying again, or nullopt when a lookup may go ahead.
    Result<std::optional<int>> retryAfter(const QString& email, const QString& client);
    // Counts a wrong code against the email and the client (in the caller's transaction).
    Status recordFailure(const QString& email, const QString& client);

    int rememberedBlocks() const { return int(m_blockedUntil.size()); }

private:
    Result<std::optional<qint64>> blockedUntil(const QString& subject, int limit, qint64 now);
    void remember(const QString& subject, qint64 until);

    LookupFailureRepository& m_failures;
    const Clock& m_clock;
    QHash<QString, qint64> m_blockedUntil;
    std::deque<QString> m_rememberedOrder; // oldest first
};

// Wrong "Work or School" codes typed for this email within the limiter's window (`key show`).
Result<int> recentWrongCodes(Store& store, const QString& email);

} // namespace keydesk
