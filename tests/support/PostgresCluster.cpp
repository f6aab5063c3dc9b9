// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "PostgresCluster.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

#include <pwd.h>
#include <unistd.h>

namespace keydesk::test {

namespace {

const QString kBin = QStringLiteral("/usr/lib/postgresql/15/bin");

QString randomPassword()
{
    QByteArray bytes(20, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding));
}

// initdb refuses root: as root, the cluster's files belong to the postgres system user.
Status giveToOwner(const QString& path)
{
    if (::geteuid() != 0)
        return {};
    const passwd* owner = ::getpwnam("postgres");
    if (!owner)
        return Status::failure(Error::text(QStringLiteral("there is no postgres system user")));
    if (::chown(QFile::encodeName(path).constData(), owner->pw_uid, owner->pw_gid) != 0)
        return Status::failure(Error::text(QStringLiteral("cannot give %1 to postgres").arg(path)));
    return {};
}

} // namespace

Result<std::unique_ptr<PostgresCluster>> PostgresCluster::start()
{
    using R = Result<std::unique_ptr<PostgresCluster>>;
    if (!QFileInfo::exists(kBin + QStringLiteral("/initdb")))
        return R::failure(Error::text(
            QStringLiteral("PostgreSQL 15 is not installed (scripts/install-deps.sh installs it)")));
    std::unique_ptr<PostgresCluster> cluster(new PostgresCluster);
    if (!cluster->m_dir.isValid())
        return R::failure(Error::text(QStringLiteral("cannot make a temporary folder")));
    if (Status s = giveToOwner(cluster->m_dir.path()); !s)
        return R::failure(s.cause());

    cluster->m_password = randomPassword();
    const QString passwordFile = cluster->m_dir.filePath(QStringLiteral("password"));
    QFile file(passwordFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(cluster->m_password.toLatin1()) < 0)
        return R::failure(Error::text(QStringLiteral("cannot write %1").arg(passwordFile)));
    file.close();
    if (Status s = giveToOwner(passwordFile); !s)
        return R::failure(s.cause());
    const QString data = cluster->m_dir.filePath(QStringLiteral("data"));
    const Status made =
        cluster->runAsOwner(QStringLiteral("initdb"),
                            {QStringLiteral("-D"), data, QStringLiteral("-U"), user(),
                             QStringLiteral("--pwfile=") + passwordFile, QStringLiteral("--auth-local=trust"),
                             QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("--locale=C.UTF-8"),
                             QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-sync")},
                            120'000);
    QFile::remove(passwordFile);
    if (!made)
        return R::failure(made.cause());

    cluster->m_port = freePort();
    const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                           "-c synchronous_commit=off -c full_page_writes=off")
                                .arg(cluster->m_dir.path())
                                .arg(cluster->m_port);
    if (Status s = cluster->runAsOwner(QStringLiteral("pg_ctl"),
                                       {QStringLiteral("-D"), data, QStringLiteral("-l"),
                                        cluster->m_dir.filePath(QStringLiteral("server.log")),
                                        QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                                        QStringLiteral("-o"), options, QStringLiteral("start")},
                                       90'000);
        !s)
        return R::failure(Error::text(s.error() + u'\n' + cluster->log()));
    cluster->m_running = true;
    return R(std::move(cluster));
}

std::unique_ptr<PostgresCluster> PostgresCluster::startForThisProcess()
{
    auto cluster = start();
    if (!cluster)
        qFatal("cannot start PostgreSQL for the tests: %s", qPrintable(cluster.error()));
    qputenv("PGPASSWORD", cluster.value()->password().toUtf8());
    return std::move(cluster).value();
}

PostgresCluster::~PostgresCluster()
{
    if (m_running)
        (void)runAsOwner(QStringLiteral("pg_ctl"),
                         {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                          QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
                         60'000);
}

QString PostgresCluster::url(const QString& database) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user()).arg(m_port).arg(database);
}

Status PostgresCluster::createDatabase(const QString& name)
{
    // Over the cluster's own socket, where the owner needs no password.
    return runAsOwner(QStringLiteral("createdb"),
                      {QStringLiteral("-h"), m_dir.path(), QStringLiteral("-p"), QString::number(m_port),
                       QStringLiteral("-U"), user(), name},
                      60'000);
}

QString PostgresCluster::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("server.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

Status PostgresCluster::runAsOwner(const QString& program, const QStringList& args, int timeoutMs)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path()); // the owner may not enter the caller's folder
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QString path = kBin + u'/' + program;
    if (::geteuid() == 0)
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), user(), QStringLiteral("--"), path} + args);
    else
        process.start(path, args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return Status::failure(
            Error::text(QStringLiteral("%1 did not finish in %2 s").arg(program).arg(timeoutMs / 1000)));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Status::failure(Error::text(QStringLiteral("%1 failed (exit %2): %3")
                                               .arg(program)
                                               .arg(process.exitCode())
                                               .arg(QString::fromLocal8Bit(process.readAll()).trimmed())));
    return {};
}

} // namespace keydesk::test
