// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "Permission.h"

#include "base/Error.h"

namespace keydesk {

namespace {

struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(Permission)
};

} // namespace

QList<Permission> allPermissions()
{
    return {Permission::ReadDirectory,      Permission::ReadAudit,      Permission::ExportAudit,
            Permission::ReadAdministration, Permission::EditUsers,      Permission::EditGroups,
            Permission::HandleKeys,         Permission::RetryOutbox,    Permission::Delete,
            Permission::ManageWorkflows,    Permission::ManageSettings, Permission::ManageOperators};
}

bool roleAllows(OperatorRole role, Permission permission)
{
    switch (role) {
    case OperatorRole::Admin:
        return true;
    case OperatorRole::Helpdesk:
        // Users, groups and keys; no settings, workflows, operators or deletions.
        switch (permission) {
        case Permission::ReadDirectory:
        case Permission::ReadAudit:
        case Permission::EditUsers:
        case Permission::EditGroups:
        case Permission::HandleKeys:
        case Permission::RetryOutbox:
            return true;
        default:
            return false;
        }
    case OperatorRole::Auditor:
        // Reads everything, exports the log, changes nothing.
        return permission == Permission::ReadDirectory || permission == Permission::ReadAudit ||
               permission == Permission::ExportAudit || permission == Permission::ReadAdministration;
    }
    return false;
}

QString permissionName(Permission permission)
{
    switch (permission) {
    case Permission::ReadDirectory:
        return QStringLiteral("read-directory");
    case Permission::ReadAudit:
        return QStringLiteral("read-audit");
    case Permission::ExportAudit:
        return QStringLiteral("export-audit");
    case Permission::ReadAdministration:
        return QStringLiteral("read-administration");
    case Permission::EditUsers:
        return QStringLiteral("edit-users");
    case Permission::EditGroups:
        return QStringLiteral("edit-groups");
    case Permission::HandleKeys:
        return QStringLiteral("handle-keys");
    case Permission::RetryOutbox:
        return QStringLiteral("retry-outbox");
    case Permission::Delete:
        return QStringLiteral("delete");
    case Permission::ManageWorkflows:
        return QStringLiteral("manage-workflows");
    case Permission::ManageSettings:
        return QStringLiteral("manage-settings");
    case Permission::ManageOperators:
        return QStringLiteral("manage-operators");
    }
    return {};
}

Error permissionAction(Permission permission)
{
    switch (permission) {
    case Permission::ReadDirectory:
        return Text::tr("read users, groups and keys");
    case Permission::ReadAudit:
        return Text::tr("read the audit log");
    case Permission::ExportAudit:
        return Text::tr("export the audit log");
    case Permission::ReadAdministration:
        return Text::tr("read settings, operators, sessions and tokens");
    case Permission::EditUsers:
        return Text::tr("change users");
    case Permission::EditGroups:
        return Text::tr("change groups");
    case Permission::HandleKeys:
        return Text::tr("assign, change or verify security keys");
    case Permission::RetryOutbox:
        return Text::tr("retry emails");
    case Permission::Delete:
        return Text::tr("delete");
    case Permission::ManageWorkflows:
        return Text::tr("change workflows");
    case Permission::ManageSettings:
        return Text::tr("change settings");
    case Permission::ManageOperators:
        return Text::tr("manage operators, their sessions and tokens");
    }
    return {};
}

} // namespace keydesk
