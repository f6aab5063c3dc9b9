// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "PrivateFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {

struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(PrivateFile)
};

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOthers =
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;

} // namespace

namespace keydesk {

Status createPrivateFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return Status::failure(
            Text::tr("cannot create '%1': %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    ::close(fd);
    return {};
}

Status writePrivateFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly) ||
        file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

QString exposureWarning(const QString& databasePath)
{
    QStringList exposed;
    for (const QString& path : QStringList{databasePath, databasePath + QStringLiteral("-wal"),
                                           databasePath + QStringLiteral("-shm")}) {
        const QFileInfo info(path);
        if (info.exists() && (info.permissions() & kOthers))
            exposed << path;
    }
    if (exposed.isEmpty())
        return {};
    return Text::tr("%1 can be read by other users of this computer; fix: chmod 600 %2")
        .arg(exposed.join(QStringLiteral(", ")),
             QStringLiteral("'") + exposed.join(QStringLiteral("' '")) + u'\'')
        .message();
}

} // namespace keydesk
