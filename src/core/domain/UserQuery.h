// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "Enrollment.h"
#include "WindowsLogon.h"

#include <QString>

#include <optional>

namespace keydesk {

enum class UserStatusFilter
{
    Any,
    Enabled,
    Disabled,
    WithoutKey,
    KeyPending,
    KeyActive
};

enum class UserSortColumn
{
    DisplayName,
    Email,
    Department,
    Enabled
};

// What the All Users list shows: a search over name, email, UPN and department, narrowed by
// group, status, enrollment and Windows sign-in, in one order. The store turns it into SQL.
struct UserQuery
{
    QString search;
    std::optional<qint64> groupId;
    UserStatusFilter status = UserStatusFilter::Any;
    WindowsLogonFilter windowsLogon = WindowsLogonFilter::Any;
    // Where the users are in the rollout (their best key); the Overview's links set it.
    std::optional<Enrollment> enrollment;
    UserSortColumn sortColumn = UserSortColumn::DisplayName;
    bool descending = false;
};

// The names the CLI's options and the admin API's query use for these, and back (nullopt: not
// one of them).
// status: enabled, disabled, no-key, key-pending, key-active
std::optional<UserStatusFilter> userStatusFilterFromName(const QString& name);
// windows logon: dedicated, shared, none
std::optional<WindowsLogonFilter> windowsLogonFilterFromName(const QString& name);
// sort: name, email, department, enabled
std::optional<UserSortColumn> userSortColumnFromName(const QString& name);

} // namespace keydesk
