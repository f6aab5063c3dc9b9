// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "Database.h"

#include <QList>
#include <QString>

#include <functional>

namespace keydesk {

// What a table holds, to tell two databases' copies apart: its row count and a SHA-256 over every
// row in key order, each value written the same way whichever engine returned it.
struct TableSummary
{
    QString table;
    qint64 rows = 0;
    QString checksum; // hex
    bool operator==(const TableSummary&) const = default;
};

// Moves a single desk's SQLite database to a team's PostgreSQL one: every row of every table,
// the audit log included, in one transaction of the target, which must be empty (so a second run
// is refused, not doubled). Both databases must be at the same schema version (opening migrates
// them). Afterwards each table's count and checksum are compared on both sides.
class DatabaseCopy
{
public:
    using Progress = std::function<void(const QString& table, qint64 rowsCopied)>;

    static Result<QList<TableSummary>> copy(Database& from, Database& to, const Progress& progress = {});
    // Every table's summary, in the order they are copied.
    static Result<QList<TableSummary>> summarize(Database& db);
};

} // namespace keydesk
