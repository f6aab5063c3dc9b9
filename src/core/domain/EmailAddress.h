// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Error.h"

#include <QString>

namespace keydesk {

// The pragmatic subset of RFC 5321 addresses a helpdesk deals with: local@domain, a dotted
// domain of letters, digits and hyphens, no spaces or quotes. Internationalised (UTF-8) local
// parts and domains are accepted since Exchange and Entra ID allow them.
class EmailAddress
{
public:
    // Empty when the address is acceptable, else a sentence naming the problem.
    static Error problem(const QString& address);
    static bool isValid(const QString& address) { return problem(address).isEmpty(); }
};

} // namespace keydesk
