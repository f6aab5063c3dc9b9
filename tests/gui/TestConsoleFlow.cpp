// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "support/TestSupport.h"

#include "core/audit/AuditTrail.h"
#include "core/demo/DemoDataGenerator.h"
#include "gui/AuditPage.h"
#include "gui/AuditTableModel.h"
#include "gui/GroupTableModel.h"
#include "gui/GroupsPage.h"
#include "gui/ImportDialog.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "gui/UserDetailsDialog.h"
#include "gui/UserTableModel.h"
#include "gui/UsersPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace keydesk;
using namespace keydesk::gui;
using namespace keydesk::test;

namespace {
// The console's enrollment server on any free loopback port: tests never fight over 8765.
net::ServerOptions anyPort()
{
    net::ServerOptions options;
    options.port = 0;
    return options;
}
} // namespace

// Drives the real main window as an operator would: search, open User Details, edit, and find
// the change in the Activity tab and the Audit Log.
class TestConsoleFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // New User opens on an empty form without an error; one appears once typing makes one.
    void newUserStartsWithoutAnError()
    {
        QTemporaryDir dir;
        auto core = Core::open(dir.filePath(QStringLiteral("new-user.sqlite")), {});
        QVERIFY(core);
        UserDetailsDialog dialog(*core.value(), 0);
        dialog.show();
        auto* validation = dialog.findChild<QLabel*>(QStringLiteral("validationLabel"));
        QCOMPARE(validation->text(), QString());
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("emailLineEdit")),
                         QStringLiteral("ada@"));
        QCOMPARE(validation->text(), QStringLiteral("Display name is required."));
    }

    void searchEditAndAudit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        {
            auto store = Store::open(path);
            QVERIFY(store);
            QVERIFY(DemoDataGenerator::generate(*store.value(), 200));
        }
        MainWindow window(QStringLiteral("helpdesk@test"));
        window.setServerOptions(anyPort());
        QString error;
        QVERIFY2(window.openDatabase(path, &error), qPrintable(error));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* search = window.usersPage()->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        auto* table = window.findChild<QTableView*>(QStringLiteral("usersTableView"));
        QVERIFY(search && table);
        QCOMPARE(table->model()->rowCount(), 200);
        QTest::keyClicks(search, QStringLiteral("tomasz mul"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, UserTableModel::EmailColumn).data().toString(),
                 QStringLiteral("tomasz.muller@northwind.example"));

        // Enter on the row opens User Details (modal): edit the department there and save.
        bool edited = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<UserDetailsDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* department = dialog->findChild<QLineEdit*>(QStringLiteral("departmentLineEdit"));
            auto* email = dialog->findChild<QLineEdit*>(QStringLiteral("emailLineEdit"));
            auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
            auto* validation = dialog->findChild<QLabel*>(QStringLiteral("validationLabel"));
            QVERIFY(!save->isEnabled()); // nothing changed yet
            // Invalid input is explained and cannot be saved.
            email->setText(QStringLiteral("tomasz@"));
            QCOMPARE(validation->text(), QStringLiteral("Email 'tomasz@' is not of the form name@domain."));
            QVERIFY(!save->isEnabled());
            email->setText(QStringLiteral("tomasz.muller@northwind.example"));
            department->clear();
            QTest::keyClicks(department, QStringLiteral("Security Operations"));
            QVERIFY(save->isEnabled());
            QTest::mouseClick(save, Qt::LeftButton);
            auto* tabs = dialog->findChild<QTabWidget*>(QStringLiteral("detailsTabWidget"));
            tabs->setCurrentWidget(dialog->findChild<QWidget*>(QStringLiteral("activityTab")));
            auto* activity = dialog->findChild<QTableView*>(QStringLiteral("activityTableView"));
            QCOMPARE(activity->model()->rowCount(), 1);
            QCOMPARE(activity->model()->index(0, AuditTableModel::ActionColumn).data().toString(),
                     QStringLiteral("user.update"));
            QCOMPARE(activity->model()->index(0, AuditTableModel::DetailsColumn).data().toString(),
                     QStringLiteral("department: Legal → Security Operations"));
            edited = true;
            dialog->reject();
        });
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(edited);

        // The list and the Audit Log page show the change.
        QCOMPARE(table->model()->index(0, UserTableModel::DepartmentColumn).data().toString(),
                 QStringLiteral("Security Operations"));
        window.showPage(MainWindow::AuditIndex);
        auto* audit = window.findChild<QTableView*>(QStringLiteral("auditTableView"));
        QCOMPARE(audit->model()->index(0, AuditTableModel::ActionColumn).data().toString(),
                 QStringLiteral("user.update"));
        QCOMPARE(audit->model()->index(0, AuditTableModel::ActorColumn).data().toString(),
                 QStringLiteral("helpdesk@test"));
        QCOMPARE(audit->model()->index(0, AuditTableModel::TargetColumn).data().toString(),
                 QStringLiteral("user: Tomasz Müller"));

        // Text search (any case) and the user filter narrow the log; a user nobody is said so.
        auto* auditSearch = window.auditPage()->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        auto* auditUser = window.auditPage()->findChild<QLineEdit*>(QStringLiteral("userLineEdit"));
        auto* count = window.auditPage()->findChild<QLabel*>(QStringLiteral("countLabel"));
        QTest::keyClicks(auditSearch, QStringLiteral("security OPERATIONS"));
        QTRY_COMPARE(audit->model()->rowCount(), 1);
        QCOMPARE(count->text(), QStringLiteral("1 event"));
        auditSearch->clear();
        QTRY_VERIFY(audit->model()->rowCount() > 1);
        auditUser->setText(QStringLiteral("nobody@example.com"));
        Q_EMIT auditUser->editingFinished();
        QCOMPARE(audit->model()->rowCount(), 0);
        QCOMPARE(count->text(), window.core()->users().resolve(QStringLiteral("nobody@example.com")).error());
        auditUser->setText(QStringLiteral("tomasz.muller@northwind.example"));
        Q_EMIT auditUser->editingFinished();
        QCOMPARE(audit->model()->rowCount(), 1);

        // The detail pane: every field, the time local.
        audit->selectRow(0);
        const AuditEvent* event = window.auditPage()->model()->event(0);
        const QString detail =
            window.auditPage()->findChild<QTextBrowser*>(QStringLiteral("detailTextBrowser"))->toPlainText();
        for (const QString& field :
             {QStringLiteral("user.update"), QStringLiteral("helpdesk@test"), QStringLiteral("Tomasz Müller"),
              QStringLiteral("Security Operations"), AuditTableModel::localTime(event->atMs)}) {
            QVERIFY2(detail.contains(field), qPrintable(field + QStringLiteral(" in ") + detail));
        }

        // Export of the filtered view: JSON (one array) and CSV, and the export is audited.
        auditUser->clear();
        QTRY_VERIFY(audit->model()->rowCount() > 1);
        const int shown = audit->model()->rowCount();
        const QString json = dir.filePath(QStringLiteral("audit.json"));
        QVERIFY(window.auditPage()->exportEvents(json, AuditExportFormat::Json));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonDocument exported = QJsonDocument::fromJson(file.readAll());
        QVERIFY(exported.isArray());
        QCOMPARE(exported.array().size(), shown);
        QCOMPARE(exported.array().first().toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("user.update"));
        const QString csv = dir.filePath(QStringLiteral("audit.csv"));
        QVERIFY(window.auditPage()->exportEvents(csv, AuditExportFormat::Csv));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QCOMPARE(csvFile.readAll().count("\r\n"), shown + 2); // header, the events, the first export's event
        AuditQuery exports;
        exports.action = QStringLiteral("audit.export");
        QCOMPARE(window.core()->auditTrail().count(exports).value(), 2);
    }

    void importWithProgressAndCancel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        const QString csv = dir.filePath(QStringLiteral("staff.csv"));
        {
            auto store = Store::open(path);
            QVERIFY(DemoDataGenerator::generate(*store.value(), 50));
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("display_name,email,groups\n");
            for (int i = 0; i < 20000; ++i)
                f.write(QStringLiteral("Temp %1,temp%1@contractors.example,Contractors\n").arg(i).toUtf8());
        }
        MainWindow window(QStringLiteral("helpdesk@test"));
        window.setServerOptions(anyPort());
        QVERIFY(window.openDatabase(path));
        window.show();
        const Snapshot before = snapshot(window.core()->store().database());

        // Cancel: the worker stops at its first progress step and rolls back.
        window.importUsers(csv);
        auto* dialog = window.findChild<ImportDialog*>();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("cancelButton")), Qt::LeftButton);
        auto* close = dialog->findChild<QPushButton*>(QStringLiteral("closeButton"));
        QTRY_VERIFY_WITH_TIMEOUT(close->isEnabled(), 30000);
        QVERIFY(!dialog->succeeded());
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("statusLabel"))->text(),
                 QStringLiteral("The file was not imported; nothing was changed."));
        QCOMPARE(dialog->findChild<QPlainTextEdit*>(QStringLiteral("problemsPlainTextEdit"))->toPlainText(),
                 QStringLiteral("import cancelled; nothing was changed"));
        QCOMPARE(snapshot(window.core()->store().database()), before);
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<ImportDialog*>());

        // Through: the progress bar fills, and All Users shows the new users.
        window.importUsers(csv);
        dialog = window.findChild<ImportDialog*>();
        auto* bar = dialog->findChild<QProgressBar*>(QStringLiteral("importProgressBar"));
        close = dialog->findChild<QPushButton*>(QStringLiteral("closeButton"));
        QTRY_VERIFY_WITH_TIMEOUT(close->isEnabled(), 60000);
        QVERIFY2(
            dialog->succeeded(),
            qPrintable(
                dialog->findChild<QPlainTextEdit*>(QStringLiteral("problemsPlainTextEdit"))->toPlainText()));
        QCOMPARE(bar->value(), bar->maximum());
        QCOMPARE(bar->maximum(), 20000);
        const QString n = QLocale().toString(20000);
        QCOMPARE(
            dialog->findChild<QLabel*>(QStringLiteral("statusLabel"))->text(),
            QStringLiteral("Imported %1 rows: %1 users created, 0 updated, 0 unchanged, %1 group memberships "
                           "added. New groups: Contractors.")
                .arg(n));
        QCOMPARE(window.usersPage()->model()->rowCount(), 50 + 20000);
        QCOMPARE(window.core()->store().audit().page({}, 0, 1)->first().action,
                 QStringLiteral("users.import"));
    }

    void deleteGroupAsksFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        {
            auto store = Store::open(path);
            QVERIFY(DemoDataGenerator::generate(*store.value(), 40));
        }
        MainWindow window(QStringLiteral("helpdesk@test"));
        window.setServerOptions(anyPort());
        QVERIFY(window.openDatabase(path));
        window.show();
        window.showPage(MainWindow::GroupsIndex);
        GroupsPage* page = window.groupsPage();
        QVERIFY(page->selectGroup(QStringLiteral("Legal")));
        auto* members = window.findChild<QTableView*>(QStringLiteral("membersTableView"));
        qint64 legalMembers = -1;
        for (const Group& g : page->groupModel()->groups()) {
            if (g.name == u"Legal")
                legalMembers = g.memberCount;
        }
        QVERIFY(legalMembers > 0);
        QCOMPARE(members->model()->rowCount(), int(legalMembers));
        for (int row = 0; row < members->model()->rowCount(); ++row)
            QCOMPARE(members->model()->index(row, UserTableModel::DepartmentColumn).data().toString(),
                     QStringLiteral("Legal"));
        auto* remove = window.findChild<QPushButton*>(QStringLiteral("deleteGroupButton"));
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(page->groupModel()->rowCount(), 8);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(page->groupModel()->rowCount(), 7);
        QVERIFY(!page->selectGroup(QStringLiteral("Legal")));
        AuditQuery deleted;
        deleted.action = QStringLiteral("group.delete");
        QCOMPARE(window.core()->store().audit().count(deleted).value(), 1);
    }
};

QTEST_MAIN(TestConsoleFlow)
#include "TestConsoleFlow.moc"
