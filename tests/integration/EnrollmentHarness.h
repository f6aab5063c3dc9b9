// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "authenticator/SoftwareAuthenticator.h"
#include "core/activation/AuthenticatorNames.h"
#include "core/activation/KeyEnrollment.h"
#include "core/verification/VerificationService.h"
#include "net/EnrollmentServer.h"
#include "phone/PhoneClient.h"
#include "support/TestSupport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace keydesk::test {

// An enrollment server on 127.0.0.1:<free port> over a test store, a software-authenticator
// phone that talks to it over real HTTP, and blocking helpers for the tests.
class EnrollmentHarness
{
public:
    // Listens on a free port of 127.0.0.1 with these options (their port is ignored).
    explicit EnrollmentHarness(net::ServerOptions options = {});

    TestStore store;
    authenticator::SoftwareAuthenticator authenticator;
    phone::PhoneClient phone{authenticator};
    phone::CredentialWallet wallet; // in memory; activate() puts the phone's new passkeys here
    std::unique_ptr<net::EnrollmentServer> server;
    std::unique_ptr<KeyEnrollment> enrollment;

    User addUser(const QString& name, const QString& email);
    IssuedLink assign(const User& user, ActivationMethod method = ActivationMethod::Now,
                      KeySettings settings = {});

    QUrl url(const QString& path) const;
    phone::PhoneActivation activate(const QString& link, const phone::ActivationChoices& choices = {});
    // Starts a verification of `keyId` as the console does; returns its link.
    VerificationLink startVerification(qint64 keyId);
    phone::PhoneVerification verify(const QString& link,
                                    authenticator::Tamper tamper = authenticator::Tamper::None);
    phone::ServerReply post(const QString& path, const QByteArray& body,
                            const QByteArray& contentType = "application/json");
    phone::ServerReply lookup(const QString& email, const QString& code);

    struct RawReply
    {
        int status = 0;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;
        QByteArray header(const QByteArray& name) const;
    };
    RawReply request(const QByteArray& method, const QString& path, const QByteArray& body = {},
                     const QByteArray& contentType = {},
                     const QList<std::pair<QByteArray, QByteArray>>& headers = {});

    // The rows a request may touch, to prove that a refused one changed nothing.
    QString rows();

private:
    QNetworkAccessManager m_network;
};

// Runs the event loop until `done` or 20 s pass.
bool waitUntil(const std::function<bool()>& done);

} // namespace keydesk::test
