// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// The LDAP client against a real slapd on loopback: a bind as the sync account, every one of
// 1,200 users read through paged results although the server answers at most 500 to a search,
// attributes by lower-case name, a stop asked for by the caller; and the exact errors of a wrong
// password, a server that is not there and a URL that is not LDAP's.
#include "directory/LdapConnection.h"
#include "net/SelfSignedCertificate.h"
#include "support/SlapdServer.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace keydesk;
using namespace keydesk::directory;
using namespace keydesk::test;

class TestLdapConnection : public QObject
{
    Q_OBJECT

    std::unique_ptr<SlapdServer> m_slapd;
    static constexpr int kUsers = 1200;

    static LdapEndpoint endpoint(const QString& url, int timeoutSeconds = 10)
    {
        LdapEndpoint e;
        e.url = url;
        e.timeoutSeconds = timeoutSeconds;
        return e;
    }

    std::unique_ptr<LdapConnection> boundConnection()
    {
        auto connection = LdapConnection::open(endpoint(m_slapd->url()));
        if (!connection)
            qFatal("%s", qPrintable(connection.error()));
        if (Status s = connection.value()->bind(SlapdServer::syncDn(), SlapdServer::syncPassword()); !s)
            qFatal("%s", qPrintable(s.error()));
        return std::move(connection).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto slapd = SlapdServer::start();
        QVERIFY2(slapd, qPrintable(slapd.error()));
        m_slapd = std::move(slapd).value();
        QString ldif = QStringLiteral("dn: ou=people,%1\nobjectClass: organizationalUnit\nou: people\n\n")
                           .arg(SlapdServer::suffix());
        for (int i = 0; i < kUsers; ++i)
            ldif += QStringLiteral("dn: uid=user%1,ou=people,%2\nobjectClass: inetOrgPerson\nuid: user%1\n"
                                   "cn: User %1\nsn: %1\ndisplayName: Üser Nümber %1\n"
                                   "mail: user%1@example.com\n\n")
                        .arg(i)
                        .arg(SlapdServer::suffix());
        QVERIFY2(m_slapd->add(ldif), "ldapadd of the users failed");
    }

    void pagedSearchReadsPastTheSizeLimit()
    {
        auto connection = boundConnection();
        QSet<QString> mails;
        QString seventh;
        int entries = 0;
        const Status s = connection->search(
            QStringLiteral("ou=people,") + SlapdServer::suffix(),
            QStringLiteral("(objectClass=inetOrgPerson)"),
            {QStringLiteral("mail"), QStringLiteral("displayName")}, 200, [&](const LdapEntry& e) {
                ++entries;
                mails.insert(e.text(QStringLiteral("mail")));
                if (e.dn == QStringLiteral("uid=user7,ou=people,dc=example,dc=com"))
                    seventh = e.text(QStringLiteral("displayName"));
                return true;
            });
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(entries, kUsers);
        QCOMPARE(mails.size(), kUsers);
        QCOMPARE(seventh, QStringLiteral("Üser Nümber 7"));
        QVERIFY(mails.contains(QStringLiteral("user1199@example.com")));
        // One search alone is cut short at the size limit (exit code 4, sizeLimitExceeded).
        QProcess plain;
        plain.start(QStringLiteral("ldapsearch"),
                    {QStringLiteral("-x"), QStringLiteral("-LLL"), QStringLiteral("-H"), m_slapd->url(),
                     QStringLiteral("-D"), SlapdServer::syncDn(), QStringLiteral("-w"),
                     SlapdServer::syncPassword(), QStringLiteral("-b"),
                     QStringLiteral("ou=people,") + SlapdServer::suffix(),
                     QStringLiteral("(objectClass=inetOrgPerson)"), QStringLiteral("dn")});
        QVERIFY(plain.waitForFinished(30000));
        QCOMPARE(plain.exitCode(), 4);
        QCOMPARE(plain.readAllStandardOutput().count("dn: "), SlapdServer::kSizeLimit);
    }

    void theCallerCanStopASearch()
    {
        auto connection = boundConnection();
        int entries = 0;
        QVERIFY(connection->search(SlapdServer::suffix(), QStringLiteral("(uid=*)"), {QStringLiteral("uid")},
                                   50, [&](const LdapEntry&) { return ++entries < 120; }));
        QCOMPARE(entries, 120);
        // The connection still serves a search after one was stopped in its middle.
        entries = 0;
        QVERIFY(connection->search(SlapdServer::suffix(), QStringLiteral("(uid=user1*)"),
                                   {QStringLiteral("uid")}, 50,
                                   [&](const LdapEntry&) { return ++entries > 0; }));
        QCOMPARE(entries, 1 + 10 + 100 + 200); // user1, user10-19, user100-199, user1000-1199
    }

    // With the directory's CA, StartTLS on ldap:// and ldaps:// both carry the bind; without it,
    // the server's certificate is refused before any password is sent.
    void startTlsAndLdapsTrustOnlyTheGivenCa()
    {
        auto pair = net::makeSelfSignedCertificate(QStringLiteral("127.0.0.1"));
        QVERIFY(pair);
        auto slapd = SlapdServer::start(SlapdServer::Tls{pair->certificatePem, pair->privateKeyPem});
        QVERIFY2(slapd, qPrintable(slapd.error()));
        QTemporaryDir dir;
        const QString ca = dir.filePath(QStringLiteral("directory-ca.pem"));
        QFile file(ca);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(pair->certificatePem) > 0);
        file.close();

        LdapEndpoint startTls = endpoint(slapd.value()->url());
        startTls.startTls = true;
        startTls.caFile = ca;
        LdapEndpoint ldaps = endpoint(slapd.value()->tlsUrl());
        ldaps.caFile = ca;
        for (const LdapEndpoint& e : {startTls, ldaps}) {
            auto connection = LdapConnection::open(e);
            QVERIFY2(connection, qPrintable(connection.error()));
            QVERIFY(connection.value()->bind(SlapdServer::syncDn(), SlapdServer::syncPassword()));
            int entries = 0;
            QVERIFY(connection.value()->search(SlapdServer::suffix(), QStringLiteral("(cn=keydesk-sync)"), {},
                                               10, [&](const LdapEntry&) { return ++entries > 0; }));
            QCOMPARE(entries, 1);
        }

        startTls.caFile.clear();
        auto untrusted = LdapConnection::open(startTls);
        QVERIFY(!untrusted);
        QCOMPARE(untrusted.error(),
                 QStringLiteral("StartTLS with %1 failed: Connect error. Is the directory's "
                                "certificate signed by the CA given?")
                     .arg(startTls.url));
        ldaps.caFile.clear();
        auto untrustedLdaps = LdapConnection::open(ldaps);
        QVERIFY(!untrustedLdaps);
        QCOMPARE(untrustedLdaps.error(),
                 QStringLiteral(
                     "cannot open a TLS connection to %1: Can't contact LDAP server. Is the directory up, "
                     "and its certificate signed by the CA given?")
                     .arg(ldaps.url));
    }

    void exactErrors()
    {
        auto connection = LdapConnection::open(endpoint(m_slapd->url()));
        QVERIFY(connection);
        QCOMPARE(
            connection.value()->bind(SlapdServer::syncDn(), QStringLiteral("wrong")).error(),
            QStringLiteral("the directory refused the bind as cn=keydesk-sync,dc=example,dc=com: Invalid "
                           "credentials"));
        const QString nowhere = QStringLiteral("ldap://127.0.0.1:%1").arg(freePort());
        auto unreachable = LdapConnection::open(endpoint(nowhere, 2));
        QVERIFY(!unreachable);
        QCOMPARE(unreachable.error(),
                 QStringLiteral("cannot reach the directory at %1: Can't contact LDAP server").arg(nowhere));
        auto notLdap = LdapConnection::open(endpoint(QStringLiteral("https://dc1.example.com")));
        QCOMPARE(notLdap.error(), QStringLiteral("\"https://dc1.example.com\" is not an LDAP URL "
                                                 "(ldap://host:port or ldaps://host:port)"));
        auto bound = boundConnection();
        const Status badBase =
            bound->search(QStringLiteral("ou=nowhere,dc=example,dc=com"), QStringLiteral("(uid=*)"), {}, 50,
                          [](const LdapEntry&) { return true; });
        QCOMPARE(badBase.error(),
                 QStringLiteral("the search under ou=nowhere,dc=example,dc=com failed: No such object"));
    }
};

QTEST_GUILESS_MAIN(TestLdapConnection)
#include "TestLdapConnection.moc"
