#include "core/AppPaths.h"
#include "gui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KeyDesk"));
    QApplication::setApplicationName(QStringLiteral("KeyDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("KeyDesk"));
    QApplication::setApplicationVersion(QStringLiteral(KEYDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("KeyDesk console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral("KeyDesk database file (default: the user's data folder)."), QStringLiteral("path"));
    const QCommandLineOption actor(
        QStringLiteral("actor"),
        QStringLiteral("Operator name recorded in the audit log (default: user@host)."),
        QStringLiteral("name"));
    parser.addOptions({database, actor});
    parser.process(app);

    keydesk::gui::MainWindow window(parser.value(actor));
    const QString path =
        parser.isSet(database) ? parser.value(database) : keydesk::AppPaths::defaultDatabase();
    QString error;
    if (!window.openDatabase(path, &error)) {
        QMessageBox::critical(nullptr, QStringLiteral("KeyDesk"), error);
        return 1;
    }
    window.show();
    return QApplication::exec();
}
