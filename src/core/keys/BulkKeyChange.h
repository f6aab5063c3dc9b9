// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "core/Actor.h"
#include "core/domain/SecurityKey.h"

#include <QList>

#include <functional>
#include <optional>

namespace keydesk {

class KeyEnrollment;
class Store;

enum class BulkKeyAction
{
    Suspend,
    Resume,
    Revoke,
    ReissueByEmail, // a fresh link by email for a pending or expired key (also "send again")
    // The ids are users: each one gets a smartphone key with its activation by email, by a
    // workflow's rule — only an enabled user with an address and with neither an active nor a
    // pending smartphone key.
    AssignByEmail,
};
QString bulkKeyActionName(BulkKeyAction action); // "suspend", …, "reissue", "assign"
std::optional<BulkKeyAction> bulkKeyActionFromName(const QString& name);

// One bulk change as the console and the admin API hand it over.
struct BulkKeyRequest
{
    BulkKeyAction action = BulkKeyAction::Suspend;
    QList<qint64> ids; // keys, or users for AssignByEmail
    QString reason;    // suspend (optional), revoke (required)
};

// What a bulk change did: ids changed, ids the action does not apply to (with the reason, as
// the one-key action would refuse them), and whether it was stopped before the end.
struct BulkKeyReport
{
    qint64 changed = 0;
    QList<std::pair<qint64, Error>> skipped;
    bool cancelled = false;

    void add(const BulkKeyReport& more)
    {
        changed += more.changed;
        skipped << more.skipped;
    }
};

// One action over many keys (All Keys' selection, All Users' selection, the Overview's lists),
// through the key lifecycle: each key changes as it would alone — the state machine, the
// emails it stops or queues, one audit event — kBatch ids to a transaction. After each batch
// `progress` hears how far it got; answering false stops there: the batches done stay done,
// the others are untouched.
class BulkKeyChange
{
public:
    static constexpr int kBatch = 250;
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    BulkKeyChange(Store& store, Actor by) : m_store(store), m_by(std::move(by)) {}

    // `enrollment`: for re-issues and assignments (the links and the mail identity).
    Result<BulkKeyReport> run(const BulkKeyRequest& request, const Progress& progress = {},
                              KeyEnrollment* enrollment = nullptr);

    // The pending smartphone keys of these users (All Users' "send activations again").
    Result<QList<qint64>> pendingKeysOf(const QList<qint64>& userIds);

private:
    Status changeOne(qint64 id, const BulkKeyRequest& request, KeyEnrollment* enrollment);
    Status assignOne(qint64 userId, KeyEnrollment& enrollment);

    Store& m_store;
    Actor m_by;
    std::optional<KeySettings> m_keySettings;
};

} // namespace keydesk
