// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "OperatorAccess.h"

namespace keydesk {

QString signInStateName(SignInState state)
{
    switch (state) {
    case SignInState::Pending:
        return QStringLiteral("pending");
    case SignInState::Approved:
        return QStringLiteral("approved");
    case SignInState::Collected:
        return QStringLiteral("collected");
    case SignInState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<SignInState> signInStateFromName(const QString& name)
{
    for (SignInState state :
         {SignInState::Pending, SignInState::Approved, SignInState::Collected, SignInState::Failed})
        if (name == signInStateName(state))
            return state;
    return std::nullopt;
}

} // namespace keydesk
