// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/DeskChanges.h"

namespace keydesk::net {

class AsyncAdminClient;

// keydesk-cli's `users import` for a team desk, without blocking the console: the file goes to
// the server in parts (POST /imports, PUT /imports/{id}/parts/{n}), then one all-or-nothing import
// there (POST /imports/{id}/users). Answers the cancel of RemoteChanges::importUsers. Nothing
// reaches `report` once `client` is gone.
std::function<bool()> startRemoteImport(AsyncAdminClient& client, const QString& csvPath,
                                        ImportReport report);

} // namespace keydesk::net
