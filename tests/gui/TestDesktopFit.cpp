// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Desktop fit: every page and dialog of the console can be used with the keyboard alone (Tab
// reaches every control, none traps it) and every control has a name for screen readers.
#include "ConsoleTestSupport.h"

#include "core/store/Store.h"
#include "gui/Appearance.h"
#include "gui/KeyServices.h"
#include "gui/SettingsDialog.h"
#include "gui/UserDetailsDialog.h"
#include "gui/WindowsLogonDialog.h"
#include "net/DeskSettings.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QSet>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace keydesk;
using namespace keydesk::gui;
using namespace keydesk::test;

class TestDesktopFit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static bool takesTab(QWidget* w, QWidget* top)
    {
        return (w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisibleTo(top) && !w->focusProxy();
    }

    static QString describe(QWidget* w)
    {
        return QStringLiteral("%1 \"%2\"").arg(QLatin1String(w->metaObject()->className()), w->objectName());
    }

    // Presses Tab from the first control until focus comes back round; every control that takes
    // Tab must be reached, and each must have a name a screen reader can say.
    static QStringList problems(QWidget* top)
    {
        QStringList out;
        QList<QWidget*> expected;
        for (QWidget* w : top->findChildren<QWidget*>())
            if (takesTab(w, top))
                expected << w;
        if (expected.isEmpty())
            return {QStringLiteral("nothing takes focus")};
        top->activateWindow();
        expected.first()->setFocus(Qt::TabFocusReason);
        QSet<QWidget*> reached;
        for (int i = 0; i < 4 * expected.size() + 10; ++i) {
            QWidget* focus = QApplication::focusWidget();
            if (!focus)
                break;
            reached.insert(focus);
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        for (QWidget* w : expected) {
            if (!reached.contains(w))
                out << QStringLiteral("Tab never reaches %1").arg(describe(w));
            QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
            const QString name = a ? a->text(QAccessible::Name) : QString();
            if (name.trimmed().isEmpty())
                out << QStringLiteral("%1 has no accessible name").arg(describe(w));
        }
        return out;
    }

    // The same on every tab of the window's tab widgets.
    static QStringList problemsOnEveryTab(QWidget* top)
    {
        QStringList out = problems(top);
        for (QTabWidget* tabs : top->findChildren<QTabWidget*>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                for (const QString& p : problems(top))
                    if (!out.contains(p))
                        out << QStringLiteral("%1 (tab “%2”)").arg(p, tabs->tabText(i));
            }
            tabs->setCurrentIndex(0);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everyPageAndDialog()
    {
        ConsoleUnderTest console = openConsoleWithGrace(m_dir.filePath(QStringLiteral("fit.sqlite")));
        QStringList all;
        auto* pages = console.window->findChild<QStackedWidget*>(QStringLiteral("pagesStackedWidget"));
        for (int i = 0; i < pages->count(); ++i) {
            console.window->showPage(i);
            QTest::qWait(20);
            for (const QString& p : problemsOnEveryTab(console.window.get()))
                all << QStringLiteral("page %1: %2").arg(i).arg(p);
        }
        KeyServices* services = console.window->keyServices();
        UserDetailsDialog details(services->store(), console.userId, services, console.window.get());
        details.show();
        QVERIFY(QTest::qWaitForWindowExposed(&details));
        for (const QString& p : problemsOnEveryTab(&details))
            all << QStringLiteral("User Details: %1").arg(p);
        details.close();

        net::DeskSettings* desk = nullptr;
        auto temporary = net::DeskSettings::temporary();
        desk = temporary.get();
        SettingsDialog settings(*services, *desk, console.window.get());
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        for (const QString& p : problemsOnEveryTab(&settings))
            all << QStringLiteral("Settings: %1").arg(p);
        settings.close();

        WindowsLogonDialog logon(services->store(), services->store().users().findById(1).value().value(),
                                 std::nullopt, console.window.get());
        logon.show();
        QVERIFY(QTest::qWaitForWindowExposed(&logon));
        for (const QString& p : problems(&logon))
            all << QStringLiteral("Windows sign-in: %1").arg(p);
        QVERIFY2(all.isEmpty(), qPrintable(all.join(u'\n')));
    }

    void lightAndDarkAppearance()
    {
        ConsoleUnderTest console = openConsoleWithGrace(m_dir.filePath(QStringLiteral("dark.sqlite")));
        applyAppearance(QStringLiteral("dark"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
        QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 60);
        QTRY_COMPARE(console.window->palette().color(QPalette::Window),
                     QApplication::palette().color(QPalette::Window));
        keepScreenshot(console.window.get(), QStringLiteral("main-window-dark"));
        applyAppearance(QStringLiteral("light"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() < 60);
        keepScreenshot(console.window.get(), QStringLiteral("main-window-light"));
    }
};

QTEST_MAIN(TestDesktopFit)
#include "TestDesktopFit.moc"
