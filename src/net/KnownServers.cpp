// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "KnownServers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {

// Messages people read, in the desk's language (keydesk-cli installs no translation: English).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(KnownServers)
};

} // namespace

namespace keydesk::net {

bool onlyTrustErrors(const QList<QSslError>& errors)
{
    for (const QSslError& e : errors) {
        switch (e.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            break;
        default:
            return false;
        }
    }
    return true;
}

QString certificateFingerprint(const QSslCertificate& certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString KnownServers::keyOf(const QUrl& server)
{
    return server.host().toLower() + u':' + QString::number(server.port(443));
}

bool KnownServers::trusts(const QUrl& server, const QString& fingerprint) const
{
    QFile file(m_path);
    if (fingerprint.isEmpty() || !file.open(QIODevice::ReadOnly))
        return false;
    const QString wanted = keyOf(server) + u' ' + fingerprint;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (QString::fromUtf8(line).trimmed() == wanted)
            return true;
    }
    return false;
}

Status KnownServers::remember(const QUrl& server, const QString& fingerprint) const
{
    QStringList lines;
    QFile current(m_path);
    if (current.open(QIODevice::ReadOnly)) {
        for (const QByteArray& raw : current.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (!line.isEmpty() && !line.startsWith(keyOf(server) + u' '))
                lines << line;
        }
        current.close();
    }
    lines << keyOf(server) + u' ' + fingerprint;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(Error::text(Text::tr("cannot write %1: %2").arg(m_path, file.errorString())));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write((lines.join(u'\n') + u'\n').toUtf8());
    if (!file.commit())
        return Status::failure(Error::text(Text::tr("cannot write %1: %2").arg(m_path, file.errorString())));
    return {};
}

} // namespace keydesk::net
