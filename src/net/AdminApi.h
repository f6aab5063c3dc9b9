// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "HttpReply.h"
#include "core/access/SignInService.h"

#include <QHostAddress>

class QHttpServerRequest;

namespace keydesk {
class Store;
}

namespace keydesk::net {

// The team server's admin API under /api/v1/admin/ (docs/operators.md): JSON for desks and
// scripts. Every route but the sign-in needs a bearer session or API token (AccessService) and
// the route's permission; services check roles again. Plain HTTP is served to loopback peers only
// (nginx on the same host, a desk on the server itself); anyone else must use TLS.
class AdminApi
{
public:
    AdminApi(Store& store, EnrollmentConfig config, bool tls)
        : m_store(store), m_signIns(store, std::move(config)), m_tls(tls)
    {}

    static bool handles(const QString& path) { return path.startsWith(QLatin1String("/api/v1/admin/")); }

    // `peer`: the socket's address; `client`: the real client (X-Forwarded-For from a trusted proxy).
    HttpReply dispatch(const QHttpServerRequest& request, const QHostAddress& peer,
                       const QHostAddress& client);

private:
    HttpReply startSignIn(const QHttpServerRequest& request, const QHostAddress& client);
    HttpReply collectSignIn(const QHttpServerRequest& request);
    HttpReply whoAmI(const Actor& actor);

    Store& m_store;
    SignInService m_signIns;
    bool m_tls = false;
};

} // namespace keydesk::net
