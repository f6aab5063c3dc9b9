// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Desktop fit: every page and dialog of the console can be used with the keyboard alone (Tab
// reaches every control, none traps it) and every control has a name for screen readers.
#include "ConsoleTestSupport.h"

#include "core/store/Store.h"
#include "gui/Appearance.h"
#include "gui/AuditPage.h"
#include "gui/ElidedLabel.h"
#include "gui/KeyServices.h"
#include "gui/MessageBox.h"
#include "gui/SettingsDialog.h"
#include "gui/ShortcutsDialog.h"
#include "gui/TestRelyingPartyPage.h"
#include "gui/UserDetailsDialog.h"
#include "gui/UserGuideDialog.h"
#include "gui/UsersPage.h"
#include "gui/WindowsLogonDialog.h"
#include "i18n/Translations.h"
#include "net/DeskSettings.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSet>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

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
        UserDetailsDialog details(services->core(), console.userId, services, console.window.get());
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

        WindowsLogonDialog logon(services->core(),
                                 services->core().store().users().findById(1).value().value(), std::nullopt,
                                 console.window.get());
        logon.show();
        QVERIFY(QTest::qWaitForWindowExposed(&logon));
        for (const QString& p : problems(&logon))
            all << QStringLiteral("Windows sign-in: %1").arg(p);
        QVERIFY2(all.isEmpty(), qPrintable(all.join(u'\n')));
    }

    // A server error of any length is shortened in the status bar; the window keeps its size and
    // the whole text stays readable in the label's tooltip.
    void longStatusErrorsDoNotWidenTheWindow()
    {
        ConsoleUnderTest console = openConsoleWithGrace(m_dir.filePath(QStringLiteral("status.sqlite")));
        console.window->resize(1280, 800);
        QTest::qWait(20);
        auto* server = console.window->findChild<ElidedLabel*>(QStringLiteral("serverLabel"));
        QVERIFY(server);
        const QString error =
            QStringLiteral("Enrollment server not running: ") +
            QStringLiteral("cannot listen on 192.0.2.10:8765 (The address is not available) ").repeated(12);
        server->setText(error);
        console.window->findChild<ElidedLabel*>(QStringLiteral("databaseLabel"))
            ->setText(QStringLiteral("Database: /home/ana/") + QStringLiteral("deeply/nested/").repeated(40));
        QTest::qWait(50);
        QVERIFY2(console.window->minimumSizeHint().width() <= 1280,
                 qPrintable(QString::number(console.window->minimumSizeHint().width())));
        QCOMPARE(console.window->width(), 1280);
        QVERIFY(server->isElided());
        QCOMPARE(server->text(), error);
        keepScreenshot(console.window.get(), QStringLiteral("status-bar-long-error"));
    }

    // What every desktop console has: File > Open Recent, Help > User Guide (offline), and
    // keyboard shortcuts that Help > Keyboard Shortcuts lists.
    void recentDatabasesGuideAndShortcuts()
    {
        const QString first = QFileInfo(m_dir.filePath(QStringLiteral("first.sqlite"))).absoluteFilePath();
        const QString second = QFileInfo(m_dir.filePath(QStringLiteral("second.sqlite"))).absoluteFilePath();
        ConsoleUnderTest console = openConsoleWithGrace(first);
        MainWindow* window = console.window.get();
        auto desk = net::DeskSettings::temporary();
        window->setDeskSettings(desk.get());
        QVERIFY(window->openDatabase(second));
        QVERIFY(window->openDatabase(first));
        QCOMPARE(desk->recentDatabases(), (QStringList{first, second}));

        // File > Open Recent: newest first, the open one checked; choosing one opens it.
        auto* recent = window->findChild<QMenu*>(QStringLiteral("recentMenu"));
        QVERIFY(recent);
        Q_EMIT recent->aboutToShow();
        QList<QAction*> items = recent->actions();
        QVERIFY2(items.size() >= 2 && items[0]->text().startsWith(QStringLiteral("&1 first.sqlite — ")),
                 qPrintable(items.value(0)->text()));
        QVERIFY(items[0]->isChecked());
        QVERIFY(items[1]->text().startsWith(QStringLiteral("&2 second.sqlite — ")));
        items[1]->trigger();
        QCOMPARE(QFileInfo(window->core()->store().database().path()).absoluteFilePath(), second);
        // A database that has gone is said so and leaves the list; the open one stays open.
        const QString gone = QFileInfo(m_dir.filePath(QStringLiteral("gone.sqlite"))).absoluteFilePath();
        desk->noteDatabaseOpened(gone);
        Q_EMIT recent->aboutToShow();
        MessageBox::setNextAnswer(QMessageBox::Ok); // the warning is recorded, not shown
        recent->actions().first()->trigger();
        QCOMPARE(MessageBox::lastWarning(),
                 QStringLiteral("%1 no longer exists; it has been removed from the list.").arg(gone));
        QVERIFY(!desk->recentDatabases().contains(gone));
        QCOMPARE(QFileInfo(window->core()->store().database().path()).absoluteFilePath(), second);

        // Ctrl+5 shows the Audit Log, whose Ctrl+F is its own search; Ctrl+7 the Workflows, which
        // have none: Ctrl+F there goes to All Users' search.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        auto* pages = window->findChild<QStackedWidget*>(QStringLiteral("pagesStackedWidget"));
        QTest::keyClick(window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(pages->currentIndex(), int(MainWindow::AuditIndex));
        QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(pages->currentIndex(), int(MainWindow::AuditIndex));
        QCOMPARE(QApplication::focusWidget(),
                 window->auditPage()->findChild<QLineEdit*>(QStringLiteral("searchLineEdit")));
        QTest::keyClick(window, Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(pages->currentIndex(), int(MainWindow::WorkflowsIndex));
        QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(pages->currentIndex(), int(MainWindow::UsersIndex));
        QVERIFY(QApplication::focusWidget());
        QCOMPARE(QApplication::focusWidget(),
                 window->usersPage()->findChild<QLineEdit*>(QStringLiteral("searchLineEdit")));
        // On the Test Relying Party page, Ctrl+F goes to that page's own user search.
        QTest::keyClick(window, Qt::Key_8, Qt::ControlModifier);
        QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(pages->currentIndex(), int(MainWindow::TestRelyingPartyIndex));
        QCOMPARE(QApplication::focusWidget(),
                 window->testRelyingPartyPage()->findChild<QLineEdit*>(QStringLiteral("searchLineEdit")));

        // Help > Keyboard Shortcuts lists the keys that work.
        QStringList listed;
        for (const ShortcutsDialog::Shortcut& shortcut : window->shortcuts())
            listed << shortcut.keys.toString() + QStringLiteral(" = ") + shortcut.what;
        for (const char* expected :
             {"Ctrl+F = Find", "Ctrl+N = New User", "Ctrl+Shift+O = Connect to Server",
              "Ctrl+1 = Show Overview", "Ctrl+3 = Show All Keys", "Ctrl+5 = Show Audit Log",
              "Ctrl+8 = Show Test Relying Party", "F1 = User Guide"})
            QVERIFY2(listed.contains(QLatin1String(expected)), qPrintable(listed.join(u'\n')));

        // F1: the guide built into the program, with its screenshots.
        QTest::keyClick(window, Qt::Key_F1);
        auto* guide = window->findChild<UserGuideDialog*>();
        QVERIFY(guide);
        QVERIFY(QTest::qWaitForWindowExposed(guide));
        QVERIFY(guide->browser()->toPlainText().startsWith(QStringLiteral("KeyDesk user guide")));
        const QVariant picture = guide->browser()->loadResource(QTextDocument::ImageResource,
                                                                QUrl(QStringLiteral("images/first-run.png")));
        QVERIFY(!QImage::fromData(picture.toByteArray()).isNull());
        keepScreenshot(guide, QStringLiteral("user-guide"));
        guide->close();
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

    // German (long words) and Persian (right to left) at 1280×800: the window fits, All Users'
    // search box keeps its room, and no table header of any page is clipped.
    void layoutsInGermanAndPersian()
    {
        QCoreApplication* app = QCoreApplication::instance();
        for (const QString& language : {QStringLiteral("de"), QStringLiteral("fa")}) {
            QCOMPARE(installTranslations(*app, language), language);
            ConsoleUnderTest console =
                openConsoleWithGrace(m_dir.filePath(QStringLiteral("layout-%1.sqlite").arg(language)));
            MainWindow* window = console.window.get();
            window->resize(1280, 800);
            QTest::qWait(50);
            QVERIFY2(window->minimumSizeHint().width() <= 1280 && window->minimumSizeHint().height() <= 800,
                     qPrintable(language));
            QCOMPARE(window->width(), 1280);
            auto* search = window->usersPage()->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
            QVERIFY2(search->width() >= 260, qPrintable(QString::number(search->width())));
            QStringList clipped;
            auto* pages = window->findChild<QStackedWidget*>(QStringLiteral("pagesStackedWidget"));
            for (int page = 0; page < pages->count(); ++page) {
                window->showPage(page);
                QTest::qWait(20);
                for (QTableView* table : pages->currentWidget()->findChildren<QTableView*>()) {
                    if (!table->isVisible() || !table->model())
                        continue;
                    QHeaderView* header = table->horizontalHeader();
                    for (int column = 0; column + 1 < header->count(); ++column) {
                        if (!header->isSectionHidden(column) &&
                            header->sectionSize(column) < header->sectionSizeHint(column))
                            clipped << QStringLiteral("page %1 %2 “%3”: %4 < %5 px")
                                           .arg(page)
                                           .arg(table->objectName(),
                                                table->model()->headerData(column, Qt::Horizontal).toString())
                                           .arg(header->sectionSize(column))
                                           .arg(header->sectionSizeHint(column));
                    }
                }
            }
            QVERIFY2(clipped.isEmpty(), qPrintable(language + u'\n' + clipped.join(u'\n')));
            window->showPage(MainWindow::UsersIndex);
            keepScreenshot(window, QStringLiteral("layout-%1").arg(language));
            for (QTranslator* translator : app->findChildren<QTranslator*>())
                QCoreApplication::removeTranslator(translator);
        }
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

QTEST_MAIN(TestDesktopFit)
#include "TestDesktopFit.moc"
