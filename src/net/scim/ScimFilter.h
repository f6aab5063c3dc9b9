// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "ScimFailure.h"
#include "core/store/ScimRepository.h"

#include <optional>

namespace keydesk::net::scim {

enum class ResourceType
{
    User,
    Group
};

// A list's ?filter= (RFC 7644 §3.4.2.2), as much of it as identity providers send when they
// provision: one comparison `attribute op "value"`, op eq, co or sw (any case), on a User's
// userName, externalId, emails (emails.value, emails[type eq "work"].value), displayName or id,
// or a Group's displayName, externalId or id. An empty filter lists everything (nullopt); any
// other filter is refused as invalidFilter, saying what was not understood.
ScimResult<std::optional<ScimCondition>> parseFilter(const QString& filter, ResourceType type);

} // namespace keydesk::net::scim
