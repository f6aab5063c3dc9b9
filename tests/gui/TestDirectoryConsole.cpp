// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// The Directory page, offscreen, on a database the desk opened: an LDAP source read from a real
// slapd and a SCIM source. A dry run lists what would change and changes nothing; Sync Now makes
// the users; runs and their counts are listed; a SCIM source has nothing to sync from the desk.
#include "gui/ConsoleTestSupport.h"
#include "support/SlapdServer.h"
#include "support/TestSupport.h"

#include "core/store/Store.h"
#include "core/users/DirectoryService.h"
#include "gui/DirectoryPage.h"
#include "gui/DirectorySyncReportDialog.h"
#include "gui/GroupTableModel.h"
#include "gui/GroupsPage.h"
#include "gui/MainWindow.h"
#include "gui/UserDetailsDialog.h"
#include "gui/UsersPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace keydesk;
using namespace keydesk::gui;
using namespace keydesk::test;

class TestDirectoryConsole : public QObject
{
    Q_OBJECT

    static QString cell(QTableWidget* table, int row, int column)
    {
        return table->item(row, column) ? table->item(row, column)->text() : QString();
    }

private Q_SLOTS:
    void dryRunThenSyncNow()
    {
        auto slapd = SlapdServer::start();
        QVERIFY2(slapd, qPrintable(slapd.error()));
        QVERIFY(slapd.value()
                    ->add(QStringLiteral(
                        "dn: ou=People,dc=example,dc=com\nobjectClass: organizationalUnit\nou: People\n\n"
                        "dn: uid=ada,ou=People,dc=example,dc=com\nobjectClass: inetOrgPerson\nuid: "
                        "ada\ncn: Ada Lovelace\nsn: Lovelace\nmail: ada@example.com\n\n"
                        "dn: uid=grace,ou=People,dc=example,dc=com\nobjectClass: inetOrgPerson\nuid: "
                        "grace\ncn: Grace Hopper\nsn: Hopper\nmail: grace@example.com\n\n"
                        "dn: uid=nomail,ou=People,dc=example,dc=com\nobjectClass: inetOrgPerson\nuid: "
                        "nomail\ncn: No Mail\nsn: Mail\n\n"
                        "dn: cn=Helpdesk,dc=example,dc=com\nobjectClass: groupOfNames\ncn: Helpdesk\nmember: "
                        "uid=ada,ou=People,dc=example,dc=com\n\n"))
                    .ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        {
            auto store = Store::open(path);
            QVERIFY2(store, qPrintable(store.error()));
            LdapSourceConfig config = LdapSourceConfig::defaults(LdapFlavour::OpenLdap);
            config.url = slapd.value()->url();
            config.bindDn = SlapdServer::syncDn();
            config.baseDns = {SlapdServer::suffix()};
            config.syncMinutes = 0; // by hand only: the runtime leaves it to the page
            QVERIFY(DirectoryService(*store.value())
                        .addLdapSource(Actor(QStringLiteral("admin")), QStringLiteral("corp"), config,
                                       LeaverAction::Suspend));
            QVERIFY(DirectoryService(*store.value())
                        .issueScimToken(Actor(QStringLiteral("admin")), QStringLiteral("entra"),
                                        LeaverAction::Suspend));
        }
        qputenv("KEYDESK_LDAP_PASSWORD", SlapdServer::syncPassword().toUtf8());

        // Right to left, as in Persian: the first source is selected all the same.
        QApplication::setLayoutDirection(Qt::RightToLeft);
        MainWindow window(QStringLiteral("helpdesk@test"));
        net::ServerOptions server;
        server.port = 0;
        window.setServerOptions(server);
        QVERIFY(window.openDatabase(path));
        window.resize(1200, 800);
        window.show();
        window.showPage(MainWindow::DirectoryIndex);
        DirectoryPage* page = window.directoryPage();
        QVERIFY(page->isVisible());
        auto* sources = page->findChild<QTableWidget*>(QStringLiteral("sourcesTable"));
        QCOMPARE(sources->rowCount(), 2);
        QCOMPARE(cell(sources, 0, 0), QStringLiteral("corp"));
        QCOMPARE(cell(sources, 0, 1), QStringLiteral("LDAP"));
        QCOMPARE(cell(sources, 0, 2), slapd.value()->url());
        QCOMPARE(cell(sources, 0, 3), QStringLiteral("never"));
        QCOMPARE(cell(sources, 1, 0), QStringLiteral("entra"));
        QCOMPARE(cell(sources, 1, 1), QStringLiteral("SCIM"));
        QVERIFY(page->selectedSource()); // the first source is shown at once
        QCOMPARE(page->selectedSource()->name, QStringLiteral("corp"));

        // A SCIM source is pushed to: nothing to sync from here, and the buttons say why.
        auto* syncNow = page->findChild<QPushButton*>(QStringLiteral("syncButton"));
        auto* dryRun = page->findChild<QPushButton*>(QStringLiteral("dryRunButton"));
        auto entra = DirectoryService(window.core()->store()).resolve(QStringLiteral("entra"));
        QVERIFY(entra);
        page->selectSource(entra->id);
        QCOMPARE(page->selectedSource()->name, QStringLiteral("entra"));
        QVERIFY(!syncNow->isEnabled());
        QCOMPARE(syncNow->toolTip(),
                 QStringLiteral("The identity provider pushes this source's changes over SCIM; "
                                "there is nothing to read from here."));
        page->selectSource(DirectoryService(window.core()->store()).resolve(QStringLiteral("corp"))->id);
        QVERIFY(syncNow->isEnabled());
        QVERIFY(dryRun->isEnabled());

        // Dry run: the list of what would change, and nothing changed.
        QSignalSpy finished(page, &DirectoryPage::syncFinished);
        dryRun->click();
        QVERIFY(!syncNow->isEnabled()); // one sync at a time
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20'000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(finished.at(0).at(1).toString(),
                 QStringLiteral("Dry run of corp: 4 change(s) would be made; nothing was changed."));
        auto* report = page->findChild<DirectorySyncReportDialog*>();
        QVERIFY(report);
        QTRY_VERIFY(report->isVisible());
        QCOMPARE(report->changesTable()->rowCount(), 4); // two users, the group, Ada joining it
        QCOMPARE(cell(report->changesTable(), 0, 0), QStringLiteral("ada@example.com"));
        QCOMPARE(cell(report->changesTable(), 0, 1), QStringLiteral("create user"));
        QCOMPARE(report->errorsTable()->rowCount(), 1);
        QCOMPARE(cell(report->errorsTable(), 0, 0), QStringLiteral("uid=nomail,ou=people,dc=example,dc=com"));
        keepScreenshot(report, QStringLiteral("directory-dry-run"));
        report->close();
        QCOMPARE(scalar(window.core()->store().database(), QStringLiteral("SELECT count(*) FROM users")), 0);
        auto* runs = page->findChild<QTableWidget*>(QStringLiteral("runsTable"));
        QCOMPARE(runs->rowCount(), 1);
        QCOMPARE(cell(runs, 0, 1), QStringLiteral("full, dry run"));

        // Sync Now: the users are made; the run is listed first, with its entry error below.
        syncNow->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20'000);
        QCOMPARE(
            finished.at(1).at(1).toString(),
            QStringLiteral("corp synced: 2 created, 0 updated, 0 disabled, 0 enabled, 0 removed; memberships "
                           "+1 −0; 0 keys withdrawn; 1 entry errors"));
        QCOMPARE(scalar(window.core()->store().database(),
                        QStringLiteral("SELECT count(*) FROM users WHERE source = 'directory'")),
                 2);
        QCOMPARE(runs->rowCount(), 2);
        QCOMPARE(cell(runs, 0, 1), QStringLiteral("full")); // a source never synced is read in full
        auto* errors = page->findChild<QTableWidget*>(QStringLiteral("errorsTable"));
        QCOMPARE(errors->rowCount(), 1);
        QCOMPARE(cell(errors, 0, 1), QStringLiteral("email is required"));
        QVERIFY(cell(sources, 0, 4).startsWith(QStringLiteral("2 created")));
        for (auto* dialog : page->findChildren<DirectorySyncReportDialog*>())
            dialog->close();
        keepScreenshot(&window, QStringLiteral("directory-page"));

        // The synced user's details: what the source owns is read-only, and says where to change it.
        const qint64 ada = scalar(window.core()->store().database(),
                                  QStringLiteral("SELECT id FROM users WHERE email = 'ada@example.com'"));
        QString source;
        bool readOnly = false;
        bool stateLocked = false;
        QTimer::singleShot(0, [&] {
            auto* details = qobject_cast<UserDetailsDialog*>(QApplication::activeModalWidget());
            if (!details)
                return;
            source = details->findChild<QLabel*>(QStringLiteral("sourceLabel"))->text();
            readOnly = details->findChild<QLineEdit*>(QStringLiteral("emailLineEdit"))->isReadOnly();
            stateLocked = !details->findChild<QCheckBox*>(QStringLiteral("enabledCheckBox"))->isEnabled();
            keepScreenshot(details, QStringLiteral("directory-user-details"));
            details->reject();
        });
        window.usersPage()->openUser(ada);
        QCOMPARE(source,
                 QStringLiteral("the directory source corp, where the name, email, UPN, department and "
                                "state are changed"));
        QVERIFY(readOnly);
        QVERIFY(stateLocked);
        qunsetenv("KEYDESK_LDAP_PASSWORD");
    }
};

QTEST_MAIN(TestDirectoryConsole)
#include "TestDirectoryConsole.moc"
