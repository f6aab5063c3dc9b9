// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ConsoleTestSupport.h"
#include "integration/EnrollmentHarness.h"

#include "gui/QrCodeWidget.h"
#include "gui/SignInDialog.h"
#include "net/AsyncAdminClient.h"
#include "phone/QrScanner.h"

#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

// The console's sign-in to a team server, against a real enrollment server: the dialog shows the
// sign-in's QR code and match number, the phone scans the code off the dialog and answers with
// the operator's key, and the dialog is accepted with a working session. A phone whose key is
// not an operator's is refused with the server's reason, and the desk may start again.
class TestSignInDialog : public QObject
{
    Q_OBJECT

private:
    static User userWithKey(EnrollmentHarness& h, const QString& name, const QString& email, const char* role)
    {
        const User user = h.addUser(name, email);
        if (!h.activate(h.assign(user).link).reply.ok())
            qFatal("activation failed");
        if (role && !h.store.core().operators().add(h.store.core().actor(), email, QString::fromLatin1(role)))
            qFatal("cannot make %s an operator", qPrintable(email));
        return user;
    }

    static net::RemoteServer serverOf(EnrollmentHarness& h)
    {
        net::RemoteServer server;
        server.url = h.url({});
        return server;
    }

    // What the phone does: read the QR code off the screen and answer with its key.
    static std::optional<phone::PhoneVerification> scanAndAnswer(EnrollmentHarness& h,
                                                                 gui::SignInDialog& dialog)
    {
        const QStringList codes = phone::scanQrCodes(dialog.grab().toImage());
        if (codes.size() != 1 || codes.first() != dialog.link())
            qFatal("the phone read %s", qPrintable(codes.join(u',')));
        std::optional<phone::PhoneVerification> answered;
        h.phone.signIn(QUrl(codes.first()), h.wallet, authenticator::Tamper::None,
                       [&](phone::PhoneVerification r) { answered = r; });
        waitUntil([&] { return answered.has_value(); });
        return answered;
    }

private Q_SLOTS:
    void thePhoneSignsTheConsoleIn()
    {
        EnrollmentHarness h;
        userWithKey(h, QStringLiteral("Ana Novak"), QStringLiteral("ana@example.com"), "helpdesk");
        net::AsyncAdminClient client(serverOf(h));
        gui::SignInDialog dialog(client, QStringLiteral("Front desk 2"));
        dialog.show();
        QVERIFY2(waitUntil([&] { return dialog.state() == gui::SignInDialog::State::Waiting; }),
                 qPrintable(labelTexts(&dialog)));
        QVERIFY(dialog.link().startsWith(h.server->listeningUrl() + QStringLiteral("/s/")));
        // The number the phone's page shows is the one on the dialog.
        const auto page = h.request("GET", QUrl(dialog.link()).path());
        QVERIFY(page.body.contains(QByteArray::number(dialog.matchNumber())));
        QVERIFY(page.body.contains("Front desk 2"));
        const auto labels = dialog.findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel* l) {
            return l->text() == QStringLiteral("Match number %1").arg(dialog.matchNumber());
        }));
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel* l) {
            // The server's five minutes, counted down by this desk's clock.
            return QRegularExpression(QStringLiteral("^Waiting for your phone — (5:00|4:[0-5][0-9]) left$"))
                .match(l->text())
                .hasMatch();
        }));
        keepScreenshot(&dialog, QStringLiteral("sign-in"));

        const auto answered = scanAndAnswer(h, dialog);
        QVERIFY(answered && answered->reply.ok());
        QVERIFY(waitUntil([&] { return dialog.result() == QDialog::Accepted; }));
        QCOMPARE(dialog.state(), gui::SignInDialog::State::SignedIn);
        QCOMPARE(dialog.session().email, QStringLiteral("ana@example.com"));
        QCOMPARE(dialog.session().role, OperatorRole::Helpdesk);
        // The session works.
        const auto me = h.request("GET", QStringLiteral("/api/v1/admin/me"), {}, {},
                                  {{"Authorization", "Bearer " + dialog.secret().toLatin1()}});
        QCOMPARE(me.status, 200);
    }

    void aKeyThatIsNoOperatorsIsRefusedWithTheReason()
    {
        EnrollmentHarness h;
        userWithKey(h, QStringLiteral("Bo Hill"), QStringLiteral("bo@example.com"), nullptr);
        net::AsyncAdminClient client(serverOf(h));
        gui::SignInDialog dialog(client, QStringLiteral("Front desk 2"));
        dialog.show();
        QVERIFY(waitUntil([&] { return dialog.state() == gui::SignInDialog::State::Waiting; }));
        const QString firstLink = dialog.link();
        scanAndAnswer(h, dialog);
        QVERIFY(waitUntil([&] { return dialog.state() == gui::SignInDialog::State::Failed; }));
        const auto labels = dialog.findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel* l) {
            return l->text() ==
                   QStringLiteral("Not signed in: the sign-in was refused: bo@example.com is not a "
                                  "KeyDesk operator");
        }));
        QVERIFY(dialog.result() != QDialog::Accepted);
        // Start Again: a new sign-in, a new code.
        QPushButton* again = nullptr;
        for (QPushButton* b : dialog.findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("Start Again"))
                again = b;
        QVERIFY(again && again->isVisible());
        again->click();
        QVERIFY(waitUntil([&] { return dialog.state() == gui::SignInDialog::State::Waiting; }));
        QVERIFY(dialog.link() != firstLink);
        QVERIFY(!again->isVisible());
    }

    void anUnreachableServerSaysSo()
    {
        net::RemoteServer nowhere;
        nowhere.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(freePort()));
        net::AsyncAdminClient client(nowhere);
        gui::SignInDialog dialog(client, QStringLiteral("Front desk 2"));
        QVERIFY(waitUntil([&] { return dialog.state() == gui::SignInDialog::State::Failed; }));
        const auto labels = dialog.findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel* l) {
            return l->text() == QStringLiteral("Not signed in: cannot reach %1: Connection refused")
                                    .arg(nowhere.url.toString());
        }));
    }
};

QTEST_MAIN(TestSignInDialog)
#include "TestSignInDialog.moc"
