// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "Actor.h"

#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

namespace keydesk {

Actor Actor::signedIn(SignedInOperator who)
{
    Actor actor(who.email);
    actor.m_operator = std::move(who);
    return actor;
}

bool Actor::may(Permission permission) const
{
    return !m_operator || roleAllows(m_operator->role, permission);
}

Status Actor::check(Permission permission) const
{
    if (may(permission))
        return {};
    return Status::failure(Error(ErrorCode::NotPermitted)
                               .arg(m_operator->email, operatorRoleName(m_operator->role))
                               .arg(permissionAction(permission)));
}

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
