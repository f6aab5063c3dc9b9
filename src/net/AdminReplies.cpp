// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AdminReplies.h"

namespace keydesk::net {

HttpReply errorReply(const Error& error, int fallbackStatus)
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

} // namespace keydesk::net
