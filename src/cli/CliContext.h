// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/Core.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QTextStream>

#include <memory>

namespace keydesk::cli {

enum ExitCode
{
    ExitOk = 0,
    ExitFailed = 1,
    ExitUsage = 2
};

// What every command gets: its output streams, the global options and the store, opened on
// first use so that `--help` never touches a database.
class CliContext
{
public:
    CliContext(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    QString databasePath;
    QString actor;
    bool json = false;

    // Opens (creating and migrating as needed) the database; null after printing the error.
    Core* core();
    // Runs `command` on the open database, or prints why it cannot be opened and fails: every
    // command that needs the database goes through here, after its usage checks (so that a
    // mistyped command never creates a database file).
    template <typename Command> int withCore(Command&& command)
    {
        Core* opened = core();
        return opened ? command(*opened) : int(ExitFailed);
    }

    // Prints "keydesk-cli: <message>" on stderr and returns ExitFailed.
    int fail(const QString& message);
    void printJson(const QJsonValue& value);
    // Prints `rows` as a JSON array, each made by `toJson`; returns ExitOk.
    template <typename Rows, typename ToJson> int printJsonList(const Rows& rows, ToJson toJson)
    {
        QJsonArray array;
        for (const auto& row : rows)
            array.append(toJson(row));
        printJson(array);
        return ExitOk;
    }

private:
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<Core> m_core;
};

} // namespace keydesk::cli
