// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "support/TestSupport.h"

#include "core/Core.h"

#include <QDir>
#include <QFile>
#include <QSqlRecord>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

// Operators' sessions and API tokens (AccessService) and the roles they carry into the services:
// what each role may do, with the exact refusal; sessions ending by lifetime, idle time, revocation,
// a role change and the operator's removal under a test clock; tokens made once, hashed at rest.
class TestOperatorAccess : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kMinute = 60 * 1000;

    struct Team
    {
        User ada; // admin
        User bo;  // helpdesk
        User cy;  // auditor
    };

    static User addUser(TestStore& store, const QString& name, const QString& email)
    {
        auto user = store->users().create({name, email, {}, {}}, UserSource::Manual);
        if (!user)
            qFatal("%s", qPrintable(user.error()));
        return user.value();
    }
    static Team makeTeam(TestStore& store)
    {
        Team team{addUser(store, QStringLiteral("Ada King"), QStringLiteral("ada@example.com")),
                  addUser(store, QStringLiteral("Bo Lee"), QStringLiteral("bo@example.com")),
                  addUser(store, QStringLiteral("Cy Ray"), QStringLiteral("cy@example.com"))};
        OperatorService operators = store.core().operators();
        const Actor by = store.core().actor();
        for (const auto& [email, role] :
             {std::pair{"ada@example.com", "admin"}, std::pair{"bo@example.com", "helpdesk"},
              std::pair{"cy@example.com", "auditor"}})
            if (!operators.add(by, QString::fromLatin1(email), QString::fromLatin1(role)))
                qFatal("cannot add operator %s", email);
        return team;
    }
    static QString signIn(TestStore& store, const User& user)
    {
        auto opened = store.core().access().openSession(user.id, QStringLiteral("desk-7 (10.0.0.7)"), 0);
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        return opened->secret;
    }
    static Actor actorOf(TestStore& store, const QString& secret)
    {
        auto actor = store.core().access().authenticate(secret);
        if (!actor)
            qFatal("%s", qPrintable(actor.error()));
        return actor.value();
    }
    static QString refusal(TestStore& store, const QString& secret)
    {
        auto actor = store.core().access().authenticate(secret);
        if (actor)
            return QStringLiteral("(accepted as %1)").arg(actor->name());
        return actor.error();
    }

private Q_SLOTS:
    void rolesDecideWhatServicesDo()
    {
        TestStore store;
        const Team team = makeTeam(store);
        const Actor helpdesk = actorOf(store, signIn(store, team.bo));
        const Actor auditor = actorOf(store, signIn(store, team.cy));
        const Actor admin = actorOf(store, signIn(store, team.ada));
        QCOMPARE(helpdesk.signedInOperator()->role, OperatorRole::Helpdesk);

        // Helpdesk: users and groups, but no deletion, workflows or operators.
        auto dee = store.core().users().create(
            helpdesk, {QStringLiteral("Dee Fox"), QStringLiteral("dee@example.com"), {}, {}});
        QVERIFY2(dee, qPrintable(dee.error()));
        auto group = store.core().groups().create(helpdesk, QStringLiteral("Field"));
        QVERIFY2(group, qPrintable(group.error()));
        const Snapshot before = snapshot(store->database());
        Status removed = store.core().groups().remove(helpdesk, group->id);
        QVERIFY(!removed);
        QCOMPARE(removed.error(), QStringLiteral("bo@example.com is helpdesk and may not delete"));
        QCOMPARE(removed.cause().code(), ErrorCode::NotPermitted);
        auto made = store.core().operators().add(helpdesk, QStringLiteral("dee@example.com"),
                                                 QStringLiteral("admin"));
        QCOMPARE(made.error(),
                 QStringLiteral(
                     "bo@example.com is helpdesk and may not manage operators, their sessions and tokens"));
        auto workflow = store.core().workflows().create(helpdesk, QStringLiteral("Phones"), {},
                                                        KeyType::Smartphone, WorkflowSettings{});
        QCOMPARE(workflow.error(), QStringLiteral("bo@example.com is helpdesk and may not change workflows"));

        // Auditor: reads, changes nothing.
        auto edited = store.core().users().setEnabled(auditor, dee->user.id, false);
        QCOMPARE(edited.error(), QStringLiteral("cy@example.com is auditor and may not change users"));
        Status renamed = store.core().groups().rename(auditor, group->id, QStringLiteral("Office"));
        QCOMPARE(renamed.error(), QStringLiteral("cy@example.com is auditor and may not change groups"));
        QCOMPARE(snapshot(store->database()), before);

        // Admin: everything; and the audit event names the operator and the session.
        QVERIFY(store.core().groups().remove(admin, group->id));
        const AuditEvent last = store->audit().page({}, 0, 1).value().first();
        QCOMPARE(last.action, QStringLiteral("group.delete"));
        QCOMPARE(last.actor, QStringLiteral("ada@example.com"));
        QCOMPARE(last.actorUserId, team.ada.id);
        QCOMPARE(last.actorCredential, admin.signedInOperator()->credential);
        QVERIFY(last.actorCredential.startsWith(QStringLiteral("session ")));

        // The matrix itself.
        QVERIFY(roleAllows(OperatorRole::Helpdesk, Permission::HandleKeys));
        QVERIFY(!roleAllows(OperatorRole::Helpdesk, Permission::ExportAudit));
        QVERIFY(roleAllows(OperatorRole::Auditor, Permission::ExportAudit));
        QVERIFY(!roleAllows(OperatorRole::Auditor, Permission::RetryOutbox));
        for (Permission p : allPermissions())
            QVERIFY(roleAllows(OperatorRole::Admin, p));
    }

    void sessionOpensAsTheOperator()
    {
        TestStore store;
        const Team team = makeTeam(store);
        auto opened =
            store.core().access().openSession(team.bo.id, QStringLiteral("  desk-7 (10.0.0.7) "), 0);
        QVERIFY2(opened, qPrintable(opened.error()));
        QVERIFY(opened->secret.startsWith(QStringLiteral("kds_")));
        QCOMPARE(opened->secret.size(), 4 + 43);
        QCOMPARE(opened->session.desk, QStringLiteral("desk-7 (10.0.0.7)"));
        QCOMPARE(opened->session.expiresAtMs, store.clock().nowMs() + 8 * 60 * kMinute);
        const AuditEvent event = store->audit().page({}, 0, 1).value().first();
        QCOMPARE(event.action, QStringLiteral("session.open"));
        QCOMPARE(event.actor, QStringLiteral("bo@example.com"));
        QCOMPARE(event.actorCredential, QStringLiteral("session ") + opened->session.id);
        QCOMPARE(event.details.value(QStringLiteral("desk")).toString(), QStringLiteral("desk-7 (10.0.0.7)"));

        const Actor bo = actorOf(store, opened->secret);
        QCOMPARE(bo.name(), QStringLiteral("bo@example.com"));
        QCOMPARE(bo.signedInOperator()->userId, team.bo.id);

        auto notOperator = store.core().access().openSession(
            addUser(store, QStringLiteral("Dee Fox"), QStringLiteral("dee@example.com")).id,
            QStringLiteral("desk"), 0);
        QVERIFY(!notOperator);
    }

    void sessionsEndByTimeUnderATestClock()
    {
        TestStore store;
        const Team team = makeTeam(store);
        // Used every 20 minutes: alive until its 8 hours are up.
        const QString busy = signIn(store, team.bo);
        for (int i = 0; i < 23; ++i) {
            store.clock().advance(20 * kMinute);
            QVERIFY2(store.core().access().authenticate(busy), qPrintable(refusal(store, busy)));
        }
        store.clock().advance(20 * kMinute); // 480 minutes after sign-in
        QCOMPARE(refusal(store, busy), QStringLiteral("the session has expired; sign in again"));

        // Unused for 30 minutes: ended.
        const QString idle = signIn(store, team.cy);
        store.clock().advance(29 * kMinute);
        QVERIFY(store.core().access().authenticate(idle));
        store.clock().advance(29 * kMinute); // the use above counts
        QVERIFY(store.core().access().authenticate(idle));
        store.clock().advance(30 * kMinute);
        QCOMPARE(refusal(store, idle),
                 QStringLiteral("the session was idle for more than 30 minutes; sign in again"));

        // The sweep deletes both; then they are unknown.
        auto deleted = store.core().access().deleteDeadSessions();
        QCOMPARE(deleted.value(), 2);
        QCOMPARE(refusal(store, idle), QStringLiteral("the session has ended or was revoked; sign in again"));
    }

    void roleChangeRemovalAndRevocationEndSessions()
    {
        TestStore store;
        const Team team = makeTeam(store);
        const Actor direct = store.core().actor();
        const QString bo = signIn(store, team.bo);
        const QString cy = signIn(store, team.cy);
        auto token = store.core().access().createToken(direct, QStringLiteral("cy@example.com"),
                                                       QStringLiteral("nightly-export"), std::nullopt);
        QVERIFY2(token, qPrintable(token.error()));

        QVERIFY(store.core().operators().setRole(direct, QStringLiteral("bo@example.com"),
                                                 QStringLiteral("auditor")));
        QCOMPARE(refusal(store, bo), QStringLiteral("the session has ended or was revoked; sign in again"));
        const AuditEvent ended = store->audit().page({}, 0, 1).value().first();
        QCOMPARE(ended.action, QStringLiteral("session.end"));
        QCOMPARE(ended.details.value(QStringLiteral("reason")).toString(), QStringLiteral("role-changed"));

        QVERIFY(store.core().operators().remove(direct, QStringLiteral("cy@example.com")));
        QCOMPARE(refusal(store, cy), QStringLiteral("the session has ended or was revoked; sign in again"));
        QCOMPARE(refusal(store, token->secret),
                 QStringLiteral("the API token is unknown or was revoked; sign in again"));

        // Revoking: one's own session, or anyone's as admin; another's is not there for helpdesk.
        const QString ada = signIn(store, team.ada);
        const Actor adaActor = actorOf(store, ada);
        QVERIFY(store.core().operators().setRole(direct, QStringLiteral("bo@example.com"),
                                                 QStringLiteral("helpdesk")));
        const QString bo2 = signIn(store, team.bo);
        const Actor boActor = actorOf(store, bo2);
        auto listedByBo = store.core().access().sessions(boActor).value();
        QCOMPARE(listedByBo.size(), 1);
        QCOMPARE(listedByBo.first().email, QStringLiteral("bo@example.com"));
        QCOMPARE(store.core().access().sessions(adaActor).value().size(), 2);
        const QString adaSession = adaActor.signedInOperator()->credential.mid(8);
        auto notHis = store.core().access().endSession(boActor, adaSession);
        QCOMPARE(notHis.error(), QStringLiteral("no session %1").arg(adaSession));
        QVERIFY(store.core().access().authenticate(ada));
        const QString boSession = boActor.signedInOperator()->credential.mid(8);
        auto byAdmin = store.core().access().endSession(adaActor, boSession.toUpper());
        QVERIFY2(byAdmin, qPrintable(byAdmin.error()));
        QCOMPARE(refusal(store, bo2), QStringLiteral("the session has ended or was revoked; sign in again"));
        const AuditEvent revoked = store->audit().page({}, 0, 1).value().first();
        QCOMPARE(revoked.actor, QStringLiteral("ada@example.com"));
        QCOMPARE(revoked.targetId, team.bo.id);
        QCOMPARE(revoked.details.value(QStringLiteral("reason")).toString(), QStringLiteral("revoked"));

        // A disabled operator's session stops working while the user is disabled.
        QVERIFY(store.core().users().setEnabled(direct, team.ada.id, false));
        QCOMPARE(refusal(store, ada), QStringLiteral("'ada@example.com' is disabled; sign in again"));
    }

    void tokensActWithTheirOperatorsRole()
    {
        TestStore store;
        const Team team = makeTeam(store);
        const Actor direct = store.core().actor();
        AccessService access = store.core().access();
        auto token =
            access.createToken(direct, QStringLiteral("bo@example.com"), QStringLiteral("sync.v2"), 30);
        QVERIFY2(token, qPrintable(token.error()));
        QVERIFY(token->secret.startsWith(QStringLiteral("kdt_")));
        QCOMPARE(*token->token.expiresAtMs, store.clock().nowMs() + 30LL * 24 * 60 * kMinute);
        const Actor bo = actorOf(store, token->secret);
        QCOMPARE(bo.signedInOperator()->credential, QStringLiteral("token sync.v2"));
        QCOMPARE(bo.signedInOperator()->role, OperatorRole::Helpdesk);
        QVERIFY(!bo.may(Permission::Delete));
        // The role at the time of use, not the one at creation.
        QVERIFY(store.core().operators().setRole(direct, QStringLiteral("bo@example.com"),
                                                 QStringLiteral("admin")));
        QCOMPARE(actorOf(store, token->secret).signedInOperator()->role, OperatorRole::Admin);
        QCOMPARE(access.tokens(direct).value().first().lastUsedAtMs, store.clock().nowMs());

        // Refusals, exact, changing nothing.
        const Snapshot before = snapshot(store->database());
        const qint64 events = scalar(store->database(), QStringLiteral("SELECT count(*) FROM api_tokens"));
        QCOMPARE(access.createToken(direct, QStringLiteral("bo@example.com"), QStringLiteral("sync.v2"), {})
                     .error(),
                 QStringLiteral("there is already a token named 'sync.v2'"));
        QCOMPARE(access.createToken(direct, QStringLiteral("bo@example.com"), QStringLiteral("-bad name"), {})
                     .error(),
                 QStringLiteral(
                     "a token's name is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter "
                     "or digit"));
        QCOMPARE(access.createToken(direct, QStringLiteral("bo@example.com"), QStringLiteral("x"), 0).error(),
                 QStringLiteral("a token expires after 1 to 3650 days"));
        const User dee = addUser(store, QStringLiteral("Dee Fox"), QStringLiteral("dee@example.com"));
        const Snapshot withDee = snapshot(store->database());
        QCOMPARE(access.createToken(direct, QString::number(dee.id), QStringLiteral("x"), {}).error(),
                 QStringLiteral("'dee@example.com' is not an operator"));
        const Actor cy = actorOf(store, signIn(store, team.cy));
        QCOMPARE(access.createToken(cy, QStringLiteral("cy@example.com"), QStringLiteral("mine"), {}).error(),
                 QStringLiteral(
                     "cy@example.com is auditor and may not manage operators, their sessions and tokens"));
        QCOMPARE(scalar(store->database(), QStringLiteral("SELECT count(*) FROM api_tokens")), events);
        QVERIFY(before.users + 1 == withDee.users);

        // Expiry, then revocation.
        store.clock().advance(30LL * 24 * 60 * kMinute);
        QCOMPARE(refusal(store, token->secret),
                 QStringLiteral("the API token 'sync.v2' has expired; sign in again"));
        QCOMPARE(access.revokeToken(cy, QStringLiteral("sync.v2")).error(),
                 QStringLiteral(
                     "cy@example.com is auditor and may not manage operators, their sessions and tokens"));
        auto revoked = access.revokeToken(direct, QStringLiteral("sync.v2"));
        QVERIFY2(revoked, qPrintable(revoked.error()));
        QCOMPARE(revoked->email, QStringLiteral("bo@example.com"));
        QCOMPARE(refusal(store, token->secret),
                 QStringLiteral("the API token is unknown or was revoked; sign in again"));
        QCOMPARE(access.revokeToken(direct, QStringLiteral("sync.v2")).error(),
                 QStringLiteral("no token named 'sync.v2'"));
    }

    void malformedCredentialsAreRefusedWithoutEcho()
    {
        TestStore store;
        makeTeam(store);
        const QString expected =
            QStringLiteral("the credential is not a KeyDesk session or API token; sign in again");
        const QStringList malformed{QString(),
                                    QStringLiteral("kds_"),
                                    QStringLiteral("kds_short"),
                                    QStringLiteral("Bearer kds_") + QString(43, u'A'),
                                    QStringLiteral("kdx_") + QString(43, u'A'),
                                    QStringLiteral("kdt_") + QString(42, u'A') + u'!'};
        for (const QString& bearer : malformed) {
            auto actor = store.core().access().authenticate(bearer);
            QVERIFY(!actor);
            QCOMPARE(actor.error(), expected);
            QCOMPARE(actor.cause().code(), ErrorCode::SignInRequired);
        }
        // Well formed but unknown.
        QCOMPARE(refusal(store, QStringLiteral("kds_") + QString(43, u'A')),
                 QStringLiteral("the session has ended or was revoked; sign in again"));
    }

    void secretsAreNotStoredInClear()
    {
        TestStore store;
        const Team team = makeTeam(store);
        const QString session = signIn(store, team.ada);
        auto token = store.core().access().createToken(
            store.core().actor(), QStringLiteral("ada@example.com"), QStringLiteral("ci"), std::nullopt);
        QVERIFY(token);
        QVERIFY(actorOf(store, session).signedInOperator());
        const QList<QByteArray> secrets{session.toLatin1(), session.mid(4).toLatin1(),
                                        token->secret.toLatin1(), token->secret.mid(4).toLatin1()};
        // Every table's text, as the engine gives it.
        for (const QString& table : {QStringLiteral("operator_sessions"), QStringLiteral("api_tokens"),
                                     QStringLiteral("audit_events")}) {
            QSqlQuery q(store->database().connection());
            QVERIFY(q.exec(QStringLiteral("SELECT * FROM %1").arg(table)));
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i) {
                    const QByteArray value = q.value(i).toByteArray();
                    for (const QByteArray& secret : secrets)
                        QVERIFY2(!value.contains(secret), qPrintable(table));
                }
            }
        }
        if (store.path().startsWith(QStringLiteral("postgresql:")))
            return;
        // And the file's bytes (with its write-ahead log).
        store.close();
        for (const QString& name : QDir(store.dir()).entryList(QDir::Files)) {
            QFile file(QDir(store.dir()).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const QByteArray& secret : secrets)
                QVERIFY2(!bytes.contains(secret), qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestOperatorAccess)
#include "TestOperatorAccess.moc"
