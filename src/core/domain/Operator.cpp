// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "Operator.h"

namespace keydesk {

QString operatorRoleName(OperatorRole role)
{
    switch (role) {
    case OperatorRole::Admin:
        return QStringLiteral("admin");
    case OperatorRole::Helpdesk:
        return QStringLiteral("helpdesk");
    case OperatorRole::Auditor:
        return QStringLiteral("auditor");
    }
    return {};
}

std::optional<OperatorRole> operatorRoleFromName(const QString& name)
{
    for (OperatorRole role : {OperatorRole::Admin, OperatorRole::Helpdesk, OperatorRole::Auditor}) {
        if (name == operatorRoleName(role))
            return role;
    }
    return std::nullopt;
}

QStringList operatorRoleNames()
{
    return {operatorRoleName(OperatorRole::Admin), operatorRoleName(OperatorRole::Helpdesk),
            operatorRoleName(OperatorRole::Auditor)};
}

} // namespace keydesk
