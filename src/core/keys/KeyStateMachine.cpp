// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "KeyStateMachine.h"

#include <array>

namespace keydesk {

namespace {

using enum KeyStatus;

const std::array<KeyTransition, 7>& transitions()
{
    static const std::array<KeyTransition, 7> table{{
        {KeyAction::Reissue, {Pending, Expired}, Pending, "key.reissue"},
        {KeyAction::Activate, {Pending}, Active, "key.activate"},
        {KeyAction::Suspend, {Active}, Suspended, "key.suspend"},
        {KeyAction::Resume, {Suspended}, Active, "key.resume"},
        {KeyAction::Revoke, {Pending, Active, Suspended, Expired}, Revoked, "key.revoke"},
        {KeyAction::Delete, {Pending, Expired}, std::nullopt, "key.delete"},
        // A workflow gives up on an expired key too (it stays expired, with the reason).
        {KeyAction::Expire, {Pending, Expired}, Expired, "key.expire"},
    }};
    return table;
}

} // namespace

const KeyTransition& transitionOf(KeyAction action)
{
    for (const KeyTransition& t : transitions()) {
        if (t.action == action)
            return t;
    }
    Q_UNREACHABLE();
}

bool allows(KeyAction action, KeyStatus from)
{
    return transitionOf(action).from.contains(from);
}

QString allowedStatusesText(KeyAction action)
{
    QStringList names;
    for (KeyStatus s : transitionOf(action).from)
        names << keyStatusName(s);
    return names.join(QStringLiteral(" or "));
}

ActivationState activationState(const Activation& activation, const SecurityKey& key, qint64 nowMs)
{
    if (activation.usedAtMs)
        return ActivationState::Used;
    if (activation.supersededBy)
        return ActivationState::Superseded;
    if (!allows(KeyAction::Activate, key.status) && !allows(KeyAction::Reissue, key.status))
        return ActivationState::KeyWithdrawn;
    if (activation.expiresAtMs <= nowMs)
        return ActivationState::Expired;
    return ActivationState::Live;
}

} // namespace keydesk
