// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/domain/Operator.h"

#include <QList>
#include <QString>

namespace keydesk {

class Error;

// What a service call or an admin route needs from a signed-in operator; each role's share is
// roleAllows() (docs/operators.md has the table). Direct database access has every permission.
enum class Permission
{
    ReadDirectory,      // users, groups, keys, activations, verifications, workflows, outbox
    ReadAudit,          // the audit log, a user's activity
    ExportAudit,        // the whole log as a file
    ReadAdministration, // settings, operators, every session and token
    EditUsers,          // add, edit, enable, disable, group membership, import, Windows logon
    EditGroups,         // create, rename
    HandleKeys,         // assign, activate, re-issue, suspend, resume, revoke, verify
    RetryOutbox,
    Delete, // groups, keys; cancelling an email
    ManageWorkflows,
    ManageSettings,
    ManageOperators, // operators, other operators' sessions and tokens
};

QList<Permission> allPermissions();
bool roleAllows(OperatorRole role, Permission permission);
// Stable, for the OpenAPI description and JSON: "read-directory", "handle-keys".
QString permissionName(Permission permission);
// What the permission lets one do, as the end of "… may not %1" ("change settings").
Error permissionAction(Permission permission);

} // namespace keydesk
