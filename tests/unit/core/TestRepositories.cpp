// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "core/users/UserService.h"
#include "support/TestSupport.h"

#include "core/demo/DemoDataGenerator.h"
#include "core/store/SearchTerms.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace keydesk;
using namespace keydesk::test;

class TestRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createUserWritesAuditEventWithIt()
    {
        TestStore store;
        auto user = store->users().create(
            {QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"), {}, {}}, UserSource::Manual);
        QVERIFY2(user, qPrintable(user.error()));
        auto events = store->audit().page({}, 0, 10);
        QVERIFY(events);
        QCOMPARE(events->size(), 1);
        const AuditEvent& e = events->first();
        QCOMPARE(e.action, QStringLiteral("user.create"));
        QCOMPARE(e.actor, QStringLiteral("tester@keydesk"));
        QCOMPARE(e.targetId, user->id);
        QCOMPARE(e.atMs, store.clock().nowMs());
    }

    void duplicateEmailRefusedAnyCase()
    {
        TestStore store;
        QVERIFY(store->users().create({QStringLiteral("Ada"), QStringLiteral("ada@example.com"), {}, {}},
                                      UserSource::Manual));
        const Snapshot before = snapshot(store->database());
        // The service says who holds it; the table's unique index is the last line.
        UserService users = store.core().users();
        auto again = users.create(store.core().actor(),
                                  {QStringLiteral("Ada 2"), QStringLiteral("ADA@example.com"), {}, {}});
        QVERIFY(!again);
        QCOMPARE(again.error(), QStringLiteral("a user with email 'ada@example.com' already exists"));
        QCOMPARE(snapshot(store->database()), before);
        const auto bob = users.create(store.core().actor(),
                                      {QStringLiteral("Bob"), QStringLiteral("bob@example.com"), {}, {}});
        QVERIFY(bob);
        const Snapshot withBob = snapshot(store->database());
        auto taken =
            users.edit(store.core().actor(), bob->user.id,
                       {QStringLiteral("Bob"), QStringLiteral("Ada@Example.com"), {}, {}}, std::nullopt);
        QCOMPARE(taken.error(), QStringLiteral("a user with email 'ada@example.com' already exists"));
        QCOMPARE(snapshot(store->database()), withBob);
        auto raw = store->users().create({QStringLiteral("Ada 3"), QStringLiteral("ada@EXAMPLE.com"), {}, {}},
                                         UserSource::Manual);
        QCOMPARE(raw.cause().code(), ErrorCode::DuplicateRow);
        QCOMPARE(snapshot(store->database()), withBob);
    }

    void invalidFieldsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("upn");
        QTest::addColumn<QString>("error");
        QTest::newRow("no name") << QString() << QStringLiteral("a@example.com") << QString()
                                 << QStringLiteral("display name is required");
        QTest::newRow("no email") << QStringLiteral("A") << QString() << QString()
                                  << QStringLiteral("email is required");
        QTest::newRow("two @") << QStringLiteral("A") << QStringLiteral("a@b@example.com") << QString()
                               << QStringLiteral("email 'a@b@example.com' is not of the form name@domain");
        QTest::newRow("space") << QStringLiteral("A") << QStringLiteral("a b@example.com") << QString()
                               << QStringLiteral(
                                      "email 'a b@example.com' contains ' ', which is not allowed");
        QTest::newRow("no dot in domain") << QStringLiteral("A") << QStringLiteral("a@localhost") << QString()
                                          << QStringLiteral("email 'a@localhost' has no dotted domain");
        QTest::newRow("bad upn") << QStringLiteral("A") << QStringLiteral("a@example.com")
                                 << QStringLiteral("a")
                                 << QStringLiteral("UPN 'a' is not of the form name@domain");
    }

    void invalidFieldsRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(QString, upn);
        QFETCH(QString, error);
        TestStore store;
        auto user = store.core().users().create(store.core().actor(), {name, email, upn, {}});
        QVERIFY(!user);
        QCOMPARE(user.error(), error);
        QCOMPARE(snapshot(store->database()).auditEvents, 0);
    }

    void updateRecordsWhatChanged()
    {
        TestStore store;
        auto user = store->users().create(
            {QStringLiteral("Ada"), QStringLiteral("ada@example.com"), {}, QStringLiteral("R&D")},
            UserSource::Manual);
        QVERIFY(user);
        store.clock().advance(60000);
        auto updated = store.core().users().edit(
            store.core().actor(), user->id,
            {QStringLiteral("Ada King"), QStringLiteral("ada@example.com"), {}, QStringLiteral("Research")},
            std::nullopt);
        QVERIFY2(updated, qPrintable(updated.error()));
        QCOMPARE(updated->user.updatedAtMs, store.clock().nowMs());
        auto events = store->audit().page({}, 0, 1);
        QCOMPARE(events->first().action, QStringLiteral("user.update"));
        const QJsonObject changes = events->first().details.value(QStringLiteral("changes")).toObject();
        QCOMPARE(changes.keys(), (QStringList{QStringLiteral("department"), QStringLiteral("display_name")}));
        QCOMPARE(changes[QStringLiteral("department")].toObject()[QStringLiteral("from")].toString(),
                 QStringLiteral("R&D"));
        // The search words follow the edit, through the index and the row test alike.
        UserQuery research;
        research.search = QStringLiteral("resea");
        QCOMPARE(store->users().count(research).value(), 1);
        QCOMPARE(store->users().page(research, 0, 1)->first().user.displayName, QStringLiteral("Ada King"));
        QCOMPARE(
            scalar(store->database(),
                   testsOnPostgres()
                       ? QStringLiteral("SELECT count(*) FROM user_search_prefixes WHERE prefix = 'res' AND "
                                        "strpos(words, ' rese') > 0")
                       : QStringLiteral("SELECT count(*) FROM users WHERE search_terms GLOB '* rese*'")),
            1);
        QCOMPARE(
            scalar(
                store->database(),
                QStringLiteral(
                    "SELECT count(*) FROM users WHERE search_terms = ' ada king ada example com research'")),
            1);
    }

    void userCountFollowsInsertsDeletesAndRollbacks()
    {
        TestStore store;
        const auto counted = [&] {
            return scalar(store->database(), QStringLiteral("SELECT count(*) FROM users"));
        };
        QVERIFY(DemoDataGenerator::generate(*store, 300));
        QCOMPARE(store->users().count({}).value(), 300);
        {
            Transaction tx(store->database());
            QVERIFY(
                store->users().create({QStringLiteral("Gone"), QStringLiteral("gone@example.com"), {}, {}},
                                      UserSource::Manual, tx));
            QCOMPARE(store->users().count({}).value(), 301);
        } // rolled back
        QCOMPARE(store->users().count({}).value(), 300);
        QVERIFY(store->users().create({QStringLiteral("Kept"), QStringLiteral("kept@example.com"), {}, {}},
                                      UserSource::Manual));
        QSqlQuery q(store->database().connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM users WHERE email = 'kept@example.com'")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM users WHERE id <= 10")));
        QCOMPARE(store->users().count({}).value(), 290);
        QCOMPARE(store->users().count({}).value(), counted());
    }

    void enableDisable()
    {
        TestStore store;
        auto user = store->users().create({QStringLiteral("Ada"), QStringLiteral("ada@example.com"), {}, {}},
                                          UserSource::Manual);
        UserService users = store.core().users();
        QVERIFY(users.setEnabled(store.core().actor(), user->id, false));
        const Snapshot disabledOnce = snapshot(store->database());
        const auto again = users.setEnabled(store.core().actor(), user->id, false);
        QVERIFY(!again);
        QCOMPARE(again.error(), QStringLiteral("user 'ada@example.com' is already disabled"));
        QCOMPARE(snapshot(store->database()), disabledOnce);
        UserQuery disabled;
        disabled.status = UserStatusFilter::Disabled;
        QCOMPARE(store->users().count(disabled).value(), 1);
    }

    void searchIsPrefixPerWordAndSafe()
    {
        TestStore store;
        QVERIFY(
            store->users().create({QStringLiteral("Zoë Müller"), QStringLiteral("zoe.mueller@example.com"),
                                   QStringLiteral("zmueller@corp.example"), QStringLiteral("Finance")},
                                  UserSource::Manual));
        QVERIFY(store->users().create(
            {QStringLiteral("Zoltan Kiss"), QStringLiteral("zk@example.com"), {}, QStringLiteral("Sales")},
            UserSource::Manual));
        const auto count = [&](const QString& text) {
            UserQuery q;
            q.search = text;
            return store->users().count(q).value();
        };
        QCOMPARE(count(QStringLiteral("zo")), 2);
        QCOMPARE(count(QStringLiteral("zo mul")), 1);
        QCOMPARE(count(QStringLiteral("zoe")), 1);      // diacritics folded
        QCOMPARE(count(QStringLiteral("fin")), 1);      // department
        QCOMPARE(count(QStringLiteral("zmue")), 1);     // UPN
        QCOMPARE(count(QStringLiteral("\") OR *")), 0); // operators are plain words, not syntax
        QCOMPARE(SearchTerms::matchExpression(SearchTerms::queryWords(QStringLiteral("\"a\" OR b*"))),
                 QStringLiteral("\"a\"* \"or\"* \"b\"*"));
    }

    // The index and the row test must select the same users for any text, or a list would show
    // a count that its pages do not fill.
    void searchPlansAgree()
    {
        TestStore store;
        const QStringList names = {
            QStringLiteral("Zoë Müller"),      QStringLiteral("Søren Ørsted"),
            QStringLiteral("Σίσυφος Παπάς"),   QStringLiteral("İlkay Gündoğan"),
            QStringLiteral("Jürgen Straße"),   QStringLiteral("Seán O'Brien"),
            QStringLiteral("ǅemal Nguyễn"),    QStringLiteral("王小明"),
            QStringLiteral("Ana-María Núñez"), QStringLiteral("Émile ﬁnance 🙂 Ⅻ"),
            QStringLiteral("ΣΊΣΥΦΟΣ ΟΔΌΣ"),    QStringLiteral("Ｆｕｌｌ Ｗｉｄｔｈ")};
        for (int i = 0; i < names.size(); ++i)
            QVERIFY(store->users().create(
                {names[i], QStringLiteral("user%1@example.com").arg(i), {}, QStringLiteral("Dept %1").arg(i)},
                UserSource::Manual));
        const QStringList queries = {QStringLiteral("zo"),     QStringLiteral("zoë"),
                                     QStringLiteral("mull"),   QStringLiteral("MÜLL"),
                                     QStringLiteral("sø"),     QStringLiteral("ørs"),
                                     QStringLiteral("σίσ"),    QStringLiteral("σισ"),
                                     QStringLiteral("ΣΊΣ"),    QStringLiteral("ilk"),
                                     QStringLiteral("İlk"),    QStringLiteral("stra"),
                                     QStringLiteral("straß"),  QStringLiteral("obr"),
                                     QStringLiteral("o'br"),   QStringLiteral("dž"),
                                     QStringLiteral("ǅ"),      QStringLiteral("nguy"),
                                     QStringLiteral("王"),     QStringLiteral("nun"),
                                     QStringLiteral("fin"),    QStringLiteral("ﬁ"),
                                     QStringLiteral("11"),     QStringLiteral("xii"),
                                     QStringLiteral("full w"), QStringLiteral("ｆｕ"),
                                     QStringLiteral("dept 1"), QStringLiteral("user1 example")};
        // Ids a statement selects, its values bound in order.
        const auto ids = [&](const QString& sql, const QStringList& values) {
            QSqlQuery q(store->database().connection());
            q.prepare(sql);
            for (const QString& v : values)
                q.addBindValue(v);
            QSet<qint64> found;
            if (!q.exec())
                qFatal("%s", qPrintable(q.lastError().text()));
            while (q.next())
                found << q.value(0).toLongLong();
            return found;
        };
        // Ids of every user a search lists, in one order.
        const auto pagedIds = [&](const QString& search, UserSortColumn order) {
            UserQuery q;
            q.search = search;
            q.sortColumn = order;
            QSet<qint64> found;
            const auto rows = store->users().page(q, 0, 1000);
            if (!rows)
                qFatal("%s", qPrintable(rows.error()));
            for (const UserListRow& row : rows.value())
                found << row.user.id;
            return found;
        };
        // On PostgreSQL the row test is this one, over the words the repository wrote.
        QHash<qint64, QStringList> wordsOf;
        {
            QSqlQuery q(store->database().connection());
            QVERIFY(q.exec(QStringLiteral("SELECT id, search_terms FROM users")));
            while (q.next())
                wordsOf.insert(q.value(0).toLongLong(),
                               q.value(1).toString().split(u' ', Qt::SkipEmptyParts));
        }
        const auto everyWordStartsOne = [&](const QStringList& prefixes) {
            QSet<qint64> found;
            for (auto it = wordsOf.cbegin(); it != wordsOf.cend(); ++it) {
                if (std::all_of(prefixes.begin(), prefixes.end(), [&](const QString& prefix) {
                        return std::any_of(it->begin(), it->end(),
                                           [&](const QString& word) { return word.startsWith(prefix); });
                    }))
                    found << it.key();
            }
            return found;
        };
        for (const QString& query : queries) {
            const QStringList words = SearchTerms::queryWords(query);
            QVERIFY(!words.isEmpty());
            const QStringList tests(words.size(), QStringLiteral("search_terms GLOB ?"));
            const QSet<qint64> byIndex =
                testsOnPostgres() ? pagedIds(query, UserSortColumn::DisplayName)
                                  : ids(QStringLiteral("SELECT rowid FROM users_fts WHERE users_fts MATCH ?"),
                                        {SearchTerms::matchExpression(words)});
            if (testsOnPostgres()) {
                // The prefix rows in name order, the same tests under another order, the count.
                QCOMPARE(pagedIds(query, UserSortColumn::Email), byIndex);
                UserQuery counted;
                counted.search = query;
                QCOMPARE(store->users().count(counted).value(), byIndex.size());
            }
            const QSet<qint64> byRowTest =
                testsOnPostgres()
                    ? everyWordStartsOne(words)
                    : ids(QStringLiteral("SELECT id FROM users WHERE ") + tests.join(QStringLiteral(" AND ")),
                          SearchTerms::globPatterns(words));
            QVERIFY2(!byIndex.isEmpty(), qPrintable(query)); // every query here names someone
            QVERIFY2(byIndex == byRowTest, qPrintable(query));
        }
        UserQuery q1;
        q1.search = QStringLiteral("MÜLL");
        QCOMPARE(store->users().count(q1).value(), 1);
        q1.search = QStringLiteral("σισ");
        QCOMPARE(store->users().count(q1).value(), 2);
    }

    void deadlineInterruptsOnlyWhileItLives()
    {
        KEYDESK_SQLITE_ONLY("a progress handler interrupts its statements");
        TestStore store;
        const QString slow = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                            "WHERE i < 50000000) SELECT count(*) FROM n");
        QSqlQuery q(store->database().connection());
        {
            Database::Deadline deadline(store->database(), 5'000'000); // 5 ms
            QVERIFY(!q.exec(slow));
            QVERIFY(deadline.expired());
            QCOMPARE(q.lastError().databaseText(), QStringLiteral("interrupted"));
        }
        QVERIFY(q.exec(
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
                           "SELECT count(*) FROM n")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 100000);
    }

    void groupsAndMemberships()
    {
        TestStore store;
        auto user = store->users().create({QStringLiteral("Ada"), QStringLiteral("ada@example.com"), {}, {}},
                                          UserSource::Manual);
        // Names are the service's rule (GroupService); the repository only writes.
        GroupService groups = store.core().groups();
        const Actor by = store.core().actor();
        auto group = groups.create(by, QStringLiteral("Engineering"));
        QVERIFY(group);
        auto dup = groups.create(by, QStringLiteral("engineering"));
        QCOMPARE(dup.error(), QStringLiteral("a group named 'Engineering' already exists"));
        QCOMPARE(groups.create(by, QStringLiteral("  ")).error(),
                 validateGroupName(QStringLiteral("  ")).message());
        UserService users = store.core().users();
        QVERIFY(users.joinGroup(by, group->id, user->id));
        QCOMPARE(users.joinGroup(by, group->id, user->id).error(),
                 QStringLiteral("'ada@example.com' is already a member of 'Engineering'"));
        QCOMPARE(groups.rename(by, group->id, QStringLiteral("Engineering")).error(),
                 QStringLiteral("group 'Engineering' already has that name"));
        QVERIFY(groups.rename(by, group->id, QStringLiteral("R&D")));
        QCOMPARE(store->users().groupsOf(user->id)->first().name, QStringLiteral("R&D"));
        QVERIFY(users.leaveGroup(by, group->id, user->id));
        QCOMPARE(users.leaveGroup(by, group->id, user->id).error(),
                 QStringLiteral("'ada@example.com' is not a member of 'R&D'"));
        QVERIFY(groups.remove(by, group->id));
        QCOMPARE(groups.remove(by, group->id).error(), QStringLiteral("no group with id %1").arg(group->id));
        QCOMPARE(store->groups().list()->size(), 0);
        QStringList actions;
        for (const AuditEvent& e : store->audit().page({}, 0, 100).value())
            actions.prepend(e.action);
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("user.create"), QStringLiteral("group.create"),
                              QStringLiteral("group.add-member"), QStringLiteral("group.rename"),
                              QStringLiteral("group.remove-member"), QStringLiteral("group.delete")}));
    }

    void pagingCoversEveryRowOnce()
    {
        TestStore store;
        Transaction tx(store->database());
        QList<UserRepository::BulkRow> rows;
        for (int i = 0; i < 450; ++i)
            rows.append({UserFields{QStringLiteral("User %1").arg(i, 3, 10, QLatin1Char('0')),
                                    QStringLiteral("u%1@example.com").arg(i),
                                    {},
                                    {}},
                         true, 1});
        QVERIFY(store->users().insertBulk(rows, UserSource::Demo, tx));
        QVERIFY(tx.commit());
        UserQuery q;
        q.descending = true;
        QSet<qint64> seen;
        QString previous = QStringLiteral("~");
        QCOMPARE(store->users().count(q).value(), 450);
        for (qint64 offset = 0; offset < 450; offset += 100) {
            for (const UserListRow& row : store->users().page(q, offset, 100).value()) {
                QVERIFY(row.user.displayName < previous);
                previous = row.user.displayName;
                seen.insert(row.user.id);
            }
        }
        QCOMPARE(seen.size(), 450);

        // Searching with small pages: the first pages walk users in order testing each row,
        // deep pages fetch matches from the index and sort; together they list every match once.
        q.search = QStringLiteral("user");
        QCOMPARE(store->users().count(q).value(), 450);
        seen.clear();
        previous = QStringLiteral("~");
        for (qint64 offset = 0; offset < 450; offset += 10) {
            const QList<UserListRow> page = store->users().page(q, offset, 10).value();
            QCOMPARE(page.size(), 10);
            for (const UserListRow& row : page) {
                QVERIFY(row.user.displayName < previous);
                previous = row.user.displayName;
                seen.insert(row.user.id);
            }
        }
        QCOMPARE(seen.size(), 450);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "TestRepositories.moc"
