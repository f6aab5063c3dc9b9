// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "VerificationJson.h"

#include "core/domain/OperatorJson.h"

namespace keydesk {

QJsonObject verificationJson(const Verification& v, qint64 nowMs)
{
    QJsonObject json{{QStringLiteral("id"), v.id},
                     {QStringLiteral("key_id"), v.keyId},
                     {QStringLiteral("state"), verificationStateName(v.state(nowMs))},
                     {QStringLiteral("started_by"), v.startedBy},
                     {QStringLiteral("created_at"), jsonTime(v.createdAtMs)},
                     {QStringLiteral("expires_at"), jsonTime(v.expiresAtMs)}};
    if (v.completedAtMs)
        json.insert(QStringLiteral("completed_at"), jsonTime(*v.completedAtMs));
    if (!v.failedCheck.isEmpty())
        json.insert(QStringLiteral("failed_check"), v.failedCheck);
    if (v.signCount)
        json.insert(QStringLiteral("sign_count"), qint64(*v.signCount));
    if (v.finished)
        json.insert(QStringLiteral("verdict"), v.verdict);
    return json;
}

} // namespace keydesk
