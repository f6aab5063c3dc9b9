// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"

#include <QJsonObject>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace keydesk {

// An admin API answer as the sync needs it: status 0 when the server was not reached (`problem`
// says why), the JSON body otherwise.
struct SyncAnswer
{
    int status = 0;
    QJsonObject body;
    QString problem;
};
// GET `path` (below /api/v1/admin) with `query` from the team server, as the signed-in operator.
using SyncFetch = std::function<SyncAnswer(const QString& path, const QUrlQuery& query)>;

struct SyncProgress
{
    QString table;      // being copied; empty while changes are applied
    qint64 copied = 0;  // rows copied, all tables together (a copy that goes on counts what it had)
    qint64 total = 0;   // rows the server had when the copy began
    qint64 changes = 0; // changed or deleted rows applied
};

struct CacheSyncOptions
{
    QString server;       // the server's address, kept in the cache
    QString operatorName; // who the cache is filled for
    int pageRows = 5000;
    int pageChanges = 2000;
    // Told after each page is stored; returning false stops there (the next run goes on).
    std::function<bool(const SyncProgress&)> progress;
    qint64 nowMs = 0; // the time noted as the last sync
    // Copy the server's deployment settings even when no change came (a desk's first sync after
    // it opens); a copy of everything and a sync with changes copy them anyway.
    bool copySettings = true;
};

struct SyncOutcome
{
    bool copied = false;    // every table was copied (first sync, or the log had gone on without it)
    bool cancelled = false; // stopped by `progress`; what was stored stays
    qint64 rowsCopied = 0;
    qint64 changes = 0;                       // changed or deleted rows applied
    qint64 through = 0;                       // the last change log entry applied
    QList<std::pair<QString, qint64>> tables; // rows each table of the cache holds now
};

// Brings a desk's cache (an SQLite file of KeyDesk's schema) up to date with the team server
// (docs/team-mode.md): the changes since the last run, or — the first time, when the server's log
// is another or has dropped what the cache has not seen — a copy of every table into
// `<cache>.partial`, which replaces the cache once whole. A copy that was stopped goes on where it
// stopped. Each page is stored in one transaction with how far the cache has come.
class CacheSync
{
public:
    static Result<SyncOutcome> run(const QString& cachePath, const SyncFetch& fetch,
                                   const CacheSyncOptions& options);
    // When the cache last heard from the server (`nowMs` of its last sync), if it ever did: what a
    // desk that starts offline shows as "as of".
    static Result<std::optional<qint64>> syncedAtMs(const QString& cachePath);
};

} // namespace keydesk
