// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "support/TestSupport.h"

#include <QRegularExpression>
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

    // What the engine said: SQLite's message, or PostgreSQL's first line (without "ERROR:").
    QString failure(const QString& sql)
    {
        QSqlQuery q((*m_store)->database().connection());
        if (q.exec(sql))
            return QStringLiteral("(no error)");
        const QString text = q.lastError().databaseText();
        if (!testsOnPostgres())
            return text;
        return text.section(u'\n', 0, 0).remove(QRegularExpression(QStringLiteral("^ERROR:\\s+")));
    }
    // The engine's message: the schemas name the same rules, each engine words them its own way.
    static QString either(const char* sqlite, const char* postgres)
    {
        return QString::fromUtf8(testsOnPostgres() ? postgres : sqlite);
    }
    // A BLOB literal of these hex digits, or of n zero bytes.
    static QString blob(const char* hex)
    {
        return testsOnPostgres() ? QStringLiteral("'\\x%1'::bytea").arg(QLatin1String(hex))
                                 : QStringLiteral("x'%1'").arg(QLatin1String(hex));
    }
    static QString zeros(int n)
    {
        return testsOnPostgres() ? QStringLiteral("decode(repeat('00', %1), 'hex')").arg(n)
                                 : QStringLiteral("zeroblob(%1)").arg(n);
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
        // Ids left to the engine (1 in a fresh database): on PostgreSQL an explicit one would
        // not move the identity on.
        exec(QStringLiteral("INSERT INTO users (display_name, email, created_at, updated_at) "
                            "VALUES ('Ada Lovelace', 'ada@example.com', 1, 1)"));
        exec(QStringLiteral("INSERT INTO groups (name, created_at) VALUES ('Engineering', 1)"));
    }
    void cleanup()
    {
        delete m_store;
        m_store = nullptr;
    }

    void constraints_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("error"); // as the engine under test words it
        const auto user = [](const char* values) -> QString {
            return QStringLiteral("INSERT INTO users (display_name, email, enabled, source, created_at, "
                                  "updated_at) VALUES ") +
                   QLatin1String(values);
        };
        QTest::newRow("email unique, any case")
            << user("('Ada Two', 'ADA@Example.com', 1, 'manual', 1, 1)")
            << either("UNIQUE constraint failed: users.email",
                      "duplicate key value violates unique constraint \"users_email_key\"");
        QTest::newRow("email shape")
            << user("('No Mail', 'nomail', 1, 'manual', 1, 1)")
            << either("CHECK constraint failed: email LIKE '_%@_%'",
                      "new row for relation \"users\" violates check constraint \"users_email_check\"");
        QTest::newRow("blank name")
            << user("('   ', 'blank@example.com', 1, 'manual', 1, 1)")
            << either(
                   "CHECK constraint failed: length(trim(display_name)) > 0",
                   "new row for relation \"users\" violates check constraint \"users_display_name_check\"");
        QTest::newRow("enabled is boolean")
            << user("('Bo', 'bo@example.com', 2, 'manual', 1, 1)")
            << either("CHECK constraint failed: enabled IN (0, 1)",
                      "new row for relation \"users\" violates check constraint \"users_enabled_check\"");
        QTest::newRow("source known")
            << user("('Bo', 'bo@example.com', 1, 'ldif', 1, 1)")
            << either("CHECK constraint failed: source IN ('manual', 'csv', 'directory', 'demo')",
                      "new row for relation \"users\" violates check constraint \"users_source_check\"");
        QTest::newRow("group name unique, any case")
            << QStringLiteral("INSERT INTO groups (name, created_at) VALUES ('ENGINEERING', 1)")
            << either("UNIQUE constraint failed: groups.name",
                      "duplicate key value violates unique constraint \"groups_name_key\"");
        QTest::newRow("membership needs a user")
            << QStringLiteral("INSERT INTO group_members (group_id, user_id, added_at) VALUES (1, 42, 1)")
            << either("FOREIGN KEY constraint failed",
                      "insert or update on table \"group_members\" violates foreign key constraint "
                      "\"group_members_user_id_fkey\"");
        QTest::newRow("key status known")
            << QStringLiteral("INSERT INTO security_keys (user_id, type, status, created_at) VALUES (1, "
                              "'smartphone', 'lost', 1)")
            << either("CHECK constraint failed: status IN ('pending', 'active', 'suspended', 'revoked', "
                      "'expired')",
                      "new row for relation \"security_keys\" violates check constraint "
                      "\"security_keys_status_check\"");
        QTest::newRow("active key has a credential")
            << QStringLiteral("INSERT INTO security_keys (user_id, type, status, created_at) VALUES (1, "
                              "'smartphone', 'active', 1)")
            << either("CHECK constraint failed: status NOT IN ('active', 'suspended') OR (credential_id IS "
                      "NOT NULL AND public_key IS NOT NULL)",
                      "new row for relation \"security_keys\" violates check constraint "
                      "\"security_keys_check\"");
        QTest::newRow("backed up implies backup eligible")
            << QStringLiteral("INSERT INTO security_keys (user_id, type, flag_bs, flag_be, created_at) "
                              "VALUES (1, 'smartphone', 1, 0, 1)")
            << either("CHECK constraint failed: flag_bs = 0 OR flag_be = 1",
                      "new row for relation \"security_keys\" violates check constraint "
                      "\"security_keys_check1\"");
        QTest::newRow("key needs a user")
            << QStringLiteral(
                   "INSERT INTO security_keys (user_id, type, created_at) VALUES (7, 'smartphone', 1)")
            << either("FOREIGN KEY constraint failed",
                      "insert or update on table \"security_keys\" violates foreign key constraint "
                      "\"security_keys_user_id_fkey\"");
        QTest::newRow("outbox status known")
            << QStringLiteral("INSERT INTO outbox (idempotency_key, recipient, subject, mime, message_id, "
                              "status, next_attempt_at, "
                              "created_at) VALUES ('k', 'a@example.com', 's', %1, '<m@x>', 'lost', 1, 1)")
                   .arg(blob("00"))
            << either("CHECK constraint failed: status IN ('queued', 'sending', 'sent', 'failed')",
                      "new row for relation \"outbox\" violates check constraint \"outbox_status_check\"");
        QTest::newRow("workflow settings are JSON")
            << QStringLiteral("INSERT INTO workflows (name, key_type, key_settings, created_at, updated_at) "
                              "VALUES ('w', 'smartphone', '{oops', 1, 1)")
            << either("CHECK constraint failed: json_valid(key_settings)",
                      "invalid input syntax for type json");
        QTest::newRow("audit details are JSON")
            << QStringLiteral("INSERT INTO audit_events (at, actor, action, target_type, details) VALUES (1, "
                              "'a', 'x', 'user', 'nope')")
            << either("CHECK constraint failed: json_valid(details)", "invalid input syntax for type json");
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
                             "VALUES (5, 'email', %1, 1, 2)")
                             .arg(blob("0102"))),
                 either("CHECK constraint failed: length(token_hash) = 32",
                        "new row for relation \"activations\" violates check constraint "
                        "\"activations_token_hash_check\""));
        QCOMPARE(
            failure(
                QStringLiteral("INSERT INTO activations (key_id, method, token_hash, created_at, expires_at) "
                               "VALUES (5, 'email', %1, 5, 5)")
                    .arg(zeros(32))),
            either("CHECK constraint failed: expires_at > created_at",
                   "new row for relation \"activations\" violates check constraint \"activations_check\""));
    }

    void credentialIdUnique()
    {
        exec(QStringLiteral(
                 "INSERT INTO security_keys (user_id, type, status, credential_id, public_key, created_at) "
                 "VALUES (1, 'smartphone', 'active', %1, %2, 1)")
                 .arg(zeros(16), blob("01")));
        QCOMPARE(
            failure(QStringLiteral("INSERT INTO security_keys (user_id, type, status, credential_id, "
                                   "public_key, created_at) "
                                   "VALUES (1, 'smartphone', 'active', %1, %2, 1)")
                        .arg(zeros(16), blob("02"))),
            either("UNIQUE constraint failed: security_keys.credential_id",
                   "duplicate key value violates unique constraint \"security_keys_credential_id_key\""));
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
                 either("FOREIGN KEY constraint failed",
                        "update or delete on table \"users\" violates foreign key constraint "
                        "\"security_keys_user_id_fkey\" on table \"security_keys\""));
    }
};

QTEST_GUILESS_MAIN(TestConstraints)
#include "TestConstraints.moc"
