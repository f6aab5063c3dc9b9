// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// The operator's flow through the real console, offscreen: User Details > Security Keys >
// "+ New Security Key" > wizard > Activate Now; the software authenticator, acting as the phone,
// completes the link shown in the dialog; the dialog turns green without a click.
#include "ConsoleTestSupport.h"
#include "core/keys/KeyStateMachine.h"
#include "integration/EnrollmentHarness.h"

#include "gui/ActivateNowDialog.h"
#include "gui/KeyServices.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "gui/NewSecurityKeyWizard.h"
#include "gui/QrCodeWidget.h"
#include "gui/SecurityKeyTableModel.h"
#include "gui/SecurityKeysTab.h"
#include "gui/UserDetailsDialog.h"
#include "gui/UserTableModel.h"
#include "gui/UsersPage.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace keydesk;
using namespace keydesk::gui;
using namespace keydesk::test;

namespace {

QString zbar(const QImage& image, const QString& dir)
{
    const QString path = dir + QStringLiteral("/dialog-qr.png");
    if (!image.save(path))
        return QStringLiteral("(cannot save)");
    QProcess p;
    p.start(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), QStringLiteral("--raw"), path});
    p.waitForFinished(20'000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace

class TestKeyActivationFlow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void activateNowTurnsGreenByItself()
    {
        ConsoleUnderTest console = openConsoleWithGrace(m_dir.filePath(QStringLiteral("flow.sqlite")));
        KeyServices* services = console.window->keyServices();
        QVERIFY2(services->serverRunning(), qPrintable(services->serverStatus()));
        auto* serverLabel = console.window->findChild<QLabel*>(QStringLiteral("serverLabel"));
        QVERIFY(serverLabel->text().startsWith(QStringLiteral("Enrollment server: http://localhost:")));

        UserDetailsDialog details(services->core(), console.userId, services, console.window.get());
        details.resize(900, 560);
        details.show();
        auto* tabs = details.findChild<QTabWidget*>(QStringLiteral("detailsTabWidget"));
        SecurityKeysTab* tab = details.securityKeysTab();
        QVERIFY(tab);
        tabs->setCurrentWidget(tab);
        QCOMPARE(tabs->tabText(tabs->indexOf(tab)), QStringLiteral("Security &Keys"));

        // No SMTP here: email can still be chosen, and the wizard says the email would wait.
        const QString emailNote = assignWithActivateNow(tab);
        QCOMPARE(emailNote,
                 QStringLiteral("enabled: Send grace@example.com an email with the link, a code and "
                                "the QR code. It works for 7 days. Email is not set up yet: the "
                                "activation email waits in the outbox and goes out once Email "
                                "Settings are complete. (File > Email Settings)"));

        auto* dialog = tab->findChild<ActivateNowDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->state(), ActivateNowDialog::State::Waiting);
        QVERIFY(dialog->link().startsWith(services->listeningUrl() + QStringLiteral("/a/")));
        QCOMPARE(dialog->manualCode().size(), 9);
        // The QR the dialog shows decodes to exactly the link.
        QCOMPARE(zbar(dialog->qrImage(6), m_dir.path()), dialog->link());
        auto* countdown = dialog->findChild<QLabel*>(QStringLiteral("countdownLabel"));
        QVERIFY2(countdown->text().startsWith(QStringLiteral("Expires in 1")), qPrintable(countdown->text()));
        dialog->resize(860, 520);
        keepScreenshot(dialog, QStringLiteral("activate-now-waiting"));

        // The phone completes the link; nobody touches the console.
        authenticator::SoftwareAuthenticator authenticator;
        phone::PhoneClient phone(authenticator);
        std::optional<phone::PhoneActivation> result;
        phone.activate(QUrl(dialog->link()), {}, [&](phone::PhoneActivation r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20'000);
        QVERIFY2(result->reply.ok(), qPrintable(result->reply.message()));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), ActivateNowDialog::State::Activated, 5000);
        const QString status = dialog->findChild<QLabel*>(QStringLiteral("statusLabel"))->text();
        QCOMPARE(status, QStringLiteral("✔ Activated — KeyDesk virtual phone"));
        // The used code and link are gone from the dialog.
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("codeLabel"))->text(), QStringLiteral("—"));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("linkLabel"))->text().isEmpty());
        keepScreenshot(dialog, QStringLiteral("activate-now-activated"));
        dialog->close();

        // The Security Keys tab and All Users follow.
        auto* keys = tab->findChild<QTableView*>(QStringLiteral("keysTableView"));
        QTRY_COMPARE(keys->model()->index(0, SecurityKeyTableModel::StatusColumn).data().toString(),
                     QStringLiteral("Active"));
        QCOMPARE(keys->model()->index(0, SecurityKeyTableModel::AuthenticatorColumn).data().toString(),
                 QStringLiteral("KeyDesk virtual phone"));
        keepScreenshot(&details, QStringLiteral("security-keys-tab"));
        details.close();
        auto* users = console.window->usersPage()->model();
        QTRY_COMPARE(users->index(0, UserTableModel::KeysColumn).data().toString(),
                     QStringLiteral("1 active"));
    }

    void closingTheDialogDoesNotCancel()
    {
        ConsoleUnderTest console = openConsoleWithGrace(m_dir.filePath(QStringLiteral("closing.sqlite")));
        KeyServices* services = console.window->keyServices();
        UserDetailsDialog details(services->core(), console.userId, services, console.window.get());
        details.show();
        SecurityKeysTab* tab = details.securityKeysTab();
        assignWithActivateNow(tab);
        auto* dialog = tab->findChild<ActivateNowDialog*>();
        QVERIFY(dialog);
        const QString link = dialog->link();
        dialog->findChild<QPushButton*>(QStringLiteral("closeButton"))->click();
        QTRY_VERIFY(!tab->findChild<ActivateNowDialog*>()); // closed and gone

        authenticator::SoftwareAuthenticator authenticator;
        phone::PhoneClient phone(authenticator);
        std::optional<phone::PhoneActivation> result;
        phone.activate(QUrl(link), {}, [&](phone::PhoneActivation r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20'000);
        QVERIFY2(result->reply.ok(), qPrintable(result->reply.message()));
        auto* keys = tab->findChild<QTableView*>(QStringLiteral("keysTableView"));
        QTRY_COMPARE(keys->model()->index(0, SecurityKeyTableModel::StatusColumn).data().toString(),
                     QStringLiteral("Active"));
    }

    void regenerateSupersedesTheShownLink()
    {
        ConsoleUnderTest console = openConsoleWithGrace(m_dir.filePath(QStringLiteral("regenerate.sqlite")));
        KeyServices* services = console.window->keyServices();
        UserDetailsDialog details(services->core(), console.userId, services, console.window.get());
        details.show();
        SecurityKeysTab* tab = details.securityKeysTab();
        assignWithActivateNow(tab);
        auto* dialog = tab->findChild<ActivateNowDialog*>();
        const QString first = dialog->link();
        // Regenerate asks first while the code is live, with No as the default: No keeps it.
        QString question;
        bool noIsDefault = false;
        QTimer::singleShot(0, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            question = box->text();
            noIsDefault = box->defaultButton() == box->button(QMessageBox::No);
            keepScreenshot(box, QStringLiteral("activate-now-regenerate-question"));
            box->button(QMessageBox::No)->click();
        });
        dialog->findChild<QPushButton*>(QStringLiteral("regenerateButton"))->click();
        QCOMPARE(question,
                 QStringLiteral("Issue a new link and code? The ones shown now stop working at once, "
                                "and Grace Hopper must scan the new code."));
        QVERIFY(noIsDefault);
        QCOMPARE(dialog->link(), first);
        QCOMPARE(dialog->state(), ActivateNowDialog::State::Waiting);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog->findChild<QPushButton*>(QStringLiteral("regenerateButton"))->click();
        QVERIFY(dialog->link() != first);
        QCOMPARE(zbar(dialog->qrImage(6), m_dir.path()), dialog->link());
        auto found = services->core().store().keys().findByToken(QUrl(first).path().section(u'/', -1));
        QCOMPARE(activationState(found.value()->activation, found.value()->key,
                                 services->core().store().clock().nowMs()),
                 ActivationState::Superseded);
        QCOMPARE(dialog->state(), ActivateNowDialog::State::Waiting);

        // "Show to User": the code full screen for the user, closed with Esc.
        dialog->findChild<QPushButton*>(QStringLiteral("showToUserButton"))->click();
        QWidget* shown = nullptr;
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (w->isVisible() && w->windowTitle() == QStringLiteral("Scan to activate your security key"))
                shown = w;
        }
        QVERIFY(shown);
        QTRY_VERIFY(shown->isFullScreen());
        QCOMPARE(shown->findChild<QrCodeWidget*>()->text(), dialog->link());
        QPointer<QWidget> guard(shown);
        QTest::keyClick(shown, Qt::Key_Escape);
        QTRY_VERIFY(guard.isNull());
    }

    void dialogShowsExpiryByItself()
    {
        // The store's clock is a test clock here, so 15 minutes pass at once.
        TestStore store;
        auto user = store->users().create(
            UserFields{QStringLiteral("Ada"), QStringLiteral("ada@example.com"), {}, {}}, UserSource::Manual);
        KeyServices services(store.core());
        net::ServerOptions options;
        options.port = 0;
        QVERIFY(services.startServer(options));
        auto enrollment = services.enrollment();
        QVERIFY(enrollment);
        auto issued = enrollment.value().assign(user.value(), {});
        QVERIFY(issued);
        ActivateNowDialog dialog(services, user.value(), issued.value());
        dialog.show();
        // Enter closes the dialog (Close is the default button); it never replaces the live code.
        const QString link = dialog.link();
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("closeButton"))->isDefault());
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.link(), link);
        QCOMPARE(dialog.state(), ActivateNowDialog::State::Waiting);
        dialog.show();
        QTest::qWait(300); // the server check answers: still waiting for the phone
        QCOMPARE(dialog.state(), ActivateNowDialog::State::Waiting);
        auto* countdown = dialog.findChild<QLabel*>(QStringLiteral("countdownLabel"));
        QCOMPARE(countdown->text(), QStringLiteral("Expires in 15:00"));
        store.clock().advance(14 * 60 * 1000 + 30 * 1000);
        QTRY_COMPARE(countdown->text(), QStringLiteral("Expires in 0:30"));
        store.clock().advance(30 * 1000);
        QTRY_COMPARE(dialog.state(), ActivateNowDialog::State::Expired);
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("statusLabel"))->text(),
                 QStringLiteral("Expired — regenerate to try again."));
        QVERIFY(!dialog.findChild<QrCodeWidget*>()->code().has_value()); // a dead code is not shown
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("copyLinkButton"))->isEnabled());
        // Regenerate brings a live code back.
        dialog.findChild<QPushButton*>(QStringLiteral("regenerateButton"))->click();
        QCOMPARE(dialog.state(), ActivateNowDialog::State::Waiting);
        QVERIFY(dialog.findChild<QrCodeWidget*>()->code().has_value());
    }

    // The console's server could not start (its port is taken): the dialog says the phone cannot
    // open the link and why, offers the fix, and comes back to life once a server answers.
    void serverDownIsSaidWithTheFix()
    {
        ConsoleUnderTest console = openConsoleWithGrace(m_dir.filePath(QStringLiteral("down.sqlite")));
        KeyServices* services = console.window->keyServices();
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost));
        net::ServerOptions options = services->serverOptions();
        options.port = squatter.serverPort();
        QVERIFY(!services->startServer(options)); // address in use; the old server is gone
        QVERIFY(!services->serverRunning());
        UserDetailsDialog details(services->core(), console.userId, services, console.window.get());
        details.show();
        SecurityKeysTab* tab = details.securityKeysTab();
        assignWithActivateNow(tab);
        auto* dialog = tab->findChild<ActivateNowDialog*>();
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->state(), ActivateNowDialog::State::ServerDown);
        auto* status = dialog->findChild<QLabel*>(QStringLiteral("statusLabel"));
        QCOMPARE(status->text(),
                 QStringLiteral("The phone cannot open this link: this desk's enrollment server "
                                "is not running (%1).")
                     .arg(services->serverError()));
        QVERIFY(!dialog->findChild<QrCodeWidget*>()->code().has_value()); // nothing to scan that fails
        QVERIFY(dialog->findChild<QWidget*>(QStringLiteral("serverProblemWidget"))->isVisible());
        keepScreenshot(dialog, QStringLiteral("activate-now-server-down"));
        // Server Settings… opens the settings on the server's page.
        QSignalSpy settings(services, &KeyServices::serverSettingsRequested);
        dialog->findChild<QPushButton*>(QStringLiteral("serverSettingsButton"))->click();
        QCOMPARE(settings.count(), 1);
        // The port is free again: Try Again starts the server; the old link still names the old
        // address, so the dialog says nothing answers there until Regenerate.
        squatter.close();
        dialog->findChild<QPushButton*>(QStringLiteral("tryAgainButton"))->click();
        QVERIFY(services->serverRunning());
        const QString oldBase = dialog->serverBase();
        if (oldBase != services->listeningUrl()) {
            QTRY_VERIFY(status->text().contains(QStringLiteral("nothing answers at ")));
            dialog->findChild<QPushButton*>(QStringLiteral("regenerateButton"))->click();
        }
        QCOMPARE(dialog->serverBase(), services->listeningUrl());
        QTRY_VERIFY(!dialog->findChild<QWidget*>(QStringLiteral("serverProblemWidget"))->isVisible());
        QCOMPARE(dialog->state(), ActivateNowDialog::State::Waiting);
        QCOMPARE(zbar(dialog->qrImage(6), m_dir.path()), dialog->link());
    }

    // Work or School: titled for what it is, no scan, the address to type, the lifetime in days.
    void workOrSchoolCodeDialog()
    {
        ConsoleUnderTest console = openConsoleWithGrace(m_dir.filePath(QStringLiteral("manual.sqlite")));
        KeyServices* services = console.window->keyServices();
        auto user = services->core().store().users().findById(console.userId);
        auto enrollment = services->enrollment();
        QVERIFY(enrollment);
        EnrollmentRequest request;
        request.method = ActivationMethod::Manual;
        auto issued = enrollment.value().assign(*user.value(), request);
        QVERIFY2(issued, qPrintable(issued.error()));
        ActivateNowDialog dialog(*services, *user.value(), issued.value());
        dialog.show();
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Work or School Code — Grace Hopper"));
        QVERIFY(!dialog.findChild<QrCodeWidget*>()->isVisible());
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("instructionsLabel"))
                     ->text()
                     .contains(QStringLiteral("scan")));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("linkLabel"))->text(),
                 services->listeningUrl() + QStringLiteral("/activate"));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("codeLabel"))->text(), issued->manualCode);
        QVERIFY2(dialog.findChild<QLabel*>(QStringLiteral("countdownLabel"))
                     ->text()
                     .startsWith(QStringLiteral("Expires in 6 d 23 h")),
                 qPrintable(dialog.findChild<QLabel*>(QStringLiteral("countdownLabel"))->text()));
        QTest::qWait(300);
        QCOMPARE(dialog.state(), ActivateNowDialog::State::Waiting);
        keepScreenshot(&dialog, QStringLiteral("work-or-school-code"));
    }

    // Revoke needs a reason: OK stays disabled on an empty one, the dialog does not close on it.
    // Enable and Disable offer themselves only where they change something.
    void revokeAsksUntilThereIsAReasonAndEnableFitsTheUser()
    {
        ConsoleUnderTest console = openConsoleWithGrace(m_dir.filePath(QStringLiteral("revoke.sqlite")));
        KeyServices* services = console.window->keyServices();
        auto* users = console.window->usersPage()->findChild<QTableView*>(QStringLiteral("usersTableView"));
        users->selectRow(0); // Grace, enabled
        QVERIFY(!console.window->usersPage()
                     ->findChild<QPushButton*>(QStringLiteral("enableButton"))
                     ->isEnabled());
        QVERIFY(console.window->usersPage()
                    ->findChild<QPushButton*>(QStringLiteral("disableButton"))
                    ->isEnabled());

        auto user = services->core().store().users().findById(console.userId);
        auto issued = services->enrollment().value().assign(*user.value(), {});
        QVERIFY(issued);
        UserDetailsDialog details(services->core(), console.userId, services, console.window.get());
        details.show();
        SecurityKeysTab* tab = details.securityKeysTab();
        tab->findChild<QTableView*>(QStringLiteral("keysTableView"))->selectRow(0);
        bool okWhenEmpty = true;
        bool okWithReason = false;
        QTimer::singleShot(0, [&] {
            auto* ask = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            if (!ask)
                return;
            QPushButton* ok = ask->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            okWhenEmpty = ok->isEnabled();
            ask->setTextValue(QStringLiteral("   "));
            okWhenEmpty = okWhenEmpty || ok->isEnabled();
            ask->setTextValue(QStringLiteral("phone lost"));
            okWithReason = ok->isEnabled();
            ok->click();
        });
        tab->findChild<QPushButton*>(QStringLiteral("revokeButton"))->click();
        QVERIFY(!okWhenEmpty);
        QVERIFY(okWithReason);
        auto row = services->core().store().keys().findById(issued->key.id);
        QCOMPARE(row.value()->key.status, KeyStatus::Revoked);
        QCOMPARE(row.value()->key.statusReason, QStringLiteral("phone lost"));
    }
};

QTEST_MAIN(TestKeyActivationFlow)
#include "TestKeyActivationFlow.moc"
