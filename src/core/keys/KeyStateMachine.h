// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/domain/SecurityKey.h"

#include <QList>

#include <optional>

namespace keydesk {

// What an operator, a phone or time can do to a security key.
enum class KeyAction
{
    Reissue, // a new activation; the old link stops working
    Activate,
    Suspend,
    Resume,
    Revoke,
    Delete, // only a key that never had a credential
    Expire, // its last activation ran out
};

// The one state machine of a key's status (docs/activation.md, "Key states"): from which
// statuses an action may start, and the status it leaves.
struct KeyTransition
{
    KeyAction action;
    QList<KeyStatus> from;
    std::optional<KeyStatus> to; // none: the key is gone
    const char* auditAction;     // "key.suspend"
};
const KeyTransition& transitionOf(KeyAction action);
bool allows(KeyAction action, KeyStatus from);
// "pending or expired"
QString allowedStatusesText(KeyAction action);

// Whether an activation link can still be used, given its key.
ActivationState activationState(const Activation& activation, const SecurityKey& key, qint64 nowMs);

} // namespace keydesk
