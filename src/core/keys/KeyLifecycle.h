// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "KeyStateMachine.h"
#include "core/Actor.h"
#include "core/domain/IssuedKey.h"
#include "core/domain/KeyQuery.h"

namespace keydesk {

class Store;
class Transaction;

// Every change of a security key's status, in one place: the state machine (KeyStateMachine.h),
// who may get a key or a new link (an enabled user, one pending key per type), which queued
// emails stop with it, and the audit event. Each public call is one transaction (a savepoint
// inside the caller's, when there is one): a failed call changes nothing. Errors are coded
// (base/Error.h).
class KeyLifecycle
{
public:
    explicit KeyLifecycle(Store& store) : m_store(store) {}

    // Keys as operators read them (with their latest activation's state).
    Result<std::optional<SecurityKeyRow>> findById(qint64 keyId);
    Result<QList<SecurityKeyRow>> listForUser(qint64 userId);
    // Newest first; all statuses when none is given.
    Result<QList<SecurityKeyRow>> list(std::optional<KeyStatus> status, int limit);
    // All Keys: every user's keys, counted and paged in SQL.
    Result<qint64> count(const KeyQuery& query);
    Result<QList<KeyListRow>> page(const KeyQuery& query, qint64 offset, int limit);
    // The ids of every key the query selects, in its order (a whole list's bulk change).
    Result<QList<qint64>> ids(const KeyQuery& query);

    // A pending key with its first activation (KeyEnrollment queues its email in the same
    // transaction).
    Result<KeyAssignment> assign(const Actor& by, const User& user, KeyType type, const KeySettings& settings,
                                 ActivationMethod method, const QString& label,
                                 const ActivationLifetimes& lifetimes);
    // A new activation for a pending or expired key; the old link stops working and its queued
    // email is cancelled.
    Result<IssuedActivation> reissue(const Actor& by, qint64 keyId, ActivationMethod method,
                                     const ActivationLifetimes& lifetimes);
    Status suspend(const Actor& by, qint64 keyId, const QString& reason);
    Status resume(const Actor& by, qint64 keyId);
    Status revoke(const Actor& by, qint64 keyId, const QString& reason);
    // Only a key that never got a credential (pending or expired) can be deleted.
    Status remove(const Actor& by, qint64 keyId);
    // Pending keys whose every activation ran out become expired; returns how many.
    Result<int> expireDue(const Actor& by);

    // A workflow's follow-up: a new email activation
    // superseding the latest one (a reminder keeps its deadline; a re-issue gets a fresh one and
    // counts), the key pending again. Audited as key.remind or key.reissue.
    Result<IssuedActivation> followUp(const Actor& by, qint64 keyId, qint64 userId, const QString& email,
                                      qint64 expiresAtMs, bool reminder, int reissueCount, qint64 workflowId);
    // The last re-issued link expired too: the key gives up (expired, kGaveUpReason).
    Status giveUp(const Actor& by, qint64 keyId, qint64 workflowId);
    // A deleted workflow's keys that still wait are revoked; returns how many.
    Result<int> revokeWaitingKeysOf(const Actor& by, qint64 workflowId, const QString& reason);

private:
    // One transition of one key, in a transaction of its own.
    Status change(const Actor& by, qint64 keyId, KeyAction action, const QString& reason,
                  const QJsonObject& details = {});
    // Loads the key and its user and checks that `action` may start from its status.
    Result<std::pair<SecurityKeyRow, User>> load(qint64 keyId, KeyAction action);
    // One transition: status, the emails it stops, the audit event, in the open transaction.
    Status apply(const Actor& by, const SecurityKeyRow& row, const User& user, KeyAction action,
                 const QString& reason, QJsonObject details = {});
    // Cancels the queued emails of the key's activations (all, or only the dead ones); `release`
    // also frees their idempotency keys (the key is deleted, and SQLite may hand its activation
    // ids out again).
    Status stopEmails(qint64 keyId, bool deadOnly, const Error& why, bool release = false);

    Store& m_store;
};

} // namespace keydesk
