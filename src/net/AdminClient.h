// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace keydesk {
class Core;
}

namespace keydesk::net {

// An admin API answer: its status and JSON body ({"error", "message"} when refused). Status 0:
// the server could not be reached; the message says why.
struct ApiAnswer
{
    int status = 0;
    QJsonObject body;
    QByteArray raw; // the body as it came (a receipt's HTML, an export's CSV)
    // Status 0 because this machine does not trust the server's certificate: its SHA-256.
    QString untrustedFingerprint;
    bool ok() const { return status >= 200 && status < 300; }
    QString message() const { return body.value(QStringLiteral("message")).toString(); }
    // The server's answer: `body` as it came, read as JSON.
    static ApiAnswer of(int status, const QByteArray& body);
};

// One request: `path` below /api/v1/admin ("/groups").
struct ApiRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray contentType; // of `body`, sent with POST and PUT
    QByteArray body;
    // Told how far the call has come, when it runs in this process (a server's work is out of
    // sight); returning false cancels it.
    std::function<bool(qint64 done, qint64 total)> progress;
};

// Where keydesk-cli's commands go: the admin API, in this process on a database it opened
// (direct access, acting as --actor) or at a team server over HTTPS (acting as the signed-in
// operator). One path for both is what makes remote output the same as local output.
class AdminClient
{
public:
    virtual ~AdminClient() = default;
    virtual ApiAnswer send(const ApiRequest& request) = 0;
    // `path` below /api/v1/admin ("/groups"); `body` is sent as JSON with POST and PUT.
    ApiAnswer call(const QByteArray& method, const QString& path, const QUrlQuery& query,
                   const QJsonObject& body);
};

std::unique_ptr<AdminClient> makeLocalAdminClient(Core& core);

// How to reach and trust a team server.
struct RemoteServer
{
    QUrl url;                 // https://host:port (http only to a loopback address)
    QByteArray bearer;        // session or API token
    QString trustCertFile;    // PEM certificate(s) to trust besides the system's
    QString knownServersFile; // fingerprints confirmed on first use (login)
    // Importing a million users is one request; a desk's sync pages want an answer much sooner
    // (no answer means offline).
    int timeoutMs = 600'000;
    // The language of the server's messages (keydesk-cli speaks English; a desk its own).
    QByteArray acceptLanguage = "en";
    // Requests a desk makes on its own, not for the operator (AdminRequest::background).
    bool background = false;
};

std::unique_ptr<AdminClient> makeRemoteAdminClient(RemoteServer server);

// Whether `url` may name a team server: https://host[:port], or plain http to this machine only
// (bearer secrets never cross a network in clear).
bool isTeamServerUrl(const QUrl& url);

// Path segment of a user, group or token name: percent-encoded.
QString pathSegment(const QString& value);

} // namespace keydesk::net
