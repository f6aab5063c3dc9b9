// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

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
// group, status and Windows sign-in, in one order. The store turns it into SQL.
struct UserQuery
{
    QString search;
    std::optional<qint64> groupId;
    UserStatusFilter status = UserStatusFilter::Any;
    WindowsLogonFilter windowsLogon = WindowsLogonFilter::Any;
    UserSortColumn sortColumn = UserSortColumn::DisplayName;
    bool descending = false;
};

} // namespace keydesk
