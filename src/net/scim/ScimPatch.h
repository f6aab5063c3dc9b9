// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "ScimFailure.h"
#include "ScimFilter.h"

#include <QJsonObject>

namespace keydesk::net::scim {

// Applies a PatchOp request (RFC 7644 §3.5.2) to a resource as KeyDesk gives it, and returns the
// resource it asks for; userEntryFrom/groupEntryFrom then read it as they read a PUT. Operations
// add, replace and remove (any case, as Entra ID sends them), with a path (`active`,
// `emails[type eq "work"].value`, `members[value eq "id"]`, the enterprise extension's full
// name, ...) or without one (a value object of paths). Attributes KeyDesk accepts without
// keeping are accepted and change nothing; a path that names no attribute is refused.
ScimResult<QJsonObject> applyPatch(QJsonObject resource, const QJsonObject& patch, ResourceType type);

} // namespace keydesk::net::scim
