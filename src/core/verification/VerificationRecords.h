// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "core/domain/Verification.h"

#include <QList>

#include <optional>

namespace keydesk {

class Store;

// Finished and running verifications, as the console and `verification` commands read them.
// Ceremonies themselves are VerificationService's.
class VerificationRecords
{
public:
    explicit VerificationRecords(Store& store) : m_store(store) {}

    Result<std::optional<Verification>> findById(qint64 id);
    // Newest first.
    Result<QList<Verification>> listForKey(qint64 keyId, int limit);
    Result<QList<VerificationListRow>> listRecent(int limit);

private:
    Store& m_store;
};

} // namespace keydesk
