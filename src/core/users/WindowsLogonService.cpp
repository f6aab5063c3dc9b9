// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "WindowsLogonService.h"

#include "core/ServiceCall.h"

namespace keydesk {

Result<std::optional<WindowsLogon>> WindowsLogonService::find(qint64 userId)
{
    return m_store.windowsLogons().find(userId);
}

Result<WindowsLogon> WindowsLogonService::set(const Actor& by, const User& user, WindowsLogon logon)
{
    logon.pcName = logon.pcName.trimmed();
    logon.readerLocation = logon.readerLocation.trimmed();
    if (Error problem = validateWindowsLogon(logon, m_store.clock().nowMs()); !problem.isEmpty())
        return Result<WindowsLogon>::failure(problem);
    logon.pcName = logon.pcName.toUpper(); // Windows shows computer names in capitals
    return serviceCall(m_store, by, Permission::EditUsers,
                       [&] { return m_store.windowsLogons().set(user, logon); });
}

Status WindowsLogonService::clear(const Actor& by, const User& user)
{
    return serviceCall(m_store, by, Permission::EditUsers,
                       [&] { return m_store.windowsLogons().clear(user); });
}

} // namespace keydesk
