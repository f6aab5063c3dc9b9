// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "core/Actor.h"
#include "core/domain/User.h"
#include "core/domain/WindowsLogon.h"

#include <optional>

namespace keydesk {

class Store;

// How a user signs in to Windows with their key (a paired, dedicated PC or a reader on a shared
// one). The arrangement is tidied (trimmed, computer names in capitals, as Windows shows them)
// and checked here (validateWindowsLogon); each change is one transaction naming `by`.
class WindowsLogonService
{
public:
    explicit WindowsLogonService(Store& store) : m_store(store) {}

    Result<std::optional<WindowsLogon>> find(qint64 userId);
    // Records (or replaces) it; returns what was stored.
    Result<WindowsLogon> set(const Actor& by, const User& user, WindowsLogon logon);
    // Forgets it; clearing a user who has none is not an error and writes nothing.
    Status clear(const Actor& by, const User& user);

private:
    Store& m_store;
};

} // namespace keydesk
