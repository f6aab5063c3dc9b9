// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "Actor.h"

#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

namespace keydesk {

QString Actor::defaultName()
{
    QString user;
    if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name)
        user = QString::fromLocal8Bit(pw->pw_name);
    if (user.isEmpty())
        user = qEnvironmentVariable("USER", QStringLiteral("unknown"));
    return user + u'@' + QSysInfo::machineHostName();
}

} // namespace keydesk
