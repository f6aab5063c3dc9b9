// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace keydesk::test {

// A throwaway PostgreSQL 15 cluster for one test: initdb in a temporary folder, a server on a
// free loopback port (password login, scram-sha-256), stopped and removed by the destructor.
// As root (CI) the cluster belongs to the `postgres` system user, since initdb refuses root.
// Durability is off (fsync, synchronous_commit): a test's data need not survive a crash.
class PostgresCluster
{
public:
    static Result<std::unique_ptr<PostgresCluster>> start();
    // start(), with the password put in PGPASSWORD for this process and the programs it starts,
    // as an operator's environment would have it; a cluster that cannot start ends the test.
    static std::unique_ptr<PostgresCluster> startForThisProcess();
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster&) = delete;
    PostgresCluster& operator=(const PostgresCluster&) = delete;

    quint16 port() const { return m_port; }
    static QString user() { return QStringLiteral("postgres"); }
    const QString& password() const { return m_password; }
    // postgresql://postgres@127.0.0.1:PORT/DATABASE — no password in it.
    QString url(const QString& database = QStringLiteral("postgres")) const;
    // A new empty database.
    Status createDatabase(const QString& name);
    // The server's log, for a failing test's message.
    QString log() const;

private:
    PostgresCluster() = default;
    // Runs a PostgreSQL program (from the version 15 bin folder) as the cluster's owner.
    Status runAsOwner(const QString& program, const QStringList& args, int timeoutMs);

    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QString m_password;
    bool m_running = false;
};

} // namespace keydesk::test
