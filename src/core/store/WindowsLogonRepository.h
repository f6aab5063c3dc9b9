// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "AuditLog.h"
#include "Database.h"
#include "core/domain/User.h"
#include "core/domain/WindowsLogon.h"

#include <optional>

namespace keydesk {

// Each user's Windows sign-in arrangement (migration 0007). Setting and clearing it are checked
// (validateWindowsLogon) and audited as user.windows-logon in the same transaction.
class WindowsLogonRepository
{
public:
    WindowsLogonRepository(Database& db, const Clock& clock, AuditLog& audit)
        : m_db(db), m_clock(clock), m_audit(audit)
    {}

    Result<std::optional<WindowsLogon>> find(qint64 userId);
    // Records (or replaces) the arrangement as given (WindowsLogonService checks it); the
    // returned value is what was stored.
    Result<WindowsLogon> set(const User& user, WindowsLogon logon);
    // Forgets it; clearing a user who has none is not an error and writes nothing.
    Status clear(const User& user);

private:
    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace keydesk
