// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// keydesk: the console. Command-line options override this desk's settings for one run.
#include "core/AppPaths.h"
#include "core/LogRedaction.h"
#include "gui/Appearance.h"
#include "gui/DemoSession.h"
#include "gui/FirstRunDialog.h"
#include "gui/KeyServices.h"
#include "gui/MainWindow.h"
#include "i18n/Translations.h"
#include "net/AdminClient.h"
#include "net/DeskSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QHostAddress>
#include <QIcon>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>

using namespace keydesk;

int main(int argc, char* argv[])
{
    keydesk::installLogRedaction(); // before anything can log a URL
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KeyDesk"));
    QApplication::setApplicationName(QStringLiteral("KeyDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("KeyDesk"));
    QApplication::setApplicationVersion(QStringLiteral(KEYDESK_VERSION));
    // The installed desktop entry and icon (packaging/linux), for the window manager and Wayland.
    QApplication::setDesktopFileName(QStringLiteral("org.keydesk.KeyDesk"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.keydesk.KeyDesk")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("KeyDesk console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral("KeyDesk database: a file (default: Settings > General, else the user's data folder) "
                       "or postgresql://user@host:port/db."),
        QStringLiteral("path"));
    const QCommandLineOption actor(
        QStringLiteral("actor"),
        QStringLiteral("Operator name recorded in the audit log (default: user@host)."),
        QStringLiteral("name"));
    const QCommandLineOption port(
        QStringLiteral("port"),
        QStringLiteral("Enrollment server port; 0 picks a free one (default: Settings > "
                       "Enrollment Server, else 8765)."),
        QStringLiteral("n"));
    const QCommandLineOption bind(
        QStringLiteral("bind"),
        QStringLiteral("Enrollment server address (default: Settings > Enrollment Server, "
                       "else 127.0.0.1)."),
        QStringLiteral("address"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Offline demo: the demo database (made on first use; --database chooses another) and "
                       "the virtual phone beside the console."));
    const QCommandLineOption team(
        QStringLiteral("server"),
        QStringLiteral("Team server to connect to, as File > Connect to Server… does (default: the one the "
                       "console showed last, unless a database was opened after it or you signed out)."),
        QStringLiteral("https://host:port"));
    parser.addOptions({database, actor, port, bind, demo, team});
    parser.process(app);

    // Where this desk's server listens is a setting of this machine, not of the database.
    net::DeskSettings desk;
    installTranslations(app, desk.language());
    gui::applyAppearance(desk.appearance());
    net::ServerOptions server;
    server.bindAddress = parser.isSet(bind) ? QHostAddress(parser.value(bind)) : desk.bindAddress();
    bool portOk = true;
    const uint portValue = parser.isSet(port) ? parser.value(port).toUInt(&portOk) : desk.port();
    if (!portOk || portValue > 65535 || server.bindAddress.isNull()) {
        QMessageBox::critical(
            nullptr, QStringLiteral("KeyDesk"),
            QStringLiteral("The enrollment server port must be 0 to 65535 and the address an IP "
                           "address."));
        return 2;
    }
    server.port = quint16(portValue);
    server.certificatePath = desk.certificatePath();
    server.keyPath = desk.keyPath();

    QUrl teamServer;
    if (parser.isSet(team)) {
        teamServer = QUrl(parser.value(team));
        if (!net::isTeamServerUrl(teamServer)) {
            QMessageBox::critical(
                nullptr, QStringLiteral("KeyDesk"),
                QStringLiteral("The team server is https://host[:port], or plain http on this "
                               "computer."));
            return 2;
        }
    } else if (!parser.isSet(database) && !parser.isSet(demo)) {
        teamServer = desk.serverAtStart();
    }
    if (!teamServer.isEmpty()) {
        gui::MainWindow window(parser.value(actor));
        window.setServerOptions(server);
        window.setDeskSettings(&desk);
        window.show();
        // A kept session opens the copy (offline when the server is out of reach); else the sign-in.
        window.reconnectToServer(teamServer);
        if (window.core())
            return QApplication::exec();
        // Not signed in (given up, refused): the database a plain start opens, in a fresh window.
    }

    bool demoMode = parser.isSet(demo);
    QString path = parser.isSet(database) ? parser.value(database)
                   : demoMode             ? AppPaths::demoDatabase()
                                          : desk.databaseAtStart(AppPaths::defaultDatabase());
    // Reopening the demo (the last database opened) brings its virtual phone back too.
    if (!parser.isSet(database) &&
        QFileInfo(path).absoluteFilePath() == QFileInfo(AppPaths::demoDatabase()).absoluteFilePath())
        demoMode = true;
    // The first start with nothing to open: ask instead of silently creating a database.
    if (!parser.isSet(database) && !demoMode && !desk.firstRunDone() && !QFileInfo::exists(path)) {
        gui::FirstRunDialog welcome(AppPaths::defaultDatabase(), AppPaths::demoDatabase());
        if (welcome.exec() != QDialog::Accepted)
            return 0;
        path = welcome.databasePath();
        demoMode = welcome.demo();
        desk.setFirstRunDone();
        if (!demoMode && path != AppPaths::defaultDatabase()) {
            // The console still opens the file; only the next start asks again.
            if (Status s = desk.setDatabasePath(QFileInfo(path).absoluteFilePath()); !s)
                QMessageBox::warning(nullptr, QStringLiteral("KeyDesk"), s.error());
        }
    }
    if (demoMode) {
        if (Status s = gui::DemoSession::prepareDatabase(path); !s) {
            QMessageBox::critical(nullptr, QStringLiteral("KeyDesk"), s.error());
            return 1;
        }
    }
    gui::MainWindow window(parser.value(actor));
    window.setServerOptions(server);
    window.setDeskSettings(&desk);
    QString error;
    if (!window.openDatabase(path, &error)) {
        QMessageBox::critical(nullptr, QStringLiteral("KeyDesk"), error);
        return 1;
    }
    gui::DemoSession session;
    if (demoMode) {
        // The console on the left, the phone on the right of the same screen.
        constexpr int kPhoneWidth = 380;
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        window.setGeometry(screen.x(), screen.y(), screen.width() - kPhoneWidth - 24, screen.height() - 40);
        const QRect phone(screen.right() - kPhoneWidth - 8, screen.y(), kPhoneWidth,
                          std::min(720, screen.height() - 40));
        gui::KeyServices* services = window.keyServices();
        QString phoneError;
        if (!services->serverRunning())
            phoneError = QStringLiteral("The virtual phone needs the enrollment server: %1")
                             .arg(services->serverStatus());
        else if (session.startPhone(services->listeningUrl(), gui::DemoSession::phoneCredentialsFor(path),
                                    phone, &phoneError))
            phoneError.clear();
        if (!phoneError.isEmpty())
            window.statusBar()->showMessage(phoneError);
    }
    for (const QString& note : desk.migrationNotes())
        window.statusBar()->showMessage(note, 15'000);
    window.show();
    return QApplication::exec();
}
