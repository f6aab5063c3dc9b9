// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

// What the Database's files share about Qt's SQL drivers. Store-internal.

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QString>
#include <QVariant>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace keydesk {

// What the engine said, or else what Qt's driver said. Of PostgreSQL's report only the message
// is kept ("ERROR:  duplicate key value violates …"): its DETAIL line quotes the row's values,
// which have no place in logs, and the SQLSTATE is in nativeErrorCode().
inline QString sqlError(const QSqlError& error)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        return error.driverText();
    if (text.startsWith(QLatin1String("ERROR:")) || text.startsWith(QLatin1String("FATAL:")))
        text = text.section(u'\n', 0, 0).mid(6);
    return text.trimmed(); // libpq ends its connection errors with a newline
}

// The handle of the engine's own library under Qt's driver ("sqlite3*", "pg_conn*"), or null.
template <typename Handle> Handle* nativeHandle(const QSqlDatabase& db, const char* typeName)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), typeName) != 0)
        return nullptr;
    return *static_cast<Handle* const*>(handle.constData());
}

// KeyDesk's advisory locks on PostgreSQL are pairs (kAdvisoryLockSpace, what): "KeyD" marks them
// as ours among other applications' locks on the same server.
constexpr int kAdvisoryLockSpace = 0x4B657944;
enum class AdvisoryLock : int
{
    Writer = 1, // held by every write transaction: one writer at a time, as on SQLite
};

} // namespace keydesk
