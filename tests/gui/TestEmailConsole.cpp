// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Email in the console, offscreen, against a real SMTP server on loopback: the Email Settings
// dialog's test email, the wizard's email option once SMTP is set up, and the Outbox page
// showing delivery, a server that is down, and cancel.
#include "ConsoleTestSupport.h"
#include "integration/EnrollmentHarness.h"
#include "integration/SmtpSink.h"

#include "core/mail/MimeMessage.h"
#include "gui/KeyServices.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "gui/NewSecurityKeyWizard.h"
#include "gui/OutboxPage.h"
#include "gui/OutboxTableModel.h"
#include "gui/SecurityKeysTab.h"
#include "gui/SmtpSettingsDialog.h"
#include "gui/UserDetailsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace keydesk;
using namespace keydesk::gui;
using namespace keydesk::test;

class TestEmailConsole : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void settingsWizardAndOutbox()
    {
        QTemporaryDir spool;
        SmtpSink sink(spool.path());
        QCOMPARE(sink.start({}), QString());
        const QString path = m_dir.filePath(QStringLiteral("mail.sqlite"));
        {
            auto store = Store::open(path);
            QVERIFY(store->get()->users().create(
                UserFields{QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"), {}, {}},
                UserSource::Manual));
        }
        MainWindow window(QStringLiteral("helpdesk@test"));
        net::ServerOptions server;
        server.port = 0;
        window.setServerOptions(server);
        QVERIFY(window.openDatabase(path));
        window.resize(1100, 700);
        window.show();
        KeyServices* services = window.keyServices();
        QVERIFY(!services->mailConfigured());

        // Email Settings: a bad sender is refused with the reason; a good one sends a test email.
        SmtpSettingsDialog settings(*services, &window);
        settings.show();
        settings.findChild<QLineEdit*>(QStringLiteral("hostLineEdit"))->setText(QStringLiteral("127.0.0.1"));
        settings.findChild<QSpinBox*>(QStringLiteral("portSpinBox"))->setValue(sink.port());
        auto* security = settings.findChild<QComboBox*>(QStringLiteral("securityComboBox"));
        security->setCurrentIndex(security->findData(int(net::SmtpSecurity::None)));
        auto* from = settings.findChild<QLineEdit*>(QStringLiteral("fromLineEdit"));
        from->setText(QStringLiteral("helpdesk"));
        settings.findChild<QLineEdit*>(QStringLiteral("testRecipientLineEdit"))
            ->setText(QStringLiteral("me@example.com"));
        auto* result = settings.findChild<QLabel*>(QStringLiteral("resultLabel"));
        // As small as it opens with nothing to report: an error must make room for itself.
        settings.resize(settings.width(), settings.minimumSizeHint().height());
        QTest::qWait(20);
        settings.sendTest();
        QCOMPARE(result->text(),
                 QStringLiteral("Not sent: the sender address \"helpdesk\" is not an email address."));
        // The message takes its room without squeezing the keychain note above it.
        auto* keychainNote = settings.findChild<QLabel*>(QStringLiteral("passwordHelpLabel"));
        QTRY_VERIFY2(keychainNote->height() >= keychainNote->heightForWidth(keychainNote->width()),
                     qPrintable(QStringLiteral("%1 < %2")
                                    .arg(keychainNote->height())
                                    .arg(keychainNote->heightForWidth(keychainNote->width()))));
        QTRY_VERIFY(result->height() >= result->heightForWidth(result->width()));
        from->setText(QStringLiteral("helpdesk@example.com"));
        settings.findChild<QLineEdit*>(QStringLiteral("organisationLineEdit"))
            ->setText(QStringLiteral("Example IT"));
        QSignalSpy tested(&settings, &SmtpSettingsDialog::testFinished);
        settings.sendTest();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20'000);
        QVERIFY2(tested.first().at(0).toBool(), qPrintable(result->text()));
        QVERIFY(result->text().startsWith(QStringLiteral("Sent to me@example.com")));
        QCOMPARE(sink.messages().size(), 1);
        // Activation emails can be written in another language than the console's: each is offered
        // by its own name, and the choice is saved with the rest.
        auto* language = settings.findChild<QComboBox*>(QStringLiteral("emailLanguageComboBox"));
        QCOMPARE(language->count(), 3);
        QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
        QCOMPARE(language->itemText(language->findData(QStringLiteral("de"))), QStringLiteral("Deutsch"));
        QCOMPARE(language->itemText(language->findData(QStringLiteral("fa"))), QStringLiteral("فارسی"));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        keepScreenshot(&settings, QStringLiteral("email-settings"));
        settings.save();
        QTRY_VERIFY(services->mailConfigured());

        // Now the wizard offers email; the email goes out by itself.
        UserDetailsDialog details(services->core(), 1, services, &window);
        details.show();
        QTimer::singleShot(0, [] {
            auto* wizard = qobject_cast<NewSecurityKeyWizard*>(QApplication::activeModalWidget());
            if (!wizard)
                return;
            wizard->next();
            auto* email = wizard->findChild<QRadioButton*>(QStringLiteral("activateEmailRadio"));
            if (!email->isEnabled())
                return;
            email->setChecked(true);
            wizard->next();
            wizard->next();
            wizard->button(QWizard::FinishButton)->click();
        });
        details.securityKeysTab()->newKey();
        QTRY_COMPARE_WITH_TIMEOUT(sink.messages().size(), 2, 20'000);
        QVERIFY(sink.messages().last().contains(QByteArray(
            QByteArray("Subject: ") +
            encodeHeaderText(QStringLiteral("Aktivieren Sie Ihren Smartphone-Sicherheitsschlüssel")))));
        QCOMPARE(net::loadSmtpSettings(services->core().store(), {})->identity.language,
                 QStringLiteral("de"));
        {
            SmtpSettingsDialog reopened(*services, &window);
            QCOMPARE(reopened.findChild<QComboBox*>(QStringLiteral("emailLanguageComboBox"))->currentText(),
                     QStringLiteral("Deutsch"));
        }
        QCOMPARE(
            details.findChild<QLabel*>(QStringLiteral("noticeLabel"))->text(),
            QStringLiteral("The activation email to ada@example.com is in the outbox and goes out shortly."));

        window.showPage(MainWindow::OutboxIndex);
        OutboxPage* outbox = window.outboxPage();
        auto* table = outbox->findChild<QTableView*>(QStringLiteral("outboxTableView"));
        QTRY_COMPARE(table->model()->index(0, OutboxTableModel::StatusColumn).data().toString(),
                     QStringLiteral("Sent"));

        // The server goes away: the next email waits in the outbox with the reason, and can be cancelled.
        sink.stop();
        auto enrollment = services->enrollment();
        QVERIFY(enrollment);
        auto row = services->core().store().keys().listForUser(1).value().first();
        QVERIFY(enrollment.value().reissue(row.key.id, ActivationMethod::Email));
        services->sendOutboxNow();
        // Claimed ("Sending") on the server runtime's thread, then back in the queue once the
        // connection is refused, with the attempt counted.
        QTRY_VERIFY_WITH_TIMEOUT(
            (outbox->reload(),
             table->model()->index(0, OutboxTableModel::AttemptsColumn).data().toInt() == 1 &&
                 table->model()->index(0, OutboxTableModel::StatusColumn).data().toString() ==
                     QStringLiteral("Queued")),
            20'000);
        QVERIFY(table->model()
                    ->index(0, OutboxTableModel::LastErrorColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("refused")));
        keepScreenshot(&window, QStringLiteral("outbox-page"));
        table->selectRow(0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        outbox->findChild<QPushButton*>(QStringLiteral("cancelButton"))->click();
        QCOMPARE(table->model()->index(0, OutboxTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Failed"));
        QCOMPARE(table->model()->index(0, OutboxTableModel::LastErrorColumn).data().toString(),
                 QStringLiteral("cancelled by the operator"));
        // Cancelled once, its link erased: neither button applies (OutboxService's rule).
        table->selectRow(0);
        QVERIFY(!outbox->findChild<QPushButton*>(QStringLiteral("cancelButton"))->isEnabled());
        QVERIFY(!outbox->findChild<QPushButton*>(QStringLiteral("retryButton"))->isEnabled());
        QCOMPARE(scalar(services->core().store().database(),
                        QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'outbox.cancel'")),
                 1);
    }
};

QTEST_MAIN(TestEmailConsole)
#include "TestEmailConsole.moc"
