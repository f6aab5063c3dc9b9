// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "AdminClient.h"
#include "core/DeskChanges.h"

namespace keydesk::net {

class DeskSync;

// A team desk's changes (core/DeskChanges.h) as admin API requests to its server, as the
// signed-in operator and in the desk's language (`server.acceptLanguage`): the server's services
// decide, and its refusal is what the page shows. A change the server made is answered once the
// desk's cache holds it (`sync`), so the page that re-reads the cache shows it.
// `unreachable` says why nothing can be sent (offline, signed out). `busy` is told when a request
// begins (true) and ends (false): the desk shows that it waits.
RemoteChanges makeRemoteChanges(RemoteServer server, DeskSync& sync,
                                std::function<std::optional<Error>()> unreachable,
                                std::function<void(bool)> busy = {});

} // namespace keydesk::net
