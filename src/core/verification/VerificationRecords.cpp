// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "VerificationRecords.h"

#include "core/store/Store.h"

namespace keydesk {

Result<std::optional<Verification>> VerificationRecords::findById(qint64 id)
{
    return m_store.verifications().findById(id);
}

Result<QList<Verification>> VerificationRecords::listForKey(qint64 keyId, int limit)
{
    return m_store.verifications().listForKey(keyId, limit);
}

Result<QList<VerificationListRow>> VerificationRecords::listRecent(int limit)
{
    return m_store.verifications().listRecent(limit);
}

} // namespace keydesk
