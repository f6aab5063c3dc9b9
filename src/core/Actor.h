// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QString>

namespace keydesk {

// The operator on whose behalf changes are made; recorded in every audit event.
class Actor
{
public:
    // "OS user@host" of the running process.
    static QString defaultName();
};

} // namespace keydesk
