// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "BulkKeyChange.h"

#include "KeyLifecycle.h"
#include "core/activation/KeyEnrollment.h"
#include "core/store/Store.h"

namespace keydesk {

namespace {

struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(BulkKeyChange)
};

} // namespace

Status BulkKeyChange::changeOne(qint64 keyId, BulkKeyAction action, const QString& reason,
                                KeyEnrollment* enrollment)
{
    KeyLifecycle keys(m_store);
    switch (action) {
    case BulkKeyAction::Suspend:
        return keys.suspend(m_by, keyId, reason);
    case BulkKeyAction::Resume:
        return keys.resume(m_by, keyId);
    case BulkKeyAction::Revoke:
        return keys.revoke(m_by, keyId, reason);
    case BulkKeyAction::ReissueByEmail:
        break;
    }
    return Status::from(enrollment->reissue(keyId, ActivationMethod::Email));
}

Result<BulkKeyReport> BulkKeyChange::run(const QList<qint64>& keyIds, BulkKeyAction action,
                                         const QString& reason, const Progress& progress,
                                         KeyEnrollment* enrollment)
{
    using R = Result<BulkKeyReport>;
    // What would refuse every key is said once, before anything changes.
    if (Status allowed = m_by.check(Permission::HandleKeys); !allowed)
        return R::failure(allowed.cause());
    if (action == BulkKeyAction::Revoke && reason.trimmed().isEmpty())
        return R::failure(Error(ErrorCode::RevokeNeedsReason));
    if (action == BulkKeyAction::ReissueByEmail && !enrollment)
        return R::failure(Text::tr("re-issuing keys needs the enrollment server's settings"));
    BulkKeyReport report;
    const qint64 total = keyIds.size();
    for (qint64 from = 0; from < total; from += kBatch) {
        Transaction tx(m_store.database());
        if (!tx.status())
            return R::failure(tx.status().cause());
        BulkKeyReport batch;
        for (qint64 i = from; i < std::min(total, from + kBatch); ++i) {
            // Each key in a savepoint of its own (KeyLifecycle's): one refused key leaves the batch.
            if (Status s = changeOne(keyIds.at(i), action, reason, enrollment); s)
                ++batch.changed;
            else
                batch.skipped.append({keyIds.at(i), s.cause()});
        }
        if (Status committed = tx.commit(); !committed)
            return R::failure(committed.cause());
        report.changed += batch.changed;
        report.skipped << batch.skipped;
        const qint64 done = std::min(total, from + kBatch);
        if (progress && !progress(done, total) && done < total) {
            report.cancelled = true;
            break;
        }
    }
    return report;
}

} // namespace keydesk
