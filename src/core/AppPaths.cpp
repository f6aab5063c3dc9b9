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

} // namespace keydesk
