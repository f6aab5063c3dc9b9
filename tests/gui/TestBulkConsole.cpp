// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Bulk changes from the console, offscreen, on a seeded rollout: All Keys revokes a selection of
// 1,000 keys with one reason through the progress dialog (each key once, one audit event each),
// shows what a mixed selection skips and why, and exports the selection; All Users assigns
// smartphone keys by email to a selection by a workflow's rule and sends pending activations
// again; the lost-phone case from User Details, and its undo.
#include "ConsoleTestSupport.h"
#include "support/KeyHistory.h"
#include "support/TestSupport.h"

#include "core/demo/DemoDataGenerator.h"
#include "gui/ActivateNowDialog.h"
#include "gui/AllKeysTableModel.h"
#include "gui/BulkChangeDialog.h"
#include "gui/KeysPage.h"
#include "gui/LostPhoneDialog.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "gui/SecurityKeysTab.h"
#include "gui/UserDetailsDialog.h"
#include "gui/UserTableModel.h"
#include "gui/UsersPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace keydesk;
using namespace keydesk::gui;
using namespace keydesk::test;

class TestBulkConsole : public QObject
{
    Q_OBJECT

    static QString idList(const QList<qint64>& ids)
    {
        QStringList parts;
        for (qint64 id : ids)
            parts << QString::number(id);
        return parts.join(u',');
    }

    // Selects rows [0, count) of `view`.
    static void selectFirst(QTableView* view, int count)
    {
        QAbstractItemModel* model = view->model();
        view->selectionModel()->select(
            QItemSelection(model->index(0, 0), model->index(count - 1, model->columnCount() - 1)),
            QItemSelectionModel::ClearAndSelect);
    }

    static bool finished(BulkChangeDialog* dialog)
    {
        return QTest::qWaitFor([&] { return dialog->outcome().has_value(); }, 60'000);
    }

    static void openSeeded(MainWindow& window, const QString& path, int users)
    {
        {
            auto store = Store::open(path);
            QVERIFY(DemoDataGenerator::generate(*store.value(), users));
            seedKeyHistory(*store.value(), 17, QDateTime::currentMSecsSinceEpoch());
        }
        net::ServerOptions server;
        server.port = 0;
        window.setServerOptions(server);
        QVERIFY(window.openDatabase(path));
        window.resize(1280, 900);
        window.show();
    }

private Q_SLOTS:
    void allKeysRevokesAThousandKeysWithOneReason()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rollout.sqlite"));
        MainWindow window(QStringLiteral("helpdesk@test"));
        openSeeded(window, path, 3000);
        window.showPage(MainWindow::KeysIndex);
        KeysPage* page = window.keysPage();
        auto* status = page->findChild<QComboBox*>(QStringLiteral("statusComboBox"));
        status->setCurrentIndex(status->findText(QStringLiteral("Active")));
        QVERIFY(page->model()->keyCount() > 1000);
        auto* revoke = page->findChild<QPushButton*>(QStringLiteral("revokeButton"));
        auto* resume = page->findChild<QPushButton*>(QStringLiteral("resumeButton"));
        QVERIFY(!revoke->isEnabled()); // nothing selected
        selectFirst(page->view(), 1000);
        QVERIFY(revoke->isEnabled());
        QVERIFY(!resume->isEnabled()); // no selected key is suspended
        QCOMPARE(
            page->findChild<QLabel*>(QStringLiteral("countLabel"))->text(),
            QStringLiteral("%1 keys, 1,000 selected").arg(QLocale().toString(page->model()->keyCount())));
        const QList<qint64> ids = page->selectedKeyIds();
        QCOMPARE(ids.size(), 1000);

        // Export of the selection: the same 1,000 keys.
        const QString csv = dir.filePath(QStringLiteral("selection.csv"));
        QVERIFY(page->exportSelection(csv, ReportFormat::Csv));
        QFile exported(csv);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QCOMPARE(exported.readAll().count('\n'), 1001);

        BulkChangeDialog* dialog = page->startBulk(BulkKeyAction::Revoke, QStringLiteral("phones replaced"));
        QVERIFY(dialog);
        auto* bar = dialog->findChild<QProgressBar*>(QStringLiteral("bulkProgressBar"));
        bool shot = false;
        connect(bar, &QProgressBar::valueChanged, dialog, [&] {
            if (!shot)
                keepScreenshot(dialog, QStringLiteral("bulk-revoke-in-progress"));
            shot = true;
        });
        QVERIFY(finished(dialog));
        QVERIFY2(dialog->outcome()->ok(), qPrintable(dialog->outcome()->error()));
        QCOMPARE(dialog->outcome()->value().changed, 1000);
        QVERIFY(!dialog->outcome()->value().cancelled);
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("titleLabel"))->text(),
                 QStringLiteral("1,000 changed."));
        QCOMPARE(bar->value(), 1000);
        Database& db = window.core()->store().database();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM security_keys WHERE status = 'revoked' AND "
                                           "status_reason = 'phones replaced' AND id IN (%1)")
                                .arg(idList(ids))),
                 1000);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'key.revoke' AND "
                                      "actor = 'helpdesk@test' AND json_extract(details, '$.key_id') IN (%1)")
                           .arg(idList(ids))),
            1000);
        dialog->close();
        // The list reads again: the revoked keys left the Active filter.
        QVERIFY(QTest::qWaitFor([&] { return page->selectedKeyIds().isEmpty(); }, 5000));
        for (const char* name : {"suspendButton", "resumeButton", "revokeButton", "sendEmailButton",
                                 "activateNowButton", "exportButton"})
            QVERIFY2(!page->findChild<QPushButton*>(QLatin1String(name))->isEnabled(), name);

        // A mixed selection: the keys resume cannot apply to are listed with the one-key refusal.
        status->setCurrentIndex(0);
        page->view()->selectAll();
        const qint64 all = page->model()->keyCount();
        QCOMPARE(page->selectedKeyIds().size(), all); // a whole list comes from SQL
        const qint64 suspended =
            scalar(db, QStringLiteral("SELECT count(*) FROM security_keys WHERE status = "
                                      "'suspended'"));
        dialog = page->startBulk(BulkKeyAction::Resume);
        QVERIFY(finished(dialog));
        QCOMPARE(dialog->outcome()->value().changed, suspended);
        QCOMPARE(dialog->outcome()->value().skipped.size(), all - suspended);
        auto* problems = dialog->findChild<QPlainTextEdit*>(QStringLiteral("problemsPlainTextEdit"));
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->toPlainText().contains(QStringLiteral("; it must be suspended to be")),
                 qPrintable(problems->toPlainText().left(300)));
        dialog->close();
    }

    void allUsersAssignsSmartphoneKeysByAWorkflowsRule()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rollout.sqlite"));
        MainWindow window(QStringLiteral("helpdesk@test"));
        openSeeded(window, path, 400);
        window.showPage(MainWindow::UsersIndex);
        UsersPage* page = window.usersPage();
        auto* status = page->findChild<QComboBox*>(QStringLiteral("statusComboBox"));
        QVERIFY(status->findText(QStringLiteral("Enabled: No key")) > 0);
        status->setCurrentIndex(status->findText(QStringLiteral("Enabled: No key")));
        auto* view = page->findChild<QTableView*>(QStringLiteral("usersTableView"));
        const int none = page->model()->rowCount();
        QVERIFY(none >= 10);
        selectFirst(view, 10);
        QList<qint64> chosen;
        for (int row = 0; row < 10; ++row)
            chosen << page->model()->userId(row);
        Database& db = window.core()->store().database();
        const qint64 emailsBefore = scalar(db, QStringLiteral("SELECT count(*) FROM outbox"));

        // Through the Security Keys menu, as an operator does it (the question answered yes).
        auto* keysButton = page->findChild<QPushButton*>(QStringLiteral("keysButton"));
        QVERIFY(keysButton->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        keysButton->menu()->actions().at(0)->trigger();
        auto* dialog = page->findChild<BulkChangeDialog*>();
        QVERIFY(dialog);
        QVERIFY(finished(dialog));
        QVERIFY2(dialog->outcome()->ok(), qPrintable(dialog->outcome()->error()));
        QCOMPARE(dialog->outcome()->value().changed, 10);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")) - emailsBefore, 10);
        QCOMPARE(scalar(db, QStringLiteral(
                                "SELECT count(*) FROM users WHERE enrollment = 'pending' AND id IN (%1)")
                                .arg(idList(chosen))),
                 10);
        dialog->close();
        QVERIFY(QTest::qWaitFor([&] { return page->model()->rowCount() == none - 10; }, 5000));

        // Their activations again: ten new emails, each key with one live link.
        status->setCurrentIndex(status->findText(QStringLiteral("Enabled: Pending")));
        QVERIFY(QTest::qWaitFor([&] { return page->model()->rowCount() > 0; }, 5000));
        view->clearSelection();
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            if (chosen.contains(page->model()->userId(row)))
                view->selectionModel()->select(page->model()->index(row, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        dialog = page->startBulk(BulkKeyAction::ReissueByEmail);
        QVERIFY(dialog);
        QVERIFY(finished(dialog));
        QCOMPARE(dialog->outcome()->value().changed, 10);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")) - emailsBefore, 20);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM activations a JOIN security_keys k ON k.id = "
                                      "a.key_id WHERE k.status = 'pending' AND a.used_at IS NULL AND "
                                      "a.superseded_by IS NULL AND "
                                      "k.user_id IN (%1)")
                           .arg(idList(chosen))),
            10);
        dialog->close();

        // No selected user has a waiting key: said, nothing started.
        status->setCurrentIndex(status->findText(QStringLiteral("Enabled: No key")));
        QVERIFY(QTest::qWaitFor([&] { return page->model()->rowCount() == none - 10; }, 5000));
        selectFirst(view, 1);
        MessageBox::setNextAnswer(QMessageBox::Ok); // the warning is recorded, not shown
        QVERIFY(!page->startBulk(BulkKeyAction::ReissueByEmail));
        QCOMPARE(MessageBox::lastWarning(),
                 QStringLiteral("None of the selected users has a smartphone key waiting for activation."));
    }

    // User Details > Security Keys > Lost Phone: the case withdraws the phone's keys and shows the
    // replacement's QR code at once; Phone Found undoes it.
    void aLostPhoneIsOneCaseAndPhoneFoundUndoesIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rollout.sqlite"));
        MainWindow window(QStringLiteral("helpdesk@test"));
        openSeeded(window, path, 300);
        Database& db = window.core()->store().database();
        const qint64 userId =
            scalar(db, QStringLiteral("SELECT min(u.id) FROM users u WHERE u.enabled = 1 AND "
                                      "(SELECT count(*) FROM security_keys k WHERE k.user_id = "
                                      "u.id) = 1 AND EXISTS (SELECT 1 FROM security_keys k WHERE "
                                      "k.user_id = u.id AND k.status = 'active')"));
        const qint64 oldKey =
            scalar(db, QStringLiteral("SELECT id FROM security_keys WHERE user_id = %1").arg(userId));
        UserDetailsDialog details(*window.core(), userId, window.keyServices(), &window);
        details.show();
        SecurityKeysTab* tab = details.securityKeysTab();
        auto* lost = tab->findChild<QPushButton*>(QStringLiteral("lostPhoneButton"));
        auto* found = tab->findChild<QPushButton*>(QStringLiteral("phoneFoundButton"));
        QVERIFY(lost->isEnabled());
        QVERIFY(!found->isEnabled()); // no case to undo

        bool asked = false;
        QTimer::singleShot(0, this, [&] {
            auto* ask = qobject_cast<LostPhoneDialog*>(QApplication::activeModalWidget());
            QVERIFY(ask);
            auto* ok = ask->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // a reason is required
            ask->findChild<QLineEdit*>(QStringLiteral("reasonLineEdit"))
                ->setText(QStringLiteral("left in a taxi"));
            QVERIFY(ask->findChild<QRadioButton*>(QStringLiteral("nowRadioButton"))->isChecked());
            QVERIFY(ask->findChild<QRadioButton*>(QStringLiteral("suspendRadioButton"))->isChecked());
            keepScreenshot(ask, QStringLiteral("lost-phone-case"));
            asked = true;
            ok->click();
        });
        lost->click();
        QVERIFY(asked);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM security_keys WHERE id = %1 AND status = "
                                           "'suspended' AND status_reason = 'left in a taxi'")
                                .arg(oldKey)),
                 1);
        auto* activate = tab->findChild<ActivateNowDialog*>();
        QVERIFY(activate);
        QVERIFY(activate->link().contains(QStringLiteral("/a/")));
        keepScreenshot(activate, QStringLiteral("lost-phone-replacement"));
        activate->close();
        const QString notice = tab->findChild<QLabel*>(QStringLiteral("noticeLabel"))->text();
        QVERIFY2(notice.startsWith(QStringLiteral("Lost phone, case ")) &&
                     notice.endsWith(QStringLiteral(": keys suspended: 1; waiting links revoked: 0.")),
                 qPrintable(notice));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'key.lost-phone' AND "
                                      "target_id = %1")
                           .arg(userId)),
            1);

        // The phone turned up: its key resumes, the replacement (not activated) is revoked.
        QVERIFY(found->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        found->click();
        QCOMPARE(scalar(db, QStringLiteral(
                                "SELECT count(*) FROM security_keys WHERE id = %1 AND status = 'active'")
                                .arg(oldKey)),
                 1);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM security_keys WHERE user_id = %1 AND status = "
                                      "'revoked'")
                           .arg(userId)),
            1);
        QVERIFY(!found->isEnabled());
        QVERIFY2(tab->findChild<QLabel*>(QStringLiteral("noticeLabel"))
                     ->text()
                     .endsWith(QStringLiteral("undone: keys resumed: 1. The replacement was revoked.")),
                 qPrintable(tab->findChild<QLabel*>(QStringLiteral("noticeLabel"))->text()));
    }
};

QTEST_MAIN(TestBulkConsole)
#include "TestBulkConsole.moc"
