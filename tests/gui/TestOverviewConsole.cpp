// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// The Overview page, offscreen, on a seeded rollout: it is the first page, its numbers are the
// service's, and each number opens a list showing the same count (All Users, All Keys, Outbox,
// Workflows, Audit Log); Export writes the reports `keydesk-cli reports` writes.
#include "ConsoleTestSupport.h"
#include "support/KeyHistory.h"
#include "support/TestSupport.h"

#include "core/activation/DeploymentSettings.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/workflow/WorkflowService.h"
#include "gui/AllKeysTableModel.h"
#include "gui/AuditPage.h"
#include "gui/KeysPage.h"
#include "gui/MainWindow.h"
#include "gui/OutboxPage.h"
#include "gui/OverviewPage.h"
#include "gui/UserTableModel.h"
#include "gui/UsersPage.h"
#include "gui/WorkflowsPage.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace keydesk;
using namespace keydesk::gui;
using namespace keydesk::test;

class TestOverviewConsole : public QObject
{
    Q_OBJECT

    static constexpr qint64 kHour = 3600 * 1000LL;
    static constexpr qint64 kDay = 24 * kHour;

    // The page's figures are read at one moment and a list at the next: rows whose times lie
    // within an hour of a limit (a link's expiry now or in 24 hours, a key's last use 90 days
    // ago) are moved two hours inside it, so no row crosses a limit while the test runs.
    static void keepAwayFromLimits(Store& store, qint64 now)
    {
        QSqlQuery q(store.database().connection());
        const auto shift = [&](const QString& table, const QString& column, qint64 limit) {
            QVERIFY(q.exec(QStringLiteral("UPDATE %1 SET %2 = %3 WHERE %2 BETWEEN %4 AND %5")
                               .arg(table, column)
                               .arg(limit + 2 * kHour)
                               .arg(limit - kHour)
                               .arg(limit + kHour)));
        };
        shift(QStringLiteral("activations"), QStringLiteral("expires_at"), now);
        shift(QStringLiteral("activations"), QStringLiteral("expires_at"), now + kDay);
        for (const char* column : {"activated_at", "last_used_at", "last_verified_at"})
            shift(QStringLiteral("security_keys"), QLatin1String(column), now - 90 * kDay);
        QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET created_at = %1 WHERE created_at BETWEEN %2 AND %3")
                           .arg(now - 3 * kHour)
                           .arg(now - 2 * kHour)
                           .arg(now)));
    }

    // The number a link label shows.
    static qint64 linkNumber(OverviewPage* page, const QString& objectName)
    {
        auto* label = page->findChild<QLabel*>(objectName);
        if (!label)
            return -1;
        const QString text = label->text();
        const qsizetype from = text.indexOf(u'>') + 1;
        return QLocale().toLongLong(text.mid(from, text.indexOf(QLatin1String("</a>")) - from));
    }

private Q_SLOTS:
    void everyNumberOpensTheListBehindIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rollout.sqlite"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        {
            auto store = Store::open(path);
            QVERIFY(DemoDataGenerator::generate(*store.value(), 2000));
            seedKeyHistory(*store.value(), 42, now);
            keepAwayFromLimits(*store.value(), now);
            auto w = WorkflowService(*store.value())
                         .create(Actor(QStringLiteral("seed")), QStringLiteral("Finance phones"), {},
                                 KeyType::Smartphone, WorkflowSettings{});
            QVERIFY(w);
            // Disabled: an enabled workflow would run when the console opens and change the figures.
            QVERIFY(WorkflowService(*store.value()).setEnabled(Actor(QStringLiteral("seed")), w->id, false));
            // A key policy set after the rollout: synced passkeys already active break it.
            QVERIFY(setDeploymentSetting(*store.value(), Actor(QStringLiteral("seed")),
                                         QString::fromLatin1(kPolicyDeviceBoundKey), QStringLiteral("true")));
        }
        MainWindow window(QStringLiteral("helpdesk@test"));
        net::ServerOptions server;
        server.port = 0;
        window.setServerOptions(server);
        QVERIFY(window.openDatabase(path));
        window.resize(1280, 900);
        window.show();
        auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pagesStackedWidget"));
        QCOMPARE(pages->currentIndex(), int(MainWindow::OverviewIndex));
        OverviewPage* overview = window.overviewPage();
        QVERIFY(QTest::qWaitFor([&] { return overview->isComplete(); }, 20'000));
        const OverviewFigures& f = overview->figures();
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        QVERIFY(f.enrollment && f.attention && f.groups && f.workflows && f.activity);
        // The same figures as the service's own.
        QCOMPARE(*f.enrollment, window.core()->overview().enrollment().value());
        QCOMPARE(f.groups->size(), 8);
        QCOMPARE(f.workflows->size(), 1);
        QCOMPARE(f.workflows->first().workflow.name, QStringLiteral("Finance phones"));

        // Enrollment: each number opens All Users with that many rows.
        for (Enrollment e : kEnrollments) {
            const QString name = QStringLiteral("enrollment_") + enrollmentName(e);
            QCOMPARE(linkNumber(overview, name), f.enrollment->of(e));
            window.showPage(MainWindow::OverviewIndex);
            overview->activateLink(name);
            QCOMPARE(pages->currentIndex(), int(MainWindow::UsersIndex));
            QCOMPARE(window.usersPage()->model()->rowCount(), f.enrollment->of(e));
            QCOMPARE(
                window.usersPage()->findChild<QComboBox*>(QStringLiteral("statusComboBox"))->currentText(),
                QStringLiteral("Enabled: ") + enrollmentDisplayName(e));
        }
        overview->activateLink(QStringLiteral("disabledLink"));
        QCOMPARE(window.usersPage()->model()->rowCount(), f.disabledUsers);

        // Per group: a cell of the table opens the group's users of that enrollment.
        auto* groups = overview->findChild<QTableWidget*>(QStringLiteral("groupsTable"));
        QCOMPARE(groups->rowCount(), f.groups->size());
        for (int row : {0, 3, 7}) {
            for (int column = 1; column <= 5; ++column) {
                QTableWidgetItem* cell = groups->item(row, column);
                window.showPage(MainWindow::OverviewIndex);
                Q_EMIT groups->itemClicked(cell);
                QCOMPARE(pages->currentIndex(), int(MainWindow::UsersIndex));
                QCOMPARE(QLocale().toString(qint64(window.usersPage()->model()->rowCount())), cell->text());
            }
        }

        // Attention: links expiring, stale keys (All Keys); failed and stuck emails (Outbox).
        QVERIFY(f.attention->expiringSoon > 0 && f.attention->staleKeys > 0);
        overview->activateLink(QStringLiteral("expiringLink"));
        QCOMPARE(pages->currentIndex(), int(MainWindow::KeysIndex));
        QCOMPARE(window.keysPage()->model()->keyCount(), f.attention->expiringSoon);
        QCOMPARE(window.keysPage()->findChild<QComboBox*>(QStringLiteral("showComboBox"))->currentIndex(), 1);
        overview->activateLink(QStringLiteral("staleLink"));
        QCOMPARE(window.keysPage()->model()->keyCount(), f.attention->staleKeys);
        QVERIFY(f.attention->policyBreaches.value_or(0) > 0);
        overview->activateLink(QStringLiteral("policyLink"));
        QCOMPARE(window.keysPage()->model()->keyCount(), *f.attention->policyBreaches);
        QCOMPARE(window.keysPage()->findChild<QComboBox*>(QStringLiteral("showComboBox"))->currentIndex(), 3);
        for (const auto& [link, figure] :
             {std::pair(QStringLiteral("failedLink"), f.attention->emailsFailed),
              std::pair(QStringLiteral("stuckLink"), f.attention->emailsStuck)}) {
            overview->activateLink(link);
            QCOMPARE(pages->currentIndex(), int(MainWindow::OutboxIndex));
            auto* outboxView = window.outboxPage()->findChild<QTableView*>(QStringLiteral("outboxTableView"));
            QCOMPARE(outboxView->model()->rowCount(), std::min<qint64>(figure, OutboxPage::kShownMessages));
            QCOMPARE(window.outboxPage()->findChild<QLabel*>(QStringLiteral("countLabel"))->text(),
                     QStringLiteral("%1 messages").arg(QLocale().toString(figure)));
        }

        // The workflow row and an activity row open their pages on them.
        auto* workflows = overview->findChild<QTableWidget*>(QStringLiteral("workflowsTable"));
        Q_EMIT workflows->itemClicked(workflows->item(0, 0));
        QCOMPARE(pages->currentIndex(), int(MainWindow::WorkflowsIndex));
        auto* activity = overview->findChild<QTableWidget*>(QStringLiteral("activityTable"));
        QCOMPARE(activity->rowCount(), OverviewService::kRecentActivity);
        Q_EMIT activity->itemClicked(activity->item(0, 0));
        QCOMPARE(pages->currentIndex(), int(MainWindow::AuditIndex));
        auto* auditView = window.auditPage()->findChild<QTableView*>(QStringLiteral("auditTableView"));
        QCOMPARE(auditView->selectionModel()->selectedRows().size(), 1);

        // Export: the enrollment report equals the page.
        const QString json = dir.filePath(QStringLiteral("enrollment.json"));
        QVERIFY(overview->exportReport(OverviewPage::Report::Enrollment, ReportFormat::Json, json));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject all =
            QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("all")).toObject();
        for (Enrollment e : kEnrollments)
            QCOMPARE(all.value(enrollmentName(e)).toInteger(), f.enrollment->of(e));
        QCOMPARE(QFile::permissions(json) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const QString pdf = dir.filePath(QStringLiteral("enrollment.pdf"));
        QVERIFY(overview->exportEnrollmentPdf(pdf));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QCOMPARE(pdfFile.read(5), QByteArray("%PDF-"));
        QVERIFY(pdfFile.size() > 2000);
        keepScreenshot(&window, QStringLiteral("overview"));
    }
};

QTEST_MAIN(TestOverviewConsole)
#include "TestOverviewConsole.moc"
