// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QString>

#include <optional>

namespace keydesk {

// Where a user is in the rollout: their best key. Every user is in exactly one state; the store
// keeps it per user (migration 0013) so that the Overview counts a million users quickly.
enum class Enrollment
{
    Active,    // has an active key
    Pending,   // no active key, waiting for an activation
    Withdrawn, // only suspended or revoked keys (besides expired ones)
    None,      // no key, or only expired ones
};
inline constexpr Enrollment kEnrollments[] = {Enrollment::Active, Enrollment::Pending, Enrollment::Withdrawn,
                                              Enrollment::None};

// The database, CLI and JSON spelling: active, pending, withdrawn, none.
QString enrollmentName(Enrollment enrollment);
std::optional<Enrollment> enrollmentFromName(const QString& name);
// For people: "Active key", "Pending", "Suspended or revoked", "No key".
QString enrollmentDisplayName(Enrollment enrollment);

// Users by enrollment.
struct EnrollmentCounts
{
    qint64 active = 0;
    qint64 pending = 0;
    qint64 withdrawn = 0;
    qint64 none = 0;

    qint64 total() const { return active + pending + withdrawn + none; }
    qint64 of(Enrollment enrollment) const;
    void add(Enrollment enrollment, qint64 n);
    bool operator==(const EnrollmentCounts&) const = default;
};

} // namespace keydesk
