// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AppPaths.h"

#include <QStandardPaths>

namespace keydesk {

QString AppPaths::defaultDatabase()
{
    // Named explicitly so the CLI and the GUI agree whatever their executable names are.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + QStringLiteral("/KeyDesk/keydesk.sqlite");
}

QString AppPaths::demoDatabase()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + QStringLiteral("/KeyDesk/keydesk-demo.sqlite");
}

QString AppPaths::configFile(const QString& name)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return base + QStringLiteral("/KeyDesk/") + name;
}

QString AppPaths::teamCache(const QString& host, int port, const QString& operatorEmail)
{
    // A file name whatever a host or an address holds: anything but letters, digits and ".@_-" is "_".
    const auto fileSafe = [](QString text) {
        for (QChar& c : text) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && !QStringLiteral(".@_-").contains(c))
                c = u'_';
        }
        return text;
    };
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return base + QStringLiteral("/KeyDesk/teams/") + fileSafe(host.toLower()) + u'-' +
           QString::number(port) + u'-' + fileSafe(operatorEmail.toLower()) + QStringLiteral(".sqlite");
}

} // namespace keydesk
