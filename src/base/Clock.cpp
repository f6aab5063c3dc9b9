// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "Clock.h"

namespace keydesk {

const Clock& SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace keydesk
