// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "SecurityKey.h"
#include "webauthn/Expectations.h"

#include <QList>
#include <QString>

#include <optional>

namespace keydesk {

enum class KeySortColumn
{
    Created, // newest first is the list's default (descending)
    User,    // the user's name
    Status,
    Activated,
    LastUsed,
};

// A key policy and whose keys it covers: everyone's (the deployment's) or one group's members'.
struct KeyPolicyScope
{
    std::optional<qint64> groupId;
    webauthn::AuthenticatorPolicy policy;
};

// What the All Keys list shows: every key of every user, narrowed by the owner (a search over
// their name, email, UPN and department, or a group), status, type and the Overview's questions
// (whose activation expires soon, which keys have not been used for long), in one order.
struct KeyQuery
{
    QString search;
    std::optional<qint64> userId;
    std::optional<qint64> groupId;
    QList<KeyStatus> statuses; // empty: any
    std::optional<KeyType> type;
    // Pending keys whose live activation expires after `expiringFromMs` and by `expiringByMs`.
    std::optional<qint64> expiringFromMs;
    std::optional<qint64> expiringByMs;
    // Active keys neither activated, used nor verified since this time.
    std::optional<qint64> unusedSinceMs;
    // Non-empty: active keys that one of these key policies would refuse at activation now (a
    // policy set after they were activated), by the AAGUID and BE flag stored with them.
    QList<KeyPolicyScope> breaking;
    // Suspended keys of users a directory source owns and has enabled again: they left, their
    // keys were suspended, and they came back; an operator decides whether to resume them.
    bool suspendedOfReturnedUsers = false;
    KeySortColumn sortColumn = KeySortColumn::Created;
    bool descending = true;
};

// A key as the All Keys list shows it: the key, its owner and its latest activation.
struct KeyListRow
{
    SecurityKey key;
    QString userName;
    QString userEmail;
    std::optional<Activation> latestActivation;
};

// created, user, status, activated, last-used (nullopt: not one of them).
std::optional<KeySortColumn> keySortColumnFromName(const QString& name);

} // namespace keydesk
