// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "SmtpSink.h"

#include <QDeadlineTimer>
#include <QFile>

namespace keydesk::test {

QString nodeToolsDir()
{
    const QString dir = qEnvironmentVariable("KEYDESK_NODE_TOOLS");
    if (!QFile::exists(dir + QStringLiteral("/node_modules/smtp-server/package.json")))
        qFatal("the npm test tools are missing in %s: run 'npm ci' there (scripts/test.sh does)",
               qPrintable(dir));
    return dir;
}

QString SmtpSink::start(const Options& options)
{
    QStringList args{nodeToolsDir() + QStringLiteral("/smtp-sink.mjs"),
                     QStringLiteral("--dir"),
                     m_dir,
                     QStringLiteral("--port"),
                     QString::number(options.port),
                     QStringLiteral("--tls"),
                     options.tls,
                     QStringLiteral("--auth-methods"),
                     options.authMethods};
    if (options.tls != QLatin1String("none"))
        args << QStringLiteral("--cert") << options.certPath << QStringLiteral("--key") << options.keyPath;
    if (!options.user.isEmpty())
        args << QStringLiteral("--user") << options.user << QStringLiteral("--password") << options.password;
    if (!options.reject.isEmpty())
        args << QStringLiteral("--reject") << options.reject;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(QStringLiteral("node"), args);
    if (!m_process.waitForStarted(10'000))
        return QStringLiteral("node did not start: %1").arg(m_process.errorString());
    QDeadlineTimer deadline(15'000);
    QByteArray out;
    while (!out.contains('\n') && !deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(200);
        out += m_process.readAllStandardOutput();
    }
    if (!out.startsWith("listening "))
        return QStringLiteral("the SMTP sink did not come up: %1 %2")
            .arg(QString::fromUtf8(out), QString::fromUtf8(m_process.readAllStandardError()));
    m_port = quint16(out.mid(10).trimmed().toUInt());
    return {};
}

void SmtpSink::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

QList<QByteArray> SmtpSink::messages() const
{
    QList<QByteArray> out;
    for (int i = 1;; ++i) {
        QFile f(m_dir + QStringLiteral("/%1.eml").arg(i));
        if (!f.open(QIODevice::ReadOnly))
            break;
        out << f.readAll();
    }
    return out;
}

int SmtpSink::connections() const
{
    QFile f(m_dir + QStringLiteral("/connections.log"));
    return f.open(QIODevice::ReadOnly) ? int(f.readAll().count('\n')) : 0;
}

QStringList SmtpSink::authLog() const
{
    QFile f(m_dir + QStringLiteral("/auth.log"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts)
                                       : QStringList();
}

} // namespace keydesk::test
