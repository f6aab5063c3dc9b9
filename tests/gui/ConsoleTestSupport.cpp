// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ConsoleTestSupport.h"

#include "core/store/Store.h"
#include "gui/NewSecurityKeyWizard.h"
#include "gui/SecurityKeysTab.h"

#include <QApplication>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTimer>

namespace keydesk::test {

ConsoleUnderTest openConsoleWithGrace(const QString& path)
{
    {
        auto store = Store::open(path);
        if (!store)
            qFatal("%s", qPrintable(store.error()));
        auto user = store.value()->users().create(UserFields{QStringLiteral("Grace Hopper"),
                                                             QStringLiteral("grace@example.com"),
                                                             {},
                                                             QStringLiteral("Navy")},
                                                  UserSource::Manual);
        if (!user)
            qFatal("%s", qPrintable(user.error()));
    }
    ConsoleUnderTest c;
    c.window = std::make_unique<gui::MainWindow>(QStringLiteral("helpdesk@test"));
    net::ServerOptions server;
    server.port = 0;
    c.window->setServerOptions(server);
    QString error;
    if (!c.window->openDatabase(path, &error))
        qFatal("%s", qPrintable(error));
    c.window->resize(1100, 700);
    c.window->show();
    c.userId = 1;
    return c;
}

void keepScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KEYDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(100);
    widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
    if (QGuiApplication::platformName() == QLatin1String("xcb"))
        QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"),
                                                     dir + u'/' + name + QStringLiteral("-screen.png")});
}

QString labelTexts(QWidget* widget)
{
    QStringList texts;
    for (const QLabel* label : widget->findChildren<QLabel*>())
        texts << label->text();
    return texts.join(u'|');
}

QString assignWithActivateNow(gui::SecurityKeysTab* tab)
{
    QString emailNote;
    QTimer::singleShot(0, [&] {
        auto* wizard = qobject_cast<gui::NewSecurityKeyWizard*>(QApplication::activeModalWidget());
        if (!wizard)
            return;
        wizard->next(); // type: Smartphone
        auto* email = wizard->findChild<QRadioButton*>(QStringLiteral("activateEmailRadio"));
        emailNote = (email->isEnabled() ? QStringLiteral("enabled: ") : QStringLiteral("disabled: ")) +
                    wizard->findChild<QLabel*>(QStringLiteral("activateEmailLabel"))->text();
        wizard->findChild<QRadioButton*>(QStringLiteral("activateNowRadio"))->setChecked(true);
        keepScreenshot(wizard, QStringLiteral("wizard-activation"));
        wizard->next(); // activation
        keepScreenshot(wizard, QStringLiteral("wizard-settings"));
        wizard->next(); // settings with the recommended defaults
        keepScreenshot(wizard, QStringLiteral("wizard-review"));
        wizard->button(QWizard::FinishButton)->click();
    });
    tab->newKey();
    return emailNote;
}

} // namespace keydesk::test
