// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ConsoleTestSupport.h"
#include "integration/EnrollmentHarness.h"

#include "gui/ConnectDialog.h"
#include "net/KnownServers.h"
#include "net/SelfSignedCertificate.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

// File > Connect to Server… against a real server over HTTPS with a self-signed certificate: the
// fingerprint is shown and pinned on confirmation, after which the server connects at once; a
// server that is not there and an address that may not be used say so.
class TestConnectDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QPushButton* button(QDialog& dialog, const QString& text)
    {
        for (QPushButton* b : dialog.findChildren<QPushButton*>())
            if (b->text() == text)
                return b;
        return nullptr;
    }
    static bool shows(QDialog& dialog, const QString& text)
    {
        const auto labels = dialog.findChildren<QLabel*>();
        return std::any_of(labels.cbegin(), labels.cend(),
                           [&](const QLabel* l) { return l->isVisible() && l->text() == text; });
    }
    QString knownServers() const { return m_dir.filePath(QStringLiteral("known-servers")); }

private Q_SLOTS:
    void addressesAreHttpsOrThisComputer()
    {
        using gui::ConnectDialog;
        QCOMPARE(ConnectDialog::serverUrl(QStringLiteral("keys.example.com")),
                 QUrl(QStringLiteral("https://keys.example.com")));
        QCOMPARE(ConnectDialog::serverUrl(QStringLiteral(" https://keys.example.com:8443/ ")),
                 QUrl(QStringLiteral("https://keys.example.com:8443")));
        QCOMPARE(ConnectDialog::serverUrl(QStringLiteral("http://localhost:8765")),
                 QUrl(QStringLiteral("http://localhost:8765")));
        QVERIFY(ConnectDialog::serverUrl(QStringLiteral("http://keys.example.com")).isEmpty());
        QVERIFY(ConnectDialog::serverUrl(QStringLiteral("https://keys.example.com/admin")).isEmpty());
        QVERIFY(ConnectDialog::serverUrl(QString()).isEmpty());

        gui::ConnectDialog dialog({}, knownServers());
        dialog.show();
        dialog.findChild<QComboBox*>()->setEditText(QStringLiteral("http://keys.example.com"));
        button(dialog, QStringLiteral("&Connect"))->click();
        QVERIFY(shows(dialog,
                      QStringLiteral("Type the server's address, https://host or https://host:port (plain "
                                     "http only to this computer).")));
        QVERIFY(dialog.result() != QDialog::Accepted);
    }

    void aSelfSignedServerIsPinnedOnConfirmation()
    {
        const auto pair = net::makeSelfSignedCertificate(QStringLiteral("localhost"));
        QVERIFY(pair);
        const QString cert = m_dir.filePath(QStringLiteral("localhost.pem"));
        const QString key = m_dir.filePath(QStringLiteral("localhost-key.pem"));
        for (const auto& [path, pem] :
             {std::pair{cert, pair->certificatePem}, std::pair{key, pair->privateKeyPem}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(pem);
        }
        net::ServerOptions options;
        options.certificatePath = cert;
        options.keyPath = key;
        EnrollmentHarness h(options);
        const QString address = h.server->listeningUrl();
        QVERIFY(address.startsWith(QStringLiteral("https://")));
        const QString fingerprint =
            net::certificateFingerprint(QSslCertificate::fromData(pair->certificatePem).first());

        gui::ConnectDialog dialog({address}, knownServers());
        dialog.show();
        QPushButton* trust = button(dialog, QStringLiteral("&Trust and Connect"));
        QVERIFY(!trust->isVisible()); // nothing to trust before the server has shown its certificate
        button(dialog, QStringLiteral("&Connect"))->click();
        QVERIFY(waitUntil([&] { return trust->isVisible(); }));
        QVERIFY(shows(dialog, QStringLiteral("SHA-256: ") + fingerprint));
        keepScreenshot(&dialog, QStringLiteral("connect-fingerprint"));
        QVERIFY(!QFile::exists(knownServers()));
        trust->click();
        QVERIFY(waitUntil([&] { return dialog.result() == QDialog::Accepted; }));
        QCOMPARE(dialog.url(), QUrl(address));
        QVERIFY(net::KnownServers(knownServers()).trusts(QUrl(address), fingerprint));

        // Pinned: the next connection asks nothing.
        gui::ConnectDialog again({address}, knownServers());
        again.show();
        button(again, QStringLiteral("&Connect"))->click();
        QVERIFY(waitUntil([&] { return again.result() == QDialog::Accepted; }));
    }

    void aServerThatIsNotThereSaysSo()
    {
        const QString nowhere = QStringLiteral("http://127.0.0.1:%1").arg(freePort());
        gui::ConnectDialog dialog({nowhere}, knownServers());
        dialog.show();
        button(dialog, QStringLiteral("&Connect"))->click();
        QVERIFY(waitUntil([&] {
            return shows(dialog, QStringLiteral("cannot reach %1: Connection refused").arg(nowhere));
        }));
        QVERIFY(dialog.result() != QDialog::Accepted);
    }
};

QTEST_MAIN(TestConnectDialog)
#include "TestConnectDialog.moc"
