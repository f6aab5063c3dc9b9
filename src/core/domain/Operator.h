// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace keydesk {

// What an operator may do (docs/operators.md): admin everything; helpdesk users, groups and
// keys; auditor reads.
enum class OperatorRole
{
    Admin,
    Helpdesk,
    Auditor,
};
QString operatorRoleName(OperatorRole role); // "admin", "helpdesk", "auditor" (database, CLI)
std::optional<OperatorRole> operatorRoleFromName(const QString& name);
QStringList operatorRoleNames();

// A user who works KeyDesk itself.
struct Operator
{
    qint64 userId = 0;
    QString email;
    QString displayName;
    bool enabled = true;
    OperatorRole role = OperatorRole::Helpdesk;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

} // namespace keydesk
