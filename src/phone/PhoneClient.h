// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "CredentialWallet.h"
#include "authenticator/SoftwareAuthenticator.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <functional>

namespace keydesk::phone {

// One answer of the enrollment server as the phone saw it.
struct ServerReply
{
    int httpStatus = 0; // 0: no HTTP answer at all
    QJsonObject body;
    QString networkError;

    bool ok() const { return httpStatus >= 200 && httpStatus < 300; }
    // The server's message, or what went wrong on the way.
    QString message() const;
};

struct PhoneActivation
{
    ServerReply reply;                                           // of the last request made
    std::optional<authenticator::SoftwareCredential> credential; // when the server accepted it
};

struct PhoneVerification
{
    ServerReply reply;       // of the last request made
    QByteArray credentialId; // the credential that signed, when the phone had one allowed
};

struct ActivationChoices
{
    authenticator::Tamper tamper = authenticator::Tamper::None;
    bool backupEligible = false; // act as a synced passkey provider
    // Act as a hardware key with this batch attestation when the server asks for attestation.
    std::optional<authenticator::BatchAttestation> batch;
};

// The virtual phone's side of the enrollment API, spoken over HTTP exactly as a phone app
// would: fetch creation options for a link, create the credential with the software
// authenticator, send the registration back; the same with request options and an assertion for
// a verification. Also the "Work or School" code lookup.
class PhoneClient : public QObject
{
    Q_OBJECT

public:
    explicit PhoneClient(authenticator::SoftwareAuthenticator& authenticator, QObject* parent = nullptr);

    // Activates the key behind an activation link (".../a/<token>").
    void activate(const QUrl& link, const ActivationChoices& choices,
                  std::function<void(PhoneActivation)> done);
    // Answers the verification behind a link (".../v/<id>") with a credential of `wallet` that
    // the server allows, misbehaving as `tamper` says; the wallet keeps the new counter.
    void verify(const QUrl& link, CredentialWallet& wallet, authenticator::Tamper tamper,
                std::function<void(PhoneVerification)> done);
    // Signs an operator in from a desk's sign-in link (".../s/<token>") with the first passkey of
    // the server's RP this phone holds (the request names none: they are discoverable).
    void signIn(const QUrl& link, CredentialWallet& wallet, authenticator::Tamper tamper,
                std::function<void(PhoneVerification)> done);
    // Trades email + code for an activation link at the server `base` ("http://host:port").
    void lookup(const QUrl& base, const QString& email, const QString& code,
                std::function<void(ServerReply)> done);

    // Extra roots to trust for an https server, as a phone that installed a demo certificate.
    void trustCertificates(const QList<QSslCertificate>& roots) { m_extraRoots = roots; }

    // A POST of JSON to the server; public for tests that send hand-made bodies.
    void postJson(const QUrl& url, const QByteArray& body, std::function<void(ServerReply)> done,
                  const QByteArray& contentType = "application/json");

private:
    // An assertion for `collection` ("verifications", "sign-ins") from the link's options.
    void authenticate(const QUrl& link, const QString& collection, CredentialWallet& wallet,
                      authenticator::Tamper tamper, std::function<void(PhoneVerification)> done);

    authenticator::SoftwareAuthenticator& m_authenticator;
    QNetworkAccessManager m_network;
    QList<QSslCertificate> m_extraRoots;
};

} // namespace keydesk::phone
