// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/Actor.h"
#include "core/domain/SyncPage.h"

#include <optional>

namespace keydesk {

class Store;

// What a desk's cache is filled from (docs/team-mode.md): where the change log stands, a page of
// one table copied whole, and the changes after a point — each read in one snapshot. Needs
// read-directory; tables that need more (the audit log: read-audit; operators:
// read-administration) are left out for those who lack it.
class ChangeFeed
{
public:
    static constexpr int kMaxRows = 5000;
    static constexpr int kMaxChanges = 5000;
    // How long the log keeps entries: a desk away for longer copies everything again.
    static constexpr qint64 kKeptMs = 7LL * 24 * 3600 * 1000;

    explicit ChangeFeed(Store& store) : m_store(store) {}

    struct Table
    {
        QString name;
        qint64 rows = -1; // -1: not counted
    };
    struct Head
    {
        ChangeLogHead log;
        QList<Table> tables; // the ones `by` may read, parents first
    };
    // `countRows`: how many rows each table has, for a copy's progress (a million users take a
    // while to count; catching up needs no counts).
    Result<Head> head(const Actor& by, bool countRows);

    // The changes after `after`, at most `limit` entries; nullopt when the desk must copy every
    // table again instead: the log named `epoch` is not this one (another database, or a copy),
    // its entries after `after` were pruned, or `after` is past its end.
    Result<std::optional<ChangePage>> changes(const Actor& by, const QString& epoch, qint64 after, int limit);

    // At most `limit` rows of `table` after the key `afterKey` (empty: from the first);
    // "no table …" for one that is not sent or that `by` may not read.
    Result<TablePage> tablePage(const Actor& by, const QString& table, const QJsonArray& afterKey, int limit);

    // The server's sweep: notes how far the log has come, and drops what is older than kKeptMs
    // (`nowMs` is the store's clock). Returns how many entries went.
    Result<qint64> keep(qint64 nowMs);

private:
    Store& m_store;
};

} // namespace keydesk
