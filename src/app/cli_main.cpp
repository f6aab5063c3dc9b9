// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "cli/Command.h"
#include "core/LogRedaction.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    keydesk::installLogRedaction(); // before anything can log a URL
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KeyDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("KeyDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYDESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return keydesk::cli::runCommandLine(QCoreApplication::arguments(), out, err);
}
