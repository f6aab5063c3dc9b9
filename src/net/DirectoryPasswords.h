// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/domain/DirectorySource.h"

#include <QString>

namespace keydesk::net {

// The keychain entry of an LDAP source's bind password: "directory-source/<name in lower case>",
// what the console's Bind Password… writes.
QString directoryPasswordKey(const QString& sourceName);

// Where a process that syncs a source (keydesk-cli, the admin API) finds its bind password:
// KEYDESK_LDAP_PASSWORD, else that keychain entry of the user running it; empty when neither has one.
QString directoryBindPassword(const DirectorySource& source);

} // namespace keydesk::net
