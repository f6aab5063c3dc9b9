// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "BulkKeyChange.h"

#include "KeyLifecycle.h"
#include "core/activation/DeploymentSettings.h"
#include "core/activation/KeyEnrollment.h"
#include "core/store/SecurityKeyRepository.h"
#include "core/store/Store.h"
#include "core/users/UserService.h"

namespace keydesk {

namespace {

struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(BulkKeyChange)
};

const QList<std::pair<BulkKeyAction, QLatin1String>> kActionNames = {
    {BulkKeyAction::Suspend, QLatin1String("suspend")},
    {BulkKeyAction::Resume, QLatin1String("resume")},
    {BulkKeyAction::Revoke, QLatin1String("revoke")},
    {BulkKeyAction::ReissueByEmail, QLatin1String("reissue")},
    {BulkKeyAction::AssignByEmail, QLatin1String("assign")},
};

} // namespace

QString bulkKeyActionName(BulkKeyAction action)
{
    for (const auto& [a, name] : kActionNames) {
        if (a == action)
            return name;
    }
    return {};
}

std::optional<BulkKeyAction> bulkKeyActionFromName(const QString& name)
{
    for (const auto& [a, n] : kActionNames) {
        if (n == name)
            return a;
    }
    return std::nullopt;
}

Status BulkKeyChange::assignOne(qint64 userId, KeyEnrollment& enrollment)
{
    auto found = UserService(m_store).findById(userId);
    if (!found)
        return Status::failure(found.cause());
    if (!found.value())
        return Status::failure(Text::tr("There is no user %1.").arg(userId));
    const User& user = *found.value();
    if (Error why = KeyEnrollment::emailUnavailableReason(user); !why.isEmpty())
        return Status::failure(why);
    auto keys = KeyLifecycle(m_store).listForUser(userId);
    if (!keys)
        return Status::failure(keys.cause());
    for (const SecurityKeyRow& row : keys.value()) {
        if (row.key.type == KeyType::Smartphone && row.key.status == KeyStatus::Active)
            return Status::failure(Text::tr("%1 has an active smartphone key already.").arg(user.email));
    }
    // A pending one the assignment itself refuses (PendingKeyExists).
    // The deployment's settings for new keys (keys.*), read once a run.
    if (!m_keySettings) {
        auto defaults = defaultKeySettings(m_store);
        if (!defaults)
            return Status::failure(defaults.cause());
        m_keySettings = defaults.value();
    }
    EnrollmentRequest request;
    request.type = KeyType::Smartphone;
    request.settings = *m_keySettings;
    request.method = ActivationMethod::Email;
    return Status::from(enrollment.assign(user, request));
}

Status BulkKeyChange::changeOne(qint64 id, const BulkKeyRequest& request, KeyEnrollment* enrollment)
{
    KeyLifecycle keys(m_store);
    switch (request.action) {
    case BulkKeyAction::Suspend:
        return keys.suspend(m_by, id, request.reason);
    case BulkKeyAction::Resume:
        return keys.resume(m_by, id);
    case BulkKeyAction::Revoke:
        return keys.revoke(m_by, id, request.reason);
    case BulkKeyAction::ReissueByEmail:
        return Status::from(enrollment->reissue(id, ActivationMethod::Email));
    case BulkKeyAction::AssignByEmail:
        break;
    }
    return assignOne(id, *enrollment);
}

Result<BulkKeyReport> BulkKeyChange::run(const BulkKeyRequest& request, const Progress& progress,
                                         KeyEnrollment* enrollment)
{
    using R = Result<BulkKeyReport>;
    // What would refuse every id is said once, before anything changes.
    if (Status allowed = m_by.check(Permission::HandleKeys); !allowed)
        return R::failure(allowed.cause());
    if (request.action == BulkKeyAction::Revoke && request.reason.trimmed().isEmpty())
        return R::failure(Error(ErrorCode::RevokeNeedsReason));
    const bool issues =
        request.action == BulkKeyAction::ReissueByEmail || request.action == BulkKeyAction::AssignByEmail;
    if (issues && !enrollment)
        return R::failure(Text::tr("issuing activation links needs the enrollment server's settings"));
    BulkKeyReport report;
    const qint64 total = request.ids.size();
    for (qint64 from = 0; from < total; from += kBatch) {
        Transaction tx(m_store.database());
        if (!tx.status())
            return R::failure(tx.status().cause());
        BulkKeyReport batch;
        for (qint64 i = from; i < std::min(total, from + kBatch); ++i) {
            // Each id in a savepoint of its own (the lifecycle's, the enrollment's): one refused
            // id leaves the batch as it was.
            const qint64 id = request.ids.at(i);
            if (Status s = changeOne(id, request, enrollment); s)
                ++batch.changed;
            else
                batch.skipped.append({id, s.cause()});
        }
        if (Status committed = tx.commit(); !committed)
            return R::failure(committed.cause());
        report.add(batch);
        const qint64 done = std::min(total, from + kBatch);
        if (progress && !progress(done, total) && done < total) {
            report.cancelled = true;
            break;
        }
    }
    return report;
}

Result<QList<qint64>> BulkKeyChange::pendingKeysOf(const QList<qint64>& userIds)
{
    SecurityKeyRepository& keys = m_store.keys();
    QList<qint64> pending;
    for (qint64 userId : userIds) {
        auto key = keys.pendingKeyOf(userId, KeyType::Smartphone);
        if (!key)
            return Result<QList<qint64>>::failure(key.cause());
        if (key.value())
            pending << *key.value();
    }
    return pending;
}

} // namespace keydesk
