// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Clock.h"
#include "core/Core.h"
#include "core/store/Store.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace keydesk::test {

// A fresh database in a temporary folder, opened as a fixed operator at a fixed time.
class TestStore
{
public:
    TestStore();
    Store& operator*() { return m_core->store(); }
    Store* operator->() { return &m_core->store(); }
    // The same database as the front ends see it (services).
    Core& core() { return *m_core; }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dir() const { return m_dir.path(); }
    FixedClock& clock() { return m_clock; }
    void close() { m_core.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
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

qint64 scalar(Database& db, const QString& sql);
QString textScalar(Database& db, const QString& sql);
// Every row and column of `table` in rowid order, blobs in hex: equal dumps mean byte-for-byte
// equal rows.
QString tableDump(Database& db, const QString& table);
QString testDataPath(const QString& relative);
QByteArray fileDigest(const QString& path);
// A loopback port nothing listens on just now (the caller binds it soon after).
quint16 freePort();

} // namespace keydesk::test
