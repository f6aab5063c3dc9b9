// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "EnrollmentServer.h"

#include "ActivationPage.h"
#include "ConnectionGuard.h"
#include "GuardedServer.h"
#include "HttpFront.h"
#include "HttpReply.h"
#include "LiveChannel.h"
#include "PageTemplate.h"
#include "SignInPage.h"
#include "TlsIdentity.h"
#include "VerificationPage.h"
#include "core/store/Store.h"
#include "i18n/PhoneLanguage.h"
#include "scim/ScimApi.h"

#include <QCoreApplication>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSysInfo>
#include <QThread>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcServer, "keydesk.server", QtInfoMsg)

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentServer)
};

// Refusals, said in the reader's language when they are read.
struct Refusal
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(EnrollmentServer)
};

} // namespace

namespace keydesk::net {

namespace {

using Method = QHttpServerRequest::Method;

int statusFor(EnrollmentFailure failure)
{
    switch (failure) {
    case EnrollmentFailure::None:
        return 200;
    case EnrollmentFailure::BadRequest:
    case EnrollmentFailure::VerificationFailed:
        return 400;
    case EnrollmentFailure::NotFound:
        return 404;
    case EnrollmentFailure::Conflict:
        return 409;
    case EnrollmentFailure::Gone:
        return 410;
    case EnrollmentFailure::TooManyRequests:
        return 429;
    case EnrollmentFailure::Internal:
        return 500;
    }
    return 500;
}

HttpReply fromReply(const EnrollmentReply& reply)
{
    if (reply.ok())
        return HttpReply::json(200, reply.body);
    HttpReply http = HttpReply::json(statusFor(reply.failure), reply.errorJson());
    if (reply.retryAfterSeconds > 0)
        http.addHeader("Retry-After", QByteArray::number(reply.retryAfterSeconds));
    return http;
}

HttpReply methodNotAllowed(const char* allowed)
{
    HttpReply r = HttpReply::error(405, QStringLiteral("method-not-allowed"),
                                   Text::tr("Use %1 for this address.").arg(QLatin1String(allowed)));
    r.addHeader("Allow", allowed);
    return r;
}

HttpReply page(const QByteArray& html)
{
    return HttpReply::content("text/html; charset=utf-8", html);
}

bool isJson(const QHttpServerRequest& request)
{
    const QByteArray type = request.value("content-type").trimmed().toLower();
    return type == "application/json" || type.startsWith("application/json;");
}

void addCommonHeaders(HttpReply& reply)
{
    // Links carry secrets: nothing is cached, and no Referer leaves the page.
    reply.addHeader("Cache-Control", "no-store");
    reply.addHeader("Referrer-Policy", "no-referrer");
    reply.addHeader("X-Content-Type-Options", "nosniff");
    reply.addHeader("X-Frame-Options", "DENY");
    if (reply.contentType.startsWith("text/html"))
        reply.addHeader("Content-Security-Policy",
                        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
                        "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
}

} // namespace

EnrollmentServer::EnrollmentServer(Store& store, const AuthenticatorNames& names, QObject* parent)
    : QObject(parent), m_store(store), m_names(names)
{
    // What phones read: this server's pages and answers (the contexts of its Text structs), and
    // the services' messages it passes on.
    addPhoneFacingContexts({"EnrollmentServer", "ActivationPage", "VerificationPage", "SignInPage",
                            EnrollmentService::kTranslationContext, VerificationService::kTranslationContext,
                            SignInService::kTranslationContext});
}

EnrollmentServer::~EnrollmentServer()
{
    stop();
}

const EnrollmentConfig& EnrollmentServer::config() const
{
    return m_service->config();
}

Status EnrollmentServer::start(const ServerOptions& options)
{
    stop();
    auto live = std::make_unique<LiveChannel>(m_store, options.liveHeartbeatMs);
    auto http =
        std::make_unique<HttpFront>([this](const QHttpServerRequest& request,
                                           QHttpServerResponder& responder) { answer(request, responder); },
                                    [this](const QHttpServerRequest& request) { return mayGoLive(request); });
    connect(http.get(), &QAbstractHttpServer::newWebSocketConnection, live.get(),
            [front = http.get(), channel = live.get()] {
                while (front->hasPendingWebSocketConnections())
                    channel->take(front->nextPendingWebSocketConnection());
            });
    const bool tls = !options.certificatePath.isEmpty() || !options.keyPath.isEmpty();
    std::optional<QSslConfiguration> tlsConfiguration;
    m_warnings.clear();
    if (tls) {
        // Phones judge certificates by the real time, not by the store's (test) clock.
        auto identity =
            loadTlsIdentity(options.certificatePath, options.keyPath, QDateTime::currentDateTimeUtc());
        if (!identity)
            return Status::failure(identity.cause());
        for (const QString& warning : identity->warnings)
            qCWarning(lcServer).noquote() << warning;
        m_warnings = identity->warnings;
        tlsConfiguration = identity->configuration;
    }
    auto limits = std::make_shared<ServerLimits>(options.limits);
    fitToDescriptorLimit(*limits);
    auto listener = std::make_unique<GuardedServer>(limits, options.trustedProxies, tlsConfiguration);
    if (!listener->listen(options.bindAddress, options.port))
        return Status::failure(Refusal::tr("cannot listen on %1 port %2: %3")
                                   .arg(options.bindAddress.toString())
                                   .arg(options.port)
                                   .arg(listener->errorString()));
    const quint16 port = listener->serverPort();
    http->bind(listener.release()); // the HTTP server owns it from here
    const QString url = localListeningUrl(tls, port);
    auto config = EnrollmentConfig::resolve(m_store, url);
    if (!config)
        return Status::failure(config.cause());
    if (Status s = m_store.recordRuntimeValue(QString::fromLatin1(EnrollmentConfig::kListeningUrlKey), url);
        !s)
        return s;
    // Pages and API messages follow each phone's language (see dispatch).
    // (ServerRuntime installs the routing on the application's thread before it starts a server.)
    if (auto* app = QCoreApplication::instance();
        app && !phoneLanguageRoutingInstalled() && app->thread() == QThread::currentThread())
        installPhoneLanguageRouting(*app);
    m_http = std::move(http);
    m_live = std::move(live);
    m_tls = tls;
    m_service = std::make_unique<EnrollmentService>(m_store, config.value(), m_names);
    m_verifications = std::make_unique<VerificationService>(m_store, config.value(), m_names);
    m_signIns = std::make_unique<SignInService>(m_store, config.value());
    m_admin = std::make_unique<AdminApi>(m_store, AdminApi::Options{tls, url, m_signIns.get(), [this] {
                                                                        Q_EMIT adminChanged();
                                                                    }});
    m_scim =
        std::make_unique<scim::ScimApi>(m_store, tls, config->baseUrl, [this] { Q_EMIT scopeEntered(); });
    m_port = port;
    m_listeningUrl = url;
    m_trustedProxies = options.trustedProxies;
    m_healthProbeIntervalMs = options.healthProbeIntervalMs;
    m_instanceName =
        options.instanceName.isEmpty()
            ? QStringLiteral("%1:%2").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid())
            : options.instanceName;
    m_sinceHealthProbe.invalidate();
    qCInfo(lcServer) << "enrollment server listening on" << options.bindAddress.toString() << port << "links"
                     << config->baseUrl;
    return {};
}

void EnrollmentServer::stop()
{
    if (!m_http)
        return;
    m_http.reset();
    m_live.reset(); // closes the desks' channels
    m_port = 0;
    m_listeningUrl.clear();
}

void EnrollmentServer::answer(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    QTcpSocket* socket = responder.socket();
    ConnectionGuard* guard = ConnectionGuard::of(socket);
    HttpReply reply = dispatch(request);
    addCommonHeaders(reply);
    const bool keepAlive = !guard || guard->keepsAlive();
    if (!keepAlive)
        reply.addHeader("Connection", "close");
    writeReply(responder, reply, request.method() == Method::Head);
    if (guard)
        guard->answered(); // closes the connection when the request asked so
    // Whatever this request changed, listening desks hear of it now (a change on another instance
    // or by another process, at the channel's next look).
    if (request.method() != Method::Get && request.method() != Method::Head)
        m_live->changed();
}

int EnrollmentServer::liveListeners() const
{
    return m_live ? m_live->listeners() : 0;
}

bool EnrollmentServer::mayGoLive(const QHttpServerRequest& request)
{
    // Refused here, the upgrade is answered by the admin API's route, which says why (401, 403,
    // tls-required).
    return request.url().path() == LiveChannel::path() && (m_tls || request.remoteAddress().isLoopback()) &&
           m_live->admit(request.value("authorization"));
}

HttpReply EnrollmentServer::health()
{
    // Ready means able to record an activation: the probe writes, so a full disk, a read-only
    // file or a lock held elsewhere shows here rather than on a phone.
    if (!m_sinceHealthProbe.isValid() || m_sinceHealthProbe.elapsed() >= m_healthProbeIntervalMs) {
        const Status written = m_store.recordRuntimeValue(QStringLiteral("server.health_probe"),
                                                          m_store.clock().now().toString(Qt::ISODateWithMs));
        m_healthProblem = written ? QString() : written.error();
        m_sinceHealthProbe.start();
    }
    // Which instance answered, and whether it can write to its database (a load balancer takes an
    // instance that cannot out of rotation).
    const QString engine = m_store.database().engine() == SqlEngine::PostgreSQL ? QStringLiteral("postgresql")
                                                                                : QStringLiteral("sqlite");
    QJsonObject health{
        {QStringLiteral("instance"), m_instanceName},
        {QStringLiteral("database"), QJsonObject{{QStringLiteral("engine"), engine},
                                                 {QStringLiteral("writable"), m_healthProblem.isEmpty()}}}};
    if (!m_healthProblem.isEmpty()) {
        health.insert(QStringLiteral("status"), QStringLiteral("not-ready"));
        health.insert(QStringLiteral("reason"), m_healthProblem);
        return HttpReply::json(503, health);
    }
    health.insert(QStringLiteral("status"), QStringLiteral("ok"));
    return HttpReply::json(200, health);
}

HttpReply EnrollmentServer::dispatch(const QHttpServerRequest& request)
{
    const QString path = request.url().path();
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const Method method = request.method();
    // HEAD is GET without the body (writeReply leaves it out).
    const bool get = method == Method::Get || method == Method::Head;
    const bool post = method == Method::Post;
    // Pages and API messages in the phone's language (Accept-Language), else the desk's. What the
    // console stores and shows (verdicts, audit) stays in the desk's language.
    const PhoneLanguageScope language(negotiateLanguage(request.value("accept-language")));

    // Bodies over ServerLimits::maxBodyBytes never get here: the connection guard answers 413.
    const auto postJson = [&](auto&& handle) -> HttpReply {
        if (!post)
            return methodNotAllowed("POST");
        if (!isJson(request))
            return HttpReply::error(415, QStringLiteral("unsupported-media-type"),
                                    Text::tr("Send the body as application/json."));
        return handle();
    };

    HttpReply response;
    if (path == QLatin1String("/healthz")) {
        response = get ? health() : methodNotAllowed("GET");
    } else if (parts.size() == 2 && parts[0] == QLatin1String("a")) {
        if (get) {
            // Opening a link never consumes it: mail scanners fetch links too.
            response = page(renderActivationPage(m_service->linkStatus(parts[1]), parts[1]));
        } else {
            response = methodNotAllowed("GET");
        }
    } else if (path == AdminApi::openApiPath()) {
        response = get ? HttpReply::json(200, m_admin->openApi()) : methodNotAllowed("GET");
    } else if (AdminApi::handles(path)) {
        response = m_admin->dispatch(
            AdminRequest::from(request), request.remoteAddress(),
            clientAddressOf(request.remoteAddress(), request.value("x-forwarded-for"), m_trustedProxies));
    } else if (scim::ScimApi::handles(path)) {
        response = m_scim->dispatch(scim::ScimApi::Request::from(request), request.remoteAddress());
    } else if (parts.size() == 2 && parts[0] == QLatin1String("s")) {
        response =
            get ? page(renderSignInPage(m_signIns->status(parts[1]), parts[1])) : methodNotAllowed("GET");
    } else if (parts.size() == 5 && parts[0] == QLatin1String("api") && parts[1] == QLatin1String("v1") &&
               parts[2] == QLatin1String("sign-ins") &&
               (parts[4] == QLatin1String("options") || parts[4] == QLatin1String("complete"))) {
        const QString& token = parts[3];
        response = postJson([&] {
            return fromReply(parts[4] == QLatin1String("options")
                                 ? m_signIns->options(token)
                                 : m_signIns->complete(token, request.body()));
        });
    } else if (parts.size() == 2 && parts[0] == QLatin1String("v")) {
        if (get) {
            response = page(renderVerificationPage(m_verifications->status(parts[1]), parts[1]));
        } else {
            response = methodNotAllowed("GET");
        }
    } else if (path == QLatin1String("/activate")) {
        response = get ? page(renderCodeEntryPage()) : methodNotAllowed("GET");
    } else if (parts.size() == 2 && parts[0] == QLatin1String("assets")) {
        QByteArray type;
        const QByteArray asset = pageAsset(parts[1], &type);
        if (asset.isEmpty())
            response = HttpReply::error(404, QStringLiteral("not-found"), Text::tr("No such file."));
        else
            response = get ? HttpReply::content(type, asset) : methodNotAllowed("GET");
    } else if (parts.size() == 4 && path == QLatin1String("/api/v1/activations/lookup")) {
        // Rate limits count the real client, also behind nginx.
        const QHostAddress client =
            clientAddressOf(request.remoteAddress(), request.value("x-forwarded-for"), m_trustedProxies);
        response = postJson(
            [&] { return fromReply(m_service->lookup(request.body(), clientKey(client).toString())); });
    } else if (parts.size() == 5 && parts[0] == QLatin1String("api") && parts[1] == QLatin1String("v1") &&
               parts[2] == QLatin1String("activations") &&
               (parts[4] == QLatin1String("options") || parts[4] == QLatin1String("complete"))) {
        const QString& token = parts[3];
        if (parts[4] == QLatin1String("options")) {
            response = postJson([&] { return fromReply(m_service->options(token)); });
        } else {
            response = postJson([&] {
                const EnrollmentReply reply = m_service->complete(token, request.body());
                if (reply.ok())
                    Q_EMIT keyActivated(reply.body.value(QStringLiteral("keyId")).toInteger());
                return fromReply(reply);
            });
        }
    } else if (parts.size() == 5 && parts[0] == QLatin1String("api") && parts[1] == QLatin1String("v1") &&
               parts[2] == QLatin1String("verifications") &&
               (parts[4] == QLatin1String("options") || parts[4] == QLatin1String("complete"))) {
        const QString& id = parts[3];
        if (parts[4] == QLatin1String("options")) {
            response = postJson([&] { return fromReply(m_verifications->options(id)); });
        } else {
            response = postJson([&] {
                const EnrollmentReply reply = m_verifications->complete(id, request.body());
                // A refused assertion is a finished verification too; the body says which.
                const QJsonObject& body = reply.body;
                if (body.contains(QStringLiteral("verificationId")))
                    Q_EMIT verificationFinished(body.value(QStringLiteral("verificationId")).toInteger(),
                                                body.value(QStringLiteral("keyId")).toInteger());
                return fromReply(reply);
            });
        }
    } else {
        response = HttpReply::error(404, QStringLiteral("not-found"), Text::tr("No such address."));
    }
    return response;
}

} // namespace keydesk::net
