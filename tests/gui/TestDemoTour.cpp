// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// The offline demo's tour (docs/demo.md), run for real on an X server (CTest starts it under
// xvfb-run): the demo database, the console with the virtual phone's window beside it, a key
// assigned with Activate Now, the phone scanning the QR code *from the screen* (an X11 grab, as a
// camera would see it), Verify now, the receipt, a tampered answer caught, then a workflow.
// With KEYDESK_SCREENSHOT_DIR set it keeps a screenshot of each step for the docs.
#include "ConsoleTestSupport.h"

#include "core/store/Store.h"
#include "gui/ActivateNowDialog.h"
#include "gui/DemoSession.h"
#include "gui/KeyServices.h"
#include "gui/SecurityKeysTab.h"
#include "gui/UserDetailsDialog.h"
#include "gui/VerifyKeyDialog.h"
#include "phoneapp/PhoneWindow.h"

#include <QApplication>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace keydesk;
using namespace keydesk::gui;
using namespace keydesk::test;

class TestDemoTour : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Lets the windows paint, then has the phone scan the whole screen.
    static phone::PhoneOutcome scanScreen(phoneapp::PhoneWindow& phoneWindow)
    {
        QTest::qWait(300);
        QSignalSpy finished(&phoneWindow, &phoneapp::PhoneWindow::finished);
        phoneWindow.scanScreen();
        if (!finished.wait(20'000))
            qFatal("the phone found nothing to scan: %s", qPrintable(phoneWindow.resultText()));
        return finished.first().first().value<phone::PhoneOutcome>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        qRegisterMetaType<phone::PhoneOutcome>();
    }

    void tour()
    {
        // 1. The demo: database made on first use, console left, phone right.
        const QString path = m_dir.filePath(QStringLiteral("keydesk-demo.sqlite"));
        QVERIFY(DemoSession::prepareDatabase(path));
        MainWindow window(QStringLiteral("demo@helpdesk"));
        net::ServerOptions server;
        server.port = 0;
        window.setServerOptions(server);
        QString error;
        QVERIFY2(window.openDatabase(path, &error), qPrintable(error));
        window.setGeometry(0, 0, 880, 760);
        window.show();
        auto wallet = phone::CredentialWallet::open(DemoSession::phoneCredentialsFor(path));
        QVERIFY(wallet);
        phone::VirtualPhone virtualPhone(std::move(wallet).value());
        KeyServices* services = window.keyServices();
        QVERIFY(services->serverRunning());
        phoneapp::PhoneWindow phoneWindow(virtualPhone, QUrl(services->listeningUrl()));
        phoneWindow.setGeometry(900, 0, 370, 720);
        phoneWindow.show();
        QVERIFY(QTest::qWaitForWindowExposed(&phoneWindow));
        keepScreenshot(&window, QStringLiteral("demo-layout"));
        Store& store = services->core().store();
        QCOMPARE(store.users().count({}).value(), 200);

        // 2. User Details > Security Keys > + New Security Key > Activate Now.
        UserDetailsDialog details(services->core(), 1, services, &window);
        details.setGeometry(10, 40, 860, 560);
        details.show();
        SecurityKeysTab* tab = details.securityKeysTab();
        details.findChild<QTabWidget*>(QStringLiteral("detailsTabWidget"))->setCurrentWidget(tab);
        assignWithActivateNow(tab);
        auto* activate = tab->findChild<ActivateNowDialog*>();
        QVERIFY(activate);
        activate->setGeometry(20, 60, 850, 600);
        QVERIFY(QTest::qWaitForWindowExposed(activate));
        keepScreenshot(activate, QStringLiteral("demo-activate-now"));

        // 3. The phone scans the screen and activates; the dialog turns green by itself.
        const phone::PhoneOutcome activated = scanScreen(phoneWindow);
        QVERIFY2(activated.ok, qPrintable(activated.message));
        QCOMPARE(activated.link.toString(), activate->link());
        QTRY_COMPARE_WITH_TIMEOUT(activate->state(), ActivateNowDialog::State::Activated, 5000);
        keepScreenshot(activate, QStringLiteral("demo-activated"));
        activate->close();

        // 4. Verify now: the phone scans again and signs in; every check passes.
        auto* verifyButton = tab->findChild<QPushButton*>(QStringLiteral("verifyButton"));
        QTRY_VERIFY(verifyButton->isEnabled());
        verifyButton->click();
        auto* verify = tab->findChild<VerifyKeyDialog*>();
        QVERIFY(verify);
        verify->setGeometry(10, 60, 870, 560);
        QVERIFY(QTest::qWaitForWindowExposed(verify));
        const phone::PhoneOutcome verified = scanScreen(phoneWindow);
        QVERIFY2(verified.ok, qPrintable(verified.message));
        QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerificationState::Verified, 5000);
        keepScreenshot(verify, QStringLiteral("demo-verified"));

        // 5. The receipt for the user's file.
        const QString receipt = m_dir.filePath(QStringLiteral("receipt.pdf"));
        QVERIFY(verify->exportReceipt(receipt));
        QVERIFY(QFileInfo(receipt).size() > 1000);
        const QString shots = qEnvironmentVariable("KEYDESK_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QProcess::execute(QStringLiteral("pdftoppm"),
                              {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("70"),
                               QStringLiteral("-singlefile"), receipt,
                               shots + QStringLiteral("/demo-receipt")});

        // 6. The phone misbehaves (Tamper > Wrong origin): the check is named, the key unchanged.
        phoneWindow.setTamper(authenticator::Tamper::WrongOrigin);
        verify->findChild<QPushButton*>(QStringLiteral("retryButton"))->click();
        const phone::PhoneOutcome caught = scanScreen(phoneWindow);
        QVERIFY(!caught.ok);
        QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerificationState::Failed, 5000);
        keepScreenshot(verify, QStringLiteral("demo-verify-failed"));
        phoneWindow.setTamper(authenticator::Tamper::None);
        verify->close();
        details.close();

        // 7. A workflow for one department: keys and activation emails for all its users, queued
        // in the outbox until a mail server is set up (File > Email Settings).
        auto finance = store.groups().findByName(QStringLiteral("Finance"));
        QVERIFY(finance && finance.value());
        auto workflow = store.workflows().create(QStringLiteral("Finance phones"), {finance.value()->id},
                                                 KeyType::Smartphone, WorkflowSettings{});
        QVERIFY(workflow);
        QSignalSpy ran(services, &KeyServices::workflowRunFinished);
        QVERIFY(services->runWorkflows(workflow->id, RunTrigger::Submit));
        QVERIFY(ran.wait(30'000));
        QVERIFY2(ran.first().first().toBool(), qPrintable(ran.first().last().toString()));
        window.showPage(MainWindow::WorkflowsIndex);
        QTest::qWait(300);
        keepScreenshot(&window, QStringLiteral("demo-workflow"));
        window.showPage(MainWindow::OutboxIndex);
        QTest::qWait(300);
        keepScreenshot(&window, QStringLiteral("demo-outbox"));
        QVERIFY(store.outbox().count(std::nullopt).value() > 0);
    }
};

QTEST_MAIN(TestDemoTour)
#include "TestDemoTour.moc"
