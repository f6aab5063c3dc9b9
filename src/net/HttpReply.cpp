// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "HttpReply.h"

#include <QHttpServerResponder>
#include <QJsonDocument>

namespace keydesk::net {

HttpReply HttpReply::json(int status, const QJsonObject& object)
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = "application/json";
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

HttpReply HttpReply::error(int status, const QString& code, const QString& message)
{
    return json(status, QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}});
}

HttpReply HttpReply::content(const QByteArray& contentType, const QByteArray& body)
{
    HttpReply reply;
    reply.contentType = contentType;
    reply.body = body;
    return reply;
}

void writeReply(QHttpServerResponder& responder, const HttpReply& reply, bool headOnly)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    if (!reply.contentType.isEmpty())
        responder.writeHeader("Content-Type", reply.contentType);
    for (const auto& [name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(headOnly ? QByteArray() : reply.body);
}

} // namespace keydesk::net
