// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "SlapdServer.h"

#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QThread>

#include <unistd.h>

namespace keydesk::test {

namespace {

Status run(const QString& program, const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return Status::failure(
            Error::text(QStringLiteral("%1 did not start (install slapd and ldap-utils)").arg(program)));
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Status::failure(Error::text(
            QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(p.readAllStandardError()))));
    return {};
}

QString configLdif(const QString& dir, const QString& rootPassword)
{
    const QString limit =
        QStringLiteral("size.soft=%1 size.hard=%1 size.prtotal=unlimited").arg(SlapdServer::kSizeLimit);
    return QStringLiteral(R"(dn: cn=config
objectClass: olcGlobal
cn: config
olcPidFile: %1/slapd.pid

dn: cn=module{0},cn=config
objectClass: olcModuleList
cn: module{0}
olcModulePath: /usr/lib/ldap
olcModuleLoad: back_mdb
olcModuleLoad: memberof

dn: cn=schema,cn=config
objectClass: olcSchemaConfig
cn: schema

include: file:///etc/ldap/schema/core.ldif
include: file:///etc/ldap/schema/cosine.ldif
include: file:///etc/ldap/schema/inetorgperson.ldif
include: file:///etc/ldap/schema/nis.ldif

# What a test needs to act as Active Directory, with Microsoft's OIDs: the classes user, computer
# (a kind of user, as in AD) and group, and the attributes the sync reads. uSNChanged is the server's own in AD; here the test writes it.
dn: cn=ad,cn=schema,cn=config
objectClass: olcSchemaConfig
cn: ad
olcAttributeTypes: ( 1.2.840.113556.1.4.2 NAME 'objectGUID' EQUALITY octetStringMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.40 SINGLE-VALUE )
olcAttributeTypes: ( 1.2.840.113556.1.4.8 NAME 'userAccountControl' EQUALITY integerMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.27 SINGLE-VALUE )
olcAttributeTypes: ( 1.2.840.113556.1.4.656 NAME 'userPrincipalName' EQUALITY caseIgnoreMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 SINGLE-VALUE )
olcAttributeTypes: ( 1.2.840.113556.1.4.221 NAME 'sAMAccountName' EQUALITY caseIgnoreMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 SINGLE-VALUE )
olcAttributeTypes: ( 1.2.840.113556.1.2.141 NAME 'department' EQUALITY caseIgnoreMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 SINGLE-VALUE )
olcAttributeTypes: ( 1.2.840.113556.1.2.120 NAME 'uSNChanged' EQUALITY integerMatch ORDERING integerOrderingMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.27 SINGLE-VALUE )
olcObjectClasses: ( 1.2.840.113556.1.5.9 NAME 'user' SUP inetOrgPerson STRUCTURAL MAY ( objectGUID $ userAccountControl $ userPrincipalName $ sAMAccountName $ department $ uSNChanged ) )
olcObjectClasses: ( 1.2.840.113556.1.5.8 NAME 'group' SUP groupOfNames STRUCTURAL MAY ( objectGUID $ sAMAccountName $ uSNChanged ) )
olcObjectClasses: ( 1.2.840.113556.1.3.30 NAME 'computer' SUP user STRUCTURAL )

dn: olcDatabase={-1}frontend,cn=config
objectClass: olcDatabaseConfig
objectClass: olcFrontendConfig
olcDatabase: {-1}frontend

dn: olcDatabase={1}mdb,cn=config
objectClass: olcDatabaseConfig
objectClass: olcMdbConfig
olcDatabase: {1}mdb
olcSuffix: %2
olcRootDN: %3
olcRootPW: %4
olcDbDirectory: %1/db
olcDbNoSync: TRUE
olcDbMaxSize: 8589934592
olcSizeLimit: %5
olcAccess: {0}to attrs=userPassword by anonymous auth by * none
olcAccess: {1}to * by * read

dn: olcOverlay=memberof,olcDatabase={1}mdb,cn=config
objectClass: olcOverlayConfig
objectClass: olcMemberOf
olcOverlay: memberof
olcMemberOfGroupOC: groupOfNames
)")
        .arg(dir, SlapdServer::suffix(), SlapdServer::rootDn(), rootPassword, limit);
}

} // namespace

Result<std::unique_ptr<SlapdServer>> SlapdServer::start(const std::optional<Tls>& tls)
{
    using R = Result<std::unique_ptr<SlapdServer>>;
    if (!QFile::exists(QStringLiteral("/usr/sbin/slapd")))
        return R::failure(
            Error::text(QStringLiteral("slapd is not installed (scripts/install-deps.sh installs it)")));
    std::unique_ptr<SlapdServer> server(new SlapdServer);
    if (!server->m_dir.isValid())
        return R::failure(Error::text(QStringLiteral("cannot make a temporary folder")));
    const QString dir = server->m_dir.path();
    server->m_rootPassword = QString::number(QRandomGenerator::system()->generate64(), 36);
    QDir(dir).mkpath(QStringLiteral("slapd.d"));
    QDir(dir).mkpath(QStringLiteral("db"));
    QString config = configLdif(dir, server->m_rootPassword);
    if (tls) {
        for (const auto& [name, pem] : {std::pair{QStringLiteral("/server.pem"), tls->certificatePem},
                                        std::pair{QStringLiteral("/server-key.pem"), tls->privateKeyPem}}) {
            QFile file(dir + name);
            if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size())
                return R::failure(Error::text(QStringLiteral("cannot write %1").arg(file.fileName())));
        }
        config.replace(QStringLiteral("olcPidFile: "),
                       QStringLiteral("olcTLSCertificateFile: %1/server.pem\nolcTLSCertificateKeyFile: "
                                      "%1/server-key.pem\nolcPidFile: ")
                           .arg(dir));
    }
    QFile ldif(dir + QStringLiteral("/config.ldif"));
    if (!ldif.open(QIODevice::WriteOnly) || ldif.write(config.toUtf8()) < 0)
        return R::failure(Error::text(QStringLiteral("cannot write %1").arg(ldif.fileName())));
    ldif.close();
    if (Status s = run(QStringLiteral("/usr/sbin/slapadd"),
                       {QStringLiteral("-n0"), QStringLiteral("-F"), dir + QStringLiteral("/slapd.d"),
                        QStringLiteral("-l"), ldif.fileName()});
        !s)
        return R::failure(s.cause());
    QStringList args;
    // As root (CI) slapd drops to the openldap system user, which must own the folder.
    if (::geteuid() == 0) {
        if (Status s = run(QStringLiteral("chown"),
                           {QStringLiteral("-R"), QStringLiteral("openldap:openldap"), dir});
            !s)
            return R::failure(s.cause());
        args << QStringLiteral("-u") << QStringLiteral("openldap") << QStringLiteral("-g")
             << QStringLiteral("openldap");
    }
    server->m_port = freePort();
    QString listen = server->url() + u'/';
    if (tls) {
        server->m_tlsPort = freePort();
        listen += u' ' + server->tlsUrl() + u'/';
    }
    args << QStringLiteral("-d") << QStringLiteral("0") << QStringLiteral("-h") << listen
         << QStringLiteral("-F") << dir + QStringLiteral("/slapd.d");
    server->m_slapd.setProcessChannelMode(QProcess::MergedChannels);
    server->m_slapd.start(QStringLiteral("/usr/sbin/slapd"), args);
    if (!server->m_slapd.waitForStarted(10000))
        return R::failure(Error::text(QStringLiteral("slapd did not start")));
    QElapsedTimer waited;
    waited.start();
    for (;;) { // bounded: up to 10 s for the port to open
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), server->m_port);
        if (probe.waitForConnected(200))
            break;
        if (server->m_slapd.state() != QProcess::Running || waited.elapsed() > 10000)
            return R::failure(Error::text(QStringLiteral("slapd did not listen: %1")
                                              .arg(QString::fromUtf8(server->m_slapd.readAll()))));
        QThread::msleep(50);
    }
    const QString base = QStringLiteral(R"(dn: %1
objectClass: dcObject
objectClass: organization
dc: example
o: Example

dn: %2
objectClass: organizationalRole
objectClass: simpleSecurityObject
cn: keydesk-sync
userPassword: %3
)")
                             .arg(suffix(), syncDn(), syncPassword());
    if (Status s = server->add(base); !s)
        return R::failure(s.cause());
    return server;
}

SlapdServer::~SlapdServer()
{
    if (m_slapd.state() == QProcess::Running) {
        m_slapd.terminate();
        if (!m_slapd.waitForFinished(5000))
            m_slapd.kill();
        m_slapd.waitForFinished(5000);
    }
}

Status SlapdServer::modify(const QString& ldif)
{
    return run(QStringLiteral("ldapmodify"),
               {QStringLiteral("-x"), QStringLiteral("-H"), url(), QStringLiteral("-D"), rootDn(),
                QStringLiteral("-w"), m_rootPassword},
               ldif.toUtf8());
}

Status SlapdServer::add(const QString& ldif)
{
    return run(QStringLiteral("ldapadd"),
               {QStringLiteral("-x"), QStringLiteral("-H"), url(), QStringLiteral("-D"), rootDn(),
                QStringLiteral("-w"), m_rootPassword},
               ldif.toUtf8());
}

} // namespace keydesk::test
