// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Never compiled: proves FrontEndsUseServices notices a front end that reaches the store.
#include "core/Core.h"
#include "core/store/UserRepository.h"
