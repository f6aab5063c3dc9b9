// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "AdminApi.h"
#include "ClientAddress.h"
#include "ServerLimits.h"
#include "core/activation/EnrollmentService.h"
#include "core/verification/VerificationService.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>

#include <memory>

class QHttpServerRequest;
class QHttpServerResponder;

namespace keydesk::net {

class HttpFront;
class LiveChannel;
namespace scim {
class ScimApi;
}

struct ServerOptions
{
    QHostAddress bindAddress = QHostAddress::LocalHost;
    quint16 port = EnrollmentConfig::kDefaultPort; // 0: any free port
    QString certificatePath;                       // PEM; with keyPath, the server speaks HTTPS only
    QString keyPath;
    ServerLimits limits;
    // Proxies (nginx) whose X-Forwarded-For names the client; they are exempt from the
    // per-client connection cap. Nobody else's X-Forwarded-For is read.
    QList<Subnet> trustedProxies;
    // /healthz writes to the database at most this often (a probe per request would be a write
    // per load-balancer check).
    int healthProbeIntervalMs = 5'000;
    // Which server this is, in /healthz: several instances may serve one PostgreSQL database
    // behind a load balancer. Empty: "<host name>:<process id>".
    QString instanceName;
    // How often the live channel tells each desk where the change log stands even when it has not
    // moved, and checks the desk's credential (below a proxy's read timeout).
    int liveHeartbeatMs = 20'000;
    // The runtime syncs the due directory sources at its first start; the console asks later,
    // once the keychain has given it their bind passwords.
    bool directorySyncAtStart = true;
};

struct HttpReply;

// The embedded enrollment server: the activation and verification pages and the JSON API of the
// architecture brief §3 over QHttpServer. Connections come through GuardedServer (caps, timeouts,
// framing checks: docs/activation.md, "A hostile network"). Every request goes through one
// dispatcher of ours, so that unknown paths answer 404 and wrong methods 405 with a JSON error
// (QHttpServer 6.4 would answer an empty 404), HEAD is answered for GET routes and content types
// are checked. The one WebSocket, the admin API's live channel, goes to LiveChannel.
class EnrollmentServer : public QObject
{
    Q_OBJECT

public:
    EnrollmentServer(Store& store, const AuthenticatorNames& names, QObject* parent = nullptr);
    ~EnrollmentServer() override;

    // Listens, then settles the configuration: links and the allowed origin follow the address
    // actually listened on unless a base URL is configured. The URL is recorded in the database
    // so that `keydesk-cli keys assign` in another process makes links to this server.
    Status start(const ServerOptions& options);
    void stop();

    bool isListening() const { return m_port != 0; }
    // Desks listening on the live channel.
    int liveListeners() const;
    quint16 port() const { return m_port; }
    QString listeningUrl() const { return m_listeningUrl; }
    // What start() found wrong but served all the same (a TLS key others can read, an expired
    // certificate); also logged.
    QStringList warnings() const { return m_warnings; }
    const EnrollmentConfig& config() const;

Q_SIGNALS:
    // A phone completed an activation through this server.
    void keyActivated(qint64 keyId);
    // An authenticator answered a verification (passed or failed) through this server.
    void verificationFinished(qint64 verificationId, qint64 keyId);
    // An admin API request changed something: it may have queued mail or changed mail settings.
    void adminChanged();
    // A SCIM request brought users into a workflow's scope (created, enabled, joined a group).
    void scopeEntered();

private:
    void answer(const QHttpServerRequest& request, QHttpServerResponder& responder);
    HttpReply dispatch(const QHttpServerRequest& request);
    // Whether an upgrade request may become the live channel.
    bool mayGoLive(const QHttpServerRequest& request);
    HttpReply health();

    Store& m_store;
    const AuthenticatorNames& m_names;
    std::unique_ptr<HttpFront> m_http;
    std::unique_ptr<LiveChannel> m_live;
    bool m_tls = false;
    std::unique_ptr<EnrollmentService> m_service;
    std::unique_ptr<VerificationService> m_verifications;
    std::unique_ptr<SignInService> m_signIns;
    std::unique_ptr<AdminApi> m_admin;
    std::unique_ptr<scim::ScimApi> m_scim;
    quint16 m_port = 0;
    QString m_listeningUrl;
    QList<Subnet> m_trustedProxies;
    int m_healthProbeIntervalMs = 0;
    QString m_instanceName;
    QElapsedTimer m_sinceHealthProbe; // the database write probe runs at most every few seconds
    QString m_healthProblem;
    QStringList m_warnings;
};

} // namespace keydesk::net
