// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Never compiled: proves ServerUsesServices notices server code that writes through a repository.
#include "core/store/Store.h"

void markSent(keydesk::Store& store, qint64 id)
{
    (void)store.outbox().markSent(id);
}
