#include "PhoneClient.h"

#include "webauthn/Base64Url.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace keydesk::phone {

using namespace keydesk::authenticator;

namespace {

// The origin a browser would report for a page at `url`.
QString originOf(const QUrl& url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

std::optional<CreationRequest> creationRequest(const QJsonObject& options, const QString& origin,
                                               QString* error)
{
    const auto challenge = webauthn::fromBase64Url(options.value(QStringLiteral("challenge")).toString());
    const auto userId = webauthn::fromBase64Url(
        options.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString());
    if (!challenge || !userId) {
        *error = QStringLiteral("the creation options lack a challenge or user id");
        return std::nullopt;
    }
    CreationRequest request;
    request.challenge = *challenge;
    request.userHandle = *userId;
    request.rpId = options.value(QStringLiteral("rp")).toObject().value(QStringLiteral("id")).toString();
    request.origin = origin;
    for (const QJsonValue p : options.value(QStringLiteral("pubKeyCredParams")).toArray())
        request.algorithms << p.toObject().value(QStringLiteral("alg")).toInt();
    request.attestation = options.value(QStringLiteral("attestation")).toString() == QLatin1String("none")
                              ? AttestationMode::None
                              : AttestationMode::PackedSelf;
    // A phone verifies its user (screen lock) whenever asked, and always when required.
    request.userVerification = true;
    return request;
}

} // namespace

QString ServerReply::message() const
{
    if (httpStatus == 0)
        return networkError;
    const QString m = body.value(QStringLiteral("message")).toString();
    return m.isEmpty() ? QStringLiteral("HTTP %1").arg(httpStatus) : m;
}

PhoneClient::PhoneClient(SoftwareAuthenticator& authenticator, QObject* parent)
    : QObject(parent), m_authenticator(authenticator)
{}

void PhoneClient::postJson(const QUrl& url, const QByteArray& body, std::function<void(ServerReply)> done,
                           const QByteArray& contentType)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setTransferTimeout(30'000);
    if (!m_extraRoots.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraRoots);
        request.setSslConfiguration(tls);
    }
    QNetworkReply* reply = m_network.post(request, body);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        ServerReply r;
        r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = QJsonDocument::fromJson(reply->readAll()).object();
        if (r.httpStatus == 0)
            r.networkError = reply->errorString();
        done(r);
    });
}

void PhoneClient::activate(const QUrl& link, const ActivationChoices& choices,
                           std::function<void(PhoneActivation)> done)
{
    const QString token = link.path().section(QLatin1Char('/'), -1);
    QUrl base = link.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    const QString prefix = link.path().section(QLatin1Char('/'), 0, -3); // a base URL may have a path
    const QUrl api = base.resolved(QUrl(prefix + QStringLiteral("/api/v1/activations/") + token + u'/'));
    const QString origin = originOf(link);
    postJson(api.resolved(QUrl(QStringLiteral("options"))), "{}", [=, this](ServerReply options) {
        if (!options.ok()) {
            done(PhoneActivation{options, std::nullopt});
            return;
        }
        QString error;
        auto request = creationRequest(options.body, origin, &error);
        std::optional<SoftwareAuthenticator::Registration> registration;
        if (request) {
            request->tamper = choices.tamper;
            request->backupEligible = choices.backupEligible;
            registration = m_authenticator.makeCredential(*request, &error);
        }
        if (!registration) {
            ServerReply failed;
            failed.networkError = QStringLiteral("the phone could not create a credential: %1").arg(error);
            done(PhoneActivation{failed, std::nullopt});
            return;
        }
        const SoftwareCredential credential = registration->credential;
        postJson(
            api.resolved(QUrl(QStringLiteral("complete"))), registration->parts.toJson(),
            [done, credential](ServerReply completed) {
                done(PhoneActivation{completed, completed.ok() ? std::optional(credential) : std::nullopt});
            });
    });
}

void PhoneClient::lookup(const QUrl& base, const QString& email, const QString& code,
                         std::function<void(ServerReply)> done)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("code"), code}})
            .toJson(QJsonDocument::Compact);
    postJson(base.resolved(QUrl(QStringLiteral("/api/v1/activations/lookup"))), body, std::move(done));
}

} // namespace keydesk::phone
