// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"

#include <QString>
#include <QStringList>

namespace keydesk {

enum class SqlEngine
{
    SQLite,
    PostgreSQL
};

// Where a KeyDesk database lives, as given to --database: a file path (SQLite) or a
// postgresql://user@host:port/dbname?sslmode=… URL. A URL never carries a password: libpq reads
// it from PGPASSWORD or ~/.pgpass (or the console passes one from the keychain).
struct DatabaseLocation
{
    SqlEngine engine = SqlEngine::SQLite;
    QString path; // SQLite: the absolute file path
    // PostgreSQL: what libpq connects with.
    QString host;
    int port = 5432;
    QString databaseName;
    QString user;
    QStringList connectOptions; // libpq keyword=value pairs from the URL's query (sslmode, …)

    static Result<DatabaseLocation> parse(const QString& pathOrUrl);
    static bool looksLikeUrl(const QString& text);

    // How to name it to people and in logs: the file path, or the URL (never a password).
    QString display() const;
    // A name safe in a file name, for files kept beside the database (the code key).
    QString fileStem() const;
};

} // namespace keydesk
