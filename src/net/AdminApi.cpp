// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AdminApi.h"

#include "ClientAddress.h"
#include "core/access/AccessService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonDocument>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AdminApi)
};

} // namespace

namespace keydesk::net {

namespace {

using Method = QHttpServerRequest::Method;

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// A refused call: the error's code decides the status; the body carries the code and the sentence.
HttpReply errorReply(const Error& error, int fallbackStatus = 400)
{
    int status = fallbackStatus;
    QString code = QStringLiteral("refused");
    switch (error.code()) {
    case ErrorCode::SignInRequired:
        status = 401;
        code = QStringLiteral("sign-in-required");
        break;
    case ErrorCode::NotPermitted:
        status = 403;
        code = QStringLiteral("not-permitted");
        break;
    case ErrorCode::RateLimited:
        status = 429;
        code = QStringLiteral("rate-limited");
        break;
    case ErrorCode::StorageFailed:
        status = 500;
        code = QStringLiteral("internal");
        break;
    default:
        break;
    }
    HttpReply reply = HttpReply::error(status, code, error.message());
    if (status == 401)
        reply.addHeader("WWW-Authenticate", "Bearer realm=\"KeyDesk\"");
    return reply;
}

std::optional<QJsonObject> jsonBody(const QHttpServerRequest& request, HttpReply* refusal)
{
    const QByteArray type = request.value("content-type").trimmed().toLower();
    if (type != "application/json" && !type.startsWith("application/json;")) {
        *refusal = HttpReply::error(415, QStringLiteral("unsupported-media-type"),
                                    Text::tr("Send the body as application/json."));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (!doc.isObject()) {
        *refusal = HttpReply::error(400, QStringLiteral("malformed-json"),
                                    Text::tr("The body is not a JSON object."));
        return std::nullopt;
    }
    return doc.object();
}

HttpReply methodNotAllowed(const char* allowed)
{
    HttpReply r = HttpReply::error(405, QStringLiteral("method-not-allowed"),
                                   Text::tr("Use %1 for this address.").arg(QLatin1String(allowed)));
    r.addHeader("Allow", allowed);
    return r;
}

} // namespace

HttpReply AdminApi::dispatch(const QHttpServerRequest& request, const QHostAddress& peer,
                             const QHostAddress& client)
{
    // Bearer secrets never cross a network in clear.
    if (!m_tls && !peer.isLoopback())
        return HttpReply::error(
            403, QStringLiteral("tls-required"),
            Text::tr("The admin API answers plain HTTP on this machine only; use HTTPS."));
    const QString path = request.url().path();
    const bool post = request.method() == Method::Post;
    const bool get = request.method() == Method::Get || request.method() == Method::Head;
    if (path == QLatin1String("/api/v1/admin/sign-in"))
        return post ? startSignIn(request, client) : methodNotAllowed("POST");
    if (path == QLatin1String("/api/v1/admin/sign-in/collect"))
        return post ? collectSignIn(request) : methodNotAllowed("POST");

    // Everything else acts for someone.
    const QByteArray authorization = request.value("authorization");
    if (!authorization.startsWith("Bearer "))
        return errorReply(Error(ErrorCode::SignInRequired)
                              .arg(Error::text(Text::tr("the request carries no bearer credential"))));
    auto actor = AccessService(m_store).authenticate(QString::fromLatin1(authorization.mid(7).trimmed()));
    if (!actor)
        return errorReply(actor.cause());
    if (path == QLatin1String("/api/v1/admin/me"))
        return get ? whoAmI(actor.value()) : methodNotAllowed("GET");
    return HttpReply::error(404, QStringLiteral("not-found"), Text::tr("No such address."));
}

HttpReply AdminApi::startSignIn(const QHttpServerRequest& request, const QHostAddress& client)
{
    HttpReply refusal;
    const auto body = jsonBody(request, &refusal);
    if (!body)
        return refusal;
    auto started =
        m_signIns.start(body->value(QStringLiteral("desk")).toString(), clientKey(client).toString());
    if (!started)
        return errorReply(started.cause());
    return HttpReply::json(201, {{QStringLiteral("id"), started->id},
                                 {QStringLiteral("link"), started->link},
                                 {QStringLiteral("matchNumber"), started->matchNumber},
                                 {QStringLiteral("pollSecret"), started->pollSecret},
                                 {QStringLiteral("expiresAt"), isoTime(started->expiresAtMs)}});
}

HttpReply AdminApi::collectSignIn(const QHttpServerRequest& request)
{
    HttpReply refusal;
    const auto body = jsonBody(request, &refusal);
    if (!body)
        return refusal;
    auto collected = m_signIns.collect(body->value(QStringLiteral("pollSecret")).toString());
    if (!collected)
        return errorReply(collected.cause(), 410);
    if (!collected.value())
        return HttpReply::json(202, {{QStringLiteral("state"), QStringLiteral("pending")}});
    const OperatorSession& s = collected.value()->session;
    return HttpReply::json(200, {{QStringLiteral("state"), QStringLiteral("signed-in")},
                                 {QStringLiteral("session"), collected.value()->secret},
                                 {QStringLiteral("sessionId"), s.id},
                                 {QStringLiteral("operator"), s.email},
                                 {QStringLiteral("role"), operatorRoleName(s.role)},
                                 {QStringLiteral("expiresAt"), isoTime(s.expiresAtMs)}});
}

HttpReply AdminApi::whoAmI(const Actor& actor)
{
    const SignedInOperator& who = *actor.signedInOperator();
    return HttpReply::json(200, {{QStringLiteral("userId"), who.userId},
                                 {QStringLiteral("email"), who.email},
                                 {QStringLiteral("role"), operatorRoleName(who.role)},
                                 {QStringLiteral("credential"), who.credential}});
}

} // namespace keydesk::net
