// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// keydesk-cli's directory commands against a real slapd (OpenLDAP flavour): a source added with
// its usage checked, tested, synced dry and for real, its runs and entry errors listed; a group
// change picked up by an incremental sync brings a user into a workflow's scope and the workflow
// assigns their key; a wrong password fails with the directory's words and changes nothing.
#include "support/SlapdServer.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

class TestCliDirectory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<SlapdServer> m_slapd;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run cli(QStringList args, const QString& password = SlapdServer::syncPassword())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KEYDESK_LDAP_PASSWORD"), password);
        p.setProcessEnvironment(env);
        args = QStringList{QStringLiteral("--database"), m_db} + args +
               QStringList{QStringLiteral("--actor"), QStringLiteral("ops@ci")};
        p.start(qEnvironmentVariable("KEYDESK_CLI"), args);
        if (!p.waitForFinished(60000))
            qFatal("keydesk-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    Run sync(const QStringList& options = {}, const QString& password = SlapdServer::syncPassword())
    {
        return cli(QStringList{QStringLiteral("directory"), QStringLiteral("sync"), QStringLiteral("corp")} +
                       options,
                   password);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("directory.sqlite"));
        QVERIFY(QFile::exists(qEnvironmentVariable("KEYDESK_CLI")));
        auto slapd = SlapdServer::start();
        QVERIFY2(slapd, qPrintable(slapd.error()));
        m_slapd = std::move(slapd).value();
        QVERIFY(
            m_slapd
                ->add(QStringLiteral(
                    "dn: ou=People,dc=example,dc=com\nobjectClass: organizationalUnit\nou: People\n\n"
                    "dn: uid=ada,ou=People,dc=example,dc=com\nobjectClass: inetOrgPerson\nuid: ada\ncn: Ada\n"
                    "sn: Lovelace\ndisplayName: Ada Lovelace\nmail: ada@example.com\ndepartmentNumber: "
                    "Research\n\n"
                    "dn: uid=bob,ou=People,dc=example,dc=com\nobjectClass: inetOrgPerson\nuid: bob\ncn: Bob\n"
                    "sn: Builder\nmail: bob@example.com\n\n"
                    "dn: uid=nomail,ou=People,dc=example,dc=com\nobjectClass: inetOrgPerson\nuid: nomail\n"
                    "cn: No Mail\nsn: Mail\n\n"
                    "dn: ou=Groups,dc=example,dc=com\nobjectClass: organizationalUnit\nou: Groups\n\n"
                    "dn: cn=Remote Workers,ou=Groups,dc=example,dc=com\nobjectClass: groupOfNames\ncn: "
                    "Remote "
                    "Workers\nmember: uid=ada,ou=People,dc=example,dc=com\n\n"))
                .ok());
    }

    void cleanupTestCase() { m_slapd.reset(); }

    void addTestAndSync()
    {
        const Run missing = cli({QStringLiteral("directory"), QStringLiteral("add-ldap"),
                                 QStringLiteral("corp"), QStringLiteral("--bind-dn"), SlapdServer::syncDn()});
        QCOMPARE(missing.code, 2);
        QCOMPARE(missing.err, QStringLiteral("keydesk-cli: --url is required\n"));

        const Run added =
            cli({QStringLiteral("directory"), QStringLiteral("add-ldap"), QStringLiteral("corp"),
                 QStringLiteral("--url"), m_slapd->url(), QStringLiteral("--bind-dn"), SlapdServer::syncDn(),
                 QStringLiteral("--base-dn"), SlapdServer::suffix()});
        QCOMPARE(added.err, QString());
        QCOMPARE(added.out, QStringLiteral("added LDAP source 1 'corp' (%1 as %2)\n")
                                .arg(m_slapd->url(), SlapdServer::syncDn()));
        const Run again =
            cli({QStringLiteral("directory"), QStringLiteral("add-ldap"), QStringLiteral("CORP"),
                 QStringLiteral("--url"), m_slapd->url(), QStringLiteral("--bind-dn"), SlapdServer::syncDn(),
                 QStringLiteral("--base-dn"), SlapdServer::suffix()});
        QCOMPARE(again.code, 1);
        QCOMPARE(again.err, QStringLiteral("keydesk-cli: a directory source named 'CORP' already exists\n"));

        const Run tested = cli({QStringLiteral("directory"), QStringLiteral("test"), QStringLiteral("corp")});
        QCOMPARE(tested.err, QString());
        QCOMPARE(tested.out,
                 QStringLiteral(
                     "the directory answers and takes the bind; its filters match 3 users and 1 groups\n"));

        const Run dry = sync({QStringLiteral("--dry-run")});
        QCOMPARE(dry.code, 0);
        QVERIFY2(dry.out.contains(QRegularExpression(QStringLiteral("ada@example.com +create"))),
                 qPrintable(dry.out));
        QVERIFY(dry.out.contains(QRegularExpression(QStringLiteral("Remote Workers +group-create"))));
        QVERIFY(
            dry.out.contains(QRegularExpression(QStringLiteral("ada@example.com +join +Remote Workers"))));
        QVERIFY(dry.out.contains(
            QStringLiteral("entry error: uid=nomail,ou=people,dc=example,dc=com: email is required\n")));
        QVERIFY(dry.out.endsWith(
            QStringLiteral("dry run 1 (full): 4 entries read; created 2, updated 0, disabled 0, "
                           "enabled 0, removed 0; memberships +1 -0; keys withdrawn 0; entry "
                           "errors 1; nothing was changed\n")));
        const Run none = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(
            QJsonDocument::fromJson(none.out.toUtf8()).object().value(QStringLiteral("total")).toInteger(),
            0);

        const Run real = sync({QStringLiteral("--full")});
        QCOMPARE(real.err, QString());
        QVERIFY2(real.out.endsWith(
                     QStringLiteral("run 2 (full): 4 entries read; created 2, updated 0, disabled 0, "
                                    "enabled 0, removed 0; memberships +1 -0; keys withdrawn 0; entry "
                                    "errors 1\n")),
                 qPrintable(real.out));
        const Run users = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray list =
            QJsonDocument::fromJson(users.out.toUtf8()).object().value(QStringLiteral("users")).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].toObject().value(QStringLiteral("source")).toString(), QStringLiteral("directory"));
        // A synced user names their source, and where their fields are changed.
        const Run shown = cli({QStringLiteral("users"), QStringLiteral("show"),
                               list[0].toObject().value(QStringLiteral("email")).toString()});
        QCOMPARE(shown.code, 0);
        QVERIFY2(shown.out.contains(QStringLiteral("\nSource:      directory source corp (name, email, UPN, "
                                                   "department and state are changed there)\n")),
                 qPrintable(shown.out));
    }

    void groupChangeRunsTheWorkflows()
    {
        const Run workflow =
            cli({QStringLiteral("workflows"), QStringLiteral("create"), QStringLiteral("--name"),
                 QStringLiteral("Remote"), QStringLiteral("--group"), QStringLiteral("Remote Workers")});
        QCOMPARE(workflow.code, 0);
        QVERIFY(m_slapd
                    ->modify(QStringLiteral(
                        "dn: cn=Remote Workers,ou=Groups,dc=example,dc=com\nchangetype: modify\n"
                        "add: member\nmember: uid=bob,ou=People,dc=example,dc=com\n\n"))
                    .ok());
        const Run synced = sync();
        QCOMPARE(synced.err, QString());
        QVERIFY2(synced.out.contains(QStringLiteral("memberships +1 -0")), qPrintable(synced.out));
        QVERIFY(synced.out.contains(QStringLiteral("(incremental)")));
        QVERIFY(synced.out.endsWith(
            QStringLiteral("workflows: 1 key assigned to users who entered their scope\n")));

        const Run runs = cli({QStringLiteral("directory"), QStringLiteral("runs"), QStringLiteral("corp")});
        QVERIFY(runs.out.endsWith(QStringLiteral("3 runs\n")));
        const Run errors = cli({QStringLiteral("directory"), QStringLiteral("runs"), QStringLiteral("corp"),
                                QStringLiteral("--errors"), QStringLiteral("2")});
        QVERIFY2(errors.out.contains(QRegularExpression(
                     QStringLiteral("uid=nomail,ou=people,dc=example,dc=com +email is required"))),
                 qPrintable(errors.out));
    }

    void wrongPasswordChangesNothing()
    {
        const Run before = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
        const Run refused = sync({QStringLiteral("--full")}, QStringLiteral("wrong"));
        QCOMPARE(refused.code, 1);
        QCOMPARE(refused.err,
                 QStringLiteral("keydesk-cli: the directory refused the bind as %1: Invalid credentials\n")
                     .arg(SlapdServer::syncDn()));
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")}).out,
                 before.out);
        const Run listed =
            cli({QStringLiteral("directory"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonObject last = QJsonDocument::fromJson(listed.out.toUtf8())
                                     .array()[0]
                                     .toObject()
                                     .value(QStringLiteral("last_run"))
                                     .toObject();
        QCOMPARE(last.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(last.value(QStringLiteral("error")).toString(),
                 QStringLiteral("the directory refused the bind as %1: Invalid credentials")
                     .arg(SlapdServer::syncDn()));
    }

    // Neither the environment nor the keychain has the password: refused, saying where it goes.
    void noPasswordAnywhere()
    {
        const Run refused = sync({}, QString());
        QCOMPARE(refused.code, 1);
        QCOMPARE(refused.err,
                 QStringLiteral("keydesk-cli: no bind password for %1: set KEYDESK_LDAP_PASSWORD, or keep "
                                "it in the keychain (the console's Directory page, Bind Password…)\n")
                     .arg(SlapdServer::syncDn()));
    }

    // The identity provider's token: printed once, kept hashed; asked again, a new one replaces it.
    void scimToken()
    {
        const Run usage = cli({QStringLiteral("directory"), QStringLiteral("scim-token"),
                               QStringLiteral("make"), QStringLiteral("--name"), QStringLiteral("entra")});
        QCOMPARE(usage.code, 2);
        QVERIFY2(usage.err.startsWith(QStringLiteral("keydesk-cli: scim-token takes 'create', not 'make'\n")),
                 qPrintable(usage.err));
        const Run noName =
            cli({QStringLiteral("directory"), QStringLiteral("scim-token"), QStringLiteral("create")});
        QCOMPARE(noName.code, 2);
        QVERIFY2(noName.err.startsWith(QStringLiteral("keydesk-cli: --name is required\n")),
                 qPrintable(noName.err));

        const Run created =
            cli({QStringLiteral("directory"), QStringLiteral("scim-token"), QStringLiteral("create"),
                 QStringLiteral("--name"), QStringLiteral("entra")});
        QCOMPARE(created.code, 0);
        const QStringList lines = created.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].startsWith(QStringLiteral("added SCIM source ")) &&
                     lines[0].endsWith(QStringLiteral(" 'entra'")),
                 qPrintable(lines[0]));
        QCOMPARE(lines[1], QStringLiteral("bearer token (shown only now; KeyDesk keeps its hash):"));
        QVERIFY(QRegularExpression(QStringLiteral("^kdscim_[A-Za-z0-9_-]{43}$")).match(lines[2]).hasMatch());

        const Run rotated =
            cli({QStringLiteral("directory"), QStringLiteral("scim-token"), QStringLiteral("create"),
                 QStringLiteral("--name"), QStringLiteral("entra"), QStringLiteral("--json")});
        QCOMPARE(rotated.code, 0);
        const QJsonObject answer = QJsonDocument::fromJson(rotated.out.toUtf8()).object();
        QCOMPARE(answer.value(QStringLiteral("created")).toBool(), false);
        QCOMPARE(answer.value(QStringLiteral("source")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("scim"));
        QVERIFY(answer.value(QStringLiteral("token")).toString() != lines[2]);
        // Neither token is in the database, nor in the audit log.
        QFile file(m_db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(lines[2].toLatin1()));
        QVERIFY(!bytes.contains(answer.value(QStringLiteral("token")).toString().toLatin1()));
        const Run audit = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(audit.out.count(QStringLiteral("directory.scim-token")), 2);

        // The LDAP source's name is not a SCIM source's.
        const Run refused = cli({QStringLiteral("directory"), QStringLiteral("scim-token"),
                                 QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("corp")});
        QCOMPARE(refused.code, 1);
        QCOMPARE(refused.err,
                 QStringLiteral("keydesk-cli: the directory source 'corp' is an LDAP source; a SCIM token "
                                "needs a SCIM source of its own name\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliDirectory)
#include "TestCliDirectory.moc"
