#include "EnrollmentServer.h"

#include "ActivationPage.h"
#include "PageTemplate.h"
#include "RequestSizeGuard.h"
#include "VerificationPage.h"
#include "core/store/Store.h"
#include "i18n/PhoneLanguage.h"

#include <QCoreApplication>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

Q_LOGGING_CATEGORY(lcServer, "keydesk.server")

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentServer)
};

} // namespace

namespace keydesk::net {

namespace {

using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponder::StatusCode;

QHttpServerResponse jsonError(StatusCode status, const QString& code, const QString& message)
{
    return QHttpServerResponse(
        QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}}, status);
}

StatusCode statusFor(EnrollmentFailure failure)
{
    switch (failure) {
    case EnrollmentFailure::None:
        return StatusCode::Ok;
    case EnrollmentFailure::BadRequest:
    case EnrollmentFailure::VerificationFailed:
        return StatusCode::BadRequest;
    case EnrollmentFailure::NotFound:
        return StatusCode::NotFound;
    case EnrollmentFailure::Conflict:
        return StatusCode::Conflict;
    case EnrollmentFailure::Gone:
        return StatusCode::Gone;
    case EnrollmentFailure::TooManyRequests:
        return StatusCode::TooManyRequests;
    case EnrollmentFailure::Internal:
        return StatusCode::InternalServerError;
    }
    return StatusCode::InternalServerError;
}

QHttpServerResponse fromReply(const EnrollmentReply& reply)
{
    if (reply.ok())
        return QHttpServerResponse(reply.body, StatusCode::Ok);
    QHttpServerResponse response(reply.errorJson(), statusFor(reply.failure));
    if (reply.retryAfterSeconds > 0)
        response.addHeader("Retry-After", QByteArray::number(reply.retryAfterSeconds));
    return response;
}

QHttpServerResponse methodNotAllowed(const char* allowed)
{
    QHttpServerResponse r = jsonError(StatusCode::MethodNotAllowed, QStringLiteral("method-not-allowed"),
                                      Text::tr("Use %1 for this address.").arg(QLatin1String(allowed)));
    r.addHeader("Allow", allowed);
    return r;
}

bool isJson(const QHttpServerRequest& request)
{
    const QByteArray type = request.value("content-type").trimmed().toLower();
    return type == "application/json" || type.startsWith("application/json;");
}

void addCommonHeaders(QHttpServerResponse& response, bool html)
{
    // Links carry secrets: nothing is cached, and no Referer leaves the page.
    response.addHeader("Cache-Control", "no-store");
    response.addHeader("Referrer-Policy", "no-referrer");
    response.addHeader("X-Content-Type-Options", "nosniff");
    response.addHeader("X-Frame-Options", "DENY");
    if (html)
        response.addHeader("Content-Security-Policy",
                           "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
                           "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
}

} // namespace

EnrollmentServer::EnrollmentServer(Store& store, const AuthenticatorNames& names, QObject* parent)
    : QObject(parent), m_store(store), m_names(names)
{}

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
    auto http = std::make_unique<QHttpServer>();
    const bool tls = !options.certificatePath.isEmpty() || !options.keyPath.isEmpty();
    // A request may hold its headers and a body up to the cap, with room to spare: the guard
    // closes a connection that sends more (see RequestSizeGuard.h).
    constexpr qint64 kMaxRequestBytes = kMaxBodyBytes + 32 * 1024;
    std::unique_ptr<QTcpServer> listener;
    if (tls) {
        QFile certFile(options.certificatePath);
        QFile keyFile(options.keyPath);
        if (!certFile.open(QIODevice::ReadOnly))
            return Status::failure(Text::tr("cannot read the TLS certificate '%1': %2")
                                       .arg(options.certificatePath, certFile.errorString()));
        if (!keyFile.open(QIODevice::ReadOnly))
            return Status::failure(
                Text::tr("cannot read the TLS key '%1': %2").arg(options.keyPath, keyFile.errorString()));
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
        if (chain.isEmpty())
            return Status::failure(Text::tr("'%1' holds no PEM certificate").arg(options.certificatePath));
        if (key.isNull())
            return Status::failure(Text::tr("'%1' holds no PEM EC or RSA private key").arg(options.keyPath));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(chain);
        configuration.setPrivateKey(key);
        auto ssl = std::make_unique<GuardedSslServer>(kMaxRequestBytes);
        ssl->setSslConfiguration(configuration);
        listener = std::move(ssl);
    } else {
        listener = std::make_unique<GuardedTcpServer>(kMaxRequestBytes);
    }
    // No routes: every request reaches the dispatcher through the missing-route handler.
    http->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        QHttpServerResponse response(StatusCode::InternalServerError);
        dispatch(request, response);
        response.write(std::move(responder));
    });
    if (!listener->listen(options.bindAddress, options.port))
        return Status::failure(Text::tr("cannot listen on %1 port %2: %3")
                                   .arg(options.bindAddress.toString())
                                   .arg(options.port)
                                   .arg(listener->errorString()));
    const quint16 port = listener->serverPort();
    http->bind(listener.release()); // the HTTP server owns it from here
    const QString url = localListeningUrl(tls, port);
    auto config = EnrollmentConfig::resolve(m_store, url);
    if (!config)
        return Status::failure(config.error());
    if (Status s = m_store.recordRuntimeValue(QString::fromLatin1(EnrollmentConfig::kListeningUrlKey), url);
        !s)
        return s;
    // Pages and API messages follow each phone's language (see dispatch).
    if (auto* app = QCoreApplication::instance(); app && !phoneLanguageRoutingInstalled())
        installPhoneLanguageRouting(*app);
    m_http = std::move(http);
    m_service = std::make_unique<EnrollmentService>(m_store, config.value(), m_names);
    m_verifications = std::make_unique<VerificationService>(m_store, config.value(), m_names);
    m_port = port;
    m_listeningUrl = url;
    qCInfo(lcServer) << "enrollment server listening on" << options.bindAddress.toString() << port << "links"
                     << config->baseUrl;
    return {};
}

void EnrollmentServer::stop()
{
    if (!m_http)
        return;
    m_http.reset();
    m_port = 0;
    m_listeningUrl.clear();
}

void EnrollmentServer::dispatch(const QHttpServerRequest& request, QHttpServerResponse& response)
{
    const QString path = request.url().path();
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const Method method = request.method();
    const bool get = method == Method::Get;
    const bool post = method == Method::Post;
    bool html = false;
    // Pages and API messages in the phone's language (Accept-Language), else the desk's. What the
    // console stores and shows (verdicts, audit) stays in the desk's language.
    const PhoneLanguageScope language(negotiateLanguage(request.value("accept-language")));

    const auto postJson = [&](auto&& handle) -> QHttpServerResponse {
        if (!post)
            return methodNotAllowed("POST");
        if (request.body().size() > kMaxBodyBytes)
            return jsonError(StatusCode::PayloadTooLarge, QStringLiteral("body-too-large"),
                             Text::tr("The request body is larger than %1 bytes.").arg(kMaxBodyBytes));
        if (!isJson(request))
            return jsonError(StatusCode::UnsupportedMediaType, QStringLiteral("unsupported-media-type"),
                             Text::tr("Send the body as application/json."));
        return handle();
    };

    if (path == QLatin1String("/healthz")) {
        response = get ? QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}})
                       : methodNotAllowed("GET");
    } else if (parts.size() == 2 && parts[0] == QLatin1String("a")) {
        if (get) {
            // Opening a link never consumes it: mail scanners fetch links too.
            html = true;
            response = QHttpServerResponse(QByteArray("text/html; charset=utf-8"),
                                           renderActivationPage(m_service->linkStatus(parts[1]), parts[1]));
        } else {
            response = methodNotAllowed("GET");
        }
    } else if (parts.size() == 2 && parts[0] == QLatin1String("v")) {
        if (get) {
            html = true;
            response =
                QHttpServerResponse(QByteArray("text/html; charset=utf-8"),
                                    renderVerificationPage(m_verifications->status(parts[1]), parts[1]));
        } else {
            response = methodNotAllowed("GET");
        }
    } else if (path == QLatin1String("/activate")) {
        html = get;
        response = get ? QHttpServerResponse(QByteArray("text/html; charset=utf-8"), renderCodeEntryPage())
                       : methodNotAllowed("GET");
    } else if (parts.size() == 2 && parts[0] == QLatin1String("assets")) {
        QByteArray type;
        const QByteArray asset = pageAsset(parts[1], &type);
        if (asset.isEmpty())
            response =
                jsonError(StatusCode::NotFound, QStringLiteral("not-found"), Text::tr("No such file."));
        else
            response = get ? QHttpServerResponse(type, asset) : methodNotAllowed("GET");
    } else if (parts.size() == 4 && path == QLatin1String("/api/v1/activations/lookup")) {
        response = postJson(
            [&] { return fromReply(m_service->lookup(request.body(), request.remoteAddress().toString())); });
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
        response = jsonError(StatusCode::NotFound, QStringLiteral("not-found"), Text::tr("No such address."));
    }
    addCommonHeaders(response, html);
}

} // namespace keydesk::net
