// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Key policies beyond the deployment's: a group's own, as JSON (bad ones refused with the reason),
// set and audited through GroupService (by those who may manage settings), the strictest of a
// user's policies, and the Overview's count of active keys a group's policy would refuse.
#include "core/activation/DeploymentSettings.h"
#include "core/activation/KeyPolicy.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/reports/OverviewService.h"
#include "core/users/GroupService.h"
#include "core/users/UserService.h"
#include "support/KeyHistory.h"
#include "support/TestSupport.h"
#include "unit/webauthn/CertificateFactory.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace keydesk;
using namespace keydesk::test;
using webauthn::AuthenticatorPolicy;

class TestKeyPolicy : public QObject
{
    Q_OBJECT

    static QByteArray aaguid(const char* text) { return QUuid(QString::fromLatin1(text)).toRfc4122(); }

    static AuthenticatorPolicy policy(AuthenticatorPolicy::List list, QList<QByteArray> aaguids,
                                      bool deviceBound = false)
    {
        AuthenticatorPolicy p;
        p.list = list;
        p.aaguids = std::move(aaguids);
        p.deviceBoundOnly = deviceBound;
        return p;
    }

    // The Overview's count of keys a policy refuses, and the list it opens, are `expected`.
    static void compareBreaches(TestStore& store, qint64 expected)
    {
        auto attention = store.core().overview().attention();
        QVERIFY2(attention, qPrintable(attention.error()));
        QCOMPARE(attention->policyBreaches.value_or(-1), expected);
        auto list = store.core().overview().policyBreachesList();
        QVERIFY(list && list.value());
        QCOMPARE(store.core().keys().count(*list.value()).value(), expected);
    }

private Q_SLOTS:
    void jsonRoundTripsAndBadOnesAreRefused_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not an object")
            << QStringLiteral("[1]") << QStringLiteral("a key policy must be a JSON object");
        QTest::newRow("unknown field") << QStringLiteral("{\"deviceBound\":true}")
                                       << QStringLiteral("a key policy has no field 'deviceBound' (fields: "
                                                         "deviceBoundOnly, authenticators, aaguids, "
                                                         "trustedAttestationOnly)");
        QTest::newRow("bound as text")
            << QStringLiteral("{\"deviceBoundOnly\":\"yes\"}")
            << QStringLiteral("a key policy's deviceBoundOnly must be true or false");
        QTest::newRow("trusted as number")
            << QStringLiteral("{\"trustedAttestationOnly\":1}")
            << QStringLiteral("a key policy's trustedAttestationOnly must be true or false");
        QTest::newRow("list") << QStringLiteral("{\"authenticators\":\"some\"}")
                              << QStringLiteral("a key policy's authenticators must be any, allow or block");
        QTest::newRow("aaguids") << QStringLiteral("{\"authenticators\":\"block\",\"aaguids\":\"x\"}")
                                 << QStringLiteral("a key policy's aaguids must be a list of AAGUIDs");
        QTest::newRow("aaguid") << QStringLiteral("{\"authenticators\":\"block\",\"aaguids\":[\"ea9b8d66\"]}")
                                << QStringLiteral(
                                       "\"ea9b8d66\" is not an AAGUID (8-4-4-4-12 hexadecimal digits)");
        QTest::newRow("empty allow") << QStringLiteral("{\"authenticators\":\"allow\",\"aaguids\":[]}")
                                     << QStringLiteral("an allow-list needs at least one AAGUID");
    }

    void jsonRoundTripsAndBadOnesAreRefused()
    {
        QFETCH(QString, json);
        QFETCH(QString, error);
        auto read = keyPolicyFromJson(json);
        QVERIFY(!read);
        QCOMPARE(read.error(), error);

        const AuthenticatorPolicy p =
            policy(AuthenticatorPolicy::List::Allow,
                   {aaguid("ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4"), QByteArray(16, '\0')}, true);
        const QString text = keyPolicyJson(p);
        QCOMPARE(text,
                 QStringLiteral("{\"aaguids\":[\"ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4\","
                                "\"00000000-0000-0000-0000-000000000000\"],\"authenticators\":\"allow\","
                                "\"deviceBoundOnly\":true}"));
        auto back = keyPolicyFromJson(text);
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back->list, p.list);
        QCOMPARE(back->aaguids, p.aaguids);
        QCOMPARE(back->deviceBoundOnly, true);
        QCOMPARE(back->trustedAttestationOnly, false);
        QCOMPARE(describeKeyPolicy(back.value()), QStringLiteral("Device-bound keys only; allow-list of 2"));

        // Trusted attestation only is written when asked for, and read back.
        AuthenticatorPolicy trusted;
        trusted.trustedAttestationOnly = true;
        QCOMPARE(keyPolicyJson(trusted),
                 QStringLiteral("{\"aaguids\":[],\"authenticators\":\"any\","
                                "\"deviceBoundOnly\":false,\"trustedAttestationOnly\":true}"));
        auto trustedBack = keyPolicyFromJson(keyPolicyJson(trusted));
        QVERIFY(trustedBack && trustedBack->trustedAttestationOnly);
        QVERIFY(refusesAnything(trustedBack.value()));
        QCOMPARE(describeKeyPolicy(trustedBack.value()), QStringLiteral("Trusted attestation only"));
        trusted.deviceBoundOnly = true;
        QCOMPARE(describeKeyPolicy(trusted),
                 QStringLiteral("Device-bound keys only; trusted attestation only"));
    }

    void theStrictestOfSeveralPolicies()
    {
        const QByteArray a = aaguid("11111111-0000-0000-0000-000000000001");
        const QByteArray b = aaguid("11111111-0000-0000-0000-000000000002");
        const QByteArray c = aaguid("11111111-0000-0000-0000-000000000003");
        using List = AuthenticatorPolicy::List;
        // Nothing, or policies that refuse nothing: any authenticator.
        QVERIFY(!refusesAnything(strictestOf({})));
        QVERIFY(!refusesAnything(strictestOf({policy(List::Any, {}), policy(List::Block, {})})));
        // Device-bound if one says so.
        QVERIFY(strictestOf({policy(List::Any, {}), policy(List::Any, {}, true)}).deviceBoundOnly);
        // Trusted attestation only if one says so.
        AuthenticatorPolicy trusted;
        trusted.trustedAttestationOnly = true;
        QVERIFY(!strictestOf({policy(List::Block, {a})}).trustedAttestationOnly);
        QVERIFY(strictestOf({policy(List::Block, {a}), trusted}).trustedAttestationOnly);
        // Allowed only what every allow-list allows, in the first list's order.
        AuthenticatorPolicy both = strictestOf({policy(List::Allow, {c, a, b}), policy(List::Allow, {b, c})});
        QCOMPARE(both.list, List::Allow);
        QCOMPARE(both.aaguids, (QList<QByteArray>{c, b}));
        // ... less what a block-list blocks; block-lists add up.
        both =
            strictestOf({policy(List::Allow, {a, b, c}), policy(List::Block, {b}), policy(List::Block, {c})});
        QCOMPARE(both.aaguids, QList<QByteArray>{a});
        both = strictestOf({policy(List::Block, {a}), policy(List::Block, {b, a})});
        QCOMPARE(both.list, List::Block);
        QCOMPARE(both.aaguids, (QList<QByteArray>{a, b}));
        // Allow-lists with nothing in common refuse every authenticator.
        both = strictestOf({policy(List::Allow, {a}), policy(List::Allow, {b})});
        QCOMPARE(both.list, List::Allow);
        QVERIFY(both.aaguids.isEmpty());
        QVERIFY(refusesAnything(both));
    }

    void aGroupsPolicyIsSetAuditedAndCombined()
    {
        TestStore store;
        const Actor admin = store.core().actor();
        GroupService groups = store.core().groups();
        auto finance = groups.create(admin, QStringLiteral("Finance"));
        auto sales = groups.create(admin, QStringLiteral("Sales"));
        QVERIFY(finance && sales);
        auto user = store->users().create(
            UserFields{QStringLiteral("Ada"), QStringLiteral("ada@example.com"), {}, {}}, UserSource::Manual);
        QVERIFY(user);
        QVERIFY(store.core().users().joinGroup(admin, finance->id, user->id));
        QVERIFY(store.core().users().joinGroup(admin, sales->id, user->id));
        QVERIFY(!keyPolicyForUser(*store, user->id).value().has_value());

        const QByteArray google = aaguid("ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4");
        const QByteArray icloud = aaguid("fbfc3007-154e-4ecc-8c0b-6e020557d7bd");
        QVERIFY(groups.setKeyPolicy(admin, finance->id,
                                    policy(AuthenticatorPolicy::List::Allow, {google, icloud})));
        QVERIFY(groups.setKeyPolicy(admin, sales->id, policy(AuthenticatorPolicy::List::Block, {icloud})));
        QVERIFY(setDeploymentSetting(*store, admin, QString::fromLatin1(kPolicyDeviceBoundKey),
                                     QStringLiteral("true")));
        auto strictest = keyPolicyForUser(*store, user->id);
        QVERIFY2(strictest, qPrintable(strictest.error()));
        QVERIFY(strictest.value().has_value());
        QVERIFY(strictest.value()->deviceBoundOnly);
        QCOMPARE(strictest.value()->list, AuthenticatorPolicy::List::Allow);
        QCOMPARE(strictest.value()->aaguids, QList<QByteArray>{google});

        // Audited with the policy before and after; the same policy again writes nothing.
        const QString last =
            QStringLiteral("SELECT details FROM audit_events WHERE action = 'group.key-policy' "
                           "ORDER BY id DESC LIMIT 1");
        const QJsonObject details =
            QJsonDocument::fromJson(textScalar(store->database(), last).toUtf8()).object();
        QVERIFY(details.value(QStringLiteral("from")).isNull());
        QCOMPARE(
            details.value(QStringLiteral("to")).toObject().value(QStringLiteral("authenticators")).toString(),
            QStringLiteral("block"));
        const QString count =
            QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'group.key-policy'");
        QCOMPARE(scalar(store->database(), count), 2);
        QVERIFY(groups.setKeyPolicy(admin, sales->id, policy(AuthenticatorPolicy::List::Block, {icloud})));
        QCOMPARE(scalar(store->database(), count), 2);

        // Refused: an allow-list of nothing, an unknown group, an operator without manage-settings.
        const Snapshot before = snapshot(store->database());
        const QString groupsBefore = tableDump(store->database(), QStringLiteral("groups"));
        QCOMPARE(groups.setKeyPolicy(admin, sales->id, policy(AuthenticatorPolicy::List::Allow, {})).error(),
                 QStringLiteral("an allow-list needs at least one AAGUID"));
        QCOMPARE(groups.setKeyPolicy(admin, 9999, std::nullopt).error(),
                 QStringLiteral("no group with id 9999"));
        SignedInOperator helpdesk;
        helpdesk.role = OperatorRole::Helpdesk;
        helpdesk.email = QStringLiteral("helpdesk@example.com");
        const Status refused = groups.setKeyPolicy(Actor::signedIn(helpdesk), sales->id, std::nullopt);
        QCOMPARE(refused.cause().code(), ErrorCode::NotPermitted);
        QCOMPARE(snapshot(store->database()), before);
        QCOMPARE(tableDump(store->database(), QStringLiteral("groups")), groupsBefore);

        // A policy that refuses nothing is none: cleared, and audited as such.
        QVERIFY(groups.setKeyPolicy(admin, sales->id, policy(AuthenticatorPolicy::List::Block, {})));
        QCOMPARE(groups.resolve(QStringLiteral("Sales"))->keyPolicy, QString());
        QCOMPARE(scalar(store->database(), count), 3);
    }

    // Trusted attestation only would refuse every key without trust anchors: refused, with the
    // policy named, whichever of the two changes — the deployment's setting, a group's policy, or
    // the anchors themselves — and nothing written.
    void trustedAttestationOnlyNeedsTrustAnchors()
    {
        TestStore store;
        const Actor admin = store.core().actor();
        const QString trustedKey = QString::fromLatin1(kPolicyTrustedAttestationKey);
        const QString anchorsKey = QStringLiteral("attestation.trust_anchors");
        const QString deploymentRefusal =
            QStringLiteral("the deployment's key policy takes only keys with a trusted attestation, but no "
                           "trust anchors are set (attestation.trust_anchors): it would refuse every key");
        QCOMPARE(setDeploymentSetting(*store, admin, trustedKey, QStringLiteral("yes")).error(),
                 QStringLiteral("setting policy.trusted_attestation_only: \"yes\" must be true or false"));
        QCOMPARE(setDeploymentSetting(*store, admin, trustedKey, QStringLiteral("true")).error(),
                 deploymentRefusal);
        QCOMPARE(store->setting(trustedKey).value(), QString());

        // Both in one change: checked as the whole they make.
        CertificateSpec rootSpec;
        rootSpec.subject = QStringLiteral("C=AA,O=KeyDesk Tests,CN=Attestation Root");
        rootSpec.ca = true;
        const QString pem = QString::fromLatin1(issueCertificate(rootSpec, nullptr).pem());
        QString refusedKey;
        QVERIFY(setDeploymentSettings(
            *store, admin, {{trustedKey, QStringLiteral("true")}, {anchorsKey, pem}}, &refusedKey));
        auto deployment = authenticatorPolicy(*store);
        QVERIFY(deployment && deployment.value() && deployment.value()->trustedAttestationOnly);
        QCOMPARE(deployment.value()->list, AuthenticatorPolicy::List::Any);
        QCOMPARE(setDeploymentSetting(*store, admin, anchorsKey, QString()).error(), deploymentRefusal);
        QCOMPARE(store->setting(anchorsKey).value().trimmed(), pem.trimmed());

        // A group's: refused while there are no anchors, and keeps the anchors once set.
        QVERIFY(setDeploymentSettings(
            *store, admin, {{trustedKey, QStringLiteral("false")}, {anchorsKey, {}}}, &refusedKey));
        auto finance = store.core().groups().create(admin, QStringLiteral("Finance"));
        QVERIFY(finance);
        AuthenticatorPolicy trusted;
        trusted.trustedAttestationOnly = true;
        QCOMPARE(
            store.core().groups().setKeyPolicy(admin, finance->id, trusted).error(),
            QStringLiteral("group 'Finance' takes only keys with a trusted attestation, but no trust anchors "
                           "are set (attestation.trust_anchors): it would refuse every key"));
        QCOMPARE(store.core().groups().resolve(QStringLiteral("Finance"))->keyPolicy, QString());
        QVERIFY(setDeploymentSetting(*store, admin, anchorsKey, pem));
        QVERIFY(store.core().groups().setKeyPolicy(admin, finance->id, trusted));
        QCOMPARE(
            setDeploymentSetting(*store, admin, anchorsKey, QString()).error(),
            QStringLiteral("group 'Finance' takes only keys with a trusted attestation, but no trust anchors "
                           "are set (attestation.trust_anchors): it would refuse every key"));

        // A member's keys must pass it.
        auto user = store->users().create(
            UserFields{QStringLiteral("Ada"), QStringLiteral("ada@example.com"), {}, {}}, UserSource::Manual);
        QVERIFY(user);
        QVERIFY(store.core().users().joinGroup(admin, finance->id, user->id));
        auto strictest = keyPolicyForUser(*store, user->id);
        QVERIFY(strictest && strictest.value() && strictest.value()->trustedAttestationOnly);
    }

    // Active keys whose attestation was not trusted at activation break a policy of trusted
    // attestation only.
    void keysWithoutATrustedAttestationAreBreaches()
    {
        TestStore store;
        QVERIFY(DemoDataGenerator::generate(*store, 600));
        seedKeyHistory(*store, 5, store.clock().now().toMSecsSinceEpoch());
        QSqlQuery mark(store->database().connection());
        QVERIFY(mark.exec(
            QStringLiteral("UPDATE security_keys SET attestation_trust = 'trusted' WHERE id % 3 = 0")));
        mark.finish();
        const qint64 expected =
            scalar(store->database(),
                   QStringLiteral("SELECT count(*) FROM security_keys WHERE status = 'active' AND "
                                  "coalesce(attestation_trust, '') <> 'trusted'"));
        QVERIFY(expected > 10);
        QVERIFY(expected <
                scalar(store->database(),
                       QStringLiteral("SELECT count(*) FROM security_keys WHERE status = 'active'")));
        CertificateSpec rootSpec;
        rootSpec.ca = true;
        QString refusedKey;
        QVERIFY(setDeploymentSettings(
            *store, store.core().actor(),
            {{QString::fromLatin1(kPolicyTrustedAttestationKey), QStringLiteral("true")},
             {QStringLiteral("attestation.trust_anchors"),
              QString::fromLatin1(issueCertificate(rootSpec, nullptr).pem())}},
            &refusedKey));
        compareBreaches(store, expected);
    }

    // The Overview counts the active keys of a group's members that its policy would refuse.
    void aGroupsBreachesAreCounted()
    {
        TestStore store;
        QVERIFY(DemoDataGenerator::generate(*store, 1200));
        seedKeyHistory(*store, 9, store.clock().now().toMSecsSinceEpoch());
        const Actor admin = store.core().actor();
        auto engineering = store.core().groups().resolve(QStringLiteral("Engineering"));
        QVERIFY(engineering);
        const QByteArray google = seededAaguids().first();
        QVERIFY(store.core().groups().setKeyPolicy(admin, engineering->id,
                                                   policy(AuthenticatorPolicy::List::Block, {google})));
        QSqlQuery q(store->database().connection());
        q.prepare(
            QStringLiteral("SELECT count(*) FROM security_keys WHERE status = 'active' AND aaguid = ? AND "
                           "user_id IN (SELECT user_id FROM group_members WHERE group_id = ?)"));
        q.addBindValue(google);
        q.addBindValue(engineering->id);
        QVERIFY(q.exec() && q.next());
        const qint64 expected = q.value(0).toLongLong();
        q.finish();
        QVERIFY(expected > 10);
        compareBreaches(store, expected);
    }
};

QTEST_GUILESS_MAIN(TestKeyPolicy)
#include "TestKeyPolicy.moc"
