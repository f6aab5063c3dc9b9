#pragma once

#include "core/activation/EnrollmentService.h"
#include "core/verification/VerificationService.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace keydesk::net {

struct ServerOptions
{
    QHostAddress bindAddress = QHostAddress::LocalHost;
    quint16 port = EnrollmentConfig::kDefaultPort; // 0: any free port
    QString certificatePath;                       // PEM; with keyPath, the server speaks HTTPS only
    QString keyPath;
};

// The embedded enrollment server: the activation and verification pages and the JSON API of the
// architecture brief §3 over QHttpServer. Every request goes through one dispatcher of ours, so that unknown
// paths answer 404 and wrong methods 405 with a JSON error (QHttpServer 6.4 would answer an
// empty 404), bodies are capped and content types checked.
class EnrollmentServer : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024;

    EnrollmentServer(Store& store, const AuthenticatorNames& names, QObject* parent = nullptr);
    ~EnrollmentServer() override;

    // Listens, then settles the configuration: links and the allowed origin follow the address
    // actually listened on unless a base URL is configured. The URL is recorded in the database
    // so that `keydesk-cli keys assign` in another process makes links to this server.
    Status start(const ServerOptions& options);
    void stop();

    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QString listeningUrl() const { return m_listeningUrl; }
    const EnrollmentConfig& config() const;

Q_SIGNALS:
    // A phone completed an activation through this server.
    void keyActivated(qint64 keyId);
    // An authenticator answered a verification (passed or failed) through this server.
    void verificationFinished(qint64 verificationId, qint64 keyId);

private:
    void dispatch(const QHttpServerRequest& request, QHttpServerResponse& response);

    Store& m_store;
    const AuthenticatorNames& m_names;
    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<EnrollmentService> m_service;
    std::unique_ptr<VerificationService> m_verifications;
    quint16 m_port = 0;
    QString m_listeningUrl;
};

} // namespace keydesk::net
