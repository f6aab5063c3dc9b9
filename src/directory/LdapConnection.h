// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace keydesk::directory {

// Where a directory is and how to talk to it safely.
struct LdapEndpoint
{
    QString url;             // ldap://host:port or ldaps://host:port
    bool startTls = false;   // ldap:// then StartTLS before the bind
    QString caFile;          // PEM CA certificates for ldaps or StartTLS; empty: the system's
    int timeoutSeconds = 10; // for connecting and for each operation
};

// One entry of a search: its DN and its attributes, names in lower case.
struct LdapEntry
{
    QString dn;
    QHash<QString, QList<QByteArray>> attributes;

    QString text(const QString& name) const; // the first value as UTF-8, or empty
};

// A connection to an LDAP server (OpenLDAP's libldap, LDAPv3, no referrals chased). Every call
// blocks up to the endpoint's timeout and says what went wrong in words an operator can act on;
// the bind password is passed through and never kept or logged.
class LdapConnection
{
public:
    ~LdapConnection();
    LdapConnection(const LdapConnection&) = delete;
    LdapConnection& operator=(const LdapConnection&) = delete;

    // Connects (and runs StartTLS when asked): a server that cannot be reached, or whose
    // certificate is not trusted, is refused here.
    static Result<std::unique_ptr<LdapConnection>> open(const LdapEndpoint& endpoint);

    // Simple bind as `dn`.
    Status bind(const QString& dn, const QString& password);

    // Every entry under `base` matching `filter`, `pageSize` to a page (RFC 2696 paged results,
    // so a server's size limit does not cut the answer short). `onEntry` returns false to stop.
    Status search(const QString& base, const QString& filter, const QStringList& attributes, int pageSize,
                  const std::function<bool(const LdapEntry&)>& onEntry);

private:
    struct Handle;
    explicit LdapConnection(std::unique_ptr<Handle> handle, LdapEndpoint endpoint);
    std::unique_ptr<Handle> m_handle;
    LdapEndpoint m_endpoint;
};

} // namespace keydesk::directory
