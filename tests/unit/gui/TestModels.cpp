// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "core/users/UserService.h"
#include "i18n/PhoneLanguage.h"
#include "support/TestSupport.h"

#include "core/demo/DemoDataGenerator.h"
#include "gui/AuditTableModel.h"
#include "gui/GroupTableModel.h"
#include "gui/OutboxTableModel.h"
#include "gui/UserTableModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QTest>
#include <QTranslator>

using namespace keydesk;
using namespace keydesk::gui;
using namespace keydesk::test;

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void userModelFollowsTheStore()
    {
        TestStore store;
        QVERIFY(DemoDataGenerator::generate(*store, 700));
        UserTableModel model(store.core());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 700);
        QCOMPARE(model.columnCount(), int(UserTableModel::ColumnCount));
        // Rows past the first page come from the same paged SQL as the store's own listing.
        const auto expected = store->users().page({}, 300, 1).value().first();
        QCOMPARE(model.data(model.index(300, UserTableModel::EmailColumn)).toString(), expected.user.email);
        QCOMPARE(model.data(model.index(300, UserTableModel::GroupsColumn)).toString(),
                 expected.groups.join(QStringLiteral(", ")));
        QCOMPARE(model.data(model.index(699, UserTableModel::KeysColumn)).toString(),
                 QStringLiteral("No key"));

        model.setSearch(QStringLiteral("engin"));
        UserQuery q;
        q.search = QStringLiteral("engin");
        QCOMPARE(model.rowCount(), int(store->users().count(q).value()));
        QVERIFY(model.rowCount() > 50 && model.rowCount() < 700);
        for (int row = 0; row < model.rowCount(); row += 37)
            QCOMPARE(model.data(model.index(row, UserTableModel::DepartmentColumn)).toString(),
                     QStringLiteral("Engineering"));

        model.sort(UserTableModel::EmailColumn, Qt::DescendingOrder);
        const QString first = model.data(model.index(0, UserTableModel::EmailColumn)).toString();
        const QString second = model.data(model.index(1, UserTableModel::EmailColumn)).toString();
        QVERIFY(first > second);
        model.sort(UserTableModel::GroupsColumn); // not sortable: ignored
        QCOMPARE(model.data(model.index(0, UserTableModel::EmailColumn)).toString(), first);

        UserQuery disabled = model.query();
        disabled.search.clear();
        disabled.status = UserStatusFilter::Disabled;
        model.setQuery(disabled);
        QCOMPARE(model.rowCount(), int(store->users().count(disabled).value()));
        QCOMPARE(model.data(model.index(0, UserTableModel::EnabledColumn)).toString(),
                 QStringLiteral("Disabled"));
        QVERIFY(!model.data(model.index(0, 0), UserTableModel::UserIdRole).isNull());

        UserQuery nothing;
        nothing.search = QStringLiteral("zzzzqq");
        model.setQuery(nothing);
        QCOMPARE(model.rowCount(), 0);
    }

    void auditModel()
    {
        TestStore store;
        QVERIFY(DemoDataGenerator::generate(*store, 20));
        auto user = store->users().resolve(QStringLiteral("1"));
        QVERIFY(store.core().users().edit(
            store.core().actor(), user->id,
            {QStringLiteral("Renamed Person"), user->email, user->upn, user->department}, std::nullopt));
        AuditTableModel model(store.core());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 10); // 8 group.create + demo.create + user.update
        QCOMPARE(model.data(model.index(0, AuditTableModel::ActionColumn)).toString(),
                 QStringLiteral("user.update"));
        QVERIFY(model.data(model.index(0, AuditTableModel::DetailsColumn))
                    .toString()
                    .contains(QStringLiteral("→ Renamed Person")));
        AuditQuery only;
        only.targetType = QStringLiteral("user");
        only.targetId = user->id;
        model.setQuery(only);
        QCOMPARE(model.rowCount(), 1);
        only.action = QStringLiteral("group.create");
        model.setQuery(only);
        QCOMPARE(model.rowCount(), 0);
    }

    // Times in details read as local date-times, never as 1.79629e+12; counts stay whole numbers.
    void auditDetailsShowLocalTimes()
    {
        TestStore store;
        const qint64 expiresAtMs = 1796290000123;
        QVERIFY(store->audit().append(QStringLiteral("key.assign"), QStringLiteral("user"), 1,
                                      QStringLiteral("Ana"),
                                      {{QStringLiteral("expires_at"), expiresAtMs},
                                       {QStringLiteral("expiresAt"), expiresAtMs},
                                       {QStringLiteral("users"), 1500000}}));
        AuditTableModel model(store.core());
        const QString local = QDateTime::fromMSecsSinceEpoch(expiresAtMs)
                                  .toLocalTime()
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QCOMPARE(model.data(model.index(0, AuditTableModel::DetailsColumn)).toString(),
                 QStringLiteral("expiresAt: %1; expires_at: %1; users: 1500000").arg(local));
    }

    void groupModel()
    {
        TestStore store;
        QVERIFY(DemoDataGenerator::generate(*store, 50));
        GroupTableModel model(store.core());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 8);
        qint64 members = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            members += model.group(row)->memberCount;
        QCOMPARE(members, 50);
        QVERIFY(store->groups().create(QStringLiteral("Alpha Testers")));
        model.refresh();
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.data(model.index(0, GroupTableModel::NameColumn)).toString(),
                 QStringLiteral("Alpha Testers"));
    }

    void outboxErrorsAreSaidInTheDesksLanguage()
    {
        // A failure as the sender stores it (code and arguments), and one stored as plain text.
        OutboxMessage coded;
        coded.id = 1;
        coded.status = OutboxStatus::Queued;
        coded.lastError =
            Error::catalogued("SmtpSession", "the mail server did not answer within %1 s").arg(30).toStored();
        OutboxMessage plain;
        plain.id = 2;
        plain.status = OutboxStatus::Failed;
        plain.lastError = QStringLiteral("cancelled by the operator");
        gui::OutboxTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setMessages({coded, plain});
        const auto lastError = [&](int row) {
            return model.data(model.index(row, gui::OutboxTableModel::LastErrorColumn), Qt::DisplayRole)
                .toString();
        };
        QCOMPARE(lastError(0), QStringLiteral("the mail server did not answer within 30 s"));
        QCOMPARE(lastError(1), QStringLiteral("cancelled by the operator"));
        QVERIFY(translatedLanguages().contains(QStringLiteral("de")));
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/keydesk_de.qm")));
        QCoreApplication::installTranslator(&german);
        QCOMPARE(
            lastError(0),
            QCoreApplication::translate("SmtpSession", "the mail server did not answer within %1 s").arg(30));
        QVERIFY(lastError(0) != QStringLiteral("the mail server did not answer within 30 s"));
        QCoreApplication::removeTranslator(&german);
    }
};

QTEST_MAIN(TestModels)
#include "TestModels.moc"
