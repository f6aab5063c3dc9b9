// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "SessionKeeper.h"

#include "Keychain.h"
#include "core/PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <qt6keychain/keychain.h>

namespace {

// Messages people read, in the desk's language (keydesk-cli installs no translation: English).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SessionKeeper)
};

} // namespace

namespace keydesk::net {

namespace {

const QString kService = keychainService();

bool runJob(QKeychain::Job& job)
{
    return runKeychainJob(job);
}

} // namespace

SessionKeeper::SessionKeeper(QString filePath) : m_filePath(std::move(filePath)) {}

QString SessionKeeper::keyOf(const QUrl& server)
{
    return QStringLiteral("session:") + server.toString(QUrl::RemovePath | QUrl::RemoveQuery);
}

QStringList SessionKeeper::fileLines() const
{
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines;
    for (const QByteArray& raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (!line.isEmpty())
            lines << line;
    }
    return lines;
}

Status SessionKeeper::writeFile(const QStringList& lines) const
{
    // The folder too is its owner's alone.
    const QString folder = QFileInfo(m_filePath).absolutePath();
    if (!QDir().mkpath(folder))
        return Status::failure(Error::text(Text::tr("cannot make the folder %1").arg(folder)));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return writePrivateFile(m_filePath,
                            lines.isEmpty() ? QByteArray() : (lines.join(u'\n') + u'\n').toUtf8());
}

Result<QString> SessionKeeper::keep(const QUrl& server, const QString& secret)
{
    QKeychain::WritePasswordJob write(kService);
    write.setKey(keyOf(server));
    write.setTextData(secret);
    if (runJob(write)) {
        (void)forgetInFile(server);
        return Text::tr("the keychain");
    }
    QStringList lines = fileLines();
    removeLineOf(server, lines);
    lines << keyOf(server) + u' ' + secret;
    if (Status s = writeFile(lines); !s)
        return Result<QString>::failure(s.cause());
    return m_filePath;
}

QString SessionKeeper::find(const QUrl& server)
{
    const QString prefix = keyOf(server) + u' ';
    for (const QString& line : fileLines()) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size());
    }
    QKeychain::ReadPasswordJob read(kService);
    read.setKey(keyOf(server));
    return runJob(read) ? read.textData() : QString();
}

bool SessionKeeper::removeLineOf(const QUrl& server, QStringList& lines)
{
    const QString prefix = keyOf(server) + u' ';
    return lines.removeIf([&](const QString& l) { return l.startsWith(prefix); }) > 0;
}

Status SessionKeeper::forgetInFile(const QUrl& server) const
{
    QStringList lines = fileLines();
    return removeLineOf(server, lines) ? writeFile(lines) : Status();
}

Status SessionKeeper::forget(const QUrl& server)
{
    QKeychain::DeletePasswordJob remove(kService);
    remove.setKey(keyOf(server));
    (void)runJob(remove);
    return forgetInFile(server);
}

} // namespace keydesk::net
