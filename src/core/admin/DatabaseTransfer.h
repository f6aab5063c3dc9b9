// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "core/store/DatabaseCopy.h"

#include <QString>

namespace keydesk {

// Moving and upgrading whole databases, for `keydesk-cli db …` and the deployment scripts.
class DatabaseTransfer
{
public:
    struct Migrated
    {
        QString database; // as people read it (no password)
        int fromVersion = 0;
        int toVersion = 0;
        QString codeKeyFile; // where this program found (or made) the database's code key
    };
    // Brings a database's schema up to date (a team's before its servers start) and makes sure
    // its code key exists.
    static Result<Migrated> migrate(const QString& pathOrUrl);

    struct Copied
    {
        QList<TableSummary> tables; // equal on both sides
        QString codeKeyFile;        // the target's, holding the source's key
        bool codeKeyWritten = false;
    };
    // Copies an SQLite desk database into an empty PostgreSQL one (DatabaseCopy), and gives the
    // target the source's code key, so that codes already handed out stay valid.
    static Result<Copied> copy(const QString& fromSqlite, const QString& toPostgresUrl,
                               const DatabaseCopy::Progress& progress = {});
};

} // namespace keydesk
