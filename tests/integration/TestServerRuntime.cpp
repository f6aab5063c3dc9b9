// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// The server runtime that `keydesk-cli serve` and the console share: it serves phones on its
// own thread with its own database connection while its owner is busy, hands what happened to
// the owner through queued signals, and runs enabled workflows when it starts and when users
// enter a scope.
#include "authenticator/SoftwareAuthenticator.h"
#include "core/activation/DeploymentSettings.h"
#include "core/activation/KeyEnrollment.h"
#include "core/store/Store.h"
#include "core/users/DirectoryService.h"
#include "net/Deployment.h"
#include "net/ServerRuntime.h"
#include "phone/PhoneClient.h"
#include "support/SlapdServer.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <thread>

using namespace keydesk;

namespace {

net::ServerOptions anyLoopbackPort()
{
    net::ServerOptions options;
    options.port = 0;
    return options;
}

// GET `path` with a blocking socket: usable on a thread that has no event loop.
QByteArray blockingGet(quint16 port, const QByteArray& path)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5'000))
        return "no connection: " + socket.errorString().toUtf8();
    socket.write("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(5'000))
        answer += socket.readAll();
    return answer;
}

} // namespace

class TestServerRuntime : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_path;

    User addUser(const QString& name, const QString& email)
    {
        auto user = m_store->users().create({name, email, {}, {}}, UserSource::Manual);
        if (!user)
            qFatal("cannot add a user: %s", qPrintable(user.error()));
        return user.value();
    }

private Q_SLOTS:
    void init()
    {
        // The system clock: the runtime judges links by the real time.
        m_path = m_dir.filePath(
            QStringLiteral("runtime-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
        auto store = Store::open(m_path);
        QVERIFY2(store, qPrintable(store.error()));
        m_store = std::move(store.value());
    }

    void cleanup() { m_store.reset(); }

    void phonesAreServedWhileTheOwnerIsBusy()
    {
        net::ServerRuntime runtime(m_path, QStringLiteral("desk"), AuthenticatorNames::builtin());
        const Status started = runtime.start(anyLoopbackPort());
        QVERIFY2(started, qPrintable(started.error()));
        const quint16 port = quint16(QUrl(runtime.listeningUrl()).port());
        QVERIFY(port != 0);
        // The owner's thread runs no event loop until the phone has its answer: a server on this
        // thread could not answer, and the phone would give up after 5 s.
        QByteArray answer;
        std::thread phone([&] { answer = blockingGet(port, "/healthz"); });
        phone.join();
        QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.constData());
        QVERIFY(answer.contains("\"status\":\"ok\""));
    }

    void activationsReachTheOwnerThroughQueuedSignals()
    {
        net::ServerRuntime runtime(m_path, QStringLiteral("desk"), AuthenticatorNames::builtin());
        QVERIFY(runtime.start(anyLoopbackPort()));
        auto deployment = net::Deployment::load(*m_store, runtime.listeningUrl());
        QVERIFY2(deployment, qPrintable(deployment.error()));
        KeyEnrollment enrollment(*m_store, Actor(m_store->actor()), deployment->config, deployment->lifetimes,
                                 deployment->mail());
        auto issued = enrollment.assign(
            addUser(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com")), EnrollmentRequest{});
        QVERIFY2(issued, qPrintable(issued.error()));

        QThread* signalledOn = nullptr;
        qint64 activatedKey = 0;
        connect(&runtime.events(), &net::RuntimeWorker::keyActivated, this, [&](qint64 keyId) {
            signalledOn = QThread::currentThread();
            activatedKey = keyId;
        });
        authenticator::SoftwareAuthenticator authenticator;
        phone::PhoneClient phone(authenticator);
        std::optional<phone::PhoneActivation> result;
        phone.activate(QUrl(issued->link), {}, [&](phone::PhoneActivation r) { result = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result && activatedKey != 0, 20'000);
        QVERIFY(result->reply.ok());
        QCOMPARE(activatedKey, issued->key.id);
        QCOMPARE(signalledOn, QThread::currentThread());
        // The runtime wrote through its own connection; this one reads the committed row.
        QCOMPARE(m_store->keys().findById(issued->key.id).value()->key.status, KeyStatus::Active);
    }

    void workflowsRunAtStartAndWhenUsersEnterTheirScope()
    {
        addUser(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"));
        auto workflow = m_store->workflows().create(QStringLiteral("Everyone"), {}, KeyType::Smartphone, {});
        QVERIFY2(workflow, qPrintable(workflow.error()));

        net::ServerRuntime runtime(m_path, QStringLiteral("desk"), AuthenticatorNames::builtin());
        QSignalSpy finished(&runtime.events(), &net::RuntimeWorker::workflowRunFinished);
        QVERIFY(runtime.start(anyLoopbackPort()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20'000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        auto runs = finished.at(0).at(2).value<QList<WorkflowRun>>();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().trigger, runTriggerName(RunTrigger::Timer));
        QCOMPARE(runs.first().keysAssigned, 1);

        addUser(QStringLiteral("Grace Hopper"), QStringLiteral("grace@example.com"));
        runtime.scopeChanged();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20'000);
        runs = finished.at(1).at(2).value<QList<WorkflowRun>>();
        QCOMPARE(runs.first().trigger, runTriggerName(RunTrigger::ScopeChange));
        QCOMPARE(runs.first().keysAssigned, 1);
        // Never twice: both users have a pending key and one email each.
        QCOMPARE(test::scalar(m_store->database(), QStringLiteral("SELECT count(*) FROM outbox")), 2);
    }

    // The runtime syncs a directory source when it is due, and the users it brings in get their
    // activation emails from the workflows without anyone touching KeyDesk.
    void directorySourcesSyncWhileTheRuntimeRuns()
    {
        auto slapd = test::SlapdServer::start();
        QVERIFY2(slapd, qPrintable(slapd.error()));
        QVERIFY(slapd.value()
                    ->add(QStringLiteral(
                        "dn: ou=People,dc=example,dc=com\nobjectClass: organizationalUnit\nou: People\n\n"
                        "dn: uid=ada,ou=People,dc=example,dc=com\nobjectClass: inetOrgPerson\nuid: "
                        "ada\ncn: Ada Lovelace\nsn: Lovelace\nmail: ada@example.com\n\n"
                        "dn: uid=grace,ou=People,dc=example,dc=com\nobjectClass: inetOrgPerson\nuid: "
                        "grace\ncn: Grace Hopper\nsn: Hopper\nmail: grace@example.com\n\n"))
                    .ok());
        LdapSourceConfig config = LdapSourceConfig::defaults(LdapFlavour::OpenLdap);
        config.url = slapd.value()->url();
        config.bindDn = test::SlapdServer::syncDn();
        config.baseDns = {test::SlapdServer::suffix()};
        QVERIFY(m_store->directory().addSource(QStringLiteral("corp"), DirectoryKind::Ldap, config,
                                               LeaverAction::Suspend));
        QVERIFY(m_store->workflows().create(QStringLiteral("Everyone"), {}, KeyType::Smartphone, {}));
        qputenv("KEYDESK_LDAP_PASSWORD", test::SlapdServer::syncPassword().toUtf8());

        net::ServerRuntime runtime(m_path, QStringLiteral("desk"), AuthenticatorNames::builtin());
        QSignalSpy synced(&runtime.events(), &net::RuntimeWorker::directorySyncFinished);
        QVERIFY(runtime.start(anyLoopbackPort()));
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 20'000);
        QCOMPARE(synced.at(0).at(0).toString(),
                 QStringLiteral("corp: 2 created, 0 updated, 0 disabled, 0 removed, 0 entry errors"));
        QTRY_COMPARE_WITH_TIMEOUT(
            test::scalar(m_store->database(), QStringLiteral("SELECT count(*) FROM outbox")), 2, 20'000);
        QCOMPARE(test::textScalar(m_store->database(), QStringLiteral("SELECT mode FROM directory_runs")),
                 QStringLiteral("full"));

        // Due again only once its interval has passed: asked now, nothing runs.
        runtime.syncDirectoriesNow();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 2, 20'000);
        QCOMPARE(synced.at(1).at(0).toString(), QString());
        QCOMPARE(test::scalar(m_store->database(), QStringLiteral("SELECT count(*) FROM directory_runs")), 1);
        qunsetenv("KEYDESK_LDAP_PASSWORD");
    }

    // Users an identity provider creates over SCIM enter the workflow's scope at once: the runtime
    // runs the workflows after the request, and their activation emails are queued.
    void scimCreatedUsersGetTheirWorkflowEmail()
    {
        auto issued = DirectoryService(*m_store).issueScimToken(
            Actor(QStringLiteral("admin")), QStringLiteral("entra"), LeaverAction::Suspend);
        QVERIFY2(issued, qPrintable(issued.error()));
        QVERIFY(m_store->workflows().create(QStringLiteral("Everyone"), {}, KeyType::Smartphone, {}));
        net::ServerRuntime runtime(m_path, QStringLiteral("desk"), AuthenticatorNames::builtin());
        QVERIFY(runtime.start(anyLoopbackPort()));
        QNetworkAccessManager network;
        for (const QString& name : {QStringLiteral("ada"), QStringLiteral("grace")}) {
            QNetworkRequest request(QUrl(runtime.listeningUrl() + QStringLiteral("/scim/v2/Users")));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/scim+json"));
            request.setRawHeader("Authorization", "Bearer " + issued->token.toLatin1());
            const QJsonObject user{
                {QStringLiteral("schemas"),
                 QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
                {QStringLiteral("userName"), QString(name + QStringLiteral("@corp.example"))},
                {QStringLiteral("displayName"), name}};
            QNetworkReply* reply = network.post(request, QJsonDocument(user).toJson());
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20'000);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
            reply->deleteLater();
        }
        QTRY_COMPARE_WITH_TIMEOUT(
            test::scalar(
                m_store->database(),
                QStringLiteral("SELECT count(*) FROM outbox o JOIN users u ON u.email = o.recipient WHERE "
                               "u.source_id IS NOT NULL")),
            2, 20'000);
    }

    void anUnusableWorkflowIntervalRefusesToStart()
    {
        QVERIFY(m_store->database().execRaw(QStringLiteral(
            "INSERT OR REPLACE INTO settings(key, value) VALUES ('workflows.interval_minutes', '0')")));
        const QString expected = workflowIntervalMinutes(*m_store).error();
        QCOMPARE(expected, QStringLiteral("setting workflows.interval_minutes: \"0\" must be a whole number "
                                          "from 1 to 1440"));
        net::ServerRuntime runtime(m_path, QStringLiteral("desk"), AuthenticatorNames::builtin());
        const Status started = runtime.start(anyLoopbackPort());
        QVERIFY(!started);
        QCOMPARE(started.error(), expected);
        QCOMPARE(runtime.error(), expected);
        QVERIFY(!runtime.isListening());
    }
};

QTEST_GUILESS_MAIN(TestServerRuntime)
#include "TestServerRuntime.moc"
