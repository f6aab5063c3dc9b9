// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "support/TestSupport.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace keydesk::test;

// Runs keydesk-cli as a script would and checks exit codes, messages and that every mutating
// command left its audit event, by the given operator.
class TestCliAudit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run cli(QStringList args, const QString& actor = QStringLiteral("ops@ci"))
    {
        QProcess p;
        args.prepend(m_db);
        args.prepend(QStringLiteral("--database"));
        args << QStringLiteral("--actor") << actor;
        p.start(qEnvironmentVariable("KEYDESK_CLI"), args);
        if (!p.waitForFinished(60000))
            qFatal("keydesk-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QJsonObject newestEvent()
    {
        const Run r = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"),
                           QStringLiteral("1"), QStringLiteral("--json")});
        if (r.code != 0)
            qFatal("audit list failed: %s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        QVERIFY(QFile::exists(qEnvironmentVariable("KEYDESK_CLI")));
    }

    void everyMutationIsAudited_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("target");
        const auto row = [](const char* name, QStringList args, const char* action, const char* target) {
            QTest::newRow(name) << args << QString::fromLatin1(action) << QString::fromUtf8(target);
        };
        const QString csv = testDataPath(QStringLiteral("csv/good/quoting_bom_crlf.csv"));
        row("demo create",
            {QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--users"),
             QStringLiteral("25")},
            "demo.create", "");
        row("users add",
            {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("Ada Lovelace"), QStringLiteral("--email"), QStringLiteral("ada@example.com"),
             QStringLiteral("--department"), QStringLiteral("R&D")},
            "user.create", "Ada Lovelace");
        row("users edit",
            {QStringLiteral("users"), QStringLiteral("edit"), QStringLiteral("ada@example.com"),
             QStringLiteral("--name"), QStringLiteral("Ada King")},
            "user.update", "Ada King");
        row("users disable",
            {QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("ada@example.com")},
            "user.disable", "Ada King");
        row("users enable",
            {QStringLiteral("users"), QStringLiteral("enable"), QStringLiteral("ada@example.com")},
            "user.enable", "Ada King");
        row("groups add",
            {QStringLiteral("groups"), QStringLiteral("add"), QStringLiteral("Pilot"),
             QStringLiteral("--description"), QStringLiteral("First phones")},
            "group.create", "Pilot");
        row("groups rename",
            {QStringLiteral("groups"), QStringLiteral("rename"), QStringLiteral("Pilot"),
             QStringLiteral("Pilot Wave 1")},
            "group.rename", "Pilot Wave 1");
        row("groups add-member",
            {QStringLiteral("groups"), QStringLiteral("add-member"), QStringLiteral("Pilot Wave 1"),
             QStringLiteral("ada@example.com")},
            "group.add-member", "Ada King");
        row("groups remove-member",
            {QStringLiteral("groups"), QStringLiteral("remove-member"), QStringLiteral("Pilot Wave 1"),
             QStringLiteral("ada@example.com")},
            "group.remove-member", "Ada King");
        row("groups remove",
            {QStringLiteral("groups"), QStringLiteral("remove"), QStringLiteral("Pilot Wave 1")},
            "group.delete", "Pilot Wave 1");
        row("users import", {QStringLiteral("users"), QStringLiteral("import"), csv}, "users.import",
            "quoting_bom_crlf.csv");
        row("operators add",
            {QStringLiteral("operators"), QStringLiteral("add"), QStringLiteral("ada@example.com"),
             QStringLiteral("--role"), QStringLiteral("admin")},
            "operator.add", "ada@example.com");
        row("tokens create",
            {QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("--operator"),
             QStringLiteral("ada@example.com"), QStringLiteral("--name"), QStringLiteral("ci-sync")},
            "token.create", "ada@example.com");
        row("tokens revoke", {QStringLiteral("tokens"), QStringLiteral("revoke"), QStringLiteral("ci-sync")},
            "token.revoke", "ada@example.com");
    }

    void everyMutationIsAudited()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, action);
        QFETCH(QString, target);
        const Run r = cli(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject event = newestEvent();
        QCOMPARE(event[QStringLiteral("action")].toString(), action);
        QCOMPARE(event[QStringLiteral("actor")].toString(), QStringLiteral("ops@ci"));
        if (!target.isEmpty())
            QCOMPARE(event[QStringLiteral("target")].toString(), target);
    }

    void readsDoNotWriteAuditEvents()
    {
        const QJsonObject before = newestEvent();
        for (const QStringList& args :
             {QStringList{QStringLiteral("users"), QStringLiteral("list")},
              QStringList{QStringLiteral("users"), QStringLiteral("show"), QStringLiteral("ada@example.com")},
              QStringList{QStringLiteral("groups"), QStringLiteral("list")},
              QStringList{QStringLiteral("groups"), QStringLiteral("members"), QStringLiteral("Legal")}})
            QCOMPARE(cli(args).code, 0);
        QCOMPARE(newestEvent()[QStringLiteral("id")], before[QStringLiteral("id")]);
    }

    void tokensAreShownOnlyWhenMade()
    {
        const Run made =
            cli({QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("--operator"),
                 QStringLiteral("ada@example.com"), QStringLiteral("--name"), QStringLiteral("nightly"),
                 QStringLiteral("--expires-days"), QStringLiteral("7"), QStringLiteral("--json")});
        QVERIFY2(made.code == 0, qPrintable(made.err));
        const QJsonObject token = QJsonDocument::fromJson(made.out.toUtf8()).object();
        const QString secret = token[QStringLiteral("token")].toString();
        QVERIFY(secret.startsWith(QStringLiteral("kdt_")));
        QCOMPARE(token[QStringLiteral("role")].toString(), QStringLiteral("admin"));
        QVERIFY(token[QStringLiteral("expires_at")].isString());

        const Run listed = cli({QStringLiteral("tokens"), QStringLiteral("list")});
        QCOMPARE(listed.code, 0);
        QVERIFY(listed.out.contains(QStringLiteral("nightly")));
        QVERIFY(listed.out.contains(QStringLiteral("1 token\n")));
        QVERIFY(!listed.out.contains(secret.mid(4, 12)));
        const Run json = cli({QStringLiteral("tokens"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(!json.out.contains(secret.mid(4, 12)));

        const Run again =
            cli({QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("--operator"),
                 QStringLiteral("ada@example.com"), QStringLiteral("--name"), QStringLiteral("nightly")});
        QCOMPARE(again.code, 1);
        QCOMPARE(again.err, QStringLiteral("keydesk-cli: there is already a token named 'nightly'\n"));
        const Run usage = cli({QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("--name"),
                               QStringLiteral("x")});
        QCOMPARE(usage.code, 2);
        QCOMPARE(usage.err, QStringLiteral("keydesk-cli: tokens create needs --operator and --name\n"));
        const Run sessions = cli({QStringLiteral("sessions"), QStringLiteral("list")});
        QCOMPARE(sessions.code, 0);
        QVERIFY(sessions.out.endsWith(QStringLiteral("0 sessions\n")));
        const Run unknown =
            cli({QStringLiteral("sessions"), QStringLiteral("revoke"), QStringLiteral("abc123")});
        QCOMPARE(unknown.code, 1);
        QCOMPARE(unknown.err, QStringLiteral("keydesk-cli: no session abc123\n"));
    }

    void failuresAndUsageErrors()
    {
        Run r = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--name"),
                     QStringLiteral("Dup"), QStringLiteral("--email"), QStringLiteral("ADA@example.com")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, QStringLiteral("keydesk-cli: a user with email 'ada@example.com' already exists\n"));
        r = cli({QStringLiteral("users"), QStringLiteral("show"), QStringLiteral("nobody@example.com")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, QStringLiteral("keydesk-cli: no user 'nobody@example.com'\n"));
        r = cli({QStringLiteral("users"), QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QCOMPARE(
            r.err,
            QStringLiteral(
                "keydesk-cli: unknown command 'users frobnicate'; run 'keydesk-cli --help' for the list\n"));
        r = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--limit"),
                 QStringLiteral("-3")});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err, QStringLiteral("keydesk-cli: --limit must be a number from 1 to 100000\n"));
        r = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--colour")});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err, QStringLiteral("keydesk-cli: Unknown option 'colour'.\n"));
        r = cli({QStringLiteral("users"), QStringLiteral("import"),
                 testDataPath(QStringLiteral("csv/bad/several_problems.csv"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.endsWith(
            QStringLiteral("nothing was changed:\n  line 2: email 'alice@' is not of the form name@domain\n"
                           "  line 3: display name is required\n")));
        r = cli({QStringLiteral("users"), QStringLiteral("edit"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--department <text>")));
    }

    // `groups policy`: shown, changed part by part, refused with the exact reason (a bad value, a
    // policy that would refuse every key, --clear with a change), cleared; audited when changed.
    void groupsKeyPolicyFromTheCommandLine()
    {
        const QString legal = QStringLiteral("Legal");
        const auto policy = [&](QStringList options) {
            options.prepend(legal);
            options.prepend(QStringLiteral("policy"));
            options.prepend(QStringLiteral("groups"));
            return cli(options);
        };
        Run r = policy({});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.endsWith(QStringLiteral(" 'Legal': no key policy of its own\n")), qPrintable(r.out));
        const QString prefix = r.out.section(u'\'', 0, 0); // "group N "

        r = policy({QStringLiteral("--trusted-attestation-only"), QStringLiteral("maybe")});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err, QStringLiteral(
                            "keydesk-cli: --trusted-attestation-only must be true or false, not 'maybe'\n"));
        const QJsonObject before = newestEvent();
        r = policy({QStringLiteral("--trusted-attestation-only"), QStringLiteral("true")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err,
                 QStringLiteral("keydesk-cli: group 'Legal' takes only keys with a trusted attestation, "
                                "but no trust anchors are set (attestation.trust_anchors): it would "
                                "refuse every key\n"));
        QCOMPARE(newestEvent()[QStringLiteral("id")], before[QStringLiteral("id")]);

        // With a trust anchor set, the same change is taken, with device-bound keys only beside it.
        QVERIFY(cli({QStringLiteral("server"), QStringLiteral("make-cert"), QStringLiteral("--host"),
                     QStringLiteral("root.example"), QStringLiteral("--out"), m_dir.path()})
                    .code == 0);
        const QString root = m_dir.filePath(QStringLiteral("root.example.pem"));
        r = cli({QStringLiteral("settings"), QStringLiteral("set"),
                 QStringLiteral("attestation.trust_anchors"), QStringLiteral("--value-file"), root});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("attestation.trust_anchors = 1 PEM certificate\n"));
        // The list shows it the same way; --json gives the PEM itself.
        r = cli({QStringLiteral("settings"), QStringLiteral("list")});
        QVERIFY2(r.out.contains(QRegularExpression(
                     QStringLiteral("\\nattestation\\.trust_anchors +1 PEM certificate +"))),
                 qPrintable(r.out));
        r = cli({QStringLiteral("settings"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(r.out.contains(QStringLiteral("-----BEGIN CERTIFICATE-----")));
        r = cli({QStringLiteral("settings"), QStringLiteral("set"),
                 QStringLiteral("attestation.trust_anchors"), QStringLiteral("x"),
                 QStringLiteral("--value-file"), root});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err, QStringLiteral("keydesk-cli: give the value or --value-file, not both\n"));
        const QString missing = m_dir.filePath(QStringLiteral("missing.pem"));
        r = cli({QStringLiteral("settings"), QStringLiteral("set"),
                 QStringLiteral("attestation.trust_anchors"), QStringLiteral("--value-file"), missing});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err,
                 QStringLiteral("keydesk-cli: cannot read '%1': No such file or directory\n").arg(missing));
        r = policy({QStringLiteral("--trusted-attestation-only"), QStringLiteral("true"),
                    QStringLiteral("--device-bound-only"), QStringLiteral("true")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out,
                 prefix + QStringLiteral("'Legal': Device-bound keys only; trusted attestation only\n"));
        QCOMPARE(newestEvent()[QStringLiteral("action")].toString(), QStringLiteral("group.key-policy"));
        r = cli(
            {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("attestation.trust_anchors")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("group 'Legal' takes only keys with a trusted attestation")),
                 qPrintable(r.err));

        r = policy(
            {QStringLiteral("--clear"), QStringLiteral("--device-bound-only"), QStringLiteral("false")});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err, QStringLiteral("keydesk-cli: --clear takes no other policy option\n"));
        r = policy({QStringLiteral("--clear")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, prefix + QStringLiteral("'Legal': no key policy of its own\n"));
    }

    void jsonListing()
    {
        const Run r = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--search"),
                           QStringLiteral("ada king"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[QStringLiteral("total")].toInt(), 1);
        const QJsonObject ada = o[QStringLiteral("users")].toArray().first().toObject();
        QCOMPARE(ada[QStringLiteral("email")].toString(), QStringLiteral("ada@example.com"));
        QCOMPARE(ada[QStringLiteral("department")].toString(), QStringLiteral("R&D"));
        QCOMPARE(ada[QStringLiteral("enabled")].toBool(), true);
    }

    // The README's search example finds its demo user (search matches the start of each word).
    void readmeSearchExample()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("readme.sqlite"));
        QProcess p;
        p.start(qEnvironmentVariable("KEYDESK_CLI"),
                {QStringLiteral("--database"), db, QStringLiteral("demo"), QStringLiteral("create")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        p.start(qEnvironmentVariable("KEYDESK_CLI"),
                {QStringLiteral("--database"), db, QStringLiteral("--json"), QStringLiteral("users"),
                 QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("aroha pat"),
                 QStringLiteral("--group"), QStringLiteral("Sales"), QStringLiteral("--status"),
                 QStringLiteral("enabled"), QStringLiteral("--limit"), QStringLiteral("20")});
        QVERIFY(p.waitForFinished(60000));
        const QJsonArray users =
            QJsonDocument::fromJson(p.readAllStandardOutput()).object()[QStringLiteral("users")].toArray();
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.first().toObject()[QStringLiteral("email")].toString(),
                 QStringLiteral("aroha.patel@northwind.example"));
    }

    // Times in details: ISO 8601 (UTC) in JSON, local date-time in text; never epoch numbers.
    void detailTimesAreDates()
    {
        Run r = cli({QStringLiteral("keys"), QStringLiteral("assign"), QStringLiteral("--user"),
                     QStringLiteral("ada@example.com"), QStringLiteral("--activate"), QStringLiteral("now")});
        QCOMPARE(r.code, 0);
        const QJsonObject event = newestEvent();
        QCOMPARE(event[QStringLiteral("action")].toString(), QStringLiteral("key.assign"));
        const QString iso =
            event[QStringLiteral("details")].toObject()[QStringLiteral("expires_at")].toString();
        const QDateTime expires = QDateTime::fromString(iso, Qt::ISODateWithMs);
        QVERIFY2(expires.isValid() && expires.timeSpec() == Qt::UTC, qPrintable(iso));
        QVERIFY(expires > QDateTime::currentDateTimeUtc());
        r = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"),
                 QStringLiteral("1")});
        QCOMPARE(r.code, 0);
        const QString local = expires.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QVERIFY2(r.out.contains(QStringLiteral("expires_at: ") + local), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("e+12")), qPrintable(r.out));
    }

    // An auditor's export: every event, quoted as RFC 4180 wants, no cell a spreadsheet would run,
    // the file readable by its owner only, and the export itself audited.
    void exportsTheLogAsCsvAndJsonLines()
    {
        QCOMPARE(cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("=HYPERLINK(\"http://x\"), \"Eve\""), QStringLiteral("--email"),
                      QStringLiteral("eve@example.com")})
                     .code,
                 0);
        const qint64 before =
            QJsonDocument::fromJson(
                cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"),
                     QStringLiteral("100000"), QStringLiteral("--json")})
                    .out.toUtf8())
                .array()
                .size();
        const QString file = m_dir.filePath(QStringLiteral("audit.csv"));
        const Run written =
            cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--output"), file});
        QCOMPARE(written.code, 0);
        QCOMPARE(written.err, QStringLiteral("wrote %1\n").arg(file));
        QCOMPARE(QFileInfo(file).permissions() & 0x0077, QFileDevice::Permissions());
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(
            lines.first(),
            QByteArray(
                "id,at,actor,actor_user_id,actor_credential,action,target_type,target_id,target,details\r"));
        QCOMPARE(lines.size() - 2, before); // the header, the final line break
        QVERIFY2(lines.at(1).contains(",user.create,user,") &&
                     lines.at(1).contains(",\"'=HYPERLINK(\"\"http://x\"\"), \"\"Eve\"\"\","),
                 lines.at(1).constData());

        const QJsonObject exported = newestEvent();
        QCOMPARE(exported.value(QStringLiteral("action")).toString(), QStringLiteral("audit.export"));
        QCOMPARE(
            exported.value(QStringLiteral("details")).toObject().value(QStringLiteral("events")).toInteger(),
            before);

        const Run jsonl =
            cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                 QStringLiteral("jsonl"), QStringLiteral("--action"), QStringLiteral("user.create")});
        QCOMPARE(jsonl.code, 0);
        const QStringList rows = jsonl.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!rows.isEmpty());
        for (const QString& row : rows)
            QCOMPARE(
                QJsonDocument::fromJson(row.toUtf8()).object().value(QStringLiteral("action")).toString(),
                QStringLiteral("user.create"));
        QCOMPARE(QJsonDocument::fromJson(rows.first().toUtf8())
                     .object()
                     .value(QStringLiteral("target"))
                     .toString(),
                 QStringLiteral("=HYPERLINK(\"http://x\"), \"Eve\""));

        // --text (any case, % literal) and one JSON array.
        const Run json =
            cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("--text"), QStringLiteral("hyperlink(\"HTTP")});
        QCOMPARE(json.code, 0);
        const QJsonArray found = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("user.create"));
        const Run none = cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                              QStringLiteral("json"), QStringLiteral("--text"), QStringLiteral("%")});
        QCOMPARE(none.code, 0);
        QCOMPARE(QJsonDocument::fromJson(none.out.toUtf8()).array().size(), 0);

        const Run bad = cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                             QStringLiteral("xml")});
        QCOMPARE(bad.err, QStringLiteral("keydesk-cli: --format must be csv, jsonl or json, not 'xml'\n"));
        QCOMPARE(bad.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "TestCliAudit.moc"
