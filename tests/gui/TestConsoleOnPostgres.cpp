// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "support/PostgresCluster.h"
#include "support/TestSupport.h"

#include "core/demo/DemoDataGenerator.h"
#include "core/store/DatabasePasswords.h"
#include "gui/DatabasePasswordDialog.h"
#include "gui/KeyServices.h"
#include "gui/MainWindow.h"
#include "gui/UsersPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace keydesk;
using namespace keydesk::gui;
using namespace keydesk::test;

// The console on a PostgreSQL database whose server wants a password nobody gave it (no
// PGPASSWORD, no ~/.pgpass): it asks, asks again while the password is refused, and every
// connection the console opens — its enrollment server and workflow thread too — uses it.
class TestConsoleOnPostgres : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PostgresCluster> m_cluster;
    QTemporaryDir m_dir;
    QString m_url;
    QStringList m_problemsShown;

    // Answers the password dialogs as they come, in order; an empty password presses Cancel.
    void answerDialogs(QStringList passwords)
    {
        auto* poll = new QTimer(this);
        poll->setInterval(20);
        connect(poll, &QTimer::timeout, this, [this, poll, passwords]() mutable {
            auto* dialog = qobject_cast<DatabasePasswordDialog*>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            m_problemsShown
                << dialog->findChild<QLabel*>(QStringLiteral("databasePasswordProblemLabel"))->text();
            const QString password = passwords.takeFirst();
            if (password.isEmpty()) {
                dialog->reject();
            } else {
                dialog->findChild<QCheckBox*>(QStringLiteral("rememberDatabasePasswordCheckBox"))
                    ->setChecked(false);
                QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("databasePasswordLineEdit")),
                                 password);
                dialog->accept();
            }
            if (passwords.isEmpty())
                poll->deleteLater();
        });
        poll->start();
    }
    QString refusal(const QString& why) const
    {
        return QStringLiteral("cannot open '%1': connection to server at \"127.0.0.1\", port %2 failed: %3")
            .arg(m_url)
            .arg(m_cluster->port())
            .arg(why);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cluster = PostgresCluster::startForThisProcess();
        QVERIFY(m_cluster->createDatabase(QStringLiteral("desk")));
        m_url = m_cluster->url(QStringLiteral("desk"));
        qputenv("KEYDESK_CODE_KEY_FILE", m_dir.filePath(QStringLiteral("code.key")).toUtf8());
        {
            auto core = Core::open(m_url, {});
            QVERIFY2(core, qPrintable(core.error()));
            QVERIFY(DemoDataGenerator::generate(core.value()->store(), 40));
        }
        // From here on nothing outside the console knows the password.
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("no-pgpass")).toUtf8());
    }

    void cancellingLeavesTheDatabaseClosed()
    {
        m_problemsShown.clear();
        MainWindow window(QStringLiteral("operator"));
        answerDialogs({QString()});
        QString error;
        QVERIFY(!window.openDatabase(m_url, &error));
        QCOMPARE(error, refusal(QStringLiteral("fe_sendauth: no password supplied")));
        QCOMPARE(m_problemsShown, QStringList{error});
        QVERIFY(DatabasePasswords::get(m_url).isEmpty());
    }

    void aRefusedPasswordIsAskedAgainThenServesEveryConnection()
    {
        m_problemsShown.clear();
        MainWindow window(QStringLiteral("operator"));
        net::ServerOptions anyPort;
        anyPort.port = 0;
        window.setServerOptions(anyPort);
        answerDialogs({QStringLiteral("not-the-password"), m_cluster->password()});
        QString error;
        QVERIFY2(window.openDatabase(m_url, &error), qPrintable(error));
        QCOMPARE(m_problemsShown.size(), 2);
        QCOMPARE(m_problemsShown.at(1),
                 refusal(QStringLiteral("FATAL:  password authentication failed for user \"postgres\"")));
        QCOMPARE(DatabasePasswords::get(m_url), m_cluster->password());
        window.show();
        auto* table = window.findChild<QTableView*>(QStringLiteral("usersTableView"));
        QTRY_COMPARE(table->model()->rowCount(), 40);
        // The enrollment server and the workflow runs open their own connections.
        QTRY_VERIFY(window.keyServices()->serverRunning());
        QSignalSpy finished(window.keyServices(), &KeyServices::workflowRunFinished);
        QVERIFY(window.keyServices()->runWorkflows(std::nullopt, RunTrigger::Manual, &error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        DatabasePasswords::forget(m_url);
    }

    void cleanupTestCase() { m_cluster.reset(); }
};

QTEST_MAIN(TestConsoleOnPostgres)
#include "TestConsoleOnPostgres.moc"
