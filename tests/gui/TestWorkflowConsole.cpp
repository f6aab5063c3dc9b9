// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// The Workflows page, offscreen: the New Workflow wizard with two groups, Submit, and the run's
// counts and per-user outcomes on the page; a user joining a group starts a scope-change run.
#include "support/TestSupport.h"

#include "core/demo/DemoDataGenerator.h"
#include "gui/GroupsPage.h"
#include "gui/KeyServices.h"
#include "gui/MainWindow.h"
#include "gui/NewWorkflowWizard.h"
#include "gui/WorkflowsPage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace keydesk;
using namespace keydesk::gui;
using namespace keydesk::test;

class TestWorkflowConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wizardWithTwoGroupsRunsAndShowsCounts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        {
            auto store = Store::open(path);
            QVERIFY(DemoDataGenerator::generate(*store.value(), 200));
        }
        MainWindow window(QStringLiteral("helpdesk@test"));
        net::ServerOptions server;
        server.port = 0;
        window.setServerOptions(server);
        QVERIFY(window.openDatabase(path));
        window.resize(1200, 800);
        window.show();
        WorkflowsPage* page = window.workflowsPage();
        window.showPage(MainWindow::WorkflowsIndex);
        QVERIFY(page->isVisible());

        const QStringList chosen{QStringLiteral("Sales"), QStringLiteral("Finance")};
        qint64 expected = 0;
        QString review;
        QTimer::singleShot(0, [&] {
            auto* wizard = qobject_cast<NewWorkflowWizard*>(QApplication::activeModalWidget());
            if (!wizard)
                return;
            QCOMPARE(wizard->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->text(),
                     QStringLiteral("Smartphone Security Key Deployment"));
            wizard->next();
            auto* groups = wizard->findChild<QListWidget*>(QStringLiteral("groupsListWidget"));
            for (int i = 0; i < groups->count(); ++i) {
                if (chosen.contains(groups->item(i)->text().section(QStringLiteral(" ("), 0, 0)))
                    groups->item(i)->setCheckState(Qt::Checked);
            }
            QCOMPARE(wizard->selectedGroups().size(), 2);
            wizard->next();
            review = wizard->findChild<QLabel*>(QStringLiteral("reviewLabel"))->text();
            auto preview =
                window.core()->store().workflows().preview(wizard->selectedGroups(), KeyType::Smartphone);
            expected = preview->wouldEmail;
            if (!qEnvironmentVariableIsEmpty("KEYDESK_SCREENSHOT_DIR"))
                wizard->grab().save(qEnvironmentVariable("KEYDESK_SCREENSHOT_DIR") +
                                    QStringLiteral("/workflow-review.png"));
            wizard->button(QWizard::FinishButton)->click();
        });
        QSignalSpy finished(window.keyServices(), &KeyServices::workflowRunFinished);
        page->newWorkflow();
        QVERIFY(expected > 0);
        QVERIFY2(review.contains(QStringLiteral("Sales")) && review.contains(QStringLiteral("Finance")),
                 qPrintable(review));
        QVERIFY2(review.contains(QStringLiteral("would get an activation email now")), qPrintable(review));
        // No SMTP here: workflows may queue, and both the review and the page say so.
        QVERIFY2(
            review.contains(QStringLiteral("<b>Email is not set up yet.</b> The keys are assigned now and "
                                           "their activation emails wait in the outbox")),
            qPrintable(review));
        auto* warning = page->findChild<QLabel*>(QStringLiteral("mailWarningLabel"));
        QVERIFY(warning->isVisible());
        QSignalSpy settingsAsked(page, &WorkflowsPage::emailSettingsRequested);
        Q_EMIT warning->linkActivated(QStringLiteral("email-settings"));
        QCOMPARE(settingsAsked.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

        auto* workflows = page->findChild<QTableView*>(QStringLiteral("workflowsTableView"));
        auto* runs = page->findChild<QTableView*>(QStringLiteral("runsTableView"));
        auto* outcomes = page->findChild<QTableView*>(QStringLiteral("outcomesTableView"));
        QCOMPARE(workflows->model()->rowCount(), 1);
        QCOMPARE(workflows->model()->index(0, 1).data().toString(), QStringLiteral("Sales, Finance"));
        QCOMPARE(workflows->model()->index(0, 7).data().toString(), QLocale().toString(expected)); // pending
        QCOMPARE(runs->model()->rowCount(), 1);
        QCOMPARE(runs->model()->index(0, 1).data().toString(), QStringLiteral("submit"));
        QCOMPARE(runs->model()->index(0, 2).data().toString(), QStringLiteral("completed"));
        QCOMPARE(runs->model()->index(0, 4).data().toString(), QLocale().toString(expected)); // assigned
        QCOMPARE(runs->model()->index(0, 5).data().toString(), QLocale().toString(expected)); // emailed
        QVERIFY(outcomes->model()->rowCount() >= expected);
        // The counts add up and mean what their headers say.
        const auto number = [](QTableView* t, int column) {
            return QLocale().toLongLong(t->model()->index(0, column).data().toString());
        };
        QCOMPARE(number(workflows, 5), number(workflows, 6) + number(workflows, 7) + number(workflows, 8));
        QCOMPARE(number(runs, 3), number(runs, 4) + number(runs, 6));
        if (!qEnvironmentVariableIsEmpty("KEYDESK_SCREENSHOT_DIR"))
            window.grab().save(qEnvironmentVariable("KEYDESK_SCREENSHOT_DIR") +
                               QStringLiteral("/workflows-page.png"));

        // A new member of Sales enters the scope: a scope-change run gives them a key.
        auto outsider =
            window.core()->store().users().findByEmail(QStringLiteral("aisha.brown@northwind.example"));
        QVERIFY(outsider && outsider.value());
        window.showPage(MainWindow::GroupsIndex);
        GroupsPage* groupsPage = window.groupsPage();
        auto* groupsTable = groupsPage->findChild<QTableView*>(QStringLiteral("groupsTableView"));
        for (int row = 0; row < groupsTable->model()->rowCount(); ++row) {
            if (groupsTable->model()->index(row, 0).data().toString() == QStringLiteral("Sales"))
                groupsTable->selectRow(row);
        }
        groupsPage->findChild<QLineEdit*>(QStringLiteral("addMemberLineEdit"))
            ->setText(outsider.value()->email);
        groupsPage->findChild<QPushButton*>(QStringLiteral("addMemberButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30'000);
        QCOMPARE(scalar(window.core()->store().database(),
                        QStringLiteral("SELECT count(*) FROM security_keys WHERE user_id = %1")
                            .arg(outsider.value()->id)),
                 outsider.value()->enabled ? 1 : 0);
        QCOMPARE(runs->model()->index(0, 1).data().toString(), QStringLiteral("scope-change"));

        // Edit: the same wizard, prefilled; Save narrows the scope to Finance (audited).
        window.showPage(MainWindow::WorkflowsIndex);
        workflows->selectRow(0);
        QTimer::singleShot(0, [] {
            auto* wizard = qobject_cast<NewWorkflowWizard*>(QApplication::activeModalWidget());
            if (!wizard)
                return;
            wizard->next();
            auto* groups = wizard->findChild<QListWidget*>(QStringLiteral("groupsListWidget"));
            for (int i = 0; i < groups->count(); ++i) {
                if (groups->item(i)->text().startsWith(QStringLiteral("Sales")))
                    groups->item(i)->setCheckState(Qt::Unchecked);
            }
            wizard->next();
            wizard->button(QWizard::FinishButton)->click();
        });
        page->editSelected();
        QCOMPARE(workflows->model()->index(0, 1).data().toString(), QStringLiteral("Finance"));
        QCOMPARE(scalar(window.core()->store().database(),
                        QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'workflow.update'")),
                 1);
    }
};

QTEST_MAIN(TestWorkflowConsole)
#include "TestWorkflowConsole.moc"
