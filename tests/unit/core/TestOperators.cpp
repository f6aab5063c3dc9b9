// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "support/TestSupport.h"

#include "core/Core.h"
#include "core/demo/DemoDataGenerator.h"

#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

// Operators and their roles through OperatorService: who may be one, the exact refusals (which
// change nothing), the last admin kept, the audit trail, and a user's role going with the user.
class TestOperators : public QObject
{
    Q_OBJECT

private:
    static User addUser(TestStore& store, const QString& name, const QString& email)
    {
        auto user = store->users().create({name, email, {}, {}}, UserSource::Manual);
        if (!user)
            qFatal("%s", qPrintable(user.error()));
        return user.value();
    }
    static QStringList roles(TestStore& store)
    {
        QStringList found;
        for (const Operator& op : store.core().operators().list().value())
            found << op.email + u'=' + operatorRoleName(op.role);
        return found;
    }

private Q_SLOTS:
    void addSetRoleRemove()
    {
        TestStore store;
        addUser(store, QStringLiteral("Ada King"), QStringLiteral("ada@example.com"));
        const User bo = addUser(store, QStringLiteral("Bo Lee"), QStringLiteral("bo@example.com"));
        OperatorService operators = store.core().operators();
        const Actor& by = store.core().actor();

        auto ada = operators.add(by, QStringLiteral("ada@example.com"), QStringLiteral("admin"));
        QVERIFY2(ada, qPrintable(ada.error()));
        QCOMPARE(ada->role, OperatorRole::Admin);
        QCOMPARE(ada->createdAtMs, store.clock().nowMs());
        QVERIFY(operators.add(by, QString::number(bo.id), QStringLiteral("helpdesk"))); // by id
        QCOMPARE(roles(store), (QStringList{QStringLiteral("ada@example.com=admin"),
                                            QStringLiteral("bo@example.com=helpdesk")}));
        auto changed = operators.setRole(by, QStringLiteral("bo@example.com"), QStringLiteral("auditor"));
        QVERIFY2(changed, qPrintable(changed.error()));
        QCOMPARE(changed->role, OperatorRole::Auditor);
        auto removed = operators.remove(by, QStringLiteral("bo@example.com"));
        QVERIFY2(removed, qPrintable(removed.error()));
        QCOMPARE(removed->email, QStringLiteral("bo@example.com"));
        QCOMPARE(removed->role, OperatorRole::Auditor);
        QCOMPARE(roles(store), QStringList{QStringLiteral("ada@example.com=admin")});
        QVERIFY(store->users().findById(bo.id).value().has_value()); // the user stays

        const auto events = store->audit().page({}, 0, 4).value();
        QCOMPARE(events.at(0).action, QStringLiteral("operator.remove"));
        QCOMPARE(events.at(0).details.value(QStringLiteral("role")).toString(), QStringLiteral("auditor"));
        QCOMPARE(events.at(1).action, QStringLiteral("operator.role"));
        QCOMPARE(events.at(1).details.value(QStringLiteral("from")).toString(), QStringLiteral("helpdesk"));
        QCOMPARE(events.at(1).details.value(QStringLiteral("to")).toString(), QStringLiteral("auditor"));
        QCOMPARE(events.at(2).action, QStringLiteral("operator.add"));
        QCOMPARE(events.at(2).actor, by.name());
        QCOMPARE(events.at(2).targetId, bo.id);
    }

    void refusalsAreExactAndChangeNothing()
    {
        TestStore store;
        addUser(store, QStringLiteral("Ada King"), QStringLiteral("ada@example.com"));
        const User cy = addUser(store, QStringLiteral("Cy Ray"), QStringLiteral("cy@example.com"));
        QVERIFY(store.core().users().setEnabled(store.core().actor(), cy.id, false));
        OperatorService operators = store.core().operators();
        const Actor& by = store.core().actor();
        QVERIFY(operators.add(by, QStringLiteral("ada@example.com"), QStringLiteral("admin")));
        const Snapshot before = snapshot(store->database());
        const QList<std::pair<Error, QString>> refusals = {
            {operators.add(by, QStringLiteral("ada@example.com"), QStringLiteral("boss")).cause(),
             QStringLiteral("unknown role 'boss' (roles: admin, helpdesk, auditor)")},
            {operators.add(by, QStringLiteral("nobody@example.com"), QStringLiteral("admin")).cause(),
             QStringLiteral("no user 'nobody@example.com'")},
            {operators.add(by, QStringLiteral("cy@example.com"), QStringLiteral("helpdesk")).cause(),
             QStringLiteral("user 'cy@example.com' is disabled; enable them before making them an operator")},
            {operators.add(by, QStringLiteral("ada@example.com"), QStringLiteral("auditor")).cause(),
             QStringLiteral("'ada@example.com' is already an operator (admin)")},
            {operators.setRole(by, QStringLiteral("ada@example.com"), QStringLiteral("admin")).cause(),
             QStringLiteral("'ada@example.com' is already admin")},
            {operators.setRole(by, QStringLiteral("ada@example.com"), QStringLiteral("helpdesk")).cause(),
             QStringLiteral("'ada@example.com' is the last admin; make another operator admin first")},
            {operators.remove(by, QStringLiteral("ada@example.com")).cause(),
             QStringLiteral("'ada@example.com' is the last admin; make another operator admin first")},
            {operators.remove(by, QStringLiteral("cy@example.com")).cause(),
             QStringLiteral("'cy@example.com' is not an operator")},
        };
        for (const auto& [error, expected] : refusals)
            QCOMPARE(error.message(), expected);
        QCOMPARE(snapshot(store->database()), before);
        QCOMPARE(roles(store), QStringList{QStringLiteral("ada@example.com=admin")});
        // With a second admin, the first may go.
        addUser(store, QStringLiteral("Di Fox"), QStringLiteral("di@example.com"));
        QVERIFY(operators.add(by, QStringLiteral("di@example.com"), QStringLiteral("admin")));
        QVERIFY(operators.remove(by, QStringLiteral("ada@example.com")));
        QCOMPARE(roles(store), QStringList{QStringLiteral("di@example.com=admin")});
    }

    void aUserWhoGoesTakesTheRole()
    {
        TestStore store;
        const User ada = addUser(store, QStringLiteral("Ada King"), QStringLiteral("ada@example.com"));
        QVERIFY(store.core().operators().add(store.core().actor(), QStringLiteral("ada@example.com"),
                                             QStringLiteral("helpdesk")));
        QSqlQuery q(store->database().connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM users WHERE id = %1").arg(ada.id)));
        QCOMPARE(scalar(store->database(), QStringLiteral("SELECT count(*) FROM operators")), 0);
        // The schema itself admits only the three roles.
        const User bo = addUser(store, QStringLiteral("Bo Lee"), QStringLiteral("bo@example.com"));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO operators (user_id, role, created_at, updated_at) VALUES "
                                       "(%1, 'root', 0, 0)")
                            .arg(bo.id)));
    }
};

QTEST_GUILESS_MAIN(TestOperators)
#include "TestOperators.moc"
