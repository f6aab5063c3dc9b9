// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "PhoneClient.h"

#include "webauthn/Base64Url.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PhoneClient)
};

} // namespace

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
        *error = Text::tr("the creation options lack a challenge or user id");
        return std::nullopt;
    }
    CreationRequest request;
    request.challenge = *challenge;
    request.userHandle = *userId;
    const QJsonObject user = options.value(QStringLiteral("user")).toObject();
    request.userName = user.value(QStringLiteral("name")).toString();
    request.userDisplayName = user.value(QStringLiteral("displayName")).toString();
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

// ".../a/<token>" → ".../api/v1/<collection>/<token>/": a base URL may have a path.
QUrl apiBase(const QUrl& link, const QString& collection)
{
    const QString id = link.path().section(QLatin1Char('/'), -1);
    const QUrl base = link.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    const QString prefix = link.path().section(QLatin1Char('/'), 0, -3);
    return base.resolved(QUrl(prefix + QStringLiteral("/api/v1/") + collection + u'/' + id + u'/'));
}

ServerReply localFailure(const QString& what)
{
    ServerReply failed;
    failed.networkError = what;
    return failed;
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
    const QUrl api = apiBase(link, QStringLiteral("activations"));
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
            if (request->attestation != AttestationMode::None)
                request->batch = choices.batch;
            registration = m_authenticator.makeCredential(*request, &error);
        }
        if (!registration) {
            done(PhoneActivation{
                localFailure(Text::tr("the phone could not create a credential: %1").arg(error)),
                std::nullopt});
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

void PhoneClient::verify(const QUrl& link, CredentialWallet& wallet, Tamper tamper,
                         std::function<void(PhoneVerification)> done)
{
    authenticate(link, QStringLiteral("verifications"), wallet, tamper, std::move(done));
}

void PhoneClient::signIn(const QUrl& link, CredentialWallet& wallet, Tamper tamper,
                         std::function<void(PhoneVerification)> done)
{
    authenticate(link, QStringLiteral("sign-ins"), wallet, tamper, std::move(done));
}

void PhoneClient::authenticate(const QUrl& link, const QString& collection, CredentialWallet& wallet,
                               Tamper tamper, std::function<void(PhoneVerification)> done)
{
    const QUrl api = apiBase(link, collection);
    const QString origin = originOf(link);
    postJson(api.resolved(QUrl(QStringLiteral("options"))), "{}", [=, this, &wallet](ServerReply options) {
        if (!options.ok()) {
            done(PhoneVerification{options, {}});
            return;
        }
        const auto challenge =
            webauthn::fromBase64Url(options.body.value(QStringLiteral("challenge")).toString());
        const QString rpId = options.body.value(QStringLiteral("rpId")).toString();
        SoftwareCredential* credential = nullptr;
        const QJsonArray allowList = options.body.value(QStringLiteral("allowCredentials")).toArray();
        // No allow list: any passkey of this RP (discoverable), the first one the phone holds.
        if (allowList.isEmpty()) {
            for (const SoftwareCredential& held : wallet.credentials()) {
                if (held.rpId == rpId) {
                    credential = wallet.find(held.id);
                    break;
                }
            }
        }
        for (const QJsonValue allowed : allowList) {
            const auto id =
                webauthn::fromBase64Url(allowed.toObject().value(QStringLiteral("id")).toString());
            SoftwareCredential* candidate = id ? wallet.find(*id) : nullptr;
            if (candidate && candidate->rpId == rpId) {
                credential = candidate;
                break;
            }
        }
        if (!challenge || !credential) {
            done(PhoneVerification{
                localFailure(challenge ? Text::tr("this phone holds no passkey that the server asks for")
                                       : Text::tr("the request options lack a challenge")),
                {}});
            return;
        }
        AssertionRequest request;
        request.challenge = *challenge;
        request.rpId = rpId;
        request.origin = origin;
        request.userVerification = true;
        request.tamper = tamper;
        QString error;
        const auto assertion = m_authenticator.getAssertion(*credential, request, &error);
        const QByteArray credentialId = credential->id;
        // The counter moved (unless cloned): keep it before anything else can fail.
        if (Status saved = wallet.save(); !assertion || !saved) {
            done(PhoneVerification{
                localFailure(assertion ? saved.error() : Text::tr("the phone could not sign: %1").arg(error)),
                credentialId});
            return;
        }
        postJson(api.resolved(QUrl(QStringLiteral("complete"))), assertion->toJson(),
                 [done, credentialId](ServerReply completed) {
                     done(PhoneVerification{completed, credentialId});
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
