// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "net/HttpReply.h"

#include <QHostAddress>
#include <QUrl>

#include <functional>

class QHttpServerRequest;

namespace keydesk {
class Store;
struct DirectorySource;
} // namespace keydesk

namespace keydesk::net::scim {

struct ScimFailure;

// The SCIM 2.0 service provider (RFC 7643/7644, docs/directory.md) under /scim/v2: identity
// providers (Microsoft Entra ID, Okta) create, update, disable and delete the users and groups
// of one SCIM directory source, named by the source's bearer token. Every change goes through
// DirectorySync's rules, as an LDAP sync's does: synced fields are the source's, a user who
// leaves loses their keys, and users who enter a workflow's scope get their emails (scopeEntered).
// Plain HTTP is answered to loopback peers only, as the admin API is.
class ScimApi
{
public:
    struct Request
    {
        QByteArray method; // GET, POST, PUT, PATCH, DELETE
        QUrl url;
        QByteArray contentType;
        QByteArray body;
        QByteArray authorization;
        QByteArray ifMatch;
        QByteArray ifNoneMatch;

        static Request from(const QHttpServerRequest& request);
    };

    // `publicBase`: the server's address as clients reach it (enrollment.base_url), for the
    // resources' locations. `scopeEntered`: users may have entered a workflow's scope.
    ScimApi(Store& store, bool tls, QString publicBase, std::function<void()> scopeEntered);

    static bool handles(const QString& path)
    {
        return path == QLatin1String("/scim/v2") || path.startsWith(QLatin1String("/scim/v2/"));
    }

    HttpReply dispatch(const Request& request, const QHostAddress& peer);

private:
    class Call;

    Store& m_store;
    bool m_tls = false;
    QString m_base; // .../scim/v2
    std::function<void()> m_scopeEntered;
};

} // namespace keydesk::net::scim
