// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "Verification.h"

#include <QCoreApplication>

namespace keydesk {

QString verificationStateName(VerificationState state)
{
    switch (state) {
    case VerificationState::Pending:
        return QStringLiteral("pending");
    case VerificationState::Verified:
        return QStringLiteral("verified");
    case VerificationState::Failed:
        return QStringLiteral("failed");
    case VerificationState::Expired:
        return QStringLiteral("expired");
    }
    return QStringLiteral("pending");
}

QString verificationStateDisplayName(VerificationState state)
{
    switch (state) {
    case VerificationState::Pending:
        return QCoreApplication::translate("Verification", "Waiting for the authenticator");
    case VerificationState::Verified:
        return QCoreApplication::translate("Verification", "Verified");
    case VerificationState::Failed:
        return QCoreApplication::translate("Verification", "Failed");
    case VerificationState::Expired:
        return QCoreApplication::translate("Verification", "Expired");
    }
    return {};
}

VerificationState Verification::state(qint64 nowMs) const
{
    if (finished)
        return verified ? VerificationState::Verified : VerificationState::Failed;
    return expiresAtMs <= nowMs ? VerificationState::Expired : VerificationState::Pending;
}

} // namespace keydesk
