// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QDir>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace keydesk::test {

// The npm smtp-server sink (tests/browser/smtp-sink.mjs) in a child process: a real SMTP server
// on 127.0.0.1 that stores what it receives.
class SmtpSink
{
public:
    struct Options
    {
        quint16 port = 0;
        QString tls = QStringLiteral("none"); // none, starttls, implicit
        QString certPath;
        QString keyPath;
        QString user;
        QString password;
        QString authMethods = QStringLiteral("PLAIN,LOGIN");
        QString reject; // "550 text"
    };

    explicit SmtpSink(const QString& dir) : m_dir(dir) {}
    ~SmtpSink() { stop(); }

    // Starts the server; empty on success, else why not.
    QString start(const Options& options);
    void stop();
    quint16 port() const { return m_port; }

    // Messages received so far, in order.
    QList<QByteArray> messages() const;
    int connections() const;
    QStringList authLog() const;

private:
    QString m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

// Where node and the npm test tools are; fails loudly if `npm ci` was not run.
QString nodeToolsDir();

} // namespace keydesk::test
