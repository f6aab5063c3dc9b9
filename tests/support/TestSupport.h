// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Clock.h"
#include "core/Core.h"
#include "core/store/Store.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace keydesk::test {

// The engine the store's tests run on: SQLite, or PostgreSQL when KEYDESK_TEST_ENGINE is
// "postgresql" (CTest runs the repository and service suites both ways; label postgres).
bool testsOnPostgres();
// Skips the calling test on PostgreSQL: for what only an SQLite file has (its bytes, its copy).
#define KEYDESK_SQLITE_ONLY(why)                                                                             \
    do {                                                                                                     \
        if (::keydesk::test::testsOnPostgres())                                                              \
            QSKIP("an SQLite file's behaviour: " why);                                                       \
    } while (false)

// A fresh database, opened as a fixed operator at a fixed time: a file in a temporary folder, or
// on PostgreSQL a new database of the process's throwaway cluster (made from a migrated template).
class TestStore
{
public:
    TestStore();
    ~TestStore();
    Store& operator*() { return m_core->store(); }
    Store* operator->() { return &m_core->store(); }
    // The same database as the front ends see it (services).
    Core& core() { return *m_core; }
    // The file path or the postgresql:// URL, as --database takes it.
    QString path() const;
    QString dir() const { return m_dir.path(); }
    FixedClock& clock() { return m_clock; }
    void close() { m_core.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_postgresDatabase; // empty on SQLite
    FixedClock m_clock;
    std::unique_ptr<Core> m_core;
};

// Rows of a table and the audit log, to prove that a failed operation changed nothing.
struct Snapshot
{
    qint64 users = 0;
    qint64 groups = 0;
    qint64 memberships = 0;
    qint64 auditEvents = 0;
    QByteArray usersDigest; // SHA-256 over every user row
    bool operator==(const Snapshot&) const = default;
};
Snapshot snapshot(Database& db);
char* toString(const Snapshot& s);

// SQL for "the JSON text in `column` has `field` = `jsonValue`" (a JSON literal: 1, "revoked"),
// as the engine under test spells it.
QString jsonFieldIs(const QString& column, const QString& field, const QString& jsonValue);
qint64 scalar(Database& db, const QString& sql);
QString textScalar(Database& db, const QString& sql);
// Every row and column of `table`, rows sorted, blobs in hex: equal dumps mean byte-for-byte
// equal rows.
QString tableDump(Database& db, const QString& table);
// Where a desk's cache differs from the server's tables, as a desk gets them (SyncTables):
// "users differs: …"; empty when every table is the same. Tables in `leftOut` must be empty.
QString cacheDiffers(Store& server, Store& cache, const QStringList& leftOut = {});
QString testDataPath(const QString& relative);
QByteArray fileDigest(const QString& path);
// A loopback port nothing listens on just now (the caller binds it soon after).
quint16 freePort();

} // namespace keydesk::test
