// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// "Verify now" through the real console, offscreen, with the virtual phone's window as a person
// would use it: it reads each QR code from the dialog's rendered image (ZXing), activates,
// verifies, and then misbehaves in every tamper mode (its Tamper menu); the verdict view names the failed
// check and the key's stored state does not move. Ends with the receipt, read back from the PDF (pdftotext).
#include "ConsoleTestSupport.h"
#include "integration/EnrollmentHarness.h"

#include "gui/ActivateNowDialog.h"
#include "gui/KeyServices.h"
#include "gui/ReceiptExport.h"
#include "gui/RpDebuggerWidget.h"
#include "gui/SecurityKeyTableModel.h"
#include "gui/SecurityKeysTab.h"
#include "gui/TestRelyingPartyPage.h"
#include "gui/UserDetailsDialog.h"
#include "gui/VerdictTable.h"
#include "gui/VerificationRecordDialog.h"
#include "gui/VerifyKeyDialog.h"
#include "phone/QrScanner.h"
#include "phoneapp/PhoneWindow.h"
#include "webauthn/Base64Url.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace keydesk;
using namespace keydesk::gui;
using namespace keydesk::test;
using authenticator::Tamper;

class TestVerifyConsole : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // What the phone's camera reads off the dialog as it is drawn on screen.
    static QString scan(QWidget* dialog)
    {
        const QStringList codes = phone::scanQrCodes(dialog->grab().toImage());
        return codes.size() == 1 ? codes.first() : QStringLiteral("(%1 codes)").arg(codes.size());
    }

    // Single spaces, and ligatures ("ﬁ") undone: PDF text comes out as typeset.
    static QString normalized(const QString& text)
    {
        return text.normalized(QString::NormalizationForm_KC)
            .replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    }

    static QString pdfText(const QString& pdf)
    {
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        if (!pdftotext.waitForFinished(20'000))
            return {};
        return normalized(QString::fromUtf8(pdftotext.readAllStandardOutput()));
    }

    static int pdfPages(const QString& pdf)
    {
        QProcess pdfinfo;
        pdfinfo.start(QStringLiteral("pdfinfo"), {pdf});
        if (!pdfinfo.waitForFinished(20'000))
            return -1;
        const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)\n"))
                               .match(QString::fromUtf8(pdfinfo.readAllStandardOutput()));
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void verifyNowWithTheVirtualPhone()
    {
        ConsoleUnderTest console = openConsoleWithGrace(m_dir.filePath(QStringLiteral("verify.sqlite")));
        KeyServices* services = console.window->keyServices();
        QVERIFY2(services->serverRunning(), qPrintable(services->serverStatus()));
        Store& store = services->core().store();

        UserDetailsDialog details(services->core(), console.userId, services, console.window.get());
        details.resize(900, 560);
        details.show();
        SecurityKeysTab* tab = details.securityKeysTab();
        details.findChild<QTabWidget*>(QStringLiteral("detailsTabWidget"))->setCurrentWidget(tab);
        auto* verifyButton = tab->findChild<QPushButton*>(QStringLiteral("verifyButton"));

        // The virtual phone's window, with its passkeys in its own file.
        const QString walletPath = m_dir.filePath(QStringLiteral("phone/credentials.json"));
        auto wallet = phone::CredentialWallet::open(walletPath);
        QVERIFY(wallet);
        phone::VirtualPhone virtualPhone(std::move(wallet).value());
        phoneapp::PhoneWindow phoneWindow(virtualPhone, QUrl(services->listeningUrl()));
        phoneWindow.show();
        // The phone points its camera at a dialog: it reads the dialog as drawn.
        const auto scanWithPhone = [&](QWidget* shown) {
            std::optional<phone::PhoneOutcome> outcome;
            QMetaObject::Connection c = connect(&phoneWindow, &phoneapp::PhoneWindow::finished, this,
                                                [&](const phone::PhoneOutcome& o) { outcome = o; });
            phoneWindow.scanImage(shown->grab().toImage());
            if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20'000))
                qFatal("the phone got no answer");
            disconnect(c);
            return *outcome;
        };

        // Assign and Activate Now; the phone scans the code from the dialog's image.
        assignWithActivateNow(tab);
        auto* activate = tab->findChild<ActivateNowDialog*>();
        QVERIFY(activate);
        QTRY_VERIFY(activate->isVisible());
        activate->resize(860, 520);
        QCOMPARE(scan(activate), activate->link());
        const phone::PhoneOutcome activation = scanWithPhone(activate);
        QVERIFY2(activation.ok, qPrintable(activation.message));
        QCOMPARE(activation.link.toString(), activate->link());
        QCOMPARE(phoneWindow.resultText(),
                 QStringLiteral("✔ Activated — this phone is now a security key for localhost."));
        QTRY_COMPARE_WITH_TIMEOUT(activate->state(), ActivateNowDialog::State::Activated, 5000);
        activate->close();
        QVERIFY(QFile::exists(walletPath));
        QCOMPARE(QFile(walletPath).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        auto* passkeys = phoneWindow.findChild<QListWidget*>(QStringLiteral("passkeyList"));
        QCOMPARE(passkeys->count(), 1);
        // The phone lists whose passkey it is.
        QVERIFY2(passkeys->item(0)->text().startsWith(
                     QStringLiteral("Grace Hopper <grace@example.com>\nlocalhost · ")),
                 qPrintable(passkeys->item(0)->text()));

        // Verify now: only for the active key.
        auto* keys = tab->findChild<QTableView*>(QStringLiteral("keysTableView"));
        QTRY_COMPARE(keys->model()->index(0, SecurityKeyTableModel::StatusColumn).data().toString(),
                     QStringLiteral("Active"));
        keys->selectRow(0);
        QVERIFY(verifyButton->isEnabled());
        verifyButton->click();
        auto* dialog = tab->findChild<VerifyKeyDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->state(), VerificationState::Pending);
        const QString link = scan(dialog);
        QCOMPARE(link, dialog->link());
        QVERIFY(link.startsWith(services->listeningUrl() + QStringLiteral("/v/")));
        keepScreenshot(dialog, QStringLiteral("verify-waiting"));

        // The tamper menu of the phone's window sets how it misbehaves.
        const auto answer = [&](Tamper tamper) {
            auto* action = phoneWindow.findChild<QAction*>(QStringLiteral("tamper-") +
                                                           authenticator::tamperName(tamper));
            if (!action)
                qFatal("no tamper menu entry for %s", qPrintable(authenticator::tamperName(tamper)));
            action->trigger();
            return scanWithPhone(dialog);
        };
        const phone::PhoneOutcome honest = answer(Tamper::None);
        QVERIFY2(honest.ok, qPrintable(honest.message));
        QCOMPARE(honest.kind, phone::PhoneOutcome::Kind::Verification);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), VerificationState::Verified, 5000);
        auto* status = dialog->findChild<QLabel*>(QStringLiteral("statusLabel"));
        QCOMPARE(status->text(),
                 QStringLiteral("✔ Verified — KeyDesk virtual phone signed in; every check passed."));
        const QString checks = dialog->verdictTable()->summaryText();
        QVERIFY2(!checks.contains(QStringLiteral("✘")), qPrintable(checks));
        for (const char* title :
             {"Challenge", "Origin", "RP ID hash", "User present (UP)", "User verified (UV)",
              "Backup eligibility and state (BE/BS)", "Signature", "Signature counter", "Credential match"})
            QVERIFY2(checks.contains(QStringLiteral("✔ pass %1 — ").arg(QLatin1String(title))), title);
        keepScreenshot(dialog, QStringLiteral("verify-verified"));

        // The key is stamped verified with the time and the counter.
        auto stamped = store.keys().findById(1);
        QVERIFY(stamped && stamped.value());
        QCOMPARE(stamped.value()->key.signCount, 1u);
        QVERIFY(stamped.value()->key.lastVerifiedAtMs.has_value());
        QTRY_VERIFY(
            !keys->model()->index(0, SecurityKeyTableModel::VerifiedColumn).data().toString().isEmpty());

        // The receipt, as PDF and HTML: user, key, time and verdict.
        const QString pdf = m_dir.filePath(QStringLiteral("receipt.pdf"));
        QVERIFY(dialog->exportReceipt(pdf));
        const QString text = pdfText(pdf);
        const auto verification = store.verifications().listForKey(1, 1).value().first();
        const QString answeredAt = normalized(QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(*verification.completedAtMs), QLocale::LongFormat));
        const QStringList expectations{QStringLiteral("Security key verification receipt"),
                                       QStringLiteral("Grace Hopper"),
                                       QStringLiteral("grace@example.com"),
                                       QStringLiteral("#1 Smartphone"),
                                       QStringLiteral("KeyDesk virtual phone"),
                                       webauthn::toBase64Url(stamped.value()->key.credentialId),
                                       QStringLiteral("VERIFIED — every check passed"),
                                       QString(QStringLiteral("Answered ") + answeredAt),
                                       QStringLiteral("Signature counter 1"),
                                       QStringLiteral("Signature passed ES256 signature"),
                                       QStringLiteral("by KeyDesk's test-mode relying party.")};
        for (const QString& expected : expectations)
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
        // One page, for the user's file.
        QCOMPARE(pdfPages(pdf), 1);
        // A receipt three times as long (a long verdict, a wordy language) still prints on one
        // page, footer included, drawn smaller rather than spilling its last lines over.
        const QString longPdf = m_dir.filePath(QStringLiteral("long-receipt.pdf"));
        QString longHtml = dialog->receiptHtml();
        const qsizetype bodyStart = longHtml.indexOf(QStringLiteral("<body"));
        const qsizetype bodyEnd = longHtml.lastIndexOf(QStringLiteral("</body>"));
        QVERIFY(bodyStart > 0 && bodyEnd > bodyStart);
        const QString body = longHtml.mid(bodyStart, bodyEnd - bodyStart);
        longHtml.insert(bodyEnd, body + body);
        QVERIFY(gui::exportReceipt(longHtml, longPdf));
        QCOMPARE(pdfPages(longPdf), 1);
        QCOMPARE(pdfText(longPdf).count(QStringLiteral("by KeyDesk's test-mode relying party.")), 3);
        const QString html = m_dir.filePath(QStringLiteral("receipt.html"));
        QVERIFY(dialog->exportReceipt(html));
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(htmlFile.readAll()), dialog->receiptHtml());
        // A receipt names a user and a key: only its owner can read the file.
        for (const QString& file : {pdf, html})
            QCOMPARE(QFileInfo(file).permissions() & 0x0077, QFileDevice::Permissions());

        // Every tamper mode fails with its check named, and the key does not move. The cloned
        // counter goes first: it repeats the count the server has just seen.
        const QList<std::tuple<Tamper, QString, QString>> tampers{
            {Tamper::ClonedCounter, QStringLiteral("signCount"), QStringLiteral("Signature counter")},
            {Tamper::WrongOrigin, QStringLiteral("origin"), QStringLiteral("Origin")},
            {Tamper::StaleChallenge, QStringLiteral("challenge"), QStringLiteral("Challenge")},
            {Tamper::BadSignature, QStringLiteral("signature"), QStringLiteral("Signature")},
            {Tamper::FlippedFlag, QStringLiteral("userPresent"), QStringLiteral("User present (UP)")},
        };
        const QString keyBefore = tableDump(store.database(), QStringLiteral("security_keys"));
        for (const auto& [tamper, check, title] : tampers) {
            auto* retry = dialog->findChild<QPushButton*>(QStringLiteral("retryButton"));
            QVERIFY(retry->isEnabled());
            retry->click();
            QCOMPARE(dialog->state(), VerificationState::Pending);
            const phone::PhoneOutcome refused = answer(tamper);
            QCOMPARE(refused.reply.httpStatus, 400);
            QVERIFY2(phoneWindow.resultText().startsWith(QStringLiteral("✘ Refused at “%1”.").arg(check)),
                     qPrintable(phoneWindow.resultText()));
            QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), VerificationState::Failed, 5000);
            QVERIFY2(status->text().startsWith(QStringLiteral("✘ Verification failed at “%1”: ").arg(title)),
                     qPrintable(status->text()));
            const QString shown = dialog->verdictTable()->summaryText();
            QCOMPARE(shown.count(QStringLiteral("✘")), 1);
            QVERIFY2(shown.contains(QStringLiteral("✘ FAIL %1 — ").arg(title)), qPrintable(shown));
            QCOMPARE(tableDump(store.database(), QStringLiteral("security_keys")), keyBefore);
            if (tamper == Tamper::WrongOrigin) {
                keepScreenshot(dialog, QStringLiteral("verify-failed-origin"));
                keepScreenshot(&phoneWindow, QStringLiteral("phone-tampered"));
            }
        }
        QCOMPARE(scalar(store.database(),
                        QStringLiteral("SELECT count(*) FROM audit_events WHERE action = "
                                       "'key.verify' AND json_extract(details, '$.verified') = 0")),
                 5);

        // The phone's honest answer still passes, and its counter survived in its file.
        dialog->findChild<QPushButton*>(QStringLiteral("retryButton"))->click();
        QVERIFY(answer(Tamper::None).ok);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), VerificationState::Verified, 5000);
        auto reread = phone::CredentialWallet::open(walletPath);
        QVERIFY(reread);
        QCOMPARE(reread->credentials().size(), 1);
        QCOMPARE(reread->credentials().first().signCount,
                 virtualPhone.wallet().credentials().first().signCount);
        QCOMPARE(store.keys().findById(1).value().value().key.signCount,
                 reread->credentials().first().signCount);
        dialog->close();
    }

    void testRelyingPartyPageAndDebugger()
    {
        ConsoleUnderTest console = openConsoleWithGrace(m_dir.filePath(QStringLiteral("trp.sqlite")));
        KeyServices* services = console.window->keyServices();
        Store& store = services->core().store();
        phone::VirtualPhone virtualPhone{phone::CredentialWallet()};
        const auto phoneOpens = [&](const QString& link) {
            std::optional<phone::PhoneOutcome> outcome;
            virtualPhone.open(QUrl(link), [&](phone::PhoneOutcome o) { outcome = o; });
            if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20'000))
                qFatal("the phone got no answer");
            return *outcome;
        };
        auto enrollment = services->enrollment();
        QVERIFY(enrollment);
        const User grace = store.users().findById(console.userId).value().value();
        auto issued = enrollment.value().assign(grace, EnrollmentRequest{});
        QVERIFY(issued);
        QVERIFY(phoneOpens(issued->link).ok);

        // The page: find the user, pick the active key, Verify now.
        console.window->showPage(MainWindow::TestRelyingPartyIndex);
        TestRelyingPartyPage* page = console.window->testRelyingPartyPage();
        QVERIFY(page->isVisible());
        page->search(QStringLiteral("grace"));
        auto* keys = page->findChild<QComboBox*>(QStringLiteral("keyCombo"));
        QCOMPARE(keys->count(), 1);
        QCOMPARE(keys->itemText(0), QStringLiteral("#1 Smartphone · KeyDesk virtual phone"));
        VerifyKeyDialog* dialog = page->verifySelectedKey();
        QVERIFY(dialog);
        QVERIFY(phoneOpens(dialog->link()).ok);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), VerificationState::Verified, 5000);
        dialog->close();
        auto* recent = page->findChild<QTableWidget*>(QStringLiteral("recentTable"));
        QTRY_COMPARE(recent->rowCount(), 1);
        QCOMPARE(recent->item(0, 3)->text(), QStringLiteral("Verified"));
        QCOMPARE(recent->item(0, 1)->text(), QStringLiteral("Grace Hopper <grace@example.com>"));
        keepScreenshot(console.window.get(), QStringLiteral("test-relying-party"));
        // A recent verification reopens with its checks, and its receipt exports again.
        VerificationRecordDialog* record = page->openRecent(0);
        QVERIFY(record);
        QVERIFY(record->findChild<QLabel*>(QStringLiteral("recordHeader"))
                    ->text()
                    .contains(QStringLiteral("Verified")));
        QVERIFY(record->findChild<QTableWidget*>(QStringLiteral("verdictTable"))->rowCount() >= 9);
        const QString again = m_dir.filePath(QStringLiteral("again.pdf"));
        QVERIFY(record->exportReceipt(again));
        QCOMPARE(pdfPages(again), 1);
        QVERIFY(pdfText(again).contains(QStringLiteral("VERIFIED — every check passed")));
        keepScreenshot(record, QStringLiteral("verification-record"));
        record->close();

        // The user list says when it shows only the first users matching.
        for (int i = 0; i < 25; ++i)
            QVERIFY(store.users().create(
                UserFields{
                    QStringLiteral("Extra %1").arg(i), QStringLiteral("extra%1@example.com").arg(i), {}, {}},
                UserSource::Manual));
        page->search({});
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("matchesLabel"))->text(),
                 QStringLiteral(
                     "26 users match; the first 20 are listed. Type more of a name or email to find the "
                     "others."));
        page->search(QStringLiteral("extra 2"));
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("matchesLabel"))->text().isEmpty());

        // The debugger: a pasted assertion by the phone's passkey, judged against the stored key.
        RpDebuggerWidget* debugger = page->debugger();
        page->findChild<QTabWidget*>()->setCurrentWidget(debugger);
        QCOMPARE(debugger->verify(), QJsonObject());
        QCOMPARE(debugger->resultText(), QStringLiteral("Paste a response first."));
        authenticator::SoftwareAuthenticator signer;
        authenticator::SoftwareCredential credential = virtualPhone.wallet().credentials().first();
        authenticator::AssertionRequest request;
        request.challenge = QByteArray(32, '\x2a');
        request.rpId = QStringLiteral("localhost");
        request.origin = services->listeningUrl();
        const auto assertion = signer.getAssertion(credential, request, nullptr);
        QVERIFY(assertion);
        debugger->findChild<QPlainTextEdit*>(QStringLiteral("responseEdit"))
            ->setPlainText(QString::fromUtf8(assertion->toJson()));
        auto* challenge = debugger->findChild<QLineEdit*>(QStringLiteral("challengeEdit"));
        challenge->setText(QStringLiteral("not base64url!"));
        QVERIFY(debugger->loadStoredKey(1));
        QCOMPARE(debugger->verify(), QJsonObject());
        QCOMPARE(debugger->resultText(),
                 QStringLiteral("Challenge: give the challenge that was issued, in base64url."));
        challenge->setText(webauthn::toBase64Url(request.challenge));
        const QString keyBefore = tableDump(store.database(), QStringLiteral("security_keys"));
        QVERIFY(debugger->verify().value(QStringLiteral("verified")).toBool());
        QCOMPARE(debugger->resultText(), QStringLiteral("✔ Verified: every check passed."));
        QVERIFY(!debugger->verdictTable()->summaryText().contains(QStringLiteral("✘")));
        // Another challenge than the one signed: the debugger names the check.
        challenge->setText(webauthn::toBase64Url(QByteArray(32, '\x07')));
        QVERIFY(!debugger->verify().value(QStringLiteral("verified")).toBool());
        QVERIFY2(debugger->resultText().startsWith(QStringLiteral("✘ Failed at “Challenge”: ")),
                 qPrintable(debugger->resultText()));
        keepScreenshot(console.window.get(), QStringLiteral("rp-debugger"));
        // Nothing the debugger does is stored.
        QCOMPARE(tableDump(store.database(), QStringLiteral("security_keys")), keyBefore);

        // A registration response too.
        authenticator::CreationRequest create;
        create.challenge = QByteArray(32, '\x11');
        create.rpId = QStringLiteral("localhost");
        create.origin = services->listeningUrl();
        create.algorithms = {-8};
        const auto registration = signer.makeCredential(create, nullptr);
        QVERIFY(registration);
        debugger->findChild<QComboBox*>(QStringLiteral("ceremonyCombo"))->setCurrentIndex(0);
        debugger->findChild<QPlainTextEdit*>(QStringLiteral("responseEdit"))
            ->setPlainText(QString::fromUtf8(registration->parts.toJson()));
        challenge->setText(webauthn::toBase64Url(create.challenge));
        QVERIFY(debugger->verify().value(QStringLiteral("verified")).toBool());
        QVERIFY(debugger->verdictTable()->summaryText().contains(QStringLiteral("✔ pass Algorithm — ")));
    }
};

QTEST_MAIN(TestVerifyConsole)
#include "TestVerifyConsole.moc"
