// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// A directory sync against a real slapd filled as Active Directory would be: 2,000 users with
// binary objectGUIDs, userAccountControl, UPNs and departments, groups nested two deep and one
// cycle, a sync account held to a size limit of 500 so that every read is paged, and uSNChanged
// marking each change. A full run takes it all; then an addition, a rename, a move between
// groups, a disabled account and a deletion are picked up exactly — the deletion by the next
// full run, which withdraws the leaver's keys. A dry run changes nothing, a failing source
// changes nothing, and KeyDesk's own users are taken over by email.
#include "core/import/UserCsvImporter.h"
#include "core/keys/KeyLifecycle.h"
#include "core/users/GroupService.h"
#include "core/users/UserService.h"
#include "directory/LdapSync.h"
#include "support/SlapdServer.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace keydesk;
using namespace keydesk::directory;
using namespace keydesk::test;

namespace {

constexpr int kUsers = 2000;
const QStringList kDepartments{QStringLiteral("Sales"), QStringLiteral("Research"), QStringLiteral("IT"),
                               QStringLiteral("Finance")};

QString uid(int i)
{
    return QStringLiteral("u%1").arg(i, 4, 10, QLatin1Char('0'));
}

QString userDn(int i)
{
    return QStringLiteral("cn=%1,ou=%2,ou=People,dc=example,dc=com").arg(uid(i), kDepartments[i % 4]);
}

QString groupDn(const QString& name)
{
    return QStringLiteral("cn=%1,ou=Groups,dc=example,dc=com").arg(name);
}

QString email(int i)
{
    return QStringLiteral("user%1@example.com").arg(i, 4, 10, QLatin1Char('0'));
}

// A GUID per entry, as AD stores it (16 bytes); n < 0x10000 numbers users, above that groups.
QByteArray guid(int n)
{
    QByteArray bytes(16, '\x5a');
    for (int b = 0; b < 4; ++b)
        bytes[b] = char((n >> (8 * b)) & 0xff);
    return bytes;
}

bool isDisabledAtStart(int i)
{
    return i % 50 == 0;
}

} // namespace

class TestLdapSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<SlapdServer> m_slapd;
    std::unique_ptr<TestStore> m_store;
    int m_usn = 1000;
    const Actor m_by{QStringLiteral("directory-sync")};

    QString nextUsn() { return QString::number(++m_usn); }

    QString userLdif(int i, const QString& displayName, int accountControl)
    {
        return QStringLiteral("dn: %1\nobjectClass: user\ncn: %2\nsn: %2\nuid: %2\ndisplayName:: %3\n"
                              "mail: %4\nuserPrincipalName: %2@corp.example.com\ndepartment: %5\n"
                              "userAccountControl: %6\nobjectGUID:: %7\nuSNChanged: %8\n\n")
            .arg(userDn(i), uid(i), QString::fromLatin1(displayName.toUtf8().toBase64()), email(i),
                 kDepartments[i % 4])
            .arg(accountControl)
            .arg(QString::fromLatin1(guid(i).toBase64()), nextUsn());
    }

    QString groupLdif(const QString& name, int number, const QStringList& memberDns)
    {
        QString ldif =
            QStringLiteral("dn: %1\nobjectClass: group\ncn: %2\nobjectGUID:: %3\nuSNChanged: %4\n")
                .arg(groupDn(name), name, QString::fromLatin1(guid(0x10000 + number).toBase64()), nextUsn());
        for (const QString& dn : memberDns)
            ldif += QStringLiteral("member: %1\n").arg(dn);
        return ldif + u'\n';
    }

    // ou=People with an OU per department, 2,000 users (every 50th disabled, u0007 with a
    // non-ASCII name), and the groups: one per department, where Sales holds Sales EMEA (every
    // 8th user) rather than those users; All Staff holding the four; Helpdesk; a cycle.
    void fillDirectory()
    {
        QString ldif = QStringLiteral("dn: ou=People,dc=example,dc=com\nobjectClass: organizationalUnit\nou: "
                                      "People\n\ndn: ou=Groups,dc=example,dc=com\nobjectClass: "
                                      "organizationalUnit\nou: Groups\n\n");
        for (const QString& d : kDepartments)
            ldif +=
                QStringLiteral("dn: ou=%1,ou=People,dc=example,dc=com\nobjectClass: organizationalUnit\nou: "
                               "%1\n\n")
                    .arg(d);
        for (int i = 1; i <= kUsers; ++i)
            ldif +=
                userLdif(i, i == 7 ? QStringLiteral("Zoë Ødegård") : QStringLiteral("User %1").arg(uid(i)),
                         isDisabledAtStart(i) ? 514 : 512);
        QHash<QString, QStringList> members;
        QStringList emea;
        for (int i = 1; i <= kUsers; ++i) {
            if (i % 4 == 0 && i % 8 == 0)
                emea << userDn(i);
            else
                members[kDepartments[i % 4]] << userDn(i);
        }
        // A computer account is a user to AD, not to the sync.
        ldif += QStringLiteral(
                    "dn: cn=PC-0001,ou=IT,ou=People,dc=example,dc=com\nobjectClass: computer\ncn: "
                    "PC-0001\nsn: PC-0001\nmail: pc-0001@example.com\nobjectGUID:: %1\nuSNChanged: %2\n\n")
                    .arg(QString::fromLatin1(guid(0xffff).toBase64()), nextUsn());
        ldif += groupLdif(QStringLiteral("Sales EMEA"), 1, emea);
        members[QStringLiteral("Sales")] << groupDn(QStringLiteral("Sales EMEA"));
        for (int d = 0; d < kDepartments.size(); ++d)
            ldif += groupLdif(kDepartments[d], 10 + d, members[kDepartments[d]]);
        QStringList all;
        for (const QString& d : kDepartments)
            all << groupDn(d);
        ldif += groupLdif(QStringLiteral("All Staff"), 2, all);
        ldif += groupLdif(QStringLiteral("Helpdesk"), 3, {userDn(1), userDn(2), userDn(3)});
        ldif += groupLdif(QStringLiteral("Loop A"), 4, {userDn(1), groupDn(QStringLiteral("Loop B"))});
        QVERIFY(m_slapd->add(ldif).ok());
        // Loop B exists only now, so Loop A's member value above pointed at nothing until here.
        QVERIFY(
            m_slapd
                ->add(groupLdif(QStringLiteral("Loop B"), 5, {userDn(2), groupDn(QStringLiteral("Loop A"))}))
                .ok());
    }

    DirectorySource addSource(const QString& url = {})
    {
        LdapSourceConfig config = LdapSourceConfig::defaults(LdapFlavour::ActiveDirectory);
        config.url = url.isEmpty() ? m_slapd->url() : url;
        config.bindDn = SlapdServer::syncDn();
        config.baseDns = {QStringLiteral("ou=People,dc=example,dc=com"),
                          QStringLiteral("ou=Groups,dc=example,dc=com")};
        // slapd has no LDAP_MATCHING_RULE_IN_CHAIN: nested groups are walked.
        config.nested = NestedGroups::Walk;
        config.pageSize = 200;
        auto source = (*m_store)->directory().addSource(QStringLiteral("corp"), DirectoryKind::Ldap, config,
                                                        LeaverAction::Suspend);
        if (!source)
            qFatal("%s", qPrintable(source.error()));
        return source.value();
    }

    DirectorySource reloaded(const DirectorySource& source)
    {
        auto found = (*m_store)->directory().findSource(source.name);
        if (!found || !found.value())
            qFatal("the source is gone");
        return *found.value();
    }

    Result<DirectorySyncReport> sync(const DirectorySource& source, SyncMode mode, bool dryRun = false,
                                     const QString& password = SlapdServer::syncPassword())
    {
        return runLdapSync(**m_store, m_by, reloaded(source), mode, dryRun, password);
    }

    qint64 count(const QString& sql) { return scalar((*m_store)->database(), sql); }

    qint64 members(const QString& group)
    {
        return count(
            QStringLiteral("SELECT count(*) FROM group_members gm JOIN groups g ON g.id = gm.group_id "
                           "WHERE g.name = '%1'")
                .arg(group));
    }

    qint64 userId(int i)
    {
        return count(QStringLiteral("SELECT id FROM users WHERE email = '%1'").arg(email(i)));
    }

    bool isMember(int i, const QString& group)
    {
        return count(
                   QStringLiteral("SELECT count(*) FROM group_members gm JOIN groups g ON g.id = gm.group_id "
                                  "WHERE g.name = '%1' AND gm.user_id = %2")
                       .arg(group)
                       .arg(userId(i))) == 1;
    }

    // An active key with a made-up credential, as if the user had activated one.
    qint64 addActiveKey(qint64 user)
    {
        QSqlQuery q((*m_store)->database().connection());
        q.prepare(
            QStringLiteral("INSERT INTO security_keys (user_id, type, status, credential_id, public_key, "
                           "created_at, activated_at) VALUES (?, 'smartphone', 'active', ?, ?, 1, 1)"));
        q.addBindValue(user);
        q.addBindValue(QByteArray(QByteArray(16, char(user & 0x7f)) + QByteArray::number(user)));
        q.addBindValue(QByteArray("public key bytes"));
        if (!q.exec())
            qFatal("%s", qPrintable(q.lastError().text()));
        return q.lastInsertId().toLongLong();
    }

    QString keyStatus(qint64 keyId)
    {
        return textScalar(
            (*m_store)->database(),
            QStringLiteral("SELECT status || ': ' || coalesce(status_reason, '') FROM security_keys "
                           "WHERE id = %1")
                .arg(keyId));
    }

private Q_SLOTS:
    void init()
    {
        auto slapd = SlapdServer::start();
        QVERIFY2(slapd, qPrintable(slapd.error()));
        m_slapd = std::move(slapd).value();
        m_usn = 1000;
        fillDirectory();
        m_store = std::make_unique<TestStore>();
    }

    void cleanup()
    {
        m_store.reset();
        m_slapd.reset();
    }

    void fullSyncTakesTheWholeTreeThroughPages()
    {
        const DirectorySource source = addSource();
        auto report = sync(source, SyncMode::Full);
        QVERIFY2(report, qPrintable(report.error()));
        const DirectoryRun& run = report->run;
        QVERIFY(!run.failed);
        QCOMPARE(run.mode, SyncMode::Full);
        QCOMPARE(run.entriesRead, kUsers + 9); // 2,000 users, 9 groups: four times the size limit
        QCOMPARE(run.usersCreated, kUsers);
        QCOMPARE(run.usersUpdated, 0);
        QCOMPARE(run.entryErrors, 0);
        QVERIFY(report->entersScope);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM users WHERE source = 'directory' AND source_id = %1")
                      .arg(source.id)),
            kUsers);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users WHERE enabled = 0")), kUsers / 50);
        QCOMPARE(textScalar((*m_store)->database(),
                            QStringLiteral("SELECT display_name || '|' || upn || '|' || department || '|' || "
                                           "external_id FROM users WHERE email = '%1'")
                                .arg(email(7))),
                 QStringLiteral(
                     "Zoë Ødegård|u0007@corp.example.com|Finance|00000007-5a5a-5a5a-5a5a-5a5a5a5a5a5a"));

        // Nesting: Sales has its own users and those of Sales EMEA; All Staff everyone; the
        // cycle ends.
        QCOMPARE(members(QStringLiteral("Sales")), kUsers / 4);
        QCOMPARE(members(QStringLiteral("Sales EMEA")), kUsers / 8);
        QCOMPARE(members(QStringLiteral("All Staff")), kUsers);
        QCOMPARE(members(QStringLiteral("Loop A")), 2);
        QCOMPARE(members(QStringLiteral("Loop B")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM groups WHERE source_id = %1").arg(source.id)), 9);
        QCOMPARE(run.membershipsAdded, kUsers / 4 + kUsers / 8 + kUsers * 3 / 4 + kUsers + 3 + 2 + 2);

        // Recorded with its counts, in the same transaction; the watermark is the highest uSN.
        auto runs = (*m_store)->directory().runs(source.id, 10);
        QVERIFY(runs);
        QCOMPARE(runs->size(), 1);
        QCOMPARE(runs->at(0).usersCreated, kUsers);
        QCOMPARE(runs->at(0).membershipsAdded, run.membershipsAdded);
        QCOMPARE(reloaded(source).watermark, QString::number(m_usn));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'user.create' AND "
                                      "actor = 'directory-sync' AND ") +
                       jsonFieldIs(QStringLiteral("details"), QStringLiteral("directory_source"),
                                   QStringLiteral("\"corp\""))),
                 kUsers);

        // Again: nothing to change.
        auto again = sync(source, SyncMode::Full);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->run.entriesRead, kUsers + 9);
        QCOMPARE(again->changes.size(), 0);
        QVERIFY(!again->entersScope);
    }

    void incrementalSyncPicksUpExactlyTheChanges()
    {
        const DirectorySource source = addSource();
        QVERIFY(sync(source, SyncMode::Full));
        const qint64 activeOfDisabled = addActiveKey(userId(20));
        auto pending = KeyLifecycle(**m_store).assign(m_by, *(*m_store)->users().findById(userId(20)).value(),
                                                      KeyType::Smartphone, KeySettings(),
                                                      ActivationMethod::Email, {}, ActivationLifetimes());
        QVERIFY2(pending, qPrintable(pending.error()));
        const qint64 activeOfDeleted = addActiveKey(userId(30));

        // Added (into IT and Helpdesk), renamed, moved from Research to IT, disabled, deleted.
        const QString usn = QStringLiteral("replace: uSNChanged\nuSNChanged: %1\n");
        QVERIFY(m_slapd->add(userLdif(2001, QStringLiteral("New Starter"), 512)).ok());
        QString changes =
            QStringLiteral("dn: %1\nchangetype: modify\nreplace: displayName\ndisplayName: Ten Renamed\n-\n")
                .arg(userDn(10)) +
            usn.arg(nextUsn()) + u'\n' +
            QStringLiteral(
                "dn: %1\nchangetype: modify\nreplace: userAccountControl\nuserAccountControl: 514\n-\n")
                .arg(userDn(20)) +
            usn.arg(nextUsn()) + u'\n' +
            QStringLiteral("dn: %1\nchangetype: modify\nadd: member\nmember: %2\nmember: %3\n-\n")
                .arg(groupDn(QStringLiteral("IT")), userDn(2001), userDn(5)) +
            QStringLiteral("delete: member\nmember: %1\n-\n").arg(userDn(30)) + usn.arg(nextUsn()) + u'\n' +
            QStringLiteral("dn: %1\nchangetype: modify\nadd: member\nmember: %2\n-\n")
                .arg(groupDn(QStringLiteral("Helpdesk")), userDn(2001)) +
            usn.arg(nextUsn()) + u'\n' +
            QStringLiteral("dn: %1\nchangetype: modify\ndelete: member\nmember: %2\n-\n")
                .arg(groupDn(QStringLiteral("Research")), userDn(5)) +
            usn.arg(nextUsn()) + u'\n' + QStringLiteral("dn: %1\nchangetype: delete\n\n").arg(userDn(30));
        QVERIFY(m_slapd->modify(changes).ok());

        auto report = sync(source, SyncMode::Incremental);
        QVERIFY2(report, qPrintable(report.error()));
        const DirectoryRun& run = report->run;
        QCOMPARE(run.mode, SyncMode::Incremental);
        QCOMPARE(run.entriesRead, 6); // three users and three groups changed
        QCOMPARE(run.usersCreated, 1);
        QCOMPARE(run.usersUpdated, 1);
        QCOMPARE(run.usersDisabled, 1);
        QCOMPARE(run.usersRemoved, 0);       // a deletion is found by a full run
        QCOMPARE(run.membershipsAdded, 4);   // u2001: IT, All Staff, Helpdesk; u0005: IT
        QCOMPARE(run.membershipsRemoved, 3); // u0005: Research; u0030: IT, All Staff
        QCOMPARE(run.keysWithdrawn, 2);
        QVERIFY(report->entersScope);
        QVERIFY(isMember(2001, QStringLiteral("All Staff")));
        QVERIFY(isMember(5, QStringLiteral("IT")));
        QVERIFY(!isMember(5, QStringLiteral("Research")));
        QCOMPARE(textScalar((*m_store)->database(),
                            QStringLiteral("SELECT display_name FROM users WHERE id = %1").arg(userId(10))),
                 QStringLiteral("Ten Renamed"));
        // The disabled user's keys: the active one suspended, the waiting one revoked.
        const QString reason = QStringLiteral("left the directory source corp (disabled)");
        QCOMPARE(keyStatus(activeOfDisabled), QStringLiteral("suspended: ") + reason);
        QCOMPARE(keyStatus(pending->key.id), QStringLiteral("revoked: ") + reason);
        auto link = (*m_store)->keys().findByToken(pending->issued.secrets.token);
        QVERIFY(link && link.value());
        QCOMPARE(link.value()->key.status, KeyStatus::Revoked);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'user.disable' AND "
                                      "target_id = %1 AND ")
                           .arg(userId(20)) +
                       jsonFieldIs(QStringLiteral("details"), QStringLiteral("directory_source"),
                                   QStringLiteral("\"corp\""))),
                 1);

        // The next incremental run finds nothing new.
        auto quiet = sync(source, SyncMode::Incremental);
        QVERIFY2(quiet, qPrintable(quiet.error()));
        QCOMPARE(quiet->changes.size(), 0);

        // The full run finds the deletion: u0030 is disabled and their key suspended.
        auto full = sync(source, SyncMode::Full);
        QVERIFY2(full, qPrintable(full.error()));
        QCOMPARE(full->run.usersRemoved, 1);
        QCOMPARE(full->run.usersCreated + full->run.usersUpdated + full->run.usersDisabled, 0);
        QCOMPARE(full->run.membershipsAdded + full->run.membershipsRemoved, 0);
        QCOMPARE(full->run.keysWithdrawn, 1);
        QCOMPARE(keyStatus(activeOfDeleted),
                 QStringLiteral("suspended: left the directory source corp (removed)"));
        QCOMPARE(count(QStringLiteral("SELECT enabled FROM users WHERE id = %1").arg(userId(30))), 0);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'user.disable' AND ") +
                  jsonFieldIs(QStringLiteral("details"), QStringLiteral("reason"),
                              QStringLiteral("\"removed\""))),
            1);
        // Marked removed (no longer the source's entry); the next full run finds nothing to do.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users WHERE removed_at IS NOT NULL")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users WHERE id = %1 AND removed_at IS NOT NULL")
                           .arg(userId(30))),
                 1);
        auto again = sync(source, SyncMode::Full);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->changes.size(), 0);
        QCOMPARE(again->run.usersRemoved, 0);
    }

    void dryRunListsWhatWouldChangeAndChangesNothing()
    {
        const DirectorySource source = addSource();
        QVERIFY(sync(source, SyncMode::Full));
        const QString watermark = reloaded(source).watermark;
        QVERIFY(m_slapd
                    ->modify(QStringLiteral("dn: %1\nchangetype: modify\nreplace: displayName\ndisplayName: "
                                            "Eleven\n-\nreplace: uSNChanged\nuSNChanged: %2\n\n")
                                 .arg(userDn(11), nextUsn()))
                    .ok());
        const Snapshot before = snapshot((*m_store)->database());

        auto dry = sync(source, SyncMode::Incremental, true);
        QVERIFY2(dry, qPrintable(dry.error()));
        QVERIFY(dry->run.dryRun);
        QCOMPARE(dry->run.usersUpdated, 1);
        QCOMPARE(dry->changes.size(), 1);
        QCOMPARE(dry->changes[0].entry, email(11));
        QCOMPARE(dry->changes[0].action, QStringLiteral("update"));
        QCOMPARE(dry->changes[0].details, QStringLiteral("display_name: User u0011 → Eleven"));
        QVERIFY(!dry->entersScope);
        QCOMPARE(snapshot((*m_store)->database()), before);
        QCOMPARE(reloaded(source).watermark, watermark);
        QCOMPARE(count(QStringLiteral("SELECT dry_run FROM directory_runs ORDER BY id DESC LIMIT 1")), 1);

        auto real = sync(source, SyncMode::Incremental);
        QVERIFY2(real, qPrintable(real.error()));
        QCOMPARE(real->run.usersUpdated, 1);
    }

    void failingSourceChangesNothing()
    {
        const DirectorySource source = addSource();
        const Snapshot before = snapshot((*m_store)->database());
        auto refused = sync(source, SyncMode::Full, false, QStringLiteral("wrong"));
        QVERIFY(!refused);
        const QString bindRefused =
            QStringLiteral("the directory refused the bind as %1: Invalid credentials")
                .arg(SlapdServer::syncDn());
        QCOMPARE(refused.error(), bindRefused);
        QCOMPARE(snapshot((*m_store)->database()), before);

        const quint16 closed = freePort();
        auto nowhere = (*m_store)->directory().addSource(
            QStringLiteral("gone"), DirectoryKind::Ldap,
            [&] {
                LdapSourceConfig c = reloaded(source).ldap;
                c.url = QStringLiteral("ldap://127.0.0.1:%1").arg(closed);
                return c;
            }(),
            LeaverAction::Suspend);
        QVERIFY(nowhere);
        const Snapshot beforeUnreachable = snapshot((*m_store)->database());
        auto unreachable = sync(nowhere.value(), SyncMode::Full);
        QVERIFY(!unreachable);
        QCOMPARE(unreachable.error(),
                 QStringLiteral("cannot reach the directory at ldap://127.0.0.1:%1: Can't "
                                "contact LDAP server")
                     .arg(closed));
        QCOMPARE(snapshot((*m_store)->database()), beforeUnreachable);

        // Both failures are on record, with their reasons.
        auto runs = (*m_store)->directory().runs(source.id, 10);
        QVERIFY(runs);
        QCOMPARE(runs->size(), 1);
        QVERIFY(runs->at(0).failed);
        QCOMPARE(runs->at(0).error, bindRefused);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM directory_runs WHERE status = 'failed'")), 2);

        auto noPassword = sync(source, SyncMode::Full, false, QString());
        QCOMPARE(
            noPassword.error(),
            QStringLiteral("no bind password for %1: set KEYDESK_LDAP_PASSWORD, or keep it in the keychain "
                           "(the console's Directory page, Bind Password…)")
                .arg(SlapdServer::syncDn()));
    }

    void keyDeskUsersAreTakenOverByEmail()
    {
        auto typedIn = (*m_store)->users().create(
            UserFields{QStringLiteral("Typed In"), email(3), QString(), QString()}, UserSource::Manual);
        QVERIFY(typedIn);
        auto ownGroup = (*m_store)->groups().create(QStringLiteral("Finance"));
        QVERIFY(ownGroup);
        const DirectorySource source = addSource();
        auto report = sync(source, SyncMode::Full);
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->run.usersCreated, kUsers - 1);
        QCOMPARE(report->run.usersUpdated, 1);
        QCOMPARE(
            textScalar((*m_store)->database(),
                       QStringLiteral("SELECT display_name || '|' || source || '|' || source_id FROM users "
                                      "WHERE id = %1")
                           .arg(typedIn->id)),
            QStringLiteral("User u0003|directory|%1").arg(source.id));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'user.claim'")), 1);
        // KeyDesk's own Finance stays KeyDesk's: the directory's is an entry error.
        QCOMPARE(report->run.entryErrors, 1);
        QCOMPARE(report->errors[0].entry, normaliseDn(groupDn(QStringLiteral("Finance"))));
        QCOMPARE(
            report->errors[0].message,
            QStringLiteral("KeyDesk already has a group named Finance that does not come from this source; "
                           "rename it to take the directory's"));
        QCOMPARE(members(QStringLiteral("Finance")), 0);
        auto errors = (*m_store)->directory().runErrors(report->run.id, 10);
        QVERIFY(errors);
        QCOMPARE(errors->size(), 1);
        QCOMPARE(errors->at(0).message, report->errors[0].message);
    }

    // An account deleted and made again (a new objectGUID, the same email) stays the same KeyDesk
    // user with its keys; an entry with a bad field is an entry error, not a leaver.
    void aRecreatedAccountAndABadEntryKeepTheirUser()
    {
        const DirectorySource source = addSource();
        QVERIFY(sync(source, SyncMode::Full));
        const qint64 recreated = userId(40);
        const qint64 key = addActiveKey(recreated);
        QVERIFY(m_slapd->modify(QStringLiteral("dn: %1\nchangetype: delete\n\n").arg(userDn(40))).ok());
        QVERIFY(m_slapd
                    ->add(userLdif(40, QStringLiteral("User u0040"), 512)
                              .replace(QString::fromLatin1(guid(40).toBase64()),
                                       QString::fromLatin1(guid(40040).toBase64())))
                    .ok());
        QVERIFY(
            m_slapd
                ->modify(QStringLiteral("dn: %1\nchangetype: modify\nreplace: mail\nmail: not-an-email\n-\n"
                                        "replace: uSNChanged\nuSNChanged: %2\n\n")
                             .arg(userDn(41), nextUsn()))
                .ok());

        auto report = sync(source, SyncMode::Full);
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->run.usersRemoved, 0);
        QCOMPARE(report->run.usersDisabled, 0);
        QCOMPARE(report->run.keysWithdrawn, 0);
        QCOMPARE(report->run.entryErrors, 1);
        QCOMPARE(report->errors[0].entry, normaliseDn(userDn(41)));
        QCOMPARE(userId(40), recreated);
        QCOMPARE(textScalar((*m_store)->database(),
                            QStringLiteral("SELECT external_id FROM users WHERE id = %1").arg(recreated)),
                 guidText(guid(40040)));
        QCOMPARE(keyStatus(key), QStringLiteral("active: "));
        QCOMPARE(count(QStringLiteral("SELECT enabled FROM users WHERE id = %1").arg(userId(41))), 1);
    }

    // What the source owns is changed at the source: the console, the CLI and imports are
    // refused with where to change it; what is KeyDesk's own stays editable.
    void syncedFieldsAreReadOnly()
    {
        const DirectorySource source = addSource();
        QVERIFY(sync(source, SyncMode::Full));
        Store& store = **m_store;
        UserService users(store);
        GroupService groups(store);
        const User ada = *users.findById(userId(1)).value();
        const QString userRefusal =
            QStringLiteral("%1 comes from the directory source corp: change their name, email, "
                           "UPN, department and state there")
                .arg(email(1));
        auto renamed = users.edit(
            m_by, ada.id, {QStringLiteral("Someone Else"), ada.email, ada.upn, ada.department}, std::nullopt);
        QCOMPARE(renamed.error(), userRefusal);
        QCOMPARE(users.setEnabled(m_by, ada.id, false).error(), userRefusal);
        QVERIFY(users.edit(m_by, ada.id, {ada.displayName, ada.email, ada.upn, ada.department}, true));

        const Group helpdesk = groups.resolve(QStringLiteral("Helpdesk")).value();
        QCOMPARE(
            users.joinGroup(m_by, helpdesk.id, userId(9)).error(),
            QStringLiteral("the members of group 'Helpdesk' come from the directory source corp: change them "
                           "there"));
        QCOMPARE(
            users.leaveGroup(m_by, helpdesk.id, ada.id).error(),
            QStringLiteral("the members of group 'Helpdesk' come from the directory source corp: change them "
                           "there"));
        QCOMPARE(groups.rename(m_by, helpdesk.id, QStringLiteral("Service Desk")).error(),
                 QStringLiteral("group 'Helpdesk' comes from the directory source corp: rename it there"));
        QCOMPARE(groups.remove(m_by, helpdesk.id).error(),
                 QStringLiteral("group 'Helpdesk' comes from the directory source corp: remove it there"));

        // KeyDesk's own group takes synced users.
        auto pilots = groups.create(m_by, QStringLiteral("Pilot"));
        QVERIFY(pilots);
        QVERIFY(users.joinGroup(m_by, pilots->id, ada.id));

        const Snapshot before = snapshot(store.database());
        auto file =
            UserCsvImporter::read(QStringLiteral("display_name,email\nRenamed,%1\n").arg(email(2)).toUtf8(),
                                  QStringLiteral("people.csv"));
        QVERIFY2(file, qPrintable(file.error()));
        QCOMPARE(UserCsvImporter::apply(store, m_by, file.value(), false).error(),
                 QStringLiteral("line 2: %1 comes from the directory source corp; nothing was changed")
                     .arg(email(2)));
        auto joining = UserCsvImporter::read(
            QStringLiteral("display_name,email,groups\nNew Person,new@example.com,Helpdesk\n").toUtf8(),
            QStringLiteral("people.csv"));
        QVERIFY2(joining, qPrintable(joining.error()));
        QCOMPARE(UserCsvImporter::apply(store, m_by, joining.value(), false).error(),
                 QStringLiteral(
                     "line 2: the members of group 'Helpdesk' come from the directory source corp; nothing "
                     "was changed"));
        QCOMPARE(snapshot(store.database()), before);
    }

    void helpers()
    {
        QCOMPARE(normaliseDn(QStringLiteral("CN=Ada Lovelace, OU=People ,DC=Example,DC=com")),
                 QStringLiteral("cn=ada lovelace,ou=people,dc=example,dc=com"));
        QCOMPARE(normaliseDn(QStringLiteral("cn=Smith\\, John,dc=x")),
                 QStringLiteral("cn=smith\\, john,dc=x"));
        QCOMPARE(guidText(QByteArray::fromHex("e004253f894fd3119a0c0305e82c3301")),
                 QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c3301"));
        QCOMPARE(
            inChainMemberFilter(QStringLiteral("(objectClass=user)"), QStringLiteral("cn=R*D (old),dc=x")),
            QStringLiteral(
                "(&(objectClass=user)(memberOf:1.2.840.113556.1.4.1941:=cn=R\\2aD \\28old\\29,dc=x))"));
        QCOMPARE(laterMark(QStringLiteral("999"), QStringLiteral("1000")), QStringLiteral("1000"));
        QCOMPARE(laterMark(QStringLiteral("20261205101500Z"), QStringLiteral("20261204235959Z")),
                 QStringLiteral("20261205101500Z"));
        QCOMPARE(laterMark(QString(), QStringLiteral("7")), QStringLiteral("7"));
    }

    // An entry without the id the sync follows is an entry error, and only that entry is left out.
    void anEntryWithoutIdIsAnEntryError()
    {
        QVERIFY(
            m_slapd
                ->add(QStringLiteral("dn: cn=no-guid,ou=IT,ou=People,dc=example,dc=com\nobjectClass: user\n"
                                     "cn: no-guid\nsn: Guid\nmail: no-guid@example.com\nuSNChanged: %1\n\n")
                          .arg(nextUsn()))
                .ok());
        const DirectorySource source = addSource();
        auto report = sync(source, SyncMode::Full);
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->run.usersCreated, kUsers);
        QCOMPARE(report->run.entryErrors, 1);
        QCOMPARE(report->errors[0].entry, QStringLiteral("cn=no-guid,ou=IT,ou=People,dc=example,dc=com"));
        QCOMPARE(report->errors[0].message,
                 QStringLiteral("the entry has no objectGUID, which the sync follows it by"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users WHERE email = 'no-guid@example.com'")), 0);
    }

    // A source's settings: each bad one refused with what is wrong, the good ones kept as given.
    void sourceSettings()
    {
        const auto refused = [](const QJsonObject& json) {
            return LdapSourceConfig::fromJson(json).error();
        };
        QCOMPARE(refused({{QStringLiteral("flavour"), QStringLiteral("novell")}}),
                 QStringLiteral("flavour must be \"openldap\" or \"ad\""));
        QCOMPARE(refused({{QStringLiteral("bindPassword"), QStringLiteral("secret")}}),
                 QStringLiteral("\"bindPassword\" is not a setting of an LDAP source"));
        QCOMPARE(refused({{QStringLiteral("url"), 389}}), QStringLiteral("url must be text"));
        QCOMPARE(refused({{QStringLiteral("startTls"), QStringLiteral("yes")}}),
                 QStringLiteral("startTls must be true or false"));
        QCOMPARE(refused({{QStringLiteral("baseDns"), QStringLiteral("dc=example,dc=com")}}),
                 QStringLiteral("baseDns must be a list of DNs"));
        QCOMPARE(refused({{QStringLiteral("nestedGroups"), QStringLiteral("deep")}}),
                 QStringLiteral("nestedGroups must be \"walk\" or \"in-chain\""));
        QCOMPARE(refused({{QStringLiteral("pageSize"), 0}}),
                 QStringLiteral("pageSize must be a whole number from 1 to 5000"));
        QCOMPARE(refused({{QStringLiteral("syncMinutes"), 1.5}}),
                 QStringLiteral("syncMinutes must be a whole number from 0 to 1440"));

        const QJsonObject good{{QStringLiteral("flavour"), QStringLiteral("ad")},
                               {QStringLiteral("url"), QStringLiteral("ldaps://dc1.corp.example:636")},
                               {QStringLiteral("bindDn"), QStringLiteral("cn=keydesk,dc=corp,dc=example")},
                               {QStringLiteral("baseDns"), QJsonArray{QStringLiteral("dc=corp,dc=example")}},
                               {QStringLiteral("syncMinutes"), 0}};
        auto config = LdapSourceConfig::fromJson(good);
        QVERIFY2(config, qPrintable(config.error()));
        QVERIFY(config->check());
        QCOMPARE(config->idAttribute, QStringLiteral("objectGUID"));
        QCOMPARE(config->nested, NestedGroups::InChain);
        QCOMPARE(config->syncMinutes, 0);
        QCOMPARE(LdapSourceConfig::fromJson(config->toJson())->toJson(), config->toJson());
        const auto checked = [&](const char* member, const QJsonValue& value) {
            QJsonObject json = good;
            json.insert(QLatin1String(member), value);
            return LdapSourceConfig::fromJson(json).value().check().error();
        };
        QCOMPARE(checked("startTls", true),
                 QStringLiteral("StartTLS is for ldap:// URLs; an ldaps:// URL is TLS from the start"));
        QCOMPARE(
            checked("url", QStringLiteral("https://dc1")),
            QStringLiteral("\"https://dc1\" is not an LDAP URL (ldap://host:port or ldaps://host:port)"));
        QCOMPARE(checked("userFilter", QStringLiteral("objectClass=user")),
                 QStringLiteral(
                     "the filter \"objectClass=user\" is not an LDAP filter: it must be in parentheses"));
        QCOMPARE(checked("baseDns", QJsonArray()),
                 QStringLiteral("at least one base DN is required, and none may be empty"));
    }
};

QTEST_GUILESS_MAIN(TestLdapSync)
#include "TestLdapSync.moc"
