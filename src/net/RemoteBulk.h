// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/DeskChanges.h"

namespace keydesk::net {

class AsyncAdminClient;

// RemoteChanges::changeKeysInBulk: POST /keys/bulk once per BulkKeyChange::kBatch ids, the next
// part after the last one's answer, so that the desk shows the progress and a cancel stops between
// parts as it does on a database the desk opened. Nothing reaches `report` once `client` is gone.
std::function<void()> startRemoteBulkChange(AsyncAdminClient& client, BulkKeyRequest request,
                                            BulkReportTo report);

} // namespace keydesk::net
