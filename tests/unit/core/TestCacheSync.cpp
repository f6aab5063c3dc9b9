// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "support/TestSupport.h"

#include "core/activation/DeploymentSettings.h"
#include "core/activation/KeyEnrollment.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/sync/CacheSync.h"
#include "core/sync/ChangeFeed.h"
#include "core/users/DirectorySync.h"
#include "net/AdminApi.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <thread>

using namespace keydesk;
using namespace keydesk::test;

// A desk's cache of the team server (docs/team-mode.md), through the admin API's routes in this
// process: the change log written with every change, a first copy, changes and deletions after,
// a stopped copy going on, a pruned log or another log meaning a copy again, rows whose unique
// values move, what a role may not read, secrets kept on the server, bad answers refused, and
// — the log's one promise — no change committing behind one a desk has already read.
class TestCacheSync : public QObject
{
    Q_OBJECT

private:
    // The admin API of `store` as a desk reaches it, acting as `actor`.
    struct Server
    {
        Server(TestStore& store, Actor actor) : api(*store, {}), as(std::move(actor)) {}
        SyncFetch fetch()
        {
            return [this](const QString& path, const QUrlQuery& query) {
                net::AdminRequest request;
                request.method = "GET";
                request.url = QUrl(QStringLiteral("/api/v1/admin") + path);
                request.url.setQuery(query);
                const net::HttpReply reply = api.dispatchAs(as, request);
                ++requests;
                return SyncAnswer{reply.status, QJsonDocument::fromJson(reply.body).object(), {}};
            };
        }
        net::AdminApi api;
        Actor as;
        int requests = 0;
    };

    static CacheSyncOptions options()
    {
        CacheSyncOptions o;
        o.server = QStringLiteral("https://keys.example.com");
        o.operatorName = QStringLiteral("ana@example.com");
        o.nowMs = 1'800'000'000'000;
        return o;
    }

    static SyncOutcome sync(const QString& cache, const SyncFetch& fetch,
                            const CacheSyncOptions& o = options())
    {
        auto outcome = CacheSync::run(cache, fetch, o);
        if (!outcome)
            qFatal("sync: %s", qPrintable(outcome.error()));
        return outcome.value();
    }

    // The cache holds what the server has, table by table.
    static void compareTables(Store& server, const QString& cachePath, const QStringList& leftOut = {})
    {
        auto cache = Store::open(cachePath, StoreOptions{{}, cachePath + QStringLiteral(".key"), {}, {}});
        QVERIFY2(cache, qPrintable(cache.error()));
        const QString differs = cacheDiffers(server, *cache.value(), leftOut);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
    }

    static User addUser(TestStore& store, const QString& name, const QString& email,
                        const QList<Group>& groups = {})
    {
        auto change = store.core().users().create(store.core().actor(),
                                                  {name, email, {}, QStringLiteral("Sales")}, groups);
        if (!change)
            qFatal("%s", qPrintable(change.error()));
        return change->user;
    }

    static Group addGroup(TestStore& store, const QString& name)
    {
        auto group = store.core().groups().create(store.core().actor(), name);
        if (!group)
            qFatal("%s", qPrintable(group.error()));
        return group.value();
    }

    static KeyEnrollment enrollment(TestStore& store)
    {
        return KeyEnrollment(
            *store, store.core().actor(),
            EnrollmentConfig::fromValues(QStringLiteral("https://keys.example.com"), {}, {}, {}).value(), {},
            std::nullopt);
    }

    // A key as an activation leaves it (the credential's bytes made up), and a verification of it.
    static qint64 addActiveKeyAndVerification(TestStore& store, qint64 userId)
    {
        Database& db = store->database();
        QSqlQuery key(db.connection());
        key.prepare(
            QStringLiteral("INSERT INTO security_keys (user_id, type, status, credential_id, public_key, "
                           "aaguid, created_at, "
                           "activated_at) VALUES (?, 'smartphone', 'active', ?, ?, ?, 1, 2) RETURNING id"));
        key.addBindValue(userId);
        key.addBindValue(QByteArray(QByteArray(16, '\x01') + QByteArray::number(userId)));
        key.addBindValue(QByteArray(QByteArray("public key of ") + QByteArray::number(userId)));
        key.addBindValue(QByteArray(16, '\x00'));
        if (!key.exec() || !key.next())
            qFatal("%s", qPrintable(key.lastError().text()));
        const qint64 keyId = key.value(0).toLongLong();
        QSqlQuery verification(db.connection());
        verification.prepare(QStringLiteral(
            "INSERT INTO verifications (key_id, link_hash, challenge, started_by, created_at, expires_at) "
            "VALUES (?, ?, ?, 'ana@example.com', 3, 4)"));
        verification.addBindValue(keyId);
        verification.addBindValue(QByteArray(32, char(keyId)));
        verification.addBindValue(QByteArray(32, '\x07'));
        if (!verification.exec())
            qFatal("%s", qPrintable(verification.lastError().text()));
        return keyId;
    }

    // Something in every table a desk keeps.
    static void fillEveryTable(TestStore& store)
    {
        if (auto made = DemoDataGenerator::generate(*store, 300); !made)
            qFatal("%s", qPrintable(made.error()));
        Core& core = store.core();
        const Group sales = addGroup(store, QStringLiteral("Field Sales"));
        const User ada =
            addUser(store, QStringLiteral("Ada King"), QStringLiteral("ada@example.com"), {sales});
        const User bo = addUser(store, QStringLiteral("Bo Lee"), QStringLiteral("bo@example.com"), {sales});
        QVERIFY(core.operators().add(core.actor(), ada.email, QStringLiteral("admin")));
        QVERIFY(core.windowsLogons().set(
            core.actor(), bo, {WindowsLogonMode::SharedPc, {}, 0, QStringLiteral("Reception"), 0}));
        auto emailed = enrollment(store).assign(bo, {KeyType::Smartphone, {}, ActivationMethod::Email, {}});
        QVERIFY2(emailed, qPrintable(emailed.error()));
        auto workflow = core.workflows().create(core.actor(), QStringLiteral("Sales phones"), {sales.id},
                                                KeyType::Smartphone, {});
        QVERIFY2(workflow, qPrintable(workflow.error()));
        QSqlQuery run(store->database().connection());
        QVERIFY(
            run.exec(QStringLiteral("INSERT INTO workflow_runs (workflow_id, trigger, status, started_at) "
                                    "VALUES (%1, 'manual', 'running', 5)")
                         .arg(workflow->id)));
        QVERIFY(run.exec(
            QStringLiteral("INSERT INTO workflow_run_users (run_id, user_id, outcome) SELECT max(id), "
                           "%1, 'skipped-pending' FROM workflow_runs")
                .arg(bo.id)));
        addActiveKeyAndVerification(store, ada.id);
        // A directory source whose run made a user and a group and met an entry it could not take.
        LdapSourceConfig ldap = LdapSourceConfig::defaults(LdapFlavour::OpenLdap);
        ldap.url = QStringLiteral("ldap://127.0.0.1:389");
        auto source = store->directory().addSource(QStringLiteral("corp"), DirectoryKind::Ldap, ldap,
                                                   LeaverAction::Suspend);
        QVERIFY2(source, qPrintable(source.error()));
        DirectorySnapshot snapshot;
        snapshot.users = {{QStringLiteral("uuid-1"),
                           QStringLiteral("uid=sam,dc=x"),
                           {QStringLiteral("Synced Sam"), QStringLiteral("synced.sam@example.com"), {}, {}},
                           true,
                           std::nullopt}};
        snapshot.groups = {{QStringLiteral("uuid-g"),
                            QStringLiteral("cn=ops,dc=x"),
                            QStringLiteral("Ops Team"),
                            {QStringLiteral("uuid-1")},
                            std::nullopt}};
        snapshot.errors = {{QStringLiteral("uid=nobody,dc=x"), QStringLiteral("email is required")}};
        auto synced = DirectorySync(*store).apply(core.actor(), source.value(), snapshot, false);
        QVERIFY2(synced, qPrintable(synced.error()));
    }

    // One change of a kind picked by `random`, through the services (a refusal is fine: a
    // refused change changes nothing, and the cache must show that too).
    static void randomChange(TestStore& store, QRandomGenerator& random, int n)
    {
        Core& core = store.core();
        const Actor& by = core.actor();
        const auto groups = core.groups().list().value();
        const qint64 users = core.users().count({}).value();
        const qint64 someone = 1 + random.bounded(users);
        switch (random.bounded(9)) {
        case 0:
            addUser(store, QStringLiteral("Random %1").arg(n), QStringLiteral("random%1@example.com").arg(n));
            break;
        case 1:
            if (auto user = core.users().findById(someone).value())
                (void)core.users().edit(
                    by, user->id,
                    {QStringLiteral("Edited %1").arg(n), user->email, user->upn, QStringLiteral("Ops")},
                    std::nullopt);
            break;
        case 2:
            if (auto user = core.users().findById(someone).value())
                (void)core.users().setEnabled(by, user->id, !user->enabled);
            break;
        case 3:
            (void)core.users().joinGroup(by, groups[random.bounded(groups.size())].id, someone);
            break;
        case 4:
            (void)core.users().leaveGroup(by, groups[random.bounded(groups.size())].id, someone);
            break;
        case 5:
            (void)core.groups().create(by, QStringLiteral("Group %1").arg(n));
            break;
        case 6:
            if (groups.size() > 3)
                (void)core.groups().remove(by, groups[random.bounded(groups.size())].id);
            break;
        case 7:
            if (auto user = core.users().findById(someone).value())
                (void)enrollment(store).assign(*user, {KeyType::Smartphone, {}, ActivationMethod::Email, {}});
            break;
        case 8:
            if (auto keys = core.keys().list(std::nullopt, 50).value(); !keys.isEmpty()) {
                const qint64 key = keys[random.bounded(keys.size())].key.id;
                (void)(random.bounded(2) ? core.keys().revoke(by, key, QStringLiteral("lost"))
                                         : core.keys().remove(by, key));
            }
            break;
        }
    }

private Q_SLOTS:
    void everyChangeIsLoggedInItsTransaction()
    {
        TestStore store;
        const auto entries = [&] {
            return scalar(store->database(), QStringLiteral("SELECT count(*) FROM change_log"));
        };
        const qint64 before = entries();
        {
            Transaction undone(store->database());
            addUser(store, QStringLiteral("Ada King"), QStringLiteral("ada@example.com"));
            QCOMPARE(entries(), before + 2); // the user and its audit event
        }
        QCOMPARE(entries(), before); // rolled back with the change
        const User ada = addUser(store, QStringLiteral("Ada King"), QStringLiteral("ada@example.com"));
        QCOMPARE(
            textScalar(store->database(),
                       QStringLiteral(
                           "SELECT table_name || ' ' || k1 FROM change_log ORDER BY seq LIMIT 1 OFFSET %1")
                           .arg(before)),
            QStringLiteral("users %1").arg(ada.id));
    }

    void columnsADeskDoesNotKeepAreNotLogged()
    {
        KEYDESK_SQLITE_ONLY(
            "PostgreSQL logs every update (no column list on a trigger with a transition table)");
        TestStore store;
        const User ada = addUser(store, QStringLiteral("Ada King"), QStringLiteral("ada@example.com"));
        // Users' search words are written by a trigger after the insert: one entry, not two.
        QCOMPARE(
            scalar(store->database(),
                   QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'users' AND k1 = %1")
                       .arg(ada.id)),
            1);
    }

    void aFirstSyncCopiesEveryTableThenChangesAndDeletionsArrive()
    {
        TestStore store;
        fillEveryTable(store);
        Server server(store, store.core().actor());
        const QString cache = store.dir() + QStringLiteral("/desk.sqlite");
        SyncOutcome first = sync(cache, server.fetch());
        QVERIFY(first.copied);
        QVERIFY(!first.cancelled);
        QVERIFY(first.rowsCopied > 600);
        QVERIFY(!QFile::exists(cache + QStringLiteral(".partial")));
        QCOMPARE(QFile::permissions(cache) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        compareTables(*store, cache);

        // Changes, and deletions that cascade: a group with its members and its workflow's groups,
        // a key with its activations and verification.
        Core& core = store.core();
        const Group sales = core.groups().resolve(QStringLiteral("Field Sales")).value();
        const User ada = core.users().resolve(QStringLiteral("ada@example.com")).value();
        QVERIFY(core.users().edit(core.actor(), ada.id,
                                  {QStringLiteral("Ada Queen"), ada.email, ada.upn, ada.department},
                                  std::nullopt));
        QVERIFY(core.groups().remove(core.actor(), sales.id));
        for (const SecurityKeyRow& key : core.keys().list(std::nullopt, 10).value())
            QVERIFY(core.keys().remove(core.actor(), key.key.id) ||
                    core.keys().revoke(core.actor(), key.key.id, QStringLiteral("lost")));
        SyncOutcome second = sync(cache, server.fetch());
        QVERIFY(!second.copied);
        QVERIFY(second.changes > 3);
        QCOMPARE(second.through, store->changeLog().head().value().through);
        compareTables(*store, cache);

        // Nothing new: one request for the head, one for the (empty) changes; the first sync of a
        // desk's session copies the deployment settings too.
        server.requests = 0;
        CacheSyncOptions following = options();
        following.copySettings = false;
        SyncOutcome third = sync(cache, server.fetch(), following);
        QCOMPARE(third.changes, 0);
        QCOMPARE(server.requests, 2);
        server.requests = 0;
        sync(cache, server.fetch());
        QCOMPARE(server.requests, 3);
        QCOMPARE(third.tables.size(), syncTables().size());
    }

    void randomChangesForAFixedSeedEndEqual()
    {
        TestStore store;
        fillEveryTable(store);
        Server server(store, store.core().actor());
        const QString cache = store.dir() + QStringLiteral("/desk.sqlite");
        sync(cache, server.fetch());
        QRandomGenerator random(20261204);
        CacheSyncOptions small = options();
        small.pageChanges = 7; // many pages, each its own transaction
        for (int round = 0; round < 4; ++round) {
            for (int i = 0; i < 30; ++i)
                randomChange(store, random, round * 100 + i);
            SyncOutcome outcome = sync(cache, server.fetch(), small);
            QVERIFY(!outcome.copied);
            compareTables(*store, cache);
        }
    }

    void aStoppedCopyGoesOnWhereItStopped()
    {
        TestStore store;
        fillEveryTable(store);
        Server server(store, store.core().actor());
        const QString cache = store.dir() + QStringLiteral("/desk.sqlite");
        CacheSyncOptions stopping = options();
        stopping.pageRows = 50;
        QList<SyncProgress> told;
        // The one directory source, then three pages of users.
        stopping.progress = [&told](const SyncProgress& p) {
            told << p;
            return told.size() < 4;
        };
        SyncOutcome stopped = sync(cache, server.fetch(), stopping);
        QVERIFY(stopped.cancelled);
        QCOMPARE(stopped.rowsCopied, 151);
        QCOMPARE(told.last().table, QStringLiteral("users"));
        QCOMPARE(told.last().copied, 151);
        qint64 total = 0;
        for (const ChangeFeed::Table& t : ChangeFeed(*store).head(server.as, true).value().tables)
            total += t.rows;
        QCOMPARE(told.last().total, total);
        QVERIFY(!QFile::exists(cache)); // not a cache until whole
        addUser(store, QStringLiteral("Late Comer"), QStringLiteral("late@example.com")); // meanwhile

        // The progress goes on from what the stopped copy had.
        QList<SyncProgress> resumed;
        stopping.progress = [&resumed](const SyncProgress& p) {
            resumed << p;
            return true;
        };
        SyncOutcome rest = sync(cache, server.fetch(), stopping);
        QCOMPARE(resumed.first().table, QStringLiteral("users"));
        QCOMPARE(resumed.first().copied, 201);
        QVERIFY(rest.copied);
        QVERIFY(!rest.cancelled);
        QVERIFY(rest.rowsCopied < total); // it went on; it did not start again
        QVERIFY(stopped.rowsCopied + rest.rowsCopied >= total);
        compareTables(*store, cache);
    }

    void aPrunedLogOrAnotherLogMeansACopyAgain()
    {
        TestStore store;
        fillEveryTable(store);
        Server server(store, store.core().actor());
        const QString cache = store.dir() + QStringLiteral("/desk.sqlite");
        sync(cache, server.fetch());
        const qint64 seen = store->changeLog().head().value().through;
        addUser(store, QStringLiteral("Cy Pruned"), QStringLiteral("cy@example.com"));
        ChangeFeed feed(*store);
        QVERIFY(feed.keep(store.clock().nowMs()));
        const qint64 entries = scalar(store->database(), QStringLiteral("SELECT count(*) FROM change_log"));
        QCOMPARE(feed.keep(store.clock().nowMs() + ChangeFeed::kKeptMs + 1).value(), entries - 1);
        QCOMPARE(scalar(store->database(), QStringLiteral("SELECT count(*) FROM change_log")),
                 1); // the last stays
        const QString epoch = store->changeLog().head().value().epoch;
        net::AdminRequest asked;
        asked.method = "GET";
        asked.url = QUrl(QStringLiteral("/api/v1/admin/changes?after=%1&epoch=%2").arg(seen).arg(epoch));
        const net::HttpReply gone = server.api.dispatchAs(server.as, asked);
        QCOMPARE(gone.status, 410);
        QCOMPARE(QJsonDocument::fromJson(gone.body).object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("the change log no longer holds the changes after %1 of epoch %2; copy every "
                                "table again")
                     .arg(seen)
                     .arg(epoch));
        SyncOutcome pruned = sync(cache, server.fetch());
        QVERIFY(pruned.copied);
        compareTables(*store, cache);

        QSqlQuery other(store->database().connection());
        QVERIFY(other.exec(QStringLiteral("UPDATE change_log_state SET epoch = 'another'")));
        addUser(store, QStringLiteral("Di Other"), QStringLiteral("di@example.com"));
        QVERIFY(sync(cache, server.fetch()).copied);
        compareTables(*store, cache);
    }

    // The sweep runs every 30 s on every instance: with nothing to note or prune it only reads,
    // so it never queues behind a writer (here one holds the lock; taking it would fail after
    // SQLite's busy timeout).
    void anIdleSweepTakesNoWriteLock()
    {
        KEYDESK_SQLITE_ONLY(
            "on PostgreSQL a lock taken in this thread's other connection would wait for ever");
        TestStore store;
        addUser(store, QStringLiteral("Ada King"), QStringLiteral("ada@example.com"));
        ChangeFeed feed(*store);
        QVERIFY(feed.keep(store.clock().nowMs()));
        auto sweeper = Store::open(store.path());
        QVERIFY2(sweeper, qPrintable(sweeper.error()));
        QVERIFY(store->database().begin());
        auto kept = ChangeFeed(*sweeper.value()).keep(store.clock().nowMs() + 1000);
        QVERIFY2(kept, qPrintable(kept.error()));
        QCOMPARE(kept.value(), 0);
        store->database().rollback();
    }

    void uniqueValuesMovingBetweenRowsArrive()
    {
        TestStore store;
        const User ada = addUser(store, QStringLiteral("Ada King"), QStringLiteral("ada@example.com"));
        const User bo = addUser(store, QStringLiteral("Bo Lee"), QStringLiteral("bo@example.com"));
        const Group red = addGroup(store, QStringLiteral("Red"));
        const Group blue = addGroup(store, QStringLiteral("Blue"));
        Server server(store, store.core().actor());
        const QString cache = store.dir() + QStringLiteral("/desk.sqlite");
        sync(cache, server.fetch());
        // Swapped between two syncs: the cache meets each value still held by the other row.
        Core& core = store.core();
        const auto rename = [&](const User& u, const QString& email) {
            QVERIFY(core.users().edit(core.actor(), u.id, {u.displayName, email, u.upn, u.department},
                                      std::nullopt));
        };
        rename(ada, QStringLiteral("swap@example.com"));
        rename(bo, QStringLiteral("ada@example.com"));
        rename(ada, QStringLiteral("bo@example.com"));
        QVERIFY(core.groups().rename(core.actor(), red.id, QStringLiteral("Purple")));
        QVERIFY(core.groups().rename(core.actor(), blue.id, QStringLiteral("Red")));
        QVERIFY(!sync(cache, server.fetch()).copied);
        compareTables(*store, cache);
    }

    void whatARoleMayNotReadIsNotSent()
    {
        TestStore store;
        fillEveryTable(store);
        const User bo = store.core().users().resolve(QStringLiteral("bo@example.com")).value();
        Server helpdesk(
            store, Actor::signedIn({bo.id, bo.email, OperatorRole::Helpdesk, QStringLiteral("session 1")}));
        auto head = ChangeFeed(*store).head(helpdesk.as, false);
        QVERIFY(head);
        QStringList names;
        for (const ChangeFeed::Table& t : head->tables)
            names << t.name;
        QVERIFY(names.contains(QStringLiteral("audit_events")));
        QVERIFY(!names.contains(QStringLiteral("operators")));
        QCOMPARE(ChangeFeed(*store).tablePage(helpdesk.as, QStringLiteral("operators"), {}, 10).error(),
                 QStringLiteral("no table 'operators' is sent to desks"));
        QCOMPARE(ChangeFeed(*store).tablePage(helpdesk.as, QStringLiteral("api_tokens"), {}, 10).error(),
                 QStringLiteral("no table 'api_tokens' is sent to desks"));
        const QString cache = store.dir() + QStringLiteral("/desk.sqlite");
        QVERIFY(sync(cache, helpdesk.fetch()).copied);
        // A change to an operator moves the log on without sending the row.
        QVERIFY(store.core().operators().add(store.core().actor(), bo.email, QStringLiteral("helpdesk")));
        QVERIFY(!sync(cache, helpdesk.fetch()).copied);
        compareTables(*store, cache, {QStringLiteral("operators")});
        // The same operator allowed more (made an admin): another copy, operators included.
        Server admin(store, store.core().actor());
        QVERIFY(sync(cache, admin.fetch()).copied);
        compareTables(*store, cache);
    }

    void secretsStayOnTheServer()
    {
        TestStore store;
        fillEveryTable(store);
        QVERIFY(store->setSetting(QStringLiteral("smtp.host"), QStringLiteral("mail.example.com")));
        QVERIFY(setDeploymentSetting(*store, store.core().actor(), QStringLiteral("activation.now_minutes"),
                                     QStringLiteral("5")));
        Server server(store, store.core().actor());
        const QString cache = store.dir() + QStringLiteral("/desk.sqlite");
        sync(cache, server.fetch());
        auto desk = Store::open(cache, StoreOptions{{}, cache + QStringLiteral(".key"), {}, {}});
        QVERIFY(desk);
        Database& db = desk.value()->database();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM activations")),
                 scalar(store->database(), QStringLiteral("SELECT count(*) FROM activations")));
        // Made up where the schema needs a value, never the server's.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM activations WHERE length(token_hash) = 32")),
                 scalar(db, QStringLiteral("SELECT count(*) FROM activations")));
        for (const QString& id :
             textScalar(db, QStringLiteral("SELECT group_concat(id) FROM activations")).split(u',')) {
            QVERIFY(
                textScalar(db, QStringLiteral("SELECT hex(token_hash) FROM activations WHERE id = ") + id) !=
                textScalar(store->database(),
                           QStringLiteral("SELECT %1 FROM activations WHERE id = %2")
                               .arg(testsOnPostgres() ? QStringLiteral("upper(encode(token_hash, 'hex'))")
                                                      : QStringLiteral("hex(token_hash)"),
                                    id)));
        }
        QCOMPARE(scalar(db, QStringLiteral(
                                "SELECT count(*) FROM activations WHERE manual_code_hash IS NOT NULL OR "
                                "challenge IS NOT NULL OR lookup_token_hash IS NOT NULL")),
                 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM verifications WHERE challenge IS NOT NULL")),
                 0);
        // An email's content holds its link: the cache knows only that there is some.
        QVERIFY(scalar(store->database(),
                       QStringLiteral("SELECT count(*) FROM outbox WHERE payload IS NOT NULL")) > 0);
        QCOMPARE(scalar(db, QStringLiteral(
                                "SELECT count(*) FROM outbox WHERE payload IS NOT NULL OR length(mime) > 1")),
                 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox WHERE length(mime) = 1")),
                 scalar(db, QStringLiteral("SELECT count(*) FROM outbox")));
        for (const char* table : {"operator_sessions", "api_tokens", "operator_sign_ins"})
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), 0);
        // Of the settings, the deployment's that the console reads, as the server has them; the
        // mail server's stay there. (And the cache's own code key fingerprint.)
        QStringList deployment;
        for (const DeploymentSetting& setting : deploymentSettings()) {
            deployment << u'\'' + setting.key + u'\'';
            QCOMPARE(desk.value()->setting(setting.key).value(), store->setting(setting.key).value());
        }
        QCOMPARE(store->setting(QStringLiteral("smtp.host")).value(), QStringLiteral("mail.example.com"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM settings WHERE key NOT IN (%1)")
                                .arg(deployment.join(u','))),
                 1);
    }

    void badAnswersChangeNothing()
    {
        TestStore store;
        addUser(store, QStringLiteral("Ada King"), QStringLiteral("ada@example.com"));
        Server server(store, store.core().actor());
        const QString cache = store.dir() + QStringLiteral("/desk.sqlite");
        sync(cache, server.fetch());
        addUser(store, QStringLiteral("Bo Lee"), QStringLiteral("bo@example.com"));
        const auto tampered = [&](std::function<void(QJsonObject&)> tamper) {
            return [&server, tamper, fetch = server.fetch()](const QString& path, const QUrlQuery& query) {
                SyncAnswer answer = fetch(path, query);
                if (path == QStringLiteral("/changes"))
                    tamper(answer.body);
                return answer;
            };
        };
        const auto firstUsers = [](QJsonObject& body, const std::function<void(QJsonObject&)>& change) {
            QJsonArray tables = body.value(QStringLiteral("tables")).toArray();
            for (qsizetype i = 0; i < tables.size(); ++i) {
                QJsonObject t = tables[i].toObject();
                if (t.value(QStringLiteral("table")).toString() == QStringLiteral("users"))
                    change(t);
                tables[i] = t;
            }
            body.insert(QStringLiteral("tables"), tables);
        };
        auto renamed = CacheSync::run(cache, tampered([&](QJsonObject& body) {
                                          firstUsers(body, [](QJsonObject& t) {
                                              QJsonArray columns =
                                                  t.value(QStringLiteral("columns")).toArray();
                                              columns[1] = QStringLiteral("employee_number");
                                              t.insert(QStringLiteral("columns"), columns);
                                          });
                                      }),
                                      options());
        QVERIFY(!renamed);
        QVERIFY(renamed.error().startsWith(QStringLiteral(
            "the server sent users with the columns id, employee_number, display_name, email,")));
        auto mistyped = CacheSync::run(cache, tampered([&](QJsonObject& body) {
                                           firstUsers(body, [](QJsonObject& t) {
                                               QJsonArray rows = t.value(QStringLiteral("rows")).toArray();
                                               QJsonArray row = rows[0].toArray();
                                               row[3] = 42;
                                               rows[0] = row;
                                               t.insert(QStringLiteral("rows"), rows);
                                           });
                                       }),
                                       options());
        QCOMPARE(mistyped.error(),
                 QStringLiteral("the server sent a value of users.email that is not of its type"));
        auto unreachable = CacheSync::run(
            cache,
            [](const QString&, const QUrlQuery&) {
                return SyncAnswer{0, {}, QStringLiteral("Connection refused")};
            },
            options());
        QCOMPARE(unreachable.error(), QStringLiteral("the server cannot be reached: Connection refused"));
        auto desk = Store::open(cache, StoreOptions{{}, cache + QStringLiteral(".key"), {}, {}});
        QCOMPARE(scalar(desk.value()->database(), QStringLiteral("SELECT count(*) FROM users")), 1);
        desk.value().reset();
        QVERIFY(!sync(cache, server.fetch()).copied); // and the next good answer is taken
        // A setting without its value: none of the settings are taken.
        QVERIFY(setDeploymentSetting(*store, store.core().actor(), QStringLiteral("activation.now_minutes"),
                                     QStringLiteral("5")));
        const auto withSetting = [fetch = server.fetch()](const QJsonObject& extra) -> SyncFetch {
            return [fetch, extra](const QString& path, const QUrlQuery& query) {
                SyncAnswer answer = fetch(path, query);
                if (path == QStringLiteral("/sync/settings")) {
                    QJsonArray settings = answer.body.value(QStringLiteral("settings")).toArray();
                    settings.append(extra);
                    answer.body.insert(QStringLiteral("settings"), settings);
                }
                return answer;
            };
        };
        auto noValue = CacheSync::run(
            cache, withSetting({{QStringLiteral("key"), QStringLiteral("keys.attestation")}}), options());
        QCOMPARE(noValue.error(), QStringLiteral("the server sent a setting without a key or value"));
        // Nor one the desk does not keep: its own code key fingerprint, say, would lock it out.
        auto notKept =
            CacheSync::run(cache,
                           withSetting({{QStringLiteral("key"), QStringLiteral("smtp.host")},
                                        {QStringLiteral("value"), QStringLiteral("evil.example")}}),
                           options());
        QCOMPARE(notKept.error(),
                 QStringLiteral("the server sent a setting this desk does not keep: smtp.host"));
        const auto settingOf = [&](const QString& key) {
            auto seen = Store::open(cache, StoreOptions{{}, cache + QStringLiteral(".key"), {}, {}});
            return seen.value()->setting(key).value();
        };
        QCOMPARE(settingOf(QStringLiteral("activation.now_minutes")), QString());
        QCOMPARE(settingOf(QStringLiteral("smtp.host")), QString());
        sync(cache, server.fetch());
        QCOMPARE(settingOf(QStringLiteral("activation.now_minutes")), QStringLiteral("5"));

        compareTables(*store, cache);
    }

    // The log's promise: once a desk has read change n, no change numbered below n commits. A
    // write transaction holds the writer lock until it ends; a write that did not take it (another
    // program's plain INSERT) must queue behind it, not overtake it.
    void aWriteCannotOvertakeAnOpenOne()
    {
        TestStore store;
        const QString path = store.path();
        Database& db = store->database();
        auto reader = Store::open(path);
        QVERIFY2(reader, qPrintable(reader.error()));
        // Another program's connection (its own thread: a connection is used where it was made).
        std::atomic<bool> opened = false;
        std::atomic<bool> go = false;
        std::atomic<bool> done = false;
        QString problem;
        std::thread other([&] {
            auto raw = Store::open(path);
            opened = true;
            if (!raw) {
                problem = raw.error();
                done = true;
                return;
            }
            while (!go)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            QSqlQuery q(raw.value()->database().connection());
            if (!q.exec(QStringLiteral(
                    "INSERT INTO groups (name, description, created_at) VALUES ('Raw', '', 1)")))
                problem = q.lastError().text();
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(opened, 10'000);
        QVERIFY(db.begin());
        addUser(store, QStringLiteral("Ada Open"), QStringLiteral("open@example.com"));
        const qint64 open = scalar(db, QStringLiteral("SELECT max(seq) FROM change_log"));
        go = true;
        QTest::qWait(400);
        QVERIFY2(!done,
                 qPrintable(problem.isEmpty() ? QStringLiteral("the plain INSERT did not wait") : problem));
        QVERIFY(reader.value()->changeLog().head().value().through < open); // not committed yet
        QVERIFY(db.commit());
        other.join();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const qint64 raw = scalar(
            db, QStringLiteral(
                    "SELECT seq FROM change_log WHERE table_name = 'groups' ORDER BY seq DESC LIMIT 1"));
        QVERIFY2(raw > open, qPrintable(QStringLiteral("%1 after %2").arg(raw).arg(open)));
        QCOMPARE(reader.value()->changeLog().head().value().through, raw);
    }
};

QTEST_GUILESS_MAIN(TestCacheSync)
#include "TestCacheSync.moc"
