// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "HealthProbe.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace keydesk::net {

namespace {

// What the probe found, said when it is read.
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(HealthProbe)
};

} // namespace

HealthProbe::HealthProbe(QObject* parent) : QObject(parent), m_network(new QNetworkAccessManager(this)) {}

void HealthProbe::start(const QString& baseUrl, int timeoutMs)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    QUrl url(baseUrl);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        QMetaObject::invokeMethod(
            this,
            [this, baseUrl] {
                Q_EMIT finished(false, Text::tr("%1 is not an http(s) address").arg(baseUrl));
            },
            Qt::QueuedConnection);
        return;
    }
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + QStringLiteral("/healthz"));
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_reply = m_network->get(request);
    // A self-signed desk certificate still means a server answers; trust is for the phone to decide.
    connect(m_reply, &QNetworkReply::sslErrors, m_reply,
            [reply = m_reply.data()] { reply->ignoreSslErrors(); });
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply.data()] { done(reply); });
}

void HealthProbe::done(QNetworkReply* reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString where = reply->url().adjusted(QUrl::RemovePath).toString();
    if (status == 0) {
        Q_EMIT finished(false, Text::tr("nothing answers at %1 (%2)").arg(where, reply->errorString()));
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    if (status == 200 && body.value(QStringLiteral("status")).toString() == QLatin1String("ok")) {
        Q_EMIT finished(true, {});
        return;
    }
    const QString reason = body.value(QStringLiteral("reason")).toString();
    Q_EMIT finished(
        false,
        reason.isEmpty()
            ? Text::tr("%1 answers, but not as a ready KeyDesk server (HTTP %2)").arg(where).arg(status)
            : Text::tr("the server at %1 is not ready: %2").arg(where, reason));
}

Status HealthProbe::check(const QString& baseUrl, int timeoutMs)
{
    HealthProbe probe;
    QEventLoop loop;
    Status result = Status::failure(Text::tr("no answer"));
    connect(&probe, &HealthProbe::finished, &loop, [&](bool ok, const Error& problem) {
        result = ok ? Status() : Status::failure(problem);
        loop.quit();
    });
    probe.start(baseUrl, timeoutMs);
    loop.exec();
    return result;
}

} // namespace keydesk::net
