// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/domain/Permission.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace keydesk {

// What a desk's cache holds of the team server's database: which tables, which of their
// columns, how a row's key sits in the change log (migration 0012), and what the cache makes up
// for the columns that stay on the server (link hashes, challenges, an email's content). Both
// sides read it: ChangeLogRepository to send rows, CacheRepository to store them.

enum class SyncValue
{
    Integer,
    Text,
    Blob // base64 in JSON
};

struct SyncColumn
{
    QString name;
    SyncValue type = SyncValue::Integer;
    // The server's SQL for the value sent (both engines); empty: the column itself.
    QString select = {};
    // The cache's SQL storing the value (one `?`); empty: the value itself.
    QString store = {};
};

struct SyncTable
{
    QString name;
    QList<SyncColumn> columns; // every column sent
    // The primary key's columns in the log's order (k1, k2, k3), and in the key's own order (a
    // copy's pages run in it).
    QStringList logKey;
    QStringList pageKey;
    // Columns the server keeps to itself that the cache's schema still requires: "column", SQL.
    QList<std::pair<QString, QString>> madeUp = {};
    // DELETE of the cache's rows whose unique columns stand in the way of a row (the row's values
    // named `:column`, each once): their own change is still to come. Empty: no such columns.
    QString inTheWay = {};
    bool appendOnly = false; // rows never change once written (the audit log)
    Permission permission = Permission::ReadDirectory;

    // The index of a column in `columns`, or -1.
    qsizetype indexOf(const QString& column) const;
};

// In an order where parents come before children.
const QList<SyncTable>& syncTables();
// Null for a name that is not one of them.
const SyncTable* syncTable(const QString& name);

} // namespace keydesk
