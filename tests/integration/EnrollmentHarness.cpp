// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "EnrollmentHarness.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>

namespace keydesk::test {

bool waitUntil(const std::function<bool()>& done)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(5);
    QTimer::singleShot(20'000, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}

EnrollmentHarness::EnrollmentHarness(net::ServerOptions options)
{
    server = std::make_unique<net::EnrollmentServer>(*store, AuthenticatorNames::builtin());
    options.port = 0;
    if (Status s = server->start(options); !s)
        qFatal("cannot start the enrollment server: %s", qPrintable(s.error()));
    MailIdentity mail;
    mail.from = MailAddress{QStringLiteral("helpdesk@example.com"), QStringLiteral("Example Helpdesk")};
    mail.organisation = QStringLiteral("Example IT");
    enrollment = std::make_unique<KeyEnrollment>(*store, Actor(store->actor()), server->config(),
                                                 ActivationLifetimes{}, mail);
}

User EnrollmentHarness::addUser(const QString& name, const QString& email)
{
    auto user = store->users().create(UserFields{name, email, {}, {}}, UserSource::Manual);
    if (!user)
        qFatal("cannot add a test user: %s", qPrintable(user.error()));
    return user.value();
}

IssuedLink EnrollmentHarness::assign(const User& user, ActivationMethod method, KeySettings settings)
{
    auto issued = enrollment->assign(user, EnrollmentRequest{KeyType::Smartphone, settings, method, {}});
    if (!issued)
        qFatal("cannot assign a test key: %s", qPrintable(issued.error()));
    return issued.value();
}

QUrl EnrollmentHarness::url(const QString& path) const
{
    return QUrl(server->listeningUrl() + path);
}

phone::PhoneActivation EnrollmentHarness::activate(const QString& link,
                                                   const phone::ActivationChoices& choices)
{
    std::optional<phone::PhoneActivation> result;
    phone.activate(QUrl(link), choices, [&](phone::PhoneActivation r) { result = r; });
    if (!waitUntil([&] { return result.has_value(); }))
        qFatal("the phone got no answer");
    if (result->credential)
        if (Status s = wallet.put(*result->credential); !s)
            qFatal("the phone cannot keep its passkey: %s", qPrintable(s.error()));
    return *result;
}

VerificationLink EnrollmentHarness::startVerification(qint64 keyId)
{
    VerificationService service(*store, server->config(), AuthenticatorNames::builtin());
    auto started = service.start(Actor(store->actor()), keyId);
    if (!started)
        qFatal("cannot start a verification: %s", qPrintable(started.error()));
    return started.value();
}

phone::PhoneVerification EnrollmentHarness::verify(const QString& link, authenticator::Tamper tamper)
{
    std::optional<phone::PhoneVerification> result;
    phone.verify(QUrl(link), wallet, tamper, [&](phone::PhoneVerification r) { result = r; });
    if (!waitUntil([&] { return result.has_value(); }))
        qFatal("the phone got no answer");
    return *result;
}

phone::ServerReply EnrollmentHarness::post(const QString& path, const QByteArray& body,
                                           const QByteArray& contentType)
{
    std::optional<phone::ServerReply> result;
    phone.postJson(
        url(path), body, [&](phone::ServerReply r) { result = r; }, contentType);
    if (!waitUntil([&] { return result.has_value(); }))
        qFatal("no answer to POST %s", qPrintable(path));
    return *result;
}

phone::ServerReply EnrollmentHarness::lookup(const QString& email, const QString& code)
{
    std::optional<phone::ServerReply> result;
    phone.lookup(QUrl(server->listeningUrl()), email, code, [&](phone::ServerReply r) { result = r; });
    if (!waitUntil([&] { return result.has_value(); }))
        qFatal("no answer to the lookup");
    return *result;
}

QByteArray EnrollmentHarness::RawReply::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

EnrollmentHarness::RawReply
EnrollmentHarness::request(const QByteArray& method, const QString& path, const QByteArray& body,
                           const QByteArray& contentType,
                           const QList<std::pair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest request(url(path));
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    // A custom "HEAD" would wait for the body its Content-Length announces.
    QNetworkReply* reply =
        method == "HEAD" ? m_network.head(request) : m_network.sendCustomRequest(request, method, body);
    if (!waitUntil([reply] { return reply->isFinished(); }))
        qFatal("no answer to %s %s", method.constData(), qPrintable(path));
    RawReply raw;
    raw.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    raw.body = reply->readAll();
    raw.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return raw;
}

QString EnrollmentHarness::rows()
{
    QString dump;
    for (const QString& table :
         {QStringLiteral("users"), QStringLiteral("security_keys"), QStringLiteral("activations"),
          QStringLiteral("outbox"), QStringLiteral("verifications"), QStringLiteral("audit_events")})
        dump += table + u'\n' + tableDump(store->database(), table);
    return dump;
}

} // namespace keydesk::test
