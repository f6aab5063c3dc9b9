// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QDateTime>

namespace keydesk {

// Source of the current time. Everything that stamps, expires or retries asks a Clock so that
// tests can move time instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }

    static const Clock& instance();
};

// A clock that only moves when told to; used by tests and deterministic demo data.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) {}
    QDateTime now() const override { return m_at; }
    void set(const QDateTime& at) { m_at = at; }
    void advance(qint64 ms) { m_at = m_at.addMSecs(ms); }

private:
    QDateTime m_at;
};

} // namespace keydesk
