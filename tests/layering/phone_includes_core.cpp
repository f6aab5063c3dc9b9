// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Compiled with keydesk_phone's include directories only: the virtual phone is a client of the
// enrollment API and does not link keydesk_core, so the core's headers must not be reachable.
// The PhoneCannotReachCore test expects this file to fail to compile.
#include "core/store/Store.h"
