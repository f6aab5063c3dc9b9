// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "UserQuery.h"

#include <QList>

#include <algorithm>

namespace keydesk {

namespace {

template <typename Value>
std::optional<Value> lookUp(const QList<std::pair<const char*, Value>>& names, const QString& name)
{
    const auto it = std::find_if(names.begin(), names.end(),
                                 [&](const auto& entry) { return name == QLatin1String(entry.first); });
    return it == names.end() ? std::nullopt : std::optional<Value>(it->second);
}

} // namespace

std::optional<UserStatusFilter> userStatusFilterFromName(const QString& name)
{
    return lookUp<UserStatusFilter>({{"enabled", UserStatusFilter::Enabled},
                                     {"disabled", UserStatusFilter::Disabled},
                                     {"no-key", UserStatusFilter::WithoutKey},
                                     {"key-pending", UserStatusFilter::KeyPending},
                                     {"key-active", UserStatusFilter::KeyActive}},
                                    name);
}

std::optional<WindowsLogonFilter> windowsLogonFilterFromName(const QString& name)
{
    return lookUp<WindowsLogonFilter>({{"dedicated", WindowsLogonFilter::DedicatedPc},
                                       {"shared", WindowsLogonFilter::SharedPc},
                                       {"none", WindowsLogonFilter::NotSetUp}},
                                      name);
}

std::optional<UserSortColumn> userSortColumnFromName(const QString& name)
{
    return lookUp<UserSortColumn>({{"name", UserSortColumn::DisplayName},
                                   {"email", UserSortColumn::Email},
                                   {"department", UserSortColumn::Department},
                                   {"enabled", UserSortColumn::Enabled}},
                                  name);
}

} // namespace keydesk
