// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "Database.h"
#include "SyncTables.h"
#include "core/domain/SyncPage.h"

#include <functional>

namespace keydesk {

// The team server's side of desks' caches: the change log (migration 0012) and the synced
// tables' rows. Reads that belong together run in the caller's ReadSnapshot (ChangeFeed), so a
// page's entries and rows are of one moment.
class ChangeLogRepository
{
public:
    explicit ChangeLogRepository(Database& db) : m_db(db) {}

    Result<ChangeLogHead> head();
    // At most `limit` entries after `after`, with the rows they name as they are now; tables
    // `permitted` refuses are left out (their entries still move `through` on).
    Result<ChangePage> changes(qint64 after, int limit,
                               const std::function<bool(const SyncTable&)>& permitted);
    // At most `limit` rows of `table` whose key comes after `afterKey` (empty: from the first).
    Result<TablePage> page(const SyncTable& table, const QJsonArray& afterKey, int limit);
    Result<qint64> count(const SyncTable& table);

    // Whether mark() or pruneBefore(`beforeMs`) would change anything: read without the write
    // lock, so that an idle server's sweep does not queue behind writers for nothing.
    Result<bool> needsKeeping(qint64 beforeMs);
    // Notes how far the log has come at `atMs`, when it has moved since the last note.
    Status mark(qint64 atMs);
    // Drops the entries noted before `beforeMs`, keeping the last (numbers are never given
    // twice); returns how many went.
    Result<qint64> pruneBefore(qint64 beforeMs);

private:
    Result<QJsonArray> rowsOf(const SyncTable& table, QSqlQuery& query);
    Database& m_db;
};

} // namespace keydesk
