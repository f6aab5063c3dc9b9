// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "cli/Command.h"
#include "core/LogRedaction.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
    keydesk::installLogRedaction(); // before anything can log a URL
    // Text in a PDF report needs fonts, which come with a QGuiApplication: on the offscreen
    // platform, as the command line has no windows and may run where there is no display.
    std::unique_ptr<QCoreApplication> app;
    if (keydesk::cli::drawsPdf(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("KeyDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("KeyDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYDESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return keydesk::cli::runCommandLine(QCoreApplication::arguments(), out, err);
}
