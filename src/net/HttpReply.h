// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <utility>

class QHttpServerResponder;

namespace keydesk::net {

// One answer of the enrollment server, written by writeReply(). QHttpServerResponse 6.4 cannot
// list its headers back, and a HEAD answer needs them without the body.
struct HttpReply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    static HttpReply json(int status, const QJsonObject& object);
    static HttpReply error(int status, const QString& code, const QString& message);
    static HttpReply content(const QByteArray& contentType, const QByteArray& body);
    void addHeader(const QByteArray& name, const QByteArray& value) { headers.append({name, value}); }
};

// Status line, headers, Content-Length and (unless `headOnly`, for HEAD) the body.
void writeReply(QHttpServerResponder& responder, const HttpReply& reply, bool headOnly);

} // namespace keydesk::net
