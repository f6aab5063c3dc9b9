// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "EnrollmentHarness.h"
#include "support/KeyHistory.h"
#include "support/TestSupport.h"

#include "core/access/AccessService.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/workflow/WorkflowService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

// The admin API as its OpenAPI description says it is: every described operation answers, and
// the role × route matrix — admin, helpdesk, auditor, no credential, an expired session, a revoked
// token — is generated from the description, so a new route cannot escape it.
class TestAdminApi : public QObject
{
    Q_OBJECT

private:
    // What each role may, written out from the issue rather than read from the code under test.
    static bool roleMay(const QString& role, const QString& permission)
    {
        static const QHash<QString, QStringList> kAllowed{
            {QStringLiteral("helpdesk"),
             {QStringLiteral("read-directory"), QStringLiteral("read-audit"), QStringLiteral("edit-users"),
              QStringLiteral("edit-groups"), QStringLiteral("handle-keys"), QStringLiteral("retry-outbox")}},
            {QStringLiteral("auditor"),
             {QStringLiteral("read-directory"), QStringLiteral("read-audit"), QStringLiteral("export-audit"),
              QStringLiteral("read-administration")}},
        };
        return role == QLatin1String("admin") || kAllowed.value(role).contains(permission);
    }

    struct Operation
    {
        QByteArray method;
        QString path; // concrete: every {name} filled
        QString permission;
        QByteArray bodyType; // what a POST or PUT sends, as described
    };

    static QList<Operation> operations(const QJsonObject& openApi)
    {
        QList<Operation> found;
        const QJsonObject paths = openApi.value(QStringLiteral("paths")).toObject();
        for (auto p = paths.begin(); p != paths.end(); ++p) {
            QString concrete = p.key();
            concrete.replace(QRegularExpression(QStringLiteral("\\{[^}]+\\}")), QStringLiteral("nobody"));
            const QJsonObject item = p.value().toObject();
            for (auto m = item.begin(); m != item.end(); ++m) {
                const QJsonObject op = m.value().toObject();
                const QStringList types = op.value(QStringLiteral("requestBody"))
                                              .toObject()
                                              .value(QStringLiteral("content"))
                                              .toObject()
                                              .keys();
                found.append({m.key().toUpper().toLatin1(), concrete,
                              op.value(QStringLiteral("x-keydesk-permission")).toString(),
                              types.value(0).toLatin1()});
            }
        }
        return found;
    }

    static QJsonObject openApiOf(EnrollmentHarness& h)
    {
        const auto r = h.request("GET", QStringLiteral("/api/v1/openapi.json"));
        if (r.status != 200)
            qFatal("openapi.json answered %d", r.status);
        return QJsonDocument::fromJson(r.body).object();
    }

private Q_SLOTS:
    void theDescriptionIsOpenApi31AndComplete()
    {
        EnrollmentHarness h;
        const QJsonObject doc = openApiOf(h);
        QCOMPARE(doc.value(QStringLiteral("openapi")).toString(), QStringLiteral("3.1.0"));
        const QList<Operation> ops = operations(doc);
        QVERIFY(ops.size() >= 13);
        const QJsonObject paths = doc.value(QStringLiteral("paths")).toObject();
        for (auto p = paths.begin(); p != paths.end(); ++p) {
            QVERIFY2(p.key().startsWith(QStringLiteral("/api/v1/admin/")), qPrintable(p.key()));
            for (const QJsonValue op : p.value().toObject()) {
                QVERIFY(!op.toObject().value(QStringLiteral("summary")).toString().isEmpty());
                QVERIFY(op.toObject().contains(QStringLiteral("responses")));
            }
        }
        // Not described: not there.
        QCOMPARE(h.request("GET", QStringLiteral("/api/v1/admin/nothing-here")).status, 404);
        const auto wrongMethod = h.request("PATCH", QStringLiteral("/api/v1/admin/me"));
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.header("Allow"), QByteArray("GET"));
    }

    void usersGroupsAndAuditOverTheApi()
    {
        EnrollmentHarness h;
        const Actor direct = h.store.core().actor();
        for (const char* role : {"admin", "helpdesk"}) {
            const QString email = QString::fromLatin1(role) + QStringLiteral("@example.com");
            h.addUser(QString::fromLatin1(role), email);
            QVERIFY(h.store.core().operators().add(direct, email, QString::fromLatin1(role)));
        }
        AccessService access = h.store.core().access();
        const auto bearerOf = [&](const char* email) {
            const User user = h.store->users().resolve(QString::fromLatin1(email)).value();
            return QList<std::pair<QByteArray, QByteArray>>{
                {"Authorization",
                 "Bearer " + access.openSession(user.id, QStringLiteral("t"), 0)->secret.toLatin1()}};
        };
        const auto helpdesk = bearerOf("helpdesk@example.com");
        const auto admin = bearerOf("admin@example.com");

        const auto added = h.request("POST", QStringLiteral("/api/v1/admin/users"),
                                     R"({"display_name": "Dora Finch", "email": "dora@example.com"})",
                                     "application/json", helpdesk);
        QCOMPARE(added.status, 201);
        const AuditEvent event = h.store->audit().page({}, 0, 1).value().first();
        QCOMPARE(event.action, QStringLiteral("user.create"));
        QCOMPARE(event.actor, QStringLiteral("helpdesk@example.com"));
        QVERIFY(event.actorCredential.startsWith(QStringLiteral("session ")));

        const auto found =
            h.request("GET", QStringLiteral("/api/v1/admin/users?search=fin&limit=10"), {}, {}, helpdesk);
        QCOMPARE(found.status, 200);
        const QJsonObject page = QJsonDocument::fromJson(found.body).object();
        QCOMPARE(page.value(QStringLiteral("total")).toInteger(), 1);
        QCOMPARE(
            page.value(QStringLiteral("users")).toArray().first().toObject().value(QStringLiteral("email")),
            QJsonValue(QStringLiteral("dora@example.com")));
        const auto noGroup =
            h.request("GET", QStringLiteral("/api/v1/admin/users?group=Nowhere"), {}, {}, helpdesk);
        QCOMPARE(noGroup.status, 400);
        QCOMPARE(QJsonDocument::fromJson(noGroup.body).object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("no group 'Nowhere'"));
        const auto badPaging =
            h.request("GET", QStringLiteral("/api/v1/admin/users?limit=0"), {}, {}, helpdesk);
        QCOMPARE(badPaging.status, 400);
        QCOMPARE(QJsonDocument::fromJson(badPaging.body).object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("limit is a number from 1 to 100000, offset a number from 0"));

        QCOMPARE(h.request("POST", QStringLiteral("/api/v1/admin/groups"), R"({"name": "Field"})",
                           "application/json", helpdesk)
                     .status,
                 201);
        const auto refused =
            h.request("DELETE", QStringLiteral("/api/v1/admin/groups/Field"), {}, {}, helpdesk);
        QCOMPARE(refused.status, 403);
        QCOMPARE(QJsonDocument::fromJson(refused.body).object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("helpdesk@example.com is helpdesk and may not delete"));
        // Scripts and desks read the sentence in their own language, every part of it.
        auto inGerman = helpdesk;
        inGerman.append(std::pair<QByteArray, QByteArray>("Accept-Language", "de-CH, de;q=0.9, en;q=0.5"));
        const auto refusedInGerman =
            h.request("DELETE", QStringLiteral("/api/v1/admin/groups/Field"), {}, {}, inGerman);
        QCOMPARE(refusedInGerman.status, 403);
        QCOMPARE(QJsonDocument::fromJson(refusedInGerman.body)
                     .object()
                     .value(QStringLiteral("message"))
                     .toString(),
                 QStringLiteral("helpdesk@example.com hat die Rolle helpdesk und darf nicht: löschen"));
        const auto pagingInGerman =
            h.request("GET", QStringLiteral("/api/v1/admin/users?limit=0"), {}, {}, inGerman);
        QCOMPARE(
            QJsonDocument::fromJson(pagingInGerman.body).object().value(QStringLiteral("message")).toString(),
            QStringLiteral("limit ist eine Zahl von 1 bis 100000, offset eine Zahl ab 0"));
        QCOMPARE(h.request("DELETE", QStringLiteral("/api/v1/admin/groups/Field"), {}, {}, admin).status,
                 200);

        const auto audit =
            h.request("GET", QStringLiteral("/api/v1/admin/audit?action=group.delete"), {}, {}, helpdesk);
        const QJsonObject deleted = QJsonDocument::fromJson(audit.body)
                                        .object()
                                        .value(QStringLiteral("events"))
                                        .toArray()
                                        .first()
                                        .toObject();
        QCOMPARE(deleted.value(QStringLiteral("actor")).toString(), QStringLiteral("admin@example.com"));
        QVERIFY(deleted.value(QStringLiteral("actor_credential"))
                    .toString()
                    .startsWith(QStringLiteral("session ")));
    }

    void aWorkflowIsEditedAndRunAsADeskAsks()
    {
        EnrollmentHarness h;
        const Actor direct = h.store.core().actor();
        const User admin = h.addUser(QStringLiteral("Ana Novak"), QStringLiteral("ana@example.com"));
        QVERIFY(h.store.core().operators().add(direct, QStringLiteral("ana@example.com"),
                                               QStringLiteral("admin")));
        QVERIFY(h.store.core().groups().create(direct, QStringLiteral("Finance")));
        QVERIFY(h.store.core().groups().create(direct, QStringLiteral("Sales")));
        const QList<std::pair<QByteArray, QByteArray>> bearer{
            {"Authorization",
             "Bearer " +
                 h.store.core().access().openSession(admin.id, QStringLiteral("t"), 0)->secret.toLatin1()}};
        const auto call = [&](const QByteArray& method, const QString& path, const QByteArray& body) {
            const auto r =
                h.request(method, QStringLiteral("/api/v1/admin") + path, body, "application/json", bearer);
            return std::pair{r.status, QJsonDocument::fromJson(r.body).object()};
        };
        const auto message = [](const std::pair<int, QJsonObject>& answer) {
            return answer.second.value(QStringLiteral("message")).toString();
        };
        QCOMPARE(call("POST", QStringLiteral("/workflows"),
                      R"({"name": "Phones", "groups": ["Finance"], "settings": {}, "run": false})")
                     .first,
                 201);

        // An edit sends name, groups and settings together: the wizard's whole page.
        const auto edited = call(
            "PUT", QStringLiteral("/workflows/Phones"),
            R"({"name": "All phones", "groups": ["Finance", "Sales"], "settings": {"reminderDays": 5}})");
        QCOMPARE(edited.first, 200);
        const Workflow saved = h.store.core().workflows().resolve(QStringLiteral("All phones")).value();
        QCOMPARE(saved.groupNames, (QStringList{QStringLiteral("Finance"), QStringLiteral("Sales")}));
        QCOMPARE(saved.settings.reminderDays, 5);
        const auto partial = call("PUT", QStringLiteral("/workflows/All phones"), R"({"name": "Renamed"})");
        QCOMPARE(partial.first, 400);
        QCOMPARE(message(partial), QStringLiteral("an edit sends name, groups and settings together"));
        const auto both = call("PUT", QStringLiteral("/workflows/All phones"),
                               R"({"enabled": false, "name": "x", "groups": [], "settings": {}})");
        QCOMPARE(both.first, 400);
        QCOMPARE(message(both), QStringLiteral("send either enabled or name, groups and settings"));
        const auto neither = call("PUT", QStringLiteral("/workflows/All phones"), R"({})");
        QCOMPARE(message(neither), QStringLiteral("send either enabled or name, groups and settings"));
        const auto noGroup = call("PUT", QStringLiteral("/workflows/All phones"),
                                  R"({"name": "x", "groups": ["Nowhere"], "settings": {}})");
        QCOMPARE(noGroup.first, 400);
        QCOMPARE(message(noGroup), QStringLiteral("no group 'Nowhere'"));
        // Refused edits changed nothing.
        QCOMPARE(h.store.core().workflows().resolve(QStringLiteral("All phones"))->name,
                 QStringLiteral("All phones"));

        // A run says what started it: a desk's wizard submits, anything else is manual.
        const auto submitted =
            call("POST", QStringLiteral("/workflows/All phones/run"), R"({"trigger": "submit"})");
        QCOMPARE(submitted.first, 200);
        QCOMPARE(submitted.second.value(QStringLiteral("trigger")).toString(), QStringLiteral("submit"));
        QCOMPARE(call("POST", QStringLiteral("/workflows/All phones/run"), "{}")
                     .second.value(QStringLiteral("trigger"))
                     .toString(),
                 QStringLiteral("manual"));
        const auto timer =
            call("POST", QStringLiteral("/workflows/All phones/run"), R"({"trigger": "timer"})");
        QCOMPARE(timer.first, 400);
        QCOMPARE(message(timer), QStringLiteral("trigger is manual or submit"));
        QCOMPARE(h.store.core().workflows().runs(saved.id, 10)->size(), 2);
    }

    // POST /keys/bulk: each key as alone (the ones the action does not apply to answered with
    // the reason), and a body it cannot use refused whole, with nothing changed.
    void aBulkChangeAnswersEveryKeyAndRefusesABadBodyWhole()
    {
        EnrollmentHarness h;
        const Actor direct = h.store.core().actor();
        QVERIFY(DemoDataGenerator::generate(*h.store, 200));
        seedKeyHistory(*h.store, 5, h.store.clock().now().toMSecsSinceEpoch());
        const User ben = h.addUser(QStringLiteral("Ben Okafor"), QStringLiteral("ben@example.com"));
        QVERIFY(h.store.core().operators().add(direct, QStringLiteral("ben@example.com"),
                                               QStringLiteral("helpdesk")));
        const QList<std::pair<QByteArray, QByteArray>> bearer{
            {"Authorization",
             "Bearer " +
                 h.store.core().access().openSession(ben.id, QStringLiteral("t"), 0)->secret.toLatin1()}};
        const auto bulk = [&](const QByteArray& body) {
            const auto r = h.request("POST", QStringLiteral("/api/v1/admin/keys/bulk"), body,
                                     "application/json", bearer);
            return std::pair{r.status, QJsonDocument::fromJson(r.body).object()};
        };
        Database& db = h.store->database();
        const qint64 active =
            scalar(db, QStringLiteral("SELECT min(id) FROM security_keys WHERE status = 'active'"));
        const qint64 revoked =
            scalar(db, QStringLiteral("SELECT min(id) FROM security_keys WHERE status = 'revoked'"));
        QVERIFY(active > 0 && revoked > 0);
        const Snapshot before = snapshot(db);
        const QList<std::pair<QByteArray, QString>> refused{
            {R"({"action": "explode", "ids": [1]})",
             QStringLiteral("action must be suspend, resume, revoke, reissue or assign, not \"explode\"")},
            {R"({"action": "suspend", "ids": []})", QStringLiteral("ids must be a list of 1 to 1000 ids")},
            {R"({"action": "suspend", "ids": [1.5]})", QStringLiteral("ids must be positive whole numbers")},
            {R"({"action": "suspend", "ids": ["7"]})", QStringLiteral("ids must be positive whole numbers")},
            {R"({"action": "revoke", "ids": [1]})", QStringLiteral("a reason is required to revoke a key")},
        };
        for (const auto& [body, message] : refused) {
            const auto answer = bulk(body);
            QVERIFY2(answer.first == 400, body.constData());
            QCOMPARE(answer.second.value(QStringLiteral("message")).toString(), message);
        }
        QByteArray tooMany = "{\"action\": \"suspend\", \"ids\": [1";
        for (int i = 2; i <= 1001; ++i)
            tooMany += ", " + QByteArray::number(i);
        QCOMPARE(bulk(tooMany + "]}").second.value(QStringLiteral("message")).toString(),
                 QStringLiteral("ids must be a list of 1 to 1000 ids"));
        QCOMPARE(snapshot(db), before);

        const auto done = bulk(QStringLiteral(R"({"action": "suspend", "reason": "audit", "ids": [%1, %2]})")
                                   .arg(active)
                                   .arg(revoked)
                                   .toUtf8());
        QCOMPARE(done.first, 200);
        QCOMPARE(done.second.value(QStringLiteral("changed")).toInteger(), 1);
        const QJsonArray skipped = done.second.value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(skipped.first().toObject().value(QStringLiteral("id")).toInteger(), revoked);
        QCOMPARE(skipped.first().toObject().value(QStringLiteral("error")).toString(),
                 QStringLiteral("key %1 is revoked; it must be active to be suspended").arg(revoked));
        QCOMPARE(h.store.core().keys().findById(active).value()->key.status, KeyStatus::Suspended);
        AuditQuery byBen;
        byBen.actor = QStringLiteral("ben@example.com");
        byBen.action = QStringLiteral("key.suspend");
        QCOMPARE(h.store.core().auditTrail().count(byBen).value(), 1);
    }

    // PUT /groups/{group}/key-policy: a policy object or null; a bad one refused with the reason and
    // nothing changed; the group answered as it is now.
    void aGroupsKeyPolicyOverTheApi()
    {
        EnrollmentHarness h;
        const Actor direct = h.store.core().actor();
        h.addUser(QStringLiteral("Ada Admin"), QStringLiteral("ada@example.com"));
        QVERIFY(h.store.core().operators().add(direct, QStringLiteral("ada@example.com"),
                                               QStringLiteral("admin")));
        QVERIFY(h.store.core().groups().create(direct, QStringLiteral("Finance")));
        const QList<std::pair<QByteArray, QByteArray>> bearer{
            {"Authorization",
             "Bearer " +
                 h.store.core()
                     .access()
                     .openSession(h.store.core().users().resolve(QStringLiteral("ada@example.com"))->id,
                                  QStringLiteral("t"), 0)
                     ->secret.toLatin1()}};
        const auto put = [&](const QByteArray& body) {
            const auto r = h.request("PUT", QStringLiteral("/api/v1/admin/groups/Finance/key-policy"), body,
                                     "application/json", bearer);
            return std::pair{r.status, QJsonDocument::fromJson(r.body).object()};
        };
        const QString groupsBefore = tableDump(h.store->database(), QStringLiteral("groups"));
        const QList<std::pair<QByteArray, QString>> refused{
            {R"({"policy": "strict"})", QStringLiteral("'policy' must be a key policy object or null")},
            {R"({})", QStringLiteral("'policy' must be a key policy object or null")},
            {R"({"policy": {"authenticators": "allow"}})",
             QStringLiteral("an allow-list needs at least one AAGUID")},
            {R"({"policy": {"authenticators": "block", "aaguids": ["nope"]}})",
             QStringLiteral("\"nope\" is not an AAGUID (8-4-4-4-12 hexadecimal digits)")},
            {R"({"policy": {"trustedAttestationOnly": true}})",
             QStringLiteral(
                 "group 'Finance' takes only keys with a trusted attestation, but no trust anchors are "
                 "set (attestation.trust_anchors): it would refuse every key")},
        };
        for (const auto& [body, message] : refused) {
            const auto answer = put(body);
            QVERIFY2(answer.first == 400, body.constData());
            QCOMPARE(answer.second.value(QStringLiteral("message")).toString(), message);
        }
        QCOMPARE(tableDump(h.store->database(), QStringLiteral("groups")), groupsBefore);

        const auto set = put(R"({"policy": {"deviceBoundOnly": true, "authenticators": "block",
                                 "aaguids": ["ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4"]}})");
        QCOMPARE(set.first, 200);
        const QJsonObject policy = set.second.value(QStringLiteral("keyPolicy")).toObject();
        QCOMPARE(policy.value(QStringLiteral("authenticators")).toString(), QStringLiteral("block"));
        QCOMPARE(policy.value(QStringLiteral("deviceBoundOnly")).toBool(), true);
        QCOMPARE(h.store.core().groups().resolve(QStringLiteral("Finance"))->keyPolicy,
                 QStringLiteral("{\"aaguids\":[\"ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4\"],\"authenticators\":"
                                "\"block\",\"deviceBoundOnly\":true}"));
        const auto cleared = put(R"({"policy": null})");
        QCOMPARE(cleared.first, 200);
        QVERIFY(cleared.second.value(QStringLiteral("keyPolicy")).isNull());
        QCOMPARE(h.store.core().groups().resolve(QStringLiteral("Finance"))->keyPolicy, QString());
    }

    void roleByRouteMatrix()
    {
        EnrollmentHarness h;
        const Actor direct = h.store.core().actor();
        QHash<QString, User> users;
        for (const QString& role :
             {QStringLiteral("admin"), QStringLiteral("helpdesk"), QStringLiteral("auditor")}) {
            users.insert(role, h.addUser(role, role + QStringLiteral("@example.com")));
            QVERIFY(h.store.core().operators().add(direct, role + QStringLiteral("@example.com"), role));
        }
        AccessService access = h.store.core().access();
        // An expired session: opened, then nine hours pass. A revoked token: made, then revoked.
        const QString expired =
            access.openSession(users[QStringLiteral("admin")].id, QStringLiteral("old"), 0)->secret;
        h.store.clock().advance(9LL * 3600 * 1000);
        const QString revoked =
            access.createToken(direct, QStringLiteral("admin@example.com"), QStringLiteral("gone"), {})
                ->secret;
        QVERIFY(access.revokeToken(direct, QStringLiteral("gone")));

        const QList<Operation> ops = operations(openApiOf(h));
        int checked = 0;
        for (const Operation& op : ops) {
            for (const QString& caller :
                 {QStringLiteral("admin"), QStringLiteral("helpdesk"), QStringLiteral("auditor"),
                  QStringLiteral("none"), QStringLiteral("expired"), QStringLiteral("revoked")}) {
                QList<std::pair<QByteArray, QByteArray>> headers;
                QString bearer;
                if (users.contains(caller)) // a fresh session each time: sign-out ends the one it carries
                    bearer = access.openSession(users[caller].id, QStringLiteral("matrix"), 0)->secret;
                else if (caller == QLatin1String("expired"))
                    bearer = expired;
                else if (caller == QLatin1String("revoked"))
                    bearer = revoked;
                if (!bearer.isEmpty())
                    headers.append({"Authorization", "Bearer " + bearer.toLatin1()});
                const QByteArray body = op.bodyType == "application/json" ? QByteArray("{}")
                                        : op.bodyType.isEmpty()           ? QByteArray()
                                                                          : QByteArray("some bytes");
                const auto r = h.request(op.method, op.path, body, op.bodyType, headers);
                const QString where = QStringLiteral("%1 %2 as %3: %4 %5")
                                          .arg(QString::fromLatin1(op.method), op.path, caller)
                                          .arg(r.status)
                                          .arg(QString::fromUtf8(r.body));
                QVERIFY2(r.status != 404 || op.path.contains(QStringLiteral("nobody")), qPrintable(where));
                QVERIFY2(r.status != 405 && r.status < 500, qPrintable(where));
                if (op.permission == QLatin1String("public")) {
                    QVERIFY2(r.status != 401 && r.status != 403, qPrintable(where));
                } else if (!users.contains(caller)) {
                    QVERIFY2(r.status == 401, qPrintable(where));
                } else if (op.permission == QLatin1String("signed-in") || roleMay(caller, op.permission)) {
                    QVERIFY2(r.status != 401 && r.status != 403, qPrintable(where));
                } else {
                    QVERIFY2(r.status == 403, qPrintable(where));
                    const QJsonObject json = QJsonDocument::fromJson(r.body).object();
                    QCOMPARE(json.value(QStringLiteral("error")).toString(), QStringLiteral("not-permitted"));
                }
                ++checked;
            }
        }
        QCOMPARE(checked, ops.size() * 6);
        qInfo() << "checked" << checked << "requests over" << ops.size() << "operations";
    }
};

QTEST_GUILESS_MAIN(TestAdminApi)
#include "TestAdminApi.moc"
