// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace keydesk::test {

// A throwaway OpenLDAP slapd for one test: a cn=config made in a temporary folder (mdb with the
// memberof overlay, no system service), listening on a free loopback port, stopped and removed by
// the destructor. The suffix is dc=example,dc=com with a bind account for sync
// (cn=keydesk-sync) that, unlike the root DN, is held to the size limit — so paging is needed.
class SlapdServer
{
public:
    static constexpr int kSizeLimit = 500;
    static QString suffix() { return QStringLiteral("dc=example,dc=com"); }
    static QString rootDn() { return QStringLiteral("cn=admin,dc=example,dc=com"); }
    static QString syncDn() { return QStringLiteral("cn=keydesk-sync,dc=example,dc=com"); }
    static QString syncPassword() { return QStringLiteral("sync-secret"); }

    // With a certificate and key (PEM), the server also takes StartTLS on url() and listens for
    // ldaps:// on tlsUrl().
    struct Tls
    {
        QByteArray certificatePem;
        QByteArray privateKeyPem;
    };
    static Result<std::unique_ptr<SlapdServer>> start(const std::optional<Tls>& tls = std::nullopt);
    ~SlapdServer();
    SlapdServer(const SlapdServer&) = delete;
    SlapdServer& operator=(const SlapdServer&) = delete;

    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("ldap://127.0.0.1:%1").arg(m_port); }
    QString tlsUrl() const { return QStringLiteral("ldaps://127.0.0.1:%1").arg(m_tlsPort); }
    // Adds the entries of `ldif` as the root DN (ldapadd).
    Status add(const QString& ldif);
    // Applies `ldif`'s change records (changetype: modify, delete, modrdn, add) as the root DN.
    Status modify(const QString& ldif);

private:
    SlapdServer() = default;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    quint16 m_tlsPort = 0;
    QString m_rootPassword;
    QProcess m_slapd;
};

} // namespace keydesk::test
