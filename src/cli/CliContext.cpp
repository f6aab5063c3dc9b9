// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "CliContext.h"

#include "Command.h"

#include "core/AppPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keydesk::cli {

Core* CliContext::core()
{
    if (m_core)
        return m_core.get();
    if (remote()) { // runCommandLine refuses such commands first; this keeps a slip from opening a local file
        failNeedsDatabase();
        return nullptr;
    }
    Core::Options options;
    options.actor = actor;
    const QString path = databasePath.isEmpty() ? AppPaths::defaultDatabase() : databasePath;
    auto opened = Core::open(path, options);
    if (!opened) {
        fail(opened.error());
        return nullptr;
    }
    m_core = std::move(opened).value();
    return m_core.get();
}

AdminClient* CliContext::admin()
{
    if (m_admin)
        return m_admin.get();
    if (remote()) {
        // Asked only now, and only without --token: the keychain may take a while to answer.
        if (server.bearer.isEmpty() && useKeptSession)
            server.bearer = keptSession(server.url).toLatin1();
        m_admin = makeRemoteAdminClient(server);
    } else {
        Core* opened = core();
        if (!opened)
            return nullptr;
        m_admin = makeLocalAdminClient(*opened);
    }
    return m_admin.get();
}

std::optional<ApiAnswer> CliContext::answered(const std::function<ApiAnswer(AdminClient&)>& ask)
{
    AdminClient* client = admin();
    if (!client)
        return std::nullopt;
    ApiAnswer answer = ask(*client);
    if (!answer.ok()) {
        QString why = answer.message().isEmpty() ? QStringLiteral("the server answered %1").arg(answer.status)
                                                 : answer.message();
        if (!answer.untrustedFingerprint.isEmpty())
            why +=
                QStringLiteral("; pass --trust-cert FILE, or confirm the fingerprint with 'keydesk-cli login "
                               "--server %1'")
                    .arg(server.url.toString());
        fail(why);
        return std::nullopt;
    }
    return answer;
}

std::optional<QJsonObject> CliContext::call(const QByteArray& method, const QString& path,
                                            const QUrlQuery& query, const QJsonObject& body)
{
    auto answer = answered([&](AdminClient& client) { return client.call(method, path, query, body); });
    return answer ? std::optional<QJsonObject>(answer->body) : std::nullopt;
}

std::optional<QJsonObject> CliContext::send(const ApiRequest& request)
{
    auto answer = answered([&](AdminClient& client) { return client.send(request); });
    return answer ? std::optional<QJsonObject>(answer->body) : std::nullopt;
}

std::optional<QByteArray> CliContext::download(const QString& path, const QUrlQuery& query)
{
    auto answer = answered([&](AdminClient& client) { return client.call("GET", path, query, {}); });
    return answer ? std::optional<QByteArray>(answer->raw) : std::nullopt;
}

int CliContext::failNeedsDatabase()
{
    return fail(QStringLiteral("'%1' works on the database itself; run it on the server with --database")
                    .arg(commandName));
}

int CliContext::fail(const QString& message)
{
    m_err << "keydesk-cli: " << message << '\n';
    m_err.flush();
    return ExitFailed;
}

void CliContext::printJson(const QJsonValue& value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Indented);
}

} // namespace keydesk::cli
