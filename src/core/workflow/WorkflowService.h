// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "core/Actor.h"

namespace keydesk {

class Store;

// Changes to workflows that reach beyond their own row. Each call is one transaction.
class WorkflowService
{
public:
    explicit WorkflowService(Store& store) : m_store(store) {}

    // The workflow goes. Its keys that still wait stay (they forget the workflow), or are revoked
    // through the key lifecycle — their queued emails cancelled — when `revokeWaitingKeys`.
    Status remove(const Actor& by, qint64 workflowId, bool revokeWaitingKeys);

private:
    Store& m_store;
};

} // namespace keydesk
