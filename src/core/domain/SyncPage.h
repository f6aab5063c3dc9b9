// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace keydesk {

// Rows of one table on their way from the team server to a desk's cache, as the admin API sends
// them: each row an array in `columns` order (SyncTables says which), each deleted row its key
// in the change log's order.
struct SyncedRows
{
    QString table;
    QStringList columns;
    QJsonArray rows;
    QJsonArray deleted;
};

// Where the server's change log stands. `epoch` names the log (a new database, a copy, has
// another); entries up to `prunedThrough` are gone, so a desk that has not seen them copies
// everything again.
struct ChangeLogHead
{
    QString epoch;
    qint64 through = 0;
    qint64 prunedThrough = 0;
};

// The changes after `after` up to `through`: every row they touched as it is now, or its key
// when it is gone. `complete`: nothing after `through` had committed when the page was read.
struct ChangePage
{
    qint64 after = 0;
    qint64 through = 0;
    bool complete = true;
    QList<SyncedRows> tables;
};

// One page of a table copied whole, in its key's order; `last` is the key of its last row (the
// next page starts after it), `complete` says there are no more.
struct TablePage
{
    SyncedRows rows;
    QJsonArray last;
    bool complete = true;
};

// What a desk's cache knows of where it came from and how far it has come (CacheRepository).
struct CacheState
{
    QString server;       // the team server's address
    QString operatorName; // who it was filled for
    QString epoch;        // the server's change log it follows
    QStringList tables;   // the tables the server sent (the operator's role decides which)
    qint64 through = 0;   // the last change applied
    // A copy of every table is under way: the table being copied and the key of its last row
    // copied (a copy that was stopped goes on from there).
    bool copying = false;
    QString copyTable;
    QJsonArray copyAfter;
    qint64 copiedRows = 0;
    qint64 syncedAtMs = 0; // the last time it caught up with the server
};

} // namespace keydesk
