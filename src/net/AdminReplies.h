// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "HttpReply.h"
#include "base/Result.h"

#include <QJsonArray>

namespace keydesk::net {

// How the admin API answers a service's result.

// A refused call: the error's code decides the status (401 sign-in required, 403 not permitted,
// 429 rate limited, 500 storage, else `fallbackStatus`); the body carries a code and the sentence.
HttpReply errorReply(const Error& error, int fallbackStatus = 400);

// {"items": [...]} of a list, each row made by `toJson`.
template <typename T> HttpReply listReply(const Result<QList<T>>& rows, QJsonObject (*toJson)(const T&))
{
    if (!rows)
        return errorReply(rows.cause());
    QJsonArray items;
    for (const T& row : rows.value())
        items.append(toJson(row));
    return HttpReply::json(200, {{QStringLiteral("items"), items}});
}

// One page of a longer list: {"total", "offset", `name`: [...]}, each row made by `toJson`.
template <typename T>
HttpReply pageReply(const Result<qint64>& total, const Result<QList<T>>& rows, qint64 offset,
                    const QString& name, QJsonObject (*toJson)(const T&))
{
    if (!total)
        return errorReply(total.cause());
    if (!rows)
        return errorReply(rows.cause());
    QJsonArray items;
    for (const T& row : rows.value())
        items.append(toJson(row));
    return HttpReply::json(
        200, {{QStringLiteral("total"), total.value()}, {QStringLiteral("offset"), offset}, {name, items}});
}

// One object made by `toJson`, answered with `status`.
template <typename T>
HttpReply oneReply(const Result<T>& result, QJsonObject (*toJson)(const T&), int status = 200)
{
    return result ? HttpReply::json(status, toJson(result.value())) : errorReply(result.cause());
}

} // namespace keydesk::net
