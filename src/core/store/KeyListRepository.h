// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "Database.h"
#include "core/domain/KeyQuery.h"

#include <QList>

namespace keydesk {

// Every key of every user as one list (All Keys, the Overview's links, reports): counted and
// paged in SQL, read only.
class KeyListRepository
{
public:
    explicit KeyListRepository(Database& db) : m_db(db) {}

    Result<qint64> count(const KeyQuery& query);
    Result<QList<KeyListRow>> page(const KeyQuery& query, qint64 offset, int limit);
    // The ids of every key the query selects, in its order (a bulk action's selection).
    Result<QList<qint64>> ids(const KeyQuery& query);

private:
    SqlCondition where(const KeyQuery& query) const;

    Database& m_db;
};

} // namespace keydesk
