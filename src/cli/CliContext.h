// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/Core.h"
#include "net/AdminClient.h"
#include "net/KnownServers.h"
#include "net/SessionKeeper.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QTextStream>

#include <memory>
#include <optional>

namespace keydesk::cli {

// The admin API's client, shared with the console (src/net).
using net::AdminClient;
using net::ApiAnswer;
using net::ApiRequest;
using net::certificateFingerprint;
using net::KnownServers;
using net::makeLocalAdminClient;
using net::makeRemoteAdminClient;
using net::pathSegment;
using net::RemoteServer;
using net::SessionKeeper;

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
    QString commandName;        // "users add": what a refusal names
    RemoteServer server;        // url empty: work on the database directly
    bool useKeptSession = true; // without a token, the session `login` kept (login itself: no)

    bool remote() const { return !server.url.isEmpty(); }

    // The admin API every command goes through: in process on the database, or the server's.
    // Null after printing why there is none.
    AdminClient* admin();
    // The next admin() is made anew (after --server's credential or trust changed).
    void resetAdmin() { m_admin.reset(); }
    // One admin API call: the answer's body, or nullopt after printing the refusal as
    // "keydesk-cli: <message>" (the same sentence locally and remotely).
    std::optional<QJsonObject> call(const QByteArray& method, const QString& path,
                                    const QUrlQuery& query = {}, const QJsonObject& body = {});
    // The same for any request (bytes that are not JSON, progress).
    std::optional<QJsonObject> send(const ApiRequest& request);
    // The same for an answer that is not JSON (a receipt, an export): its bytes.
    std::optional<QByteArray> download(const QString& path, const QUrlQuery& query = {});
    // `items` of a list answer, each read by `fromJson`; nullopt after printing the refusal.
    template <typename FromJson>
    auto callList(const QString& path, FromJson fromJson, const QUrlQuery& query = {})
        -> std::optional<QList<decltype(fromJson(QJsonObject()))>>
    {
        auto answer = call("GET", path, query);
        if (!answer)
            return std::nullopt;
        QList<decltype(fromJson(QJsonObject()))> rows;
        for (const QJsonValue& item : answer->value(QStringLiteral("items")).toArray())
            rows.append(fromJson(item.toObject()));
        return rows;
    }

    // Opens (creating and migrating as needed) the database; null after printing the error, and
    // with --server, where a command that needs the database itself has none.
    Core* core();
    // Runs `command` on the open database, or prints why it cannot be opened and fails: every
    // command that needs the database goes through here, after its usage checks (so that a
    // mistyped command never creates a database file).
    template <typename Command> int withCore(Command&& command)
    {
        Core* opened = core();
        return opened ? command(*opened) : int(ExitFailed);
    }

    // "'users import' works on the database itself; …": a command --server cannot run.
    int failNeedsDatabase();
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
    // The answer, or nullopt after printing the refusal.
    std::optional<ApiAnswer> answered(const std::function<ApiAnswer(AdminClient&)>& ask);
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<Core> m_core;
    std::unique_ptr<AdminClient> m_admin;
};

} // namespace keydesk::cli
