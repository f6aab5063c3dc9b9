// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "support/TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

// The schema itself keeps data consistent, whatever code writes to it.
class TestConstraints : public QObject
{
    Q_OBJECT

private:
    TestStore* m_store = nullptr;

    QString failure(const QString& sql)
    {
        QSqlQuery q((*m_store)->database().connection());
        if (q.exec(sql))
            return QStringLiteral("(no error)");
        return q.lastError().databaseText();
    }
    void exec(const QString& sql)
    {
        QSqlQuery q((*m_store)->database().connection());
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }

private Q_SLOTS:
    void init()
    {
        m_store = new TestStore;
        exec(QStringLiteral("INSERT INTO users (id, display_name, email, created_at, updated_at) "
                            "VALUES (1, 'Ada Lovelace', 'ada@example.com', 1, 1)"));
        exec(QStringLiteral("INSERT INTO groups (id, name, created_at) VALUES (1, 'Engineering', 1)"));
    }
    void cleanup()
    {
        delete m_store;
        m_store = nullptr;
    }

    void constraints_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("error");
        const auto user = [](const char* values) -> QString {
            return QStringLiteral("INSERT INTO users (display_name, email, enabled, source, created_at, "
                                  "updated_at) VALUES ") +
                   QLatin1String(values);
        };
        QTest::newRow("email unique, any case") << user("('Ada Two', 'ADA@Example.com', 1, 'manual', 1, 1)")
                                                << QStringLiteral("UNIQUE constraint failed: users.email");
        QTest::newRow("email shape") << user("('No Mail', 'nomail', 1, 'manual', 1, 1)")
                                     << QStringLiteral("CHECK constraint failed: email LIKE '_%@_%'");
        QTest::newRow("blank name") << user("('   ', 'blank@example.com', 1, 'manual', 1, 1)")
                                    << QStringLiteral(
                                           "CHECK constraint failed: length(trim(display_name)) > 0");
        QTest::newRow("enabled is boolean") << user("('Bo', 'bo@example.com', 2, 'manual', 1, 1)")
                                            << QStringLiteral("CHECK constraint failed: enabled IN (0, 1)");
        QTest::newRow("source known")
            << user("('Bo', 'bo@example.com', 1, 'ldif', 1, 1)")
            << QStringLiteral("CHECK constraint failed: source IN ('manual', 'csv', 'directory', 'demo')");
        QTest::newRow("group name unique, any case")
            << QStringLiteral("INSERT INTO groups (name, created_at) VALUES ('ENGINEERING', 1)")
            << QStringLiteral("UNIQUE constraint failed: groups.name");
        QTest::newRow("membership needs a user")
            << QStringLiteral("INSERT INTO group_members (group_id, user_id, added_at) VALUES (1, 42, 1)")
            << QStringLiteral("FOREIGN KEY constraint failed");
        QTest::newRow("key status known")
            << QStringLiteral("INSERT INTO security_keys (user_id, type, status, created_at) VALUES (1, "
                              "'smartphone', 'lost', 1)")
            << QStringLiteral("CHECK constraint failed: status IN ('pending', 'active', 'suspended', "
                              "'revoked', 'expired')");
        QTest::newRow("active key has a credential")
            << QStringLiteral("INSERT INTO security_keys (user_id, type, status, created_at) VALUES (1, "
                              "'smartphone', 'active', 1)")
            << QStringLiteral("CHECK constraint failed: status NOT IN ('active', 'suspended') OR "
                              "(credential_id IS NOT NULL "
                              "AND public_key IS NOT NULL)");
        QTest::newRow("backed up implies backup eligible")
            << QStringLiteral("INSERT INTO security_keys (user_id, type, flag_bs, flag_be, created_at) "
                              "VALUES (1, 'smartphone', 1, 0, 1)")
            << QStringLiteral("CHECK constraint failed: flag_bs = 0 OR flag_be = 1");
        QTest::newRow("key needs a user")
            << QStringLiteral(
                   "INSERT INTO security_keys (user_id, type, created_at) VALUES (7, 'smartphone', 1)")
            << QStringLiteral("FOREIGN KEY constraint failed");
        QTest::newRow("outbox status known")
            << QStringLiteral("INSERT INTO outbox (idempotency_key, recipient, subject, mime, message_id, "
                              "status, next_attempt_at, "
                              "created_at) VALUES ('k', 'a@example.com', 's', x'00', '<m@x>', 'lost', 1, 1)")
            << QStringLiteral("CHECK constraint failed: status IN ('queued', 'sending', 'sent', 'failed')");
        QTest::newRow("workflow settings are JSON")
            << QStringLiteral("INSERT INTO workflows (name, key_type, key_settings, created_at, updated_at) "
                              "VALUES ('w', 'smartphone', '{oops', 1, 1)")
            << QStringLiteral("CHECK constraint failed: json_valid(key_settings)");
        QTest::newRow("audit details are JSON")
            << QStringLiteral("INSERT INTO audit_events (at, actor, action, target_type, details) VALUES (1, "
                              "'a', 'x', 'user', 'nope')")
            << QStringLiteral("CHECK constraint failed: json_valid(details)");
    }

    void constraints()
    {
        QFETCH(QString, sql);
        QFETCH(QString, error);
        QCOMPARE(failure(sql), error);
    }

    void activationTokenHashLength()
    {
        exec(QStringLiteral(
            "INSERT INTO security_keys (id, user_id, type, created_at) VALUES (5, 1, 'smartphone', 1)"));
        QCOMPARE(failure(QStringLiteral(
                     "INSERT INTO activations (key_id, method, token_hash, created_at, expires_at) "
                     "VALUES (5, 'email', x'0102', 1, 2)")),
                 QStringLiteral("CHECK constraint failed: length(token_hash) = 32"));
        QCOMPARE(failure(QStringLiteral(
                     "INSERT INTO activations (key_id, method, token_hash, created_at, expires_at) "
                     "VALUES (5, 'email', zeroblob(32), 5, 5)")),
                 QStringLiteral("CHECK constraint failed: expires_at > created_at"));
    }

    void credentialIdUnique()
    {
        exec(QStringLiteral(
            "INSERT INTO security_keys (user_id, type, status, credential_id, public_key, created_at) "
            "VALUES (1, 'smartphone', 'active', zeroblob(16), x'01', 1)"));
        QCOMPARE(
            failure(QStringLiteral(
                "INSERT INTO security_keys (user_id, type, status, credential_id, public_key, created_at) "
                "VALUES (1, 'smartphone', 'active', zeroblob(16), x'02', 1)")),
            QStringLiteral("UNIQUE constraint failed: security_keys.credential_id"));
    }

    void auditLogIsAppendOnly()
    {
        QVERIFY((*m_store)->audit().append(QStringLiteral("user.create"), QStringLiteral("user"), 1,
                                           QStringLiteral("Ada")));
        QCOMPARE(failure(QStringLiteral("UPDATE audit_events SET actor = 'someone else'")),
                 QStringLiteral("audit_events is append-only"));
        QCOMPARE(failure(QStringLiteral("DELETE FROM audit_events")),
                 QStringLiteral("audit_events is append-only"));
        QCOMPARE(scalar((*m_store)->database(),
                        QStringLiteral("SELECT count(*) FROM audit_events WHERE actor = 'tester@keydesk'")),
                 1);
    }

    void deletingAGroupKeepsItsUsers()
    {
        exec(QStringLiteral("INSERT INTO group_members (group_id, user_id, added_at) VALUES (1, 1, 1)"));
        exec(QStringLiteral("DELETE FROM groups WHERE id = 1"));
        QCOMPARE(scalar((*m_store)->database(), QStringLiteral("SELECT count(*) FROM group_members")), 0);
        QCOMPARE(scalar((*m_store)->database(), QStringLiteral("SELECT count(*) FROM users")), 1);
    }

    void usersWithKeysCannotBeDeleted()
    {
        exec(QStringLiteral(
            "INSERT INTO security_keys (user_id, type, created_at) VALUES (1, 'smartphone', 1)"));
        QCOMPARE(failure(QStringLiteral("DELETE FROM users WHERE id = 1")),
                 QStringLiteral("FOREIGN KEY constraint failed"));
    }
};

QTEST_GUILESS_MAIN(TestConstraints)
#include "TestConstraints.moc"
