// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "Database.h"
#include "core/domain/Enrollment.h"

#include <QHash>

namespace keydesk {

// How far the rollout is: enabled users counted by their enrollment (users.enrollment, kept by
// the triggers of migration 0013), in all and per group. Disabled users are not in the rollout.
class EnrollmentRepository
{
public:
    explicit EnrollmentRepository(Database& db) : m_db(db) {}

    Result<EnrollmentCounts> overall();
    // By group id; a group without enabled members is absent.
    Result<QHash<qint64, EnrollmentCounts>> byGroup(const QList<qint64>& onlyGroups = {});
    Result<qint64> disabledUsers();

private:
    Database& m_db;
};

} // namespace keydesk
