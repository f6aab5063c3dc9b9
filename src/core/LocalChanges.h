// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "DeskChanges.h"

namespace keydesk {

class Store;

// Solo mode's changes: the services on the open database, called as they are.
std::unique_ptr<UserChanges> localUserChanges(Store& store);
std::unique_ptr<GroupChanges> localGroupChanges(Store& store);
std::unique_ptr<KeyChanges> localKeyChanges(Store& store);
std::unique_ptr<OutboxChanges> localOutboxChanges(Store& store);
std::unique_ptr<WindowsLogonChanges> localWindowsLogonChanges(Store& store);
std::unique_ptr<WorkflowChanges> localWorkflowChanges(Store& store);

} // namespace keydesk
