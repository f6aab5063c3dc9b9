// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/Actor.h"
#include "core/store/Store.h"

namespace keydesk {

// One service call made for an operator: refused unless `by` has `needs`; otherwise `work`
// (returning a Result or a Status) runs in one transaction — a savepoint inside the caller's, when
// there is one — whose audit events name `by`, and is committed only when it succeeds. For the
// services' .cpp files only.
template <typename Work>
auto serviceCall(Store& store, const Actor& by, Permission needs, Work&& work) -> decltype(work())
{
    using Outcome = decltype(work());
    if (Status allowed = by.check(needs); !allowed)
        return Outcome::failure(allowed.cause());
    Transaction tx(store.database());
    if (!tx.status())
        return Outcome::failure(tx.status().cause());
    AuditLog::ActingAs acting(store.audit(), by);
    auto outcome = work();
    if (!outcome)
        return outcome;
    if (Status committed = tx.commit(); !committed)
        return Outcome::failure(committed.cause());
    return outcome;
}

} // namespace keydesk
