// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ConsoleTestSupport.h"
#include "integration/EnrollmentHarness.h"
#include "support/KeyHistory.h"
#include "support/SlapdServer.h"

#include "core/AppPaths.h"
#include "core/access/AccessService.h"
#include "core/activation/DeploymentSettings.h"
#include "core/activation/KeyPolicy.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/sync/ChangeFeed.h"
#include "core/users/DirectoryService.h"
#include "gui/ActivateNowDialog.h"
#include "gui/AllKeysTableModel.h"
#include "gui/BulkChangeDialog.h"
#include "gui/DirectoryPage.h"
#include "gui/GroupKeyPolicyDialog.h"
#include "gui/GroupTableModel.h"
#include "gui/GroupsPage.h"
#include "gui/ImportDialog.h"
#include "gui/KeyServices.h"
#include "gui/KeysPage.h"
#include "gui/LostPhoneDialog.h"
#include "gui/MessageBox.h"
#include "gui/NewSecurityKeyWizard.h"
#include "gui/NewWorkflowWizard.h"
#include "gui/OverviewPage.h"
#include "gui/SecurityKeysTab.h"
#include "gui/TeamBanner.h"
#include "gui/TeamSession.h"
#include "gui/UserDetailsDialog.h"
#include "gui/UserTableModel.h"
#include "gui/UsersPage.h"
#include "gui/VerifyKeyDialog.h"
#include "gui/WorkflowsPage.h"
#include "i18n/PhoneLanguage.h"
#include "net/DeskSettings.h"
#include "net/DeskSync.h"
#include "net/EnrollmentServer.h"
#include "net/SessionKeeper.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace keydesk;
using namespace keydesk::test;

// The console in team mode against a real team server (the admin API, sync routes and live
// channel of an enrollment server on loopback): each desk shows its own cache of the server, a
// change made on one desk goes to the server and shows on the other, the operator's role decides
// what the pages offer, and a desk whose server stopped stays readable, says so and changes
// nothing until the server is back.
class TestTeamConsole : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home; // the desks' caches, known servers and sessions

    // A shown console signed in to `h` as `email` (made an operator with `role`).
    static std::unique_ptr<gui::MainWindow> openDesk(EnrollmentHarness& h, const QString& name,
                                                     const QString& email, const char* role, QUrl server = {})
    {
        if (server.isEmpty())
            server = h.url({});
        const User op = h.addUser(name, email);
        if (!h.store.core().operators().add(h.store.core().actor(), email, QString::fromLatin1(role)))
            qFatal("cannot make %s an operator", qPrintable(email));
        auto opened = h.store.core().access().openSession(op.id, QStringLiteral("test desk"), 0);
        if (!opened)
            qFatal("no session: %s", qPrintable(opened.error()));
        gui::TeamSession::SignedIn who{server, opened->secret.toLatin1(), op.id, email,
                                       *operatorRoleFromName(QString::fromLatin1(role))};
        auto window = std::make_unique<gui::MainWindow>(QString());
        QString error;
        if (!window->openTeam(std::make_unique<gui::TeamSession>(who), &error))
            qFatal("the desk did not open: %s", qPrintable(error));
        window->resize(1100, 700);
        window->show();
        return window;
    }

    static QTableView* usersTable(gui::MainWindow& desk)
    {
        return desk.usersPage()->findChild<QTableView*>(QStringLiteral("usersTableView"));
    }

    static int rowOf(gui::MainWindow& desk, qint64 userId)
    {
        auto* model = qobject_cast<gui::UserTableModel*>(usersTable(desk)->model());
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->userId(row) == userId)
                return row;
        }
        return -1;
    }

    static std::optional<bool> shownEnabled(gui::MainWindow& desk, qint64 userId)
    {
        const int row = rowOf(desk, userId);
        if (row < 0)
            return std::nullopt;
        return qobject_cast<gui::UserTableModel*>(usersTable(desk)->model())->userEnabled(row);
    }

    // Ana, helpdesk, whose session this machine keeps (the keychain, else the sessions file) as
    // her sign-in left it.
    static User signedInBefore(EnrollmentHarness& h)
    {
        const User ana = h.addUser(QStringLiteral("Ana Novak"), QStringLiteral("ana@example.com"));
        if (!h.store.core().operators().add(h.store.core().actor(), QStringLiteral("ana@example.com"),
                                            QStringLiteral("helpdesk")))
            qFatal("cannot make Ana an operator");
        auto opened = h.store.core().access().openSession(ana.id, QStringLiteral("test desk"), 0);
        if (!opened || !net::SessionKeeper(AppPaths::configFile(QStringLiteral("sessions")))
                            .keep(h.url({}), opened->secret))
            qFatal("no kept session for Ana");
        return ana;
    }

    static AuditQuery lastOf(const QString& action)
    {
        AuditQuery query;
        query.action = action;
        return query;
    }

    static QPushButton* button(QWidget* page, const char* name)
    {
        auto* found = page->findChild<QPushButton*>(QString::fromLatin1(name));
        if (!found)
            qFatal("no button %s", name);
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    }

    void aChangeOnOneDeskShowsOnTheOther()
    {
        EnrollmentHarness h;
        const User grace = h.addUser(QStringLiteral("Grace Hopper"), QStringLiteral("grace@example.com"));
        auto deskA = openDesk(h, QStringLiteral("Ana Novak"), QStringLiteral("ana@example.com"), "admin");
        auto deskB = openDesk(h, QStringLiteral("Ben Okafor"), QStringLiteral("ben@example.com"), "helpdesk");
        QVERIFY(deskA->core()->inTeam());
        QCOMPARE(deskA->findChild<QLabel*>(QStringLiteral("serverLabel"))->text(),
                 QStringLiteral("Team: localhost — Ana Novak (admin)"));
        QCOMPARE(deskB->findChild<QLabel*>(QStringLiteral("serverLabel"))->text(),
                 QStringLiteral("Team: localhost — Ben Okafor (helpdesk)"));
        // Each operator's own copy, readable by them only.
        QVERIFY(deskA->team()->cachePath() != deskB->team()->cachePath());
        // The owner's bits and the group's and others' (0xF000, 0x00FF): read and write for the owner only.
        QCOMPARE(int(QFile::permissions(deskA->team()->cachePath()) & 0xF0FF),
                 int(QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(shownEnabled(*deskA, grace.id), std::optional<bool>(true));
        QCOMPARE(shownEnabled(*deskB, grace.id), std::optional<bool>(true));
        keepScreenshot(deskB.get(), QStringLiteral("team-status-bar"));

        // Ben disables Grace: the server makes the change, and both desks show it.
        usersTable(*deskB)->selectRow(rowOf(*deskB, grace.id));
        QPushButton* disable = button(deskB->usersPage(), "disableButton");
        QVERIFY(disable->isEnabled());
        disable->click();
        QCOMPARE(h.store.core().users().findById(grace.id).value()->enabled, false);
        // The desk that made it shows it as soon as the server confirms.
        QCOMPARE(shownEnabled(*deskB, grace.id), std::optional<bool>(false));
        QVERIFY(waitUntil([&] { return shownEnabled(*deskA, grace.id) == std::optional<bool>(false); }));
        auto events = h.store.core().auditTrail().page(AuditQuery{}, 0, 5);
        QVERIFY(events);
        QCOMPARE(events->first().actor, QStringLiteral("ben@example.com"));

        // Someone else's change (here, the server's own database) reaches both desks too.
        const User late = h.addUser(QStringLiteral("Late Arrival"), QStringLiteral("late@example.com"));
        QVERIFY(waitUntil([&] { return rowOf(*deskA, late.id) >= 0 && rowOf(*deskB, late.id) >= 0; }));
    }

    void twoDesksOnTwoInstancesAgreeWithTheServer()
    {
        EnrollmentHarness h;
        QList<qint64> users;
        for (int i = 0; i < 40; ++i)
            users << h.addUser(QStringLiteral("User %1").arg(i), QStringLiteral("user%1@example.com").arg(i))
                         .id;
        QList<qint64> groups;
        for (const QString& name :
             {QStringLiteral("Finance"), QStringLiteral("Sales"), QStringLiteral("Ops")})
            groups << h.store.core().groups().create(h.store.core().actor(), name)->id;
        // A second instance of the server: its own connection to the same database.
        auto second = Core::open(h.store.path(), {QStringLiteral("instance-2"), false, &h.store.clock()});
        QVERIFY2(second, qPrintable(second.error()));
        net::EnrollmentServer instance2(second.value()->store(), AuthenticatorNames::builtin());
        net::ServerOptions anyPort;
        anyPort.port = 0;
        QVERIFY(instance2.start(anyPort));
        auto deskA = openDesk(h, QStringLiteral("Ana Novak"), QStringLiteral("ana@example.com"), "admin");
        auto deskB = openDesk(h, QStringLiteral("Ben Okafor"), QStringLiteral("ben@example.com"), "helpdesk",
                              QUrl(instance2.listeningUrl()));

        // keydesk-cli writes through the second instance meanwhile, from the same seed each run.
        QRandomGenerator random(20261204);
        auto token =
            h.store.core().access().createToken(h.store.core().actor(), QStringLiteral("ana@example.com"),
                                                QStringLiteral("writer"), std::nullopt);
        QVERIFY(token);
        QString script =
            QStringLiteral("set -e\nk() { '%1' --server '%2' --token '%3' \"$@\" >/dev/null 2>&1; }\n")
                .arg(qEnvironmentVariable("KEYDESK_CLI"), instance2.listeningUrl(), token->secret);
        for (int i = 0; i < 15; ++i) {
            const qint64 someone = users[random.bounded(users.size())];
            script += random.bounded(2)
                          ? QStringLiteral("k users edit %1 --department 'CLI %2'\n").arg(someone).arg(i)
                          : QStringLiteral("k users add --name 'CLI %1' --email cli%1@example.com\n").arg(i);
        }
        QProcess writer;
        writer.start(QStringLiteral("bash"), {QStringLiteral("-c"), script});

        // Both desks change things at random, as their operators would, while the CLI writes.
        int confirmed = 0;
        for (int i = 0; i < 30; ++i) {
            Core& desk = *(random.bounded(2) ? deskA : deskB)->core();
            const qint64 user = users[random.bounded(users.size())];
            const qint64 group = groups[random.bounded(groups.size())];
            bool ok = false;
            switch (random.bounded(4)) {
            case 0:
                ok = bool(desk.userChanges().setEnabled(desk.actor(), user, random.bounded(2) == 0));
                break;
            case 1:
                ok = bool(desk.userChanges().joinGroup(desk.actor(), group, user));
                break;
            case 2:
                ok = bool(desk.userChanges().leaveGroup(desk.actor(), group, user));
                break;
            case 3:
                ok = bool(
                    desk.groupChanges().create(desk.actor(), QStringLiteral("Desk group %1").arg(i), {}));
                break;
            }
            confirmed += ok;
        }
        QVERIFY(waitUntil([&] { return writer.state() == QProcess::NotRunning; }));
        QCOMPARE(writer.exitCode(), 0);
        QVERIFY2(confirmed >= 10, qPrintable(QString::number(confirmed))); // some repeat what is already so
        qInfo("%d of 30 desk changes confirmed by the server", confirmed);

        // Each desk's cache now holds what the server holds, table by table.
        const qint64 end = h.store->changeLog().head().value().through;
        // (A helpdesk operator's desk gets no operators: that needs read-administration.)
        for (const auto& [desk, leftOut] :
             {std::pair{deskA.get(), QStringList()},
              std::pair{deskB.get(), QStringList{QStringLiteral("operators")}}}) {
            QVERIFY(waitUntil([&] { return desk->team()->sync().through() == end; }));
            const QString differs = cacheDiffers(*h.store, desk->core()->store(), leftOut);
            QVERIFY2(differs.isEmpty(),
                     qPrintable(desk->team()->who().email + QStringLiteral(": ") + differs));
        }
        QVERIFY(scalar(h.store->database(),
                       QStringLiteral("SELECT count(*) FROM users WHERE email LIKE 'cli%'")) > 0);
    }

    void theRoleDecidesWhatThePagesOffer()
    {
        EnrollmentHarness h;
        const User grace = h.addUser(QStringLiteral("Grace Hopper"), QStringLiteral("grace@example.com"));
        QVERIFY(h.store.core().groups().create(h.store.core().actor(), QStringLiteral("Finance")));
        auto helpdesk =
            openDesk(h, QStringLiteral("Ben Okafor"), QStringLiteral("ben@example.com"), "helpdesk");
        auto auditor =
            openDesk(h, QStringLiteral("Cleo Park"), QStringLiteral("cleo@example.com"), "auditor");

        // The auditor changes nothing, and each control says why.
        usersTable(*auditor)->selectRow(rowOf(*auditor, grace.id));
        for (const char* name : {"newUserButton", "disableButton", "addToGroupButton"}) {
            QPushButton* b = button(auditor->usersPage(), name);
            QVERIFY2(!b->isEnabled(), name);
            QCOMPARE(b->toolTip(), QStringLiteral("cleo@example.com is auditor and may not change users"));
        }
        auto* groups = auditor->groupsPage();
        auto* groupTable = groups->findChild<QTableView*>(QStringLiteral("groupsTableView"));
        groupTable->selectRow(0);
        QVERIFY(!button(groups, "newGroupButton")->isEnabled());
        QCOMPARE(button(groups, "newGroupButton")->toolTip(),
                 QStringLiteral("cleo@example.com is auditor and may not change groups"));
        QVERIFY(!button(groups, "deleteGroupButton")->isEnabled());

        // Helpdesk changes users and groups, deletes nothing.
        usersTable(*helpdesk)->selectRow(rowOf(*helpdesk, grace.id));
        QVERIFY(button(helpdesk->usersPage(), "disableButton")->isEnabled());
        QVERIFY(button(helpdesk->usersPage(), "newUserButton")->isEnabled());
        auto* helpdeskGroups = helpdesk->groupsPage();
        helpdeskGroups->findChild<QTableView*>(QStringLiteral("groupsTableView"))->selectRow(0);
        QVERIFY(button(helpdeskGroups, "renameGroupButton")->isEnabled());
        QPushButton* remove = button(helpdeskGroups, "deleteGroupButton");
        QVERIFY(!remove->isEnabled());
        QCOMPARE(remove->toolTip(), QStringLiteral("ben@example.com is helpdesk and may not delete"));
        // A group's key policy is a setting: not the helpdesk's.
        QVERIFY(!button(helpdeskGroups, "keyPolicyButton")->isEnabled());
        helpdesk->showPage(gui::MainWindow::GroupsIndex);
        helpdesk->raise();
        keepScreenshot(helpdesk.get(), QStringLiteral("team-helpdesk-groups"));
    }

    // Groups > Key Policy… on a team desk: the server keeps it, and the desk's list shows it.
    void aGroupsKeyPolicyFromATeamDeskIsTheServers()
    {
        EnrollmentHarness h;
        QVERIFY(h.store.core().groups().create(h.store.core().actor(), QStringLiteral("Finance")));
        auto desk = openDesk(h, QStringLiteral("Ana Novak"), QStringLiteral("ana@example.com"), "admin");
        auto* groups = desk->groupsPage();
        auto* table = groups->findChild<QTableView*>(QStringLiteral("groupsTableView"));
        QVERIFY(waitUntil([&] { return table->model()->rowCount() == 1; }));
        table->selectRow(0);
        QPushButton* policyButton = button(groups, "keyPolicyButton");
        QVERIFY(policyButton->isEnabled());
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<gui::GroupKeyPolicyDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* own = dialog->findChild<QCheckBox*>(QStringLiteral("ownPolicyCheckBox"));
            QVERIFY(!own->isChecked());
            own->setChecked(true);
            dialog->findChild<QCheckBox*>(QStringLiteral("deviceBoundCheckBox"))->setChecked(true);
            QVERIFY2(dialog->apply(), qPrintable(dialog->errorText()));
            dialog->accept();
        });
        policyButton->click();
        const auto serverPolicy =
            keyPolicyFromJson(h.store.core().groups().resolve(QStringLiteral("Finance"))->keyPolicy);
        QVERIFY2(serverPolicy, qPrintable(serverPolicy.error()));
        QVERIFY(serverPolicy->deviceBoundOnly);
        AuditQuery byAna = lastOf(QStringLiteral("group.key-policy"));
        byAna.actor = QStringLiteral("ana@example.com");
        QCOMPARE(h.store.core().auditTrail().count(byAna).value(), 1);
        QVERIFY(waitUntil([&] {
            return table->model()->index(0, gui::GroupTableModel::KeyPolicyColumn).data().toString() ==
                   QStringLiteral("Device-bound keys only");
        }));
    }

    void keysFromATeamDeskGoThroughTheServer()
    {
        EnrollmentHarness h;
        const User grace = h.addUser(QStringLiteral("Grace Hopper"), QStringLiteral("grace@example.com"));
        auto desk = openDesk(h, QStringLiteral("Ben Okafor"), QStringLiteral("ben@example.com"), "helpdesk");
        gui::KeyServices* services = desk->keyServices();
        QVERIFY(!services->serverRunning()); // a team desk runs no enrollment server of its own

        gui::UserDetailsDialog details(services->core(), grace.id, services, desk.get());
        details.show();
        gui::SecurityKeysTab* tab = details.securityKeysTab();
        QVERIFY(button(tab, "newKeyButton")->isEnabled());
        assignWithActivateNow(tab);
        auto* dialog = tab->findChild<gui::ActivateNowDialog*>();
        QVERIFY(dialog);
        // The server assigned the key, as Ben, and its link is the server's.
        auto keys = h.store.core().keys().listForUser(grace.id);
        QVERIFY(keys);
        QCOMPARE(keys->size(), 1);
        QCOMPARE(keys->first().key.status, KeyStatus::Pending);
        QCOMPARE(dialog->state(), gui::ActivateNowDialog::State::Waiting);
        QVERIFY2(dialog->link().startsWith(h.server->listeningUrl() + QStringLiteral("/a/")),
                 qPrintable(dialog->link()));
        QCOMPARE(dialog->manualCode().size(), 9);

        // The phone completes the server's link; the desk hears of it through its cache.
        const phone::PhoneActivation done = h.activate(dialog->link());
        QVERIFY2(done.reply.ok(), qPrintable(done.reply.message()));
        QVERIFY(waitUntil([&] { return dialog->state() == gui::ActivateNowDialog::State::Activated; }));
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("statusLabel"))->text(),
                 QStringLiteral("✔ Activated — KeyDesk virtual phone"));
        keepScreenshot(dialog, QStringLiteral("team-activate-now-activated"));
        dialog->close();

        // Verify Now: the server's relying party checks a fresh sign-in; the receipt is the server's.
        QPushButton* verifyButton = button(tab, "verifyButton");
        QVERIFY(waitUntil([&] { return verifyButton->isEnabled(); })); // the tab shows the key active
        verifyButton->click();
        auto* verify = tab->findChild<gui::VerifyKeyDialog*>();
        QVERIFY(verify);
        QCOMPARE(verify->state(), VerificationState::Pending);
        QVERIFY2(verify->link().startsWith(h.server->listeningUrl() + QStringLiteral("/v/")),
                 qPrintable(verify->link()));
        const phone::PhoneVerification answered = h.verify(verify->link());
        QVERIFY2(answered.reply.ok(), qPrintable(answered.reply.message()));
        QVERIFY(waitUntil([&] { return verify->state() == VerificationState::Verified; }));
        auto onServer = h.store.core().verifications().listRecent(5);
        QVERIFY(onServer);
        QCOMPARE(onServer->size(), 1);
        QCOMPARE(onServer->first().verification.startedBy, QStringLiteral("ben@example.com"));
        const QString receipt = verify->receiptHtml();
        QVERIFY2(receipt.contains(QStringLiteral("Grace Hopper")) &&
                     receipt.contains(QStringLiteral("localhost")),
                 qPrintable(receipt.left(400)));
        keepScreenshot(verify, QStringLiteral("team-verify-now"));

        // The desk's Overview reads its copy: the server's figures, Grace's active key among them.
        const EnrollmentCounts onTheServer = h.store.core().overview().enrollment().value();
        QCOMPARE(onTheServer.active, 1);
        gui::OverviewPage* overview = desk->overviewPage();
        overview->refresh();
        QVERIFY(waitUntil([&] {
            return overview->isComplete() && overview->figures().enrollment &&
                   *overview->figures().enrollment == onTheServer;
        }));
        QVERIFY2(overview->figures().error.isEmpty(), qPrintable(overview->figures().error));
    }

    // All Keys' bulk change from a team desk: the server changes the keys, a part of
    // BulkKeyChange::kBatch keys per request, each audited as the desk's operator; a cancel stops
    // between parts and leaves the rest as they were.
    void bulkChangesFromATeamDeskGoToTheServerInParts()
    {
        EnrollmentHarness h;
        QVERIFY(DemoDataGenerator::generate(*h.store, 1500));
        seedKeyHistory(*h.store, 23, QDateTime::currentMSecsSinceEpoch());
        Database& server = h.store->database();
        const qint64 active =
            scalar(server, QStringLiteral("SELECT count(*) FROM security_keys WHERE status = "
                                          "'active'"));
        QVERIFY(active > 2 * BulkKeyChange::kBatch);
        auto desk = openDesk(h, QStringLiteral("Ben Okafor"), QStringLiteral("ben@example.com"), "helpdesk");
        desk->showPage(gui::MainWindow::KeysIndex);
        gui::KeysPage* page = desk->keysPage();
        auto* status = page->findChild<QComboBox*>(QStringLiteral("statusComboBox"));
        status->setCurrentIndex(status->findText(QStringLiteral("Active")));
        QVERIFY(waitUntil([&] { return page->model()->keyCount() == active; }));
        page->view()->selectAll();
        const QList<qint64> ids = page->selectedKeyIds();
        QCOMPARE(ids.size(), active);

        // Cancelled as the first part's answer comes: only those keys are suspended.
        gui::BulkChangeDialog* dialog = page->startBulk(BulkKeyAction::Suspend, QStringLiteral("audit"));
        QVERIFY(dialog);
        auto* bar = dialog->findChild<QProgressBar*>(QStringLiteral("bulkProgressBar"));
        connect(bar, &QProgressBar::valueChanged, dialog, [dialog] {
            if (auto* cancel = dialog->findChild<QPushButton*>(QStringLiteral("cancelButton"));
                cancel->isEnabled())
                cancel->click();
        });
        QVERIFY(waitUntil([&] { return dialog->outcome().has_value(); }));
        QVERIFY2(dialog->outcome()->ok(), qPrintable(dialog->outcome()->error()));
        QVERIFY(dialog->outcome()->value().cancelled);
        QCOMPARE(dialog->outcome()->value().changed, BulkKeyChange::kBatch);
        const auto suspendedOf = [&](const QList<qint64>& keys) {
            QStringList list;
            for (qint64 id : keys)
                list << QString::number(id);
            return scalar(server,
                          QStringLiteral("SELECT count(*) FROM security_keys WHERE status = 'suspended' "
                                         "AND status_reason = 'audit' AND id IN (%1)")
                              .arg(list.join(u',')));
        };
        QCOMPARE(suspendedOf(ids.mid(0, BulkKeyChange::kBatch)), BulkKeyChange::kBatch);
        QCOMPARE(suspendedOf(ids.mid(BulkKeyChange::kBatch)), 0);
        AuditQuery byBen = lastOf(QStringLiteral("key.suspend"));
        byBen.actor = QStringLiteral("ben@example.com");
        QCOMPARE(h.store.core().auditTrail().count(byBen).value(), BulkKeyChange::kBatch);
        dialog->close();

        // The rest, to the end: every key once, and the desk's list follows the server.
        QVERIFY(waitUntil([&] { return page->model()->keyCount() == active - BulkKeyChange::kBatch; }));
        page->view()->selectAll();
        const QList<qint64> rest = page->selectedKeyIds();
        QCOMPARE(rest, ids.mid(BulkKeyChange::kBatch));
        dialog = page->startBulk(BulkKeyAction::Suspend, QStringLiteral("audit"));
        QVERIFY(waitUntil([&] { return dialog->outcome().has_value(); }));
        QVERIFY(!dialog->outcome()->value().cancelled);
        QCOMPARE(dialog->outcome()->value().changed, rest.size());
        QCOMPARE(suspendedOf(ids), active);
        QCOMPARE(h.store.core().auditTrail().count(byBen).value(), active);
        QVERIFY(waitUntil([&] { return page->model()->keyCount() == 0; }));
    }

    // The lost-phone case from a team desk is the server's: one case there, by the desk's operator.
    void aLostPhoneFromATeamDeskIsOneCaseOnTheServer()
    {
        EnrollmentHarness h;
        QVERIFY(DemoDataGenerator::generate(*h.store, 200));
        seedKeyHistory(*h.store, 29, QDateTime::currentMSecsSinceEpoch());
        Database& server = h.store->database();
        const qint64 userId =
            scalar(server, QStringLiteral("SELECT min(u.id) FROM users u WHERE u.enabled = 1 AND "
                                          "(SELECT count(*) FROM security_keys k WHERE k.user_id "
                                          "= u.id) = 1 AND EXISTS (SELECT 1 FROM security_keys k "
                                          "WHERE k.user_id = u.id AND k.status = 'active')"));
        const qint64 oldKey =
            scalar(server, QStringLiteral("SELECT id FROM security_keys WHERE user_id = %1").arg(userId));
        auto desk = openDesk(h, QStringLiteral("Ben Okafor"), QStringLiteral("ben@example.com"), "helpdesk");
        gui::KeyServices* services = desk->keyServices();
        gui::UserDetailsDialog details(services->core(), userId, services, desk.get());
        details.show();
        gui::SecurityKeysTab* tab = details.securityKeysTab();
        QTimer::singleShot(0, this, [] {
            auto* ask = qobject_cast<gui::LostPhoneDialog*>(QApplication::activeModalWidget());
            QVERIFY(ask);
            ask->findChild<QLineEdit*>(QStringLiteral("reasonLineEdit"))
                ->setText(QStringLiteral("lost at the fair"));
            ask->findChild<QRadioButton*>(QStringLiteral("emailRadioButton"))->setChecked(true);
            ask->accept();
        });
        button(tab, "lostPhoneButton")->click();
        QCOMPARE(
            scalar(server, QStringLiteral("SELECT count(*) FROM security_keys WHERE id = %1 AND status = "
                                          "'suspended'")
                               .arg(oldKey)),
            1);
        QCOMPARE(scalar(server,
                        QStringLiteral("SELECT count(*) FROM security_keys WHERE user_id = %1 AND status = "
                                       "'pending'")
                            .arg(userId)),
                 1);
        AuditQuery byBen = lastOf(QStringLiteral("key.lost-phone"));
        byBen.actor = QStringLiteral("ben@example.com");
        QCOMPARE(h.store.core().auditTrail().count(byBen).value(), 1);
        // The desk's cache holds the case: Phone Found undoes it through the server.
        QVERIFY(waitUntil([&] { return button(tab, "phoneFoundButton")->isEnabled(); }));
        gui::MessageBox::setNextAnswer(QMessageBox::Yes);
        button(tab, "phoneFoundButton")->click();
        QCOMPARE(
            scalar(server, QStringLiteral("SELECT count(*) FROM security_keys WHERE id = %1 AND status = "
                                          "'active'")
                               .arg(oldKey)),
            1);
        byBen.action = QStringLiteral("key.phone-found");
        QCOMPARE(h.store.core().auditTrail().count(byBen).value(), 1);
    }

    void workflowsFromATeamDeskRunOnTheServer()
    {
        EnrollmentHarness h;
        const Actor direct = h.store.core().actor();
        const User grace = h.addUser(QStringLiteral("Grace Hopper"), QStringLiteral("grace@example.com"));
        const User hal = h.addUser(QStringLiteral("Hal Abelson"), QStringLiteral("hal@example.com"));
        const Group finance = h.store.core().groups().create(direct, QStringLiteral("Finance")).value();
        const Group sales = h.store.core().groups().create(direct, QStringLiteral("Sales")).value();
        QVERIFY(h.store.core().users().joinGroup(direct, finance.id, grace.id));
        QVERIFY(h.store.core().users().joinGroup(direct, sales.id, hal.id));
        auto desk = openDesk(h, QStringLiteral("Ana Novak"), QStringLiteral("ana@example.com"), "admin");
        auto helpdesk =
            openDesk(h, QStringLiteral("Ben Okafor"), QStringLiteral("ben@example.com"), "helpdesk");
        gui::WorkflowsPage* page = desk->workflowsPage();
        desk->showPage(gui::MainWindow::WorkflowsIndex);
        QVERIFY(page->isVisible());
        // The server sends the mail: the desk's own (missing) settings do not matter.
        QVERIFY(!page->findChild<QLabel*>(QStringLiteral("mailWarningLabel"))->isVisible());

        // The wizard saves the workflow on the server, which runs it as submitted.
        QString review;
        QTimer::singleShot(0, [&] {
            auto* wizard = qobject_cast<gui::NewWorkflowWizard*>(QApplication::activeModalWidget());
            if (!wizard)
                return;
            wizard->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))
                ->setText(QStringLiteral("Finance phones"));
            wizard->next();
            auto* groups = wizard->findChild<QListWidget*>(QStringLiteral("groupsListWidget"));
            for (int i = 0; i < groups->count(); ++i) {
                if (groups->item(i)->text().startsWith(QStringLiteral("Finance")))
                    groups->item(i)->setCheckState(Qt::Checked);
            }
            wizard->next();
            review = wizard->findChild<QLabel*>(QStringLiteral("reviewLabel"))->text();
            wizard->button(QWizard::FinishButton)->click();
        });
        QSignalSpy finished(desk->keyServices(), &gui::KeyServices::workflowRunFinished);
        page->newWorkflow();
        QVERIFY2(!review.contains(QStringLiteral("Email is not set up yet")), qPrintable(review));
        QVERIFY(waitUntil([&] { return finished.size() == 1; }));
        QCOMPARE(finished.first().at(1).toString(),
                 QStringLiteral(
                     "Workflows run: 1. Keys assigned: 1, reminders: 0, links re-issued: 0, gave up: 0."));
        QVERIFY(finished.first().at(0).toBool());
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("statusLabel"))->text(),
                 finished.first().at(1).toString());
        const auto onServer = [&] {
            return h.store.core().workflows().resolve(QStringLiteral("Finance phones"));
        };
        QVERIFY(onServer());
        QCOMPARE(onServer()->groupIds, QList<qint64>{finance.id});
        auto runs = h.store.core().workflows().runs(onServer()->id, 10);
        QCOMPARE(runs->size(), 1);
        QCOMPARE(runs->first().trigger, QStringLiteral("submit"));
        QCOMPARE(h.store.core().keys().listForUser(grace.id)->size(), 1);
        QCOMPARE(h.store.core().keys().listForUser(hal.id)->size(), 0);
        QCOMPARE(
            h.store.core().auditTrail().page(lastOf(QStringLiteral("workflow.create")), 0, 1)->first().actor,
            QStringLiteral("ana@example.com"));
        // The desk's page shows the server's workflow and its run, from the cache.
        auto* workflows = page->findChild<QTableView*>(QStringLiteral("workflowsTableView"));
        auto* runTable = page->findChild<QTableView*>(QStringLiteral("runsTableView"));
        QVERIFY(waitUntil(
            [&] { return workflows->model()->rowCount() == 1 && runTable->model()->rowCount() == 1; }));
        QCOMPARE(runTable->model()->index(0, 1).data().toString(), QStringLiteral("submit"));
        keepScreenshot(desk.get(), QStringLiteral("team-workflows"));

        // Edit: Sales joins the scope, on the server.
        workflows->selectRow(0);
        QTimer::singleShot(0, [] {
            auto* wizard = qobject_cast<gui::NewWorkflowWizard*>(QApplication::activeModalWidget());
            if (!wizard)
                return;
            wizard->next();
            auto* groups = wizard->findChild<QListWidget*>(QStringLiteral("groupsListWidget"));
            for (int i = 0; i < groups->count(); ++i)
                groups->item(i)->setCheckState(Qt::Checked);
            wizard->next();
            wizard->button(QWizard::FinishButton)->click();
        });
        page->editSelected();
        QCOMPARE(onServer()->groupIds.size(), 2);
        QVERIFY(waitUntil([&] {
            return workflows->model()->index(0, 1).data().toString() == QStringLiteral("Finance, Sales");
        }));

        // Disable, enable and run again: each on the server.
        workflows->selectRow(0);
        button(page, "disableButton")->click();
        QCOMPARE(onServer()->enabled, false);
        QVERIFY(waitUntil([&] { return !button(page, "runButton")->isEnabled(); }));
        workflows->selectRow(0);
        button(page, "enableButton")->click();
        QCOMPARE(onServer()->enabled, true);
        workflows->selectRow(0);
        QVERIFY(waitUntil([&] { return button(page, "runButton")->isEnabled(); }));
        button(page, "runButton")->click();
        QVERIFY(waitUntil([&] { return finished.size() == 2; }));
        QCOMPARE(finished.last().at(1).toString(),
                 QStringLiteral(
                     "Workflows run: 1. Keys assigned: 1, reminders: 0, links re-issued: 0, gave up: 0."));
        runs = h.store.core().workflows().runs(onServer()->id, 10);
        QCOMPARE(runs->size(), 2);
        QCOMPARE(runs->first().trigger, QStringLiteral("manual"));
        QCOMPARE(h.store.core().keys().listForUser(hal.id)->size(), 1);

        // Helpdesk sees the workflows and manages none of them.
        gui::WorkflowsPage* readOnly = helpdesk->workflowsPage();
        auto* theirs = readOnly->findChild<QTableView*>(QStringLiteral("workflowsTableView"));
        QVERIFY(waitUntil([&] { return theirs->model()->rowCount() == 1; }));
        theirs->selectRow(0);
        for (const char* name :
             {"newWorkflowButton", "runButton", "editButton", "disableButton", "deleteButton"}) {
            QPushButton* b = button(readOnly, name);
            QVERIFY2(!b->isEnabled(), name);
            QCOMPARE(b->toolTip(),
                     QStringLiteral("ben@example.com is helpdesk and may not change workflows"));
        }

        // Delete, revoking the keys that still wait: on the server.
        QVERIFY(desk->core()->workflowChanges().remove(desk->core()->actor(), onServer()->id, true));
        QVERIFY(!onServer());
        QCOMPARE(h.store.core().keys().listForUser(grace.id)->first().key.status, KeyStatus::Revoked);
        QVERIFY(waitUntil([&] { return workflows->model()->rowCount() == 0; }));
    }

    // A team desk's Directory page: the server reads the directory (with its own bind password),
    // and the run reaches the desk's copy with the rest.
    void aTeamDeskSyncsADirectoryThroughTheServer()
    {
        auto slapd = test::SlapdServer::start();
        QVERIFY2(slapd, qPrintable(slapd.error()));
        QVERIFY(slapd.value()
                    ->add(QStringLiteral(
                        "dn: ou=People,dc=example,dc=com\nobjectClass: organizationalUnit\nou: People\n\n"
                        "dn: uid=ada,ou=People,dc=example,dc=com\nobjectClass: inetOrgPerson\nuid: "
                        "ada\ncn: Ada Lovelace\nsn: Lovelace\nmail: ada@corp.example\n\n"))
                    .ok());
        EnrollmentHarness h;
        LdapSourceConfig config = LdapSourceConfig::defaults(LdapFlavour::OpenLdap);
        config.url = slapd.value()->url();
        config.bindDn = test::SlapdServer::syncDn();
        config.baseDns = {test::SlapdServer::suffix()};
        config.syncMinutes = 0;
        QVERIFY(DirectoryService(*h.store).addLdapSource(h.store.core().actor(), QStringLiteral("corp"),
                                                         config, LeaverAction::Suspend));
        qputenv("KEYDESK_LDAP_PASSWORD", test::SlapdServer::syncPassword().toUtf8()); // the server's
        auto desk = openDesk(h, QStringLiteral("Ana Novak"), QStringLiteral("ana@example.com"), "admin");
        desk->showPage(gui::MainWindow::DirectoryIndex);
        gui::DirectoryPage* page = desk->directoryPage();
        auto* sources = page->findChild<QTableWidget*>(QStringLiteral("sourcesTable"));
        QVERIFY(waitUntil([&] {
            page->reload();
            return sources->rowCount() == 1;
        }));
        // The server's bind password is the server's business.
        QPushButton* password = button(page, "passwordButton");
        QVERIFY(!password->isEnabled());
        QCOMPARE(password->toolTip(), gui::KeyServices::teamRefusal().message());

        QSignalSpy finished(page, &gui::DirectoryPage::syncFinished);
        button(page, "syncButton")->click();
        QVERIFY(waitUntil([&] { return finished.size() == 1; }));
        QCOMPARE(
            finished.first().at(1).toString(),
            QStringLiteral("corp synced: 1 created, 0 updated, 0 disabled, 0 enabled, 0 removed; memberships "
                           "+0 −0; 0 keys withdrawn; 0 entry errors"));
        for (auto* dialog : page->findChildren<QDialog*>())
            dialog->close();
        // Made on the server, by the desk's operator; the run and the user reach the desk's copy.
        auto ada = h.store->users().findByEmail(QStringLiteral("ada@corp.example"));
        QVERIFY(ada && ada.value());
        QCOMPARE(
            textScalar(
                h.store->database(),
                QStringLiteral(
                    "SELECT actor FROM audit_events WHERE action = 'user.create' ORDER BY id DESC LIMIT 1")),
            QStringLiteral("ana@example.com"));
        auto* runs = page->findChild<QTableWidget*>(QStringLiteral("runsTable"));
        QVERIFY(waitUntil([&] {
            page->reload();
            return runs->rowCount() == 1 &&
                   scalar(desk->core()->store().database(),
                          QStringLiteral("SELECT count(*) FROM users WHERE email = 'ada@corp.example'")) == 1;
        }));
        qunsetenv("KEYDESK_LDAP_PASSWORD");
    }

    void importFromATeamDeskGoesThroughTheServer()
    {
        EnrollmentHarness h;
        auto desk = openDesk(h, QStringLiteral("Ben Okafor"), QStringLiteral("ben@example.com"), "helpdesk");
        auto auditor =
            openDesk(h, QStringLiteral("Cleo Park"), QStringLiteral("cleo@example.com"), "auditor");
        QAction* importAction = nullptr;
        for (QAction* action : auditor->findChildren<QAction*>()) {
            if (action->objectName() == QStringLiteral("importUsersAction"))
                importAction = action;
        }
        QVERIFY(importAction);
        QVERIFY(!importAction->isEnabled());
        QCOMPARE(importAction->toolTip(),
                 QStringLiteral("cleo@example.com is auditor and may not change users"));

        QTemporaryDir dir;
        const auto write = [&](const char* name, const QByteArray& text) {
            QFile file(dir.filePath(QString::fromLatin1(name)));
            if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
                qFatal("cannot write %s", name);
            return file.fileName();
        };
        const auto userCount = [&] {
            return scalar(h.store->database(), QStringLiteral("SELECT count(*) FROM users"));
        };
        const qint64 usersBefore = userCount();
        const auto importOn = [&](gui::MainWindow& window, const QString& path) {
            window.importUsers(path);
            auto* dialog = window.findChild<gui::ImportDialog*>();
            if (dialog && !waitUntil([&] { return !dialog->isRunning(); }))
                qFatal("the import did not end");
            return dialog;
        };

        // A row the server refuses: every problem by line, and nothing changed.
        gui::ImportDialog* refused = importOn(
            *desk,
            write("bad.csv", "display_name,email,upn,department,groups\nDora Finch,not-an-email,,,Field\n"));
        QVERIFY(refused);
        QVERIFY(!refused->succeeded());
        QCOMPARE(refused->findChild<QLabel*>(QStringLiteral("statusLabel"))->text(),
                 QStringLiteral("The file was not imported; nothing was changed."));
        QCOMPARE(refused->findChild<QPlainTextEdit*>(QStringLiteral("problemsPlainTextEdit"))->toPlainText(),
                 QStringLiteral("line 2: email 'not-an-email' is not of the form name@domain"));
        QCOMPARE(userCount(), usersBefore);
        refused->close();
        delete refused; // closed, deleted later by the event loop the test does not return to

        // Cancelled while the file is on its way: the server keeps nothing.
        const QString good = write("good.csv", "display_name,email,upn,department,groups\n"
                                               "Dora Finch,dora@example.com,,Field Ops,Field\n"
                                               "Eli Moss,eli@example.com,,Field Ops,Field\n");
        desk->importUsers(good);
        auto* cancelled = desk->findChild<gui::ImportDialog*>();
        button(cancelled, "cancelButton")->click();
        QVERIFY(waitUntil([&] { return !cancelled->isRunning(); }));
        QCOMPARE(
            cancelled->findChild<QPlainTextEdit*>(QStringLiteral("problemsPlainTextEdit"))->toPlainText(),
            QStringLiteral("Cancelled; the server discarded what was sent."));
        QVERIFY(waitUntil([&] {
            return scalar(h.store->database(), QStringLiteral("SELECT count(*) FROM import_uploads")) == 0;
        }));
        QCOMPARE(userCount(), usersBefore);
        cancelled->close();
        delete cancelled; // closed, deleted later by the event loop the test does not return to

        // The whole file: imported by the server as Ben, and on the desk.
        gui::ImportDialog* imported = importOn(*desk, good);
        QVERIFY(imported->succeeded());
        QCOMPARE(
            imported->findChild<QLabel*>(QStringLiteral("statusLabel"))->text(),
            QStringLiteral("Imported 2 rows: 2 users created, 0 updated, 0 unchanged, 2 group memberships "
                           "added. New groups: Field."));
        const User dora = h.store->users().resolve(QStringLiteral("dora@example.com")).value();
        QCOMPARE(dora.department, QStringLiteral("Field Ops"));
        QCOMPARE(
            h.store.core().auditTrail().page(lastOf(QStringLiteral("users.import")), 0, 1)->first().actor,
            QStringLiteral("ben@example.com"));
        QVERIFY(waitUntil([&] { return rowOf(*desk, dora.id) >= 0 && rowOf(*auditor, dora.id) >= 0; }));
    }

    void theServersSettingsReachTheDesksWizards()
    {
        EnrollmentHarness h;
        Store& server = h.store.core().store();
        const Actor direct = h.store.core().actor();
        QVERIFY(setDeploymentSetting(server, direct, QStringLiteral("keys.attestation"),
                                     QStringLiteral("record")));
        QVERIFY(setDeploymentSetting(server, direct, QStringLiteral("activation.now_minutes"),
                                     QStringLiteral("5")));
        const User grace = h.addUser(QStringLiteral("Grace Hopper"), QStringLiteral("grace@example.com"));
        auto desk = openDesk(h, QStringLiteral("Ben Okafor"), QStringLiteral("ben@example.com"), "helpdesk");

        // The key wizard starts from the server's defaults, not the recommended ones.
        gui::NewSecurityKeyWizard wizard(*desk->keyServices(), grace, desk.get());
        const QString activateNow = wizard.findChild<QLabel*>(QStringLiteral("activateNowLabel"))->text();
        QVERIFY2(activateNow.endsWith(QStringLiteral("It works for 5 minutes.")), qPrintable(activateNow));
        QCOMPARE(wizard.findChild<QComboBox*>(QStringLiteral("attestationComboBox"))->currentData().toInt(),
                 int(AttestationPolicy::Record));

        // A change of them on the server (audited, so in the change log) reaches the desk's copy.
        QVERIFY(setDeploymentSetting(server, direct, QStringLiteral("activation.now_minutes"),
                                     QStringLiteral("7")));
        QVERIFY(waitUntil([&] {
            return desk->core()->setting(QStringLiteral("activation.now_minutes")).value() ==
                   QStringLiteral("7");
        }));
        // Copied as the server has it, not as a change of the desk's: no audit event of its own.
        QCOMPARE(cacheDiffers(*h.store, desk->core()->store(), {QStringLiteral("operators")}), QString());
    }

    void aDeskBehindThePrunedLogCopiesAgain()
    {
        EnrollmentHarness h;
        h.addUser(QStringLiteral("Grace Hopper"), QStringLiteral("grace@example.com"));
        auto desk = openDesk(h, QStringLiteral("Ana Novak"), QStringLiteral("ana@example.com"), "admin");
        net::DeskSync& sync = desk->team()->sync();
        QVERIFY(waitUntil([&] { return sync.link() == net::DeskSync::Link::Live; }));
        const quint16 port = h.server->port();
        h.server->stop();
        QVERIFY(waitUntil([&] { return sync.link() == net::DeskSync::Link::Offline; }));

        // Away longer than the log keeps its entries: the server forgot what this desk has not seen.
        const User pat = h.addUser(QStringLiteral("Pat Pruned"), QStringLiteral("pat@example.com"));
        h.addUser(QStringLiteral("Quinn Later"), QStringLiteral("quinn@example.com"));
        // The sweep notes how far the log has come, and a week later drops all but its last entry:
        // Pat's is gone.
        ChangeFeed feed(*h.store);
        QVERIFY(feed.keep(h.store.clock().nowMs()));
        QVERIFY(feed.keep(h.store.clock().nowMs() + ChangeFeed::kKeptMs + 1));
        std::optional<SyncOutcome> next;
        connect(&sync, &net::DeskSync::synced, this, [&](const SyncOutcome& o) {
            if (!next)
                next = o;
        });
        net::ServerOptions again;
        again.port = port;
        QVERIFY(h.server->start(again));
        QVERIFY(waitUntil([&] { return next.has_value(); }));
        QVERIFY2(next->copied, qPrintable(QStringLiteral("changes %1 through %2, log pruned through %3")
                                              .arg(next->changes)
                                              .arg(next->through)
                                              .arg(h.store->changeLog().head().value().prunedThrough)));
        // The window reads the new copy: its pages were made anew on it, and show what was missed.
        QVERIFY(desk->core()->inTeam());
        QVERIFY(rowOf(*desk, pat.id) >= 0);
        const QString differs = cacheDiffers(*h.store, desk->core()->store());
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
    }

    void windowsSignInFromATeamDeskIsTheServers()
    {
        EnrollmentHarness h;
        const User grace = h.addUser(QStringLiteral("Grace Hopper"), QStringLiteral("grace@example.com"));
        auto desk = openDesk(h, QStringLiteral("Ben Okafor"), QStringLiteral("ben@example.com"), "helpdesk");
        Core& core = *desk->core();
        WindowsLogon reader;
        reader.mode = WindowsLogonMode::SharedPc;
        reader.readerLocation = QStringLiteral("Front desk, 2nd floor");
        auto saved = core.windowsLogonChanges().set(core.actor(), grace, reader);
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(saved->readerLocation, QStringLiteral("Front desk, 2nd floor"));
        auto onServer = h.store.core().windowsLogons().find(grace.id);
        QVERIFY(onServer && onServer.value());
        QCOMPARE(onServer.value()->readerLocation, QStringLiteral("Front desk, 2nd floor"));
        // The desk's copy has it as soon as the server confirmed.
        auto inCache = core.windowsLogons().find(grace.id);
        QVERIFY(inCache && inCache.value());
        QCOMPARE(inCache.value()->mode, WindowsLogonMode::SharedPc);

        QVERIFY(core.windowsLogonChanges().clear(core.actor(), grace));
        QVERIFY(!h.store.core().windowsLogons().find(grace.id).value().has_value());
        QVERIFY(!core.windowsLogons().find(grace.id).value().has_value());
    }

    void theServersRefusalIsInTheDesksLanguage()
    {
        EnrollmentHarness h;
        QVERIFY(h.store.core().groups().create(h.store.core().actor(), QStringLiteral("Finance")));
        // A German desk: its requests ask for German, and the server answers so.
        setDeskLanguage(QStringLiteral("de"));
        auto desk = openDesk(h, QStringLiteral("Ana Novak"), QStringLiteral("ana@example.com"), "admin");
        setDeskLanguage(QStringLiteral("en"));
        Core& core = *desk->core();
        auto refused = core.groupChanges().create(core.actor(), QStringLiteral("Finance"), {});
        QVERIFY(!refused);
        QCOMPARE(refused.error(), QStringLiteral("eine Gruppe namens „Finance“ existiert bereits"));
        // Nothing changed on the server.
        QCOMPARE(h.store.core().groups().list()->size(), 1);
    }

    void aKeptSessionReconnectsAndSignOutEndsIt()
    {
        EnrollmentHarness h;
        const User ana = signedInBefore(h);
        net::SessionKeeper kept(AppPaths::configFile(QStringLiteral("sessions")));

        gui::MainWindow window{QString()};
        window.show();
        window.reconnectToServer(h.url({})); // no sign-in: the server still takes the session
        QVERIFY(window.team());
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("serverLabel"))->text(),
                 QStringLiteral("Team: localhost — Ana Novak (helpdesk)"));
        QVERIFY(rowOf(window, ana.id) >= 0);

        window.signOut();
        QVERIFY(!window.team());
        QVERIFY(!window.usersPage());
        QCOMPARE(kept.find(h.url({})), QString());
        // The server ended the session too.
        QCOMPARE(h.store.core().access().sessions(h.store.core().actor()).value().size(), 0);
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("databaseLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Signed out of localhost.")));
    }

    void aStartReopensTheLastServerEvenOffline()
    {
        EnrollmentHarness h;
        const User ana = signedInBefore(h);
        QTemporaryDir dir;
        net::DeskSettings settings(
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("desk.ini")), QSettings::IniFormat));
        {
            gui::MainWindow first{QString()};
            first.setDeskSettings(&settings);
            first.show();
            first.reconnectToServer(h.url({}));
            QVERIFY(first.team());
        }
        QCOMPARE(settings.serverAtStart(), h.url({}));

        // The next start finds the server out of reach: the copy opens offline, as Ana.
        const quint16 port = h.server->port();
        h.server->stop();
        gui::MainWindow next{QString()};
        next.setDeskSettings(&settings);
        next.show();
        next.reconnectToServer(settings.serverAtStart());
        QVERIFY(next.team());
        QCOMPARE(next.findChild<QLabel*>(QStringLiteral("serverLabel"))->text(),
                 QStringLiteral("Team: localhost — Ana Novak (helpdesk)"));
        QVERIFY(rowOf(next, ana.id) >= 0);
        gui::TeamBanner* banner = next.teamBanner();
        QVERIFY(waitUntil([&] { return banner->isVisible(); }));
        QVERIFY2(banner->text().startsWith(QStringLiteral("Offline since ")), qPrintable(banner->text()));
        // As of the copy's last sync, in the session before.
        QVERIFY2(banner->text().contains(QStringLiteral(" — showing data as of ")),
                 qPrintable(banner->text()));
        net::ServerOptions again;
        again.port = port;
        QVERIFY(h.server->start(again));
        QVERIFY(waitUntil([&] { return banner->isHidden(); }));

        // A database opened after it is what the next plain start opens; so after signing out.
        QVERIFY(next.openDatabase(dir.filePath(QStringLiteral("solo.sqlite"))));
        QCOMPARE(settings.serverAtStart(), QUrl());
        settings.noteServerConnected(h.url({}),
                                     {ana.id, QStringLiteral("ana@example.com"), QStringLiteral("helpdesk")});
        QCOMPARE(settings.serverAtStart(), h.url({}));
        settings.noteSignedOut();
        QCOMPARE(settings.serverAtStart(), QUrl());
    }

    void anOfflineDeskStaysReadableAndCatchesUp()
    {
        EnrollmentHarness h;
        const User grace = h.addUser(QStringLiteral("Grace Hopper"), QStringLiteral("grace@example.com"));
        h.addUser(QStringLiteral("Alan Turing"), QStringLiteral("alan@example.com"));
        auto desk = openDesk(h, QStringLiteral("Ana Novak"), QStringLiteral("ana@example.com"), "admin");
        net::DeskSync& sync = desk->team()->sync();
        QVERIFY(waitUntil([&] { return sync.link() == net::DeskSync::Link::Live; }));
        gui::TeamBanner* banner = desk->teamBanner();
        QVERIFY(banner->isHidden());

        const quint16 port = h.server->port();
        h.server->stop();
        QVERIFY(waitUntil([&] { return banner->isVisible(); }));
        QVERIFY(banner->text().startsWith(QStringLiteral("Offline since ")));
        keepScreenshot(desk.get(), QStringLiteral("team-offline"));

        // Readable and searchable; every change disabled with the reason.
        usersTable(*desk)->selectRow(rowOf(*desk, grace.id));
        QPushButton* disable = button(desk->usersPage(), "disableButton");
        QVERIFY(!disable->isEnabled());
        QVERIFY2(disable->toolTip().startsWith(QStringLiteral("Offline since ")),
                 qPrintable(disable->toolTip()));
        QVERIFY(disable->toolTip().endsWith(QStringLiteral("; changes need the server.")));
        auto* search = desk->usersPage()->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        QTest::keyClicks(search, QStringLiteral("turing"));
        QTRY_COMPARE(usersTable(*desk)->model()->rowCount(), 1);
        search->clear();
        QTRY_COMPARE(usersTable(*desk)->model()->rowCount(), 3);

        // A change made meanwhile on the server arrives by catching up, not by a new copy.
        QVERIFY(h.store.core().users().setEnabled(h.store.core().actor(), grace.id, false));
        std::optional<SyncOutcome> caughtUp;
        connect(&sync, &net::DeskSync::synced, this, [&](const SyncOutcome& o) {
            if (!caughtUp && o.changes > 0)
                caughtUp = o;
        });
        net::ServerOptions again;
        again.port = port;
        QVERIFY(h.server->start(again));
        QVERIFY(waitUntil([&] { return banner->isHidden() && caughtUp.has_value(); }));
        QVERIFY(!caughtUp->copied);
        QCOMPARE(shownEnabled(*desk, grace.id), std::optional<bool>(false));
        usersTable(*desk)->selectRow(rowOf(*desk, grace.id));
        QPushButton* enable = button(desk->usersPage(), "enableButton");
        QVERIFY(waitUntil([&] { return enable->isEnabled(); }));
        enable->click();
        QCOMPARE(h.store.core().users().findById(grace.id).value()->enabled, true);
        QCOMPARE(shownEnabled(*desk, grace.id), std::optional<bool>(true));
    }
};

QTEST_MAIN(TestTeamConsole)
#include "TestTeamConsole.moc"
