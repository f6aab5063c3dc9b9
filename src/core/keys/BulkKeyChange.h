// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "core/Actor.h"

#include <QList>

#include <functional>

namespace keydesk {

class KeyEnrollment;
class Store;

enum class BulkKeyAction
{
    Suspend,
    Resume,
    Revoke,
    ReissueByEmail, // a fresh link by email for a pending or expired key (also "send again")
};

// What a bulk change did: keys changed, keys the action does not apply to (with the reason, as
// the one-key action would refuse them), and whether it was stopped before the end.
struct BulkKeyReport
{
    qint64 changed = 0;
    QList<std::pair<qint64, Error>> skipped;
    bool cancelled = false;
};

// One action over many keys (All Keys' selection, the Overview's lists), through the key
// lifecycle: each key changes as it would alone — the state machine, the emails it stops or
// queues, one audit event — kBatch keys to a transaction. After each batch `progress` hears how
// far it got; answering false stops there: the batches done stay done, the others are untouched.
class BulkKeyChange
{
public:
    static constexpr int kBatch = 250;
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    BulkKeyChange(Store& store, Actor by) : m_store(store), m_by(std::move(by)) {}

    // `reason`: for suspend and revoke (revoke needs one). `enrollment`: for re-issues.
    Result<BulkKeyReport> run(const QList<qint64>& keyIds, BulkKeyAction action, const QString& reason,
                              const Progress& progress = {}, KeyEnrollment* enrollment = nullptr);

private:
    Status changeOne(qint64 keyId, BulkKeyAction action, const QString& reason, KeyEnrollment* enrollment);

    Store& m_store;
    Actor m_by;
};

} // namespace keydesk
