// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "Enrollment.h"

#include <QCoreApplication>

namespace keydesk {

QString enrollmentName(Enrollment enrollment)
{
    switch (enrollment) {
    case Enrollment::Active:
        return QStringLiteral("active");
    case Enrollment::Pending:
        return QStringLiteral("pending");
    case Enrollment::Withdrawn:
        return QStringLiteral("withdrawn");
    case Enrollment::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<Enrollment> enrollmentFromName(const QString& name)
{
    for (Enrollment e : kEnrollments)
        if (enrollmentName(e) == name)
            return e;
    return std::nullopt;
}

QString enrollmentDisplayName(Enrollment enrollment)
{
    switch (enrollment) {
    case Enrollment::Active:
        return QCoreApplication::translate("Enrollment", "Active key");
    case Enrollment::Pending:
        return QCoreApplication::translate("Enrollment", "Pending");
    case Enrollment::Withdrawn:
        return QCoreApplication::translate("Enrollment", "Suspended or revoked");
    case Enrollment::None:
        break;
    }
    return QCoreApplication::translate("Enrollment", "No key");
}

qint64 EnrollmentCounts::of(Enrollment enrollment) const
{
    switch (enrollment) {
    case Enrollment::Active:
        return active;
    case Enrollment::Pending:
        return pending;
    case Enrollment::Withdrawn:
        return withdrawn;
    case Enrollment::None:
        break;
    }
    return none;
}

void EnrollmentCounts::add(Enrollment enrollment, qint64 n)
{
    switch (enrollment) {
    case Enrollment::Active:
        active += n;
        return;
    case Enrollment::Pending:
        pending += n;
        return;
    case Enrollment::Withdrawn:
        withdrawn += n;
        return;
    case Enrollment::None:
        none += n;
        return;
    }
}

} // namespace keydesk
