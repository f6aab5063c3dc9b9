// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "Database.h"
#include "SyncTables.h"
#include "core/domain/SyncPage.h"

#include <optional>

namespace keydesk {

// The desk's side of team mode: an SQLite database of KeyDesk's own schema that holds what the
// team server sends (SyncTables), so that every page reads it through the usual repositories.
// Rows arrive in the order the server's log has them, not parents first, and a row's unique
// columns may still be held by a row whose own change comes later; so the cache keeps no foreign
// keys while it is written, and moves such a row aside (it comes back with its change).
class CacheRepository
{
public:
    explicit CacheRepository(Database& db) : m_db(db) {}

    // Makes the database a cache (again, after a migration): its own change log stays empty, its
    // foreign keys are not enforced on this connection. Outside any transaction.
    Status prepare();
    Result<std::optional<CacheState>> state();
    Status saveState(const CacheState& state);

    // Stores `rows` of `table` (each replacing the row of its key) and deletes its `deleted` keys.
    // The columns must be the ones this desk's SyncTables names, and each value of its type.
    Status store(const SyncTable& table, const SyncedRows& rows);

private:
    Status upsert(const SyncTable& table, const QJsonArray& rows, qsizetype from, qsizetype count);
    Status upsertOne(const SyncTable& table, const QJsonArray& row);
    Status remove(const SyncTable& table, const QJsonArray& key);
    Database& m_db;
};

} // namespace keydesk
