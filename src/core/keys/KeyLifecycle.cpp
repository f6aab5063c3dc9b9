// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "KeyLifecycle.h"

#include "core/domain/Workflow.h"
#include "core/store/Store.h"

namespace keydesk {

namespace {

// Why queued emails were cancelled: stored with the outbox row as codes, said in the language of
// whoever reads them.
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(KeyLifecycle)
};

Error whyReminder()
{
    return Text::tr("cancelled: replaced by a reminder");
}
Error whySuperseded()
{
    return Text::tr("cancelled: superseded by a new activation");
}
Error whyRevoked()
{
    return Text::tr("cancelled: key revoked");
}
Error whyDeleted()
{
    return Text::tr("cancelled: key deleted");
}

QJsonObject keyDetails(const SecurityKey& key)
{
    return {{QStringLiteral("key_id"), key.id}, {QStringLiteral("type"), keyTypeName(key.type)}};
}

Status audit(Store& store, const Actor& by, const char* action, const User& user, const QJsonObject& details)
{
    return store.audit().appendAs(by, {AuditLog::Entry{QString::fromLatin1(action), QStringLiteral("user"),
                                                       user.id, user.email, details}});
}

QString id(qint64 value)
{
    return QString::number(value);
}

} // namespace

Result<std::pair<SecurityKeyRow, User>> KeyLifecycle::load(qint64 keyId, KeyAction action)
{
    using R = Result<std::pair<SecurityKeyRow, User>>;
    auto found = m_store.keys().findWithUser(keyId);
    if (!found)
        return R::failure(found.cause());
    if (!found.value())
        return R::failure(Error(ErrorCode::KeyNotFound, {id(keyId)}));
    const KeyStatus status = found.value()->first.key.status;
    if (allows(action, status))
        return *found.value();
    const QString statusName = keyStatusName(status);
    if (action == KeyAction::Reissue)
        return R::failure(Error(ErrorCode::KeyNotReissuable, {id(keyId), statusName}));
    if (action == KeyAction::Delete)
        return R::failure(Error(ErrorCode::KeyNotDeletable, {id(keyId), statusName}));
    return R::failure(Error(ErrorCode::KeyWrongStatus, {id(keyId), statusName, allowedStatusesText(action),
                                                        keyStatusName(*transitionOf(action).to)}));
}

Status KeyLifecycle::stopEmails(qint64 keyId, bool deadOnly, const Error& why, bool release)
{
    auto activations = m_store.keys().activationIdsOf(keyId, deadOnly);
    if (!activations)
        return Status::from(activations);
    QStringList emails;
    for (qint64 activationId : activations.value())
        emails << activationEmailKey(activationId);
    if (Status s = m_store.outbox().cancelByKeys(emails, why); !s)
        return s;
    return release ? m_store.outbox().releaseKeys(emails) : Status();
}

Status KeyLifecycle::apply(const Actor& by, const SecurityKeyRow& row, const User& user, KeyAction action,
                           const QString& reason, QJsonObject details)
{
    const KeyTransition& t = transitionOf(action);
    if (t.to) {
        if (Status s = m_store.keys().setStatus(row.key.id, *t.to, reason); !s)
            return s;
    }
    if (action == KeyAction::Revoke) {
        if (Status s = stopEmails(row.key.id, false, whyRevoked()); !s)
            return s;
    }
    const QJsonObject keyFields = keyDetails(row.key);
    for (auto it = keyFields.begin(); it != keyFields.end(); ++it)
        details.insert(it.key(), it.value());
    if (action == KeyAction::Suspend || action == KeyAction::Resume || action == KeyAction::Revoke ||
        action == KeyAction::Expire)
        details.insert(QStringLiteral("from"), keyStatusName(row.key.status));
    if (!reason.isEmpty())
        details.insert(QStringLiteral("reason"), reason);
    return audit(m_store, by, t.auditAction, user, details);
}

Result<std::optional<SecurityKeyRow>> KeyLifecycle::findById(qint64 keyId)
{
    return m_store.keys().findById(keyId);
}

Result<QList<SecurityKeyRow>> KeyLifecycle::listForUser(qint64 userId)
{
    return m_store.keys().listForUser(userId);
}

Result<QList<SecurityKeyRow>> KeyLifecycle::list(std::optional<KeyStatus> status, int limit)
{
    return m_store.keys().list(status, limit);
}

Result<qint64> KeyLifecycle::count(const KeyQuery& query)
{
    return m_store.keyList().count(query);
}

Result<QList<KeyListRow>> KeyLifecycle::page(const KeyQuery& query, qint64 offset, int limit)
{
    return m_store.keyList().page(query, offset, limit);
}

Result<QList<qint64>> KeyLifecycle::ids(const KeyQuery& query)
{
    return m_store.keyList().ids(query);
}

Result<KeyAssignment> KeyLifecycle::assign(const Actor& by, const User& user, KeyType type,
                                           const KeySettings& settings, ActivationMethod method,
                                           const QString& label, const ActivationLifetimes& lifetimes)
{
    using R = Result<KeyAssignment>;
    if (Status allowed = by.check(Permission::HandleKeys); !allowed)
        return R::failure(allowed.cause());
    if (!user.enabled)
        return R::failure(Error(ErrorCode::UserDisabledForAssign, {user.email}));
    Transaction tx(m_store.database());
    if (!tx.status())
        return R::failure(tx.status().cause());
    // One pending key of a type per user (also a unique index): the existing one is re-issued.
    auto pending = m_store.keys().pendingKeyOf(user.id, type);
    if (!pending)
        return R::failure(pending.cause());
    if (pending.value())
        return R::failure(
            Error(ErrorCode::PendingKeyExists, {user.email, keyTypeName(type), id(*pending.value())}));
    const QString keyLabel = label.trimmed().isEmpty() ? keyTypeDisplayName(type) : label.trimmed();
    auto key = m_store.keys().insertPendingKey(user.id, type, keyLabel, settings, std::nullopt);
    if (!key)
        return R::failure(key.cause());
    auto issued =
        m_store.keys().insertActivation(key->id, user, method, lifetimes.forMethod(method, settings));
    if (!issued)
        return R::failure(issued.cause());
    QJsonObject details = keyDetails(key.value());
    details.insert(QStringLiteral("method"), activationMethodName(method));
    details.insert(QStringLiteral("expires_at"), issued->activation.expiresAtMs);
    details.insert(QStringLiteral("settings"), settings.toJson());
    if (Status s = audit(m_store, by, "key.assign", user, details); !s)
        return R::failure(s.cause());
    if (Status s = tx.commit(); !s)
        return R::failure(s.cause());
    return KeyAssignment{key.value(), issued.value()};
}

Result<IssuedActivation> KeyLifecycle::reissue(const Actor& by, qint64 keyId, ActivationMethod method,
                                               const ActivationLifetimes& lifetimes)
{
    using R = Result<IssuedActivation>;
    if (Status allowed = by.check(Permission::HandleKeys); !allowed)
        return R::failure(allowed.cause());
    Transaction tx(m_store.database());
    if (!tx.status())
        return R::failure(tx.status().cause());
    auto loaded = load(keyId, KeyAction::Reissue);
    if (!loaded)
        return R::failure(loaded.cause());
    const auto& [row, user] = loaded.value();
    if (!user.enabled)
        return R::failure(Error(ErrorCode::UserDisabledForReissue, {user.email}));
    if (row.key.status == KeyStatus::Expired) {
        // Back to pending only if no other key of its type is pending (a unique index, too).
        auto other = m_store.keys().pendingKeyOf(user.id, row.key.type, keyId);
        if (!other)
            return R::failure(other.cause());
        if (other.value())
            return R::failure(Error(ErrorCode::OtherPendingKeyExists,
                                    {user.email, keyTypeName(row.key.type), id(*other.value())}));
    }
    auto issued =
        m_store.keys().insertActivation(keyId, user, method, lifetimes.forMethod(method, row.key.settings));
    if (!issued)
        return issued;
    auto superseded = m_store.keys().supersedeActivations(keyId, issued->activation.id);
    if (!superseded)
        return R::failure(superseded.cause());
    if (Status s = stopEmails(keyId, true, whySuperseded()); !s)
        return R::failure(s.cause());
    if (Status s = apply(by, row, user, KeyAction::Reissue, {},
                         {{QStringLiteral("method"), activationMethodName(method)},
                          {QStringLiteral("expires_at"), issued->activation.expiresAtMs},
                          {QStringLiteral("superseded"), superseded.value()}});
        !s)
        return R::failure(s.cause());
    if (Status s = tx.commit(); !s)
        return R::failure(s.cause());
    return issued;
}

Status KeyLifecycle::change(const Actor& by, qint64 keyId, KeyAction action, const QString& reason,
                            const QJsonObject& details)
{
    if (Status allowed = by.check(Permission::HandleKeys); !allowed)
        return allowed;
    Transaction tx(m_store.database());
    if (!tx.status())
        return tx.status();
    auto loaded = load(keyId, action);
    if (!loaded)
        return Status::from(loaded);
    if (Status s = apply(by, loaded->first, loaded->second, action, reason.trimmed(), details); !s)
        return s;
    return tx.commit();
}

Status KeyLifecycle::suspend(const Actor& by, qint64 keyId, const QString& reason)
{
    return change(by, keyId, KeyAction::Suspend, reason);
}

Status KeyLifecycle::resume(const Actor& by, qint64 keyId)
{
    return change(by, keyId, KeyAction::Resume, {});
}

Status KeyLifecycle::revoke(const Actor& by, qint64 keyId, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(Error(ErrorCode::RevokeNeedsReason));
    return change(by, keyId, KeyAction::Revoke, reason);
}

Status KeyLifecycle::remove(const Actor& by, qint64 keyId)
{
    if (Status allowed = by.check(Permission::Delete); !allowed)
        return allowed;
    Transaction tx(m_store.database());
    if (!tx.status())
        return tx.status();
    auto loaded = load(keyId, KeyAction::Delete);
    if (!loaded)
        return Status::from(loaded);
    const auto& [row, user] = loaded.value();
    // A key that was activated once keeps its record: it is revoked, never deleted.
    if (!row.key.credentialId.isEmpty())
        return Status::failure(Error(ErrorCode::KeyNotDeletable, {id(keyId), keyStatusName(row.key.status)}));
    // Its emails die with it; the activations go by cascade. SQLite hands the largest deleted id
    // out again, so the cancelled emails also give up their idempotency keys: the next activation
    // with that id still gets its email.
    if (Status s = stopEmails(keyId, false, whyDeleted(), true); !s)
        return s;
    if (Status s = m_store.keys().deleteKey(keyId); !s)
        return s;
    if (Status s = apply(by, row, user, KeyAction::Delete, {}); !s)
        return s;
    return tx.commit();
}

Result<int> KeyLifecycle::expireDue(const Actor& by)
{
    using R = Result<int>;
    if (Status allowed = by.check(Permission::HandleKeys); !allowed)
        return R::failure(allowed.cause());
    Transaction tx(m_store.database());
    if (!tx.status())
        return R::failure(tx.status().cause());
    auto expired = m_store.keys().markExpiredDue();
    if (!expired)
        return R::failure(expired.cause());
    if (expired->isEmpty())
        return 0;
    QList<AuditLog::Entry> events;
    for (const SecurityKeyRepository::ExpiredKey& k : expired.value())
        events.append({QString::fromLatin1(transitionOf(KeyAction::Expire).auditAction),
                       QStringLiteral("user"), k.userId, k.email,
                       QJsonObject{{QStringLiteral("key_id"), k.keyId}, {QStringLiteral("type"), k.type}}});
    if (Status s = m_store.audit().appendAs(by, events); !s)
        return R::failure(s.cause());
    if (Status s = tx.commit(); !s)
        return R::failure(s.cause());
    return int(events.size());
}

Result<IssuedActivation> KeyLifecycle::followUp(const Actor& by, qint64 keyId, qint64 userId,
                                                const QString& email, qint64 expiresAtMs, bool reminder,
                                                int reissueCount, qint64 workflowId)
{
    using R = Result<IssuedActivation>;
    if (Status allowed = by.check(Permission::HandleKeys); !allowed)
        return R::failure(allowed.cause());
    Transaction tx(m_store.database());
    if (!tx.status())
        return R::failure(tx.status().cause());
    User user;
    user.id = userId;
    user.email = email;
    auto issued = m_store.keys().insertActivation(keyId, user, ActivationMethod::Email,
                                                  std::max<qint64>(1, expiresAtMs - m_store.clock().nowMs()));
    if (!issued)
        return issued;
    if (Status s = m_store.keys().markFollowUp(issued->activation.id, reminder, reissueCount); !s)
        return R::failure(s.cause());
    if (auto superseded = m_store.keys().supersedeActivations(keyId, issued->activation.id); !superseded)
        return R::failure(superseded.cause());
    if (Status s = m_store.keys().setStatus(keyId, KeyStatus::Pending, {}); !s)
        return R::failure(s.cause());
    if (Status s = stopEmails(keyId, true, reminder ? whyReminder() : whySuperseded()); !s)
        return R::failure(s.cause());
    if (Status s = audit(m_store, by, reminder ? "key.remind" : "key.reissue", user,
                         {{QStringLiteral("key_id"), keyId},
                          {QStringLiteral("expires_at"), issued->activation.expiresAtMs},
                          {QStringLiteral("reissue_count"), reissueCount},
                          {QStringLiteral("workflow_id"), workflowId}});
        !s)
        return R::failure(s.cause());
    if (Status s = tx.commit(); !s)
        return R::failure(s.cause());
    return issued;
}

Status KeyLifecycle::giveUp(const Actor& by, qint64 keyId, qint64 workflowId)
{
    return change(by, keyId, KeyAction::Expire, QString::fromLatin1(kGaveUpReason),
                  {{QStringLiteral("workflow_id"), workflowId}});
}

Result<int> KeyLifecycle::revokeWaitingKeysOf(const Actor& by, qint64 workflowId, const QString& reason)
{
    if (Status allowed = by.check(Permission::HandleKeys); !allowed)
        return Result<int>::failure(allowed.cause());
    Transaction tx(m_store.database());
    if (!tx.status())
        return Result<int>::failure(tx.status().cause());
    auto keys = m_store.keys().waitingKeysOfWorkflow(workflowId);
    if (!keys)
        return Result<int>::failure(keys.cause());
    for (qint64 keyId : keys.value()) {
        auto loaded = load(keyId, KeyAction::Revoke);
        if (!loaded)
            return Result<int>::failure(loaded.cause());
        if (Status s = apply(by, loaded->first, loaded->second, KeyAction::Revoke, reason,
                             {{QStringLiteral("workflow_id"), workflowId}});
            !s)
            return Result<int>::failure(s.cause());
    }
    if (Status s = tx.commit(); !s)
        return Result<int>::failure(s.cause());
    return int(keys->size());
}

} // namespace keydesk
