// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// keydesk-cli's commands run twice: on a database file (direct access, --actor) and through a team
// server's admin API over HTTPS (--server, --token, --trust-cert), which keeps its data on SQLite
// or, as TestCliRemote.postgres, on PostgreSQL. Both start from the same state; every command must
// print the same and exit the same.
#include "integration/SmtpSink.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

namespace {

const QString kAdmin = QStringLiteral("admin@example.com");

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
           const QString& program = qEnvironmentVariable("KEYDESK_CLI"))
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(120'000))
        qFatal("keydesk-cli %s did not finish", qPrintable(args.join(u' ')));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// Times differ between the two runs (each database was written when it was); nothing else may.
QString withoutTimes(QString text)
{
    static const QRegularExpression local(QStringLiteral("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"));
    static const QRegularExpression iso(
        QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z?"));
    static const QRegularExpression took(QStringLiteral("\\(\\d+ ms\\)|(?<= runs in )\\d+ ms"));
    text.replace(iso, QStringLiteral("<time>"));
    text.replace(local, QStringLiteral("<time>"));
    text.replace(took, QStringLiteral("<n> ms"));
    // Remotely each audit event also names the operator's user and the token they used (checked
    // in theAuditLogNamesTheOperatorAndTheirToken); `--actor` has neither.
    static const QRegularExpression credential(
        QStringLiteral("\\n *\"actor_(credential|user_id)\": [^\\n]*|  \\(token remote-cli\\)"));
    text.replace(credential, QString());
    // Activation links, codes and message ids are new each time, under each server's address; whether
    // a link's server answers is asked from where keydesk-cli runs (no server answers the local
    // database's links here), and time left moves on.
    static const QRegularExpression link(QStringLiteral("https?://localhost:\\d+/[av]/[A-Za-z0-9_-]+"));
    static const QRegularExpression code(QStringLiteral("\\b[A-Z0-9]{4}-[A-Z0-9]{4}\\b"));
    static const QRegularExpression probe(
        QStringLiteral("keydesk-cli: warning: the phone cannot open this link yet: [^\\n]*\\n|\\n *\"server_("
                       "answers|problem)\": [^\\n]*"));
    static const QRegularExpression left(QStringLiteral("\\((\\d+ (d|h|min|s) ?)+left\\)"));
    static const QRegularExpression messageId(QStringLiteral("<[0-9a-f-]{36}@[a-z0-9.-]+>"));
    text.replace(messageId, QStringLiteral("<message-id>"));
    text.replace(link, QStringLiteral("<link>"));
    // Each side's phone made its own passkey (random id, key pair and user handle), and each side's
    // server has its own origin.
    static const QRegularExpression passkey(
        QStringLiteral("\"(id|public_key|publicKey|userHandle)\": \"[A-Za-z0-9_-]{40,}\""));
    static const QRegularExpression origin(QStringLiteral("https?://localhost:\\d+"));
    text.replace(passkey, QStringLiteral("\"\\1\": \"<random>\""));
    text.replace(origin, QStringLiteral("<origin>"));
    text.replace(code, QStringLiteral("<code>"));
    text.replace(probe, QString());
    text.replace(left, QStringLiteral("(<left>)"));
    // What the store, the SMTP session and the outbox sender log goes to the log of the process
    // that does the work: locally keydesk-cli's stderr, remotely the server's.
    static const QRegularExpression storeLog(QStringLiteral("^keydesk\\.(store|smtp|outbox): [^\\n]*\\n"),
                                             QRegularExpression::MultilineOption);
    text.replace(storeLog, QString());
    // So does the progress of the work: an import's rows are counted where it runs.
    static const QRegularExpression importing(QStringLiteral("^importing: \\d+/\\d+ rows\\n"),
                                              QRegularExpression::MultilineOption);
    text.replace(importing, QString());
    return text;
}

} // namespace

class TestCliRemote : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_localDb;
    std::unique_ptr<TestStore> m_serverDb; // a file, or a database of the test's PostgreSQL cluster
    QProcess m_serve;
    QString m_url;
    QString m_token;
    QString m_cert;
    QString m_lastLink[2]; // the last activation or verification link printed: local, remote

    Run local(const QStringList& args)
    {
        return runCli(
            QStringList{QStringLiteral("--database"), m_localDb, QStringLiteral("--actor"), kAdmin} + args);
    }
    Run remote(const QStringList& args)
    {
        return runCli(QStringList{QStringLiteral("--server"), m_url, QStringLiteral("--token"), m_token,
                                  QStringLiteral("--trust-cert"), m_cert} +
                      args);
    }
    // The virtual phone opens a link (activation or verification) with its own passkeys.
    Run phone(const QString& wallet, const QString& link)
    {
        return runCli(QStringList{QStringLiteral("--credentials"),
                                  m_dir.filePath(wallet + QStringLiteral(".json")),
                                  QStringLiteral("--trust-cert"), m_cert, QStringLiteral("open"), link},
                      QProcessEnvironment::systemEnvironment(), qEnvironmentVariable("KEYDESK_PHONE"));
    }
    // The local database has no server: one runs while the phone opens the link there.
    Run phoneOnLocal(const QString& link)
    {
        QProcess serve;
        const QString log = m_dir.filePath(QStringLiteral("local-serve.log"));
        serve.setProcessChannelMode(QProcess::MergedChannels);
        serve.setStandardOutputFile(log);
        serve.start(qEnvironmentVariable("KEYDESK_CLI"),
                    {QStringLiteral("--database"), m_localDb, QStringLiteral("serve"),
                     QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--no-mail")});
        const QString url = listeningUrl(log);
        if (url.isEmpty())
            qFatal("the local server did not start: %s", qPrintable(readLog(log)));
        const Run opened = phone(QStringLiteral("local"), url + QUrl(link).path());
        serve.terminate();
        serve.waitForFinished(10'000);
        return opened;
    }
    Run onServerDb(const QStringList& args)
    {
        return runCli(
            QStringList{QStringLiteral("--database"), m_serverDb->path(), QStringLiteral("--actor"), kAdmin} +
            args);
    }
    static QString readLog(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    QString serveLog() const { return readLog(m_dir.filePath(QStringLiteral("serve.log"))); }
    // The address a starting `serve` announces in its log, once it does (empty after 30 s).
    static QString listeningUrl(const QString& log)
    {
        static const QRegularExpression listening(QStringLiteral("listening on (https?://localhost:\\d+)"));
        QRegularExpressionMatch found;
        for (int i = 0; i < 300 && !(found = listening.match(readLog(log))).hasMatch(); ++i)
            QTest::qWait(100);
        return found.captured(1);
    }
    static QStringList words(const QString& line)
    {
        // "'Sales EMEA'" stays one word.
        QStringList out;
        static const QRegularExpression word(QStringLiteral("'([^']*)'|(\\S+)"));
        for (auto it = word.globalMatch(line); it.hasNext();) {
            const auto m = it.next();
            out << (m.hasCaptured(1) ? m.captured(1) : m.captured(2));
        }
        return out;
    }

    // For `users import` (%DIR% in a command): good files, a bad one, and one of several parts.
    void writeImportFiles()
    {
        const auto write = [&](const char* name, const QByteArray& bytes) {
            QFile file(m_dir.filePath(QString::fromLatin1(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        write("staff.csv", "display_name,email,department,groups\n"
                           "Dee Dee,dee@example.com,Sales,Sales;Imported\n"
                           "Bob Byte,bob@example.com,Research,Sales\n");
        write("bad.csv",
              "display_name,email\nNo At,no-at.example.com\nTwice,t@example.com\nTwice,t@example.com\n");
        write("later.csv", "display_name,email,department,groups\n"
                           "Dee Dee,dee@example.com,Research,Sales;Imported\n"
                           "Eve New,eve@example.com,Research,Imported;Later\n");
        QByteArray many = "display_name,email,upn,department,groups\n";
        for (int i = 0; i < 3000; ++i)
            many += QStringLiteral("Person %1,p%1@bulk.example.com,p%1@corp.example.com,Bulk %2,Bulk %2\n")
                        .arg(i)
                        .arg(i % 3)
                        .toUtf8();
        QVERIFY(many.size() > 3 * 48 * 1024); // four parts, at least
        write("many.csv", many);
    }

    // `serve` over HTTPS on the server's database (stopped first if it runs), with `extra` options.
    void startServe(const QString& extra = {})
    {
        if (m_serve.state() != QProcess::NotRunning) {
            m_serve.terminate();
            m_serve.waitForFinished(10'000);
        }
        // To a file: a pipe nobody reads while keydesk-cli runs would fill and stall the server.
        m_serve.setProcessChannelMode(QProcess::MergedChannels);
        m_serve.setStandardOutputFile(m_dir.filePath(QStringLiteral("serve.log")));
        QStringList args{QStringLiteral("--database"),
                         m_serverDb->path(),
                         QStringLiteral("serve"),
                         QStringLiteral("--port"),
                         QStringLiteral("0"),
                         QStringLiteral("--cert"),
                         m_cert,
                         QStringLiteral("--key"),
                         m_dir.filePath(QStringLiteral("localhost-key.pem"))};
        if (!extra.isEmpty())
            args << extra;
        m_serve.start(qEnvironmentVariable("KEYDESK_CLI"), args);
        m_url = listeningUrl(m_dir.filePath(QStringLiteral("serve.log")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_localDb = m_dir.filePath(QStringLiteral("local.sqlite"));
        m_serverDb = std::make_unique<TestStore>();
        m_serverDb->close();
        QCOMPARE(m_serverDb->path().startsWith(QStringLiteral("postgresql://")), testsOnPostgres());
        qInfo("the server's database: %s", qPrintable(m_serverDb->path()));

        // The same first admin on both: added with direct access, as docs/operators.md shows.
        for (const auto& run : {&TestCliRemote::local, &TestCliRemote::onServerDb}) {
            QCOMPARE(
                (this->*run)(words(QStringLiteral("users add --name Admin --email admin@example.com"))).code,
                0);
            QCOMPARE((this->*run)(words(QStringLiteral("operators add admin@example.com --role admin"))).code,
                     0);
        }
        const Run token = onServerDb(
            words(QStringLiteral("--json tokens create --operator admin@example.com --name remote-cli")));
        QCOMPARE(token.code, 0);
        m_token =
            QJsonDocument::fromJson(token.out.toUtf8()).object().value(QStringLiteral("token")).toString();
        QVERIFY(m_token.startsWith(QStringLiteral("kdt_")));
        // The local database gets the same audit event, so that ids agree.
        QCOMPARE(
            local(words(QStringLiteral("tokens create --operator admin@example.com --name remote-cli"))).code,
            0);

        writeImportFiles();

        const Run cert =
            runCli({QStringLiteral("server"), QStringLiteral("make-cert"), QStringLiteral("--host"),
                    QStringLiteral("localhost"), QStringLiteral("--out"), m_dir.path()});
        QCOMPARE(cert.code, 0);
        QVERIFY(cert.out.contains(QStringLiteral("SHA-256 fingerprint: ")));
        m_cert = m_dir.filePath(QStringLiteral("localhost.pem"));

        startServe(QStringLiteral("--no-mail"));
        QVERIFY2(!m_url.isEmpty(), qPrintable(serveLog()));
    }

    void cleanupTestCase()
    {
        if (m_serve.state() != QProcess::Running)
            qWarning("the server stopped (exit %d): %s", m_serve.exitCode(), qPrintable(serveLog()));
        m_serve.terminate();
        m_serve.waitForFinished(10'000);
    }

    void sameOutputLocallyAndRemotely_data()
    {
        QTest::addColumn<QString>("command");
        // In order: each row works on what the rows before it left.
        for (const char* line : {
                 "groups add Sales --description 'Sales team'",
                 "groups add Support",
                 "--json groups add Field",
                 "groups add Sales",
                 "users add --name 'Ada Lovelace' --email ada@example.com --department R&D --group Sales",
                 "users add --name 'Bob Byte' --email bob@example.com --upn bob@corp.example.com",
                 "--json users add --name 'Cy Young' --email cy@example.com --group Support --group Field",
                 "users add --name Dup --email ada@example.com",
                 "users add --name Nobody --email nobody@example.com --group Nowhere",
                 "users add --name 'No Mail'",
                 "groups list",
                 "--json groups list",
                 "groups rename Support Helpdesk",
                 "--json groups rename Helpdesk 'Service Desk'",
                 "groups rename 999 X",
                 "groups add-member Sales bob@example.com",
                 "--json groups add-member Field ada@example.com",
                 "groups add-member Sales bob@example.com",
                 "groups remove-member Field ada@example.com",
                 "groups add-member Sales nobody@example.com",
                 "groups members Sales",
                 "--json groups members Sales --limit 1",
                 "users list",
                 "users list --search ada",
                 "users list --group Sales --sort email --desc",
                 "users list --status enabled --limit 2 --offset 1",
                 "users list --windows-logon none",
                 "users list --status nonsense",
                 "users list --group Nowhere",
                 "--json users list --search cy",
                 "users show ada@example.com",
                 "--json users show 3",
                 "users show nobody@example.com",
                 "users edit bob@example.com --department Sales --name 'Bob B. Byte'",
                 "--json users edit cy@example.com --upn cy@corp.example.com",
                 "users edit cy@example.com --email ada@example.com",
                 "users edit cy@example.com",
                 "users windows-logon ada@example.com",
                 "users windows-logon ada@example.com --dedicated DESK-0042 --paired-on 2026-11-20",
                 "--json users windows-logon ada@example.com",
                 "users windows-logon bob@example.com --shared 'Reception, ground floor'",
                 "users windows-logon bob@example.com --dedicated 'THIS NAME IS FAR TOO LONG'",
                 "users list --windows-logon dedicated",
                 "users windows-logon bob@example.com --clear",
                 "users windows-logon nobody@example.com",
                 "users disable bob@example.com",
                 "users disable bob@example.com",
                 "--json users enable bob@example.com",
                 "groups remove Field",
                 "--json groups remove 'Service Desk'",
                 "groups remove Field",
                 "operators add ada@example.com --role helpdesk",
                 "operators set-role ada@example.com auditor",
                 "operators list",
                 "--json operators list",
                 "operators remove ada@example.com",
                 "operators add nobody@example.com --role admin",
                 "tokens revoke nothing-here",
                 "sessions list",
                 "sessions revoke 0123456789ab",
                 "keys assign --user ada@example.com --activate manual --label Work",
                 "--json keys assign --user bob@example.com --activate now",
                 "phone opens the last link",
                 "keys verify 2",
                 "phone opens the last link",
                 "verifications show 1",
                 "--json verifications show 1 --receipt %DIR%/receipt.html",
                 "keys verify 1",
                 "verifications show 9",
                 "keys assign --user cy@example.com --activate email",
                 "--json keys assign --user ada@example.com --activate email --label Spare",
                 "keys assign --user nobody@example.com --activate now",
                 "keys assign --user ada@example.com --activate now --attestation always",
                 "keys list",
                 "--json keys list --status pending --limit 2",
                 "keys list --user ada@example.com",
                 "keys show 1",
                 "--json keys show 2",
                 "keys show 999",
                 "keys show abc",
                 "keys reissue 1 --activate email",
                 "keys reissue 1 --qr again.png",
                 "keys reissue 1 --activate email --qr again.png",
                 "keys show 1",
                 "keys suspend 1 --reason lost",
                 "keys revoke 2",
                 "keys revoke 2 --reason 'left the company'",
                 "keys resume 2",
                 "keys delete 3",
                 "--json keys delete 3",
                 "keys list",
                 "workflows create --name Onboarding --group Sales --reminder-days 2",
                 "--json workflows create --name Everyone --no-run",
                 "workflows create --name Onboarding",
                 "workflows create --name Nowhere --group Nowhere",
                 "workflows list",
                 "--json workflows list",
                 "workflows show Onboarding",
                 "--json workflows show Everyone",
                 "workflows show Nope",
                 "workflows runs Onboarding",
                 "workflows runs --run 1",
                 "--json workflows runs --run 1 --outcome assigned",
                 "workflows runs --run abc",
                 "workflows disable Everyone",
                 "workflows run Everyone",
                 "workflows enable Everyone",
                 "workflows run --all",
                 "users import %DIR%/staff.csv",
                 "--json users import %DIR%/staff.csv",
                 "users import %DIR%/bad.csv",
                 "users import %DIR%/absent.csv",
                 "--json users import %DIR%/many.csv",
                 "users list --group 'Bulk 1' --limit 3",
                 "workflows delete Everyone --keep-pending",
                 "workflows delete Onboarding",
                 "workflows list",
                 "outbox list",
                 "--json outbox list --status queued --limit 2",
                 "outbox retry 1",
                 "outbox cancel 2",
                 "outbox cancel 2",
                 "outbox retry 999",
                 "outbox retry abc",
                 "settings list",
                 "settings set keys.attestation record",
                 "settings set enrollment.base_url http://keys.example.com",
                 "settings set no.such.setting x",
                 "--json settings list",
                 "settings set keys.attestation",
                 "mail configure --smtp-host mail.example.com --from it@example.com --organisation 'Contoso "
                 "IT'",
                 "mail configure --from nobody",
                 "mail configure --smtp-port 99999",
                 "mail configure --security tls --smtp-port 465 --language de",
                 "users list --status key-pending",
                 "users show ada@example.com",
                 // Last: PostgreSQL's sequences do not take back the ids a rolled-back dry run drew
                 // (SQLite's do), so ids shown after one would differ.
                 "users import %DIR%/many.csv --dry-run",
                 "users import %DIR%/later.csv --dry-run",
                 "--json users import %DIR%/later.csv --dry-run",
             })
            QTest::newRow(line) << QString::fromUtf8(line);
    }

    void sameOutputLocallyAndRemotely()
    {
        QFETCH(QString, command);
        command.replace(QStringLiteral("%DIR%"), m_dir.path());
        if (command == QLatin1String("phone opens the last link")) {
            const Run here = phoneOnLocal(m_lastLink[0]);
            const Run there = phone(QStringLiteral("remote"), m_lastLink[1]);
            QCOMPARE(withoutTimes(there.err), withoutTimes(here.err));
            QCOMPARE(withoutTimes(there.out), withoutTimes(here.out));
            QCOMPARE(there.code, 0);
            QCOMPARE(here.code, 0);
            return;
        }
        const Run here = local(words(command));
        const Run there = remote(words(command));
        static const QRegularExpression link(QStringLiteral("https?://localhost:\\d+/[av]/[A-Za-z0-9_-]+"));
        for (const auto& [run, last] : {std::pair{&here, &m_lastLink[0]}, std::pair{&there, &m_lastLink[1]}})
            if (const auto m = link.match(run->out); m.hasMatch())
                *last = m.captured();
        if (there.err.contains(QStringLiteral("cannot reach"))) // what the server said last
            qWarning("serve: %s", qPrintable(serveLog().right(3000)));
        QCOMPARE(withoutTimes(there.err), withoutTimes(here.err));
        QCOMPARE(withoutTimes(there.out), withoutTimes(here.out));
        QCOMPARE(there.code, here.code);
    }

    void theAuditLogNamesTheOperatorAndTheirToken()
    {
        // Remotely the audit log says more than `--actor`: which token the operator used.
        const Run there = remote(words(QStringLiteral("--json audit list --limit 1")));
        QCOMPARE(there.code, 0);
        const QJsonObject newest = QJsonDocument::fromJson(there.out.toUtf8()).array().first().toObject();
        QCOMPARE(newest.value(QStringLiteral("actor")).toString(), kAdmin);
        QVERIFY2(
            newest.value(QStringLiteral("actor_credential")).toString().startsWith(QStringLiteral("token ")),
            qPrintable(there.out));
        const Run here = local(words(QStringLiteral("--json audit list --limit 1")));
        const QJsonObject localNewest = QJsonDocument::fromJson(here.out.toUtf8()).array().first().toObject();
        QCOMPARE(localNewest.value(QStringLiteral("action")), newest.value(QStringLiteral("action")));
        QVERIFY(!localNewest.contains(QStringLiteral("actor_credential")));

        // The export says the same, and is itself audited as the operator's.
        const Run exported =
            remote(words(QStringLiteral("audit export --format jsonl --action user.create")));
        QCOMPARE(exported.code, 0);
        const QJsonObject created =
            QJsonDocument::fromJson(exported.out.section(u'\n', 0, 0).toUtf8()).object();
        QCOMPARE(created.value(QStringLiteral("actor")).toString(), kAdmin);
        QCOMPARE(created.value(QStringLiteral("actor_credential")).toString(),
                 QStringLiteral("token remote-cli"));
        const Run last = remote(words(QStringLiteral("--json audit list --limit 1")));
        const QJsonObject audited = QJsonDocument::fromJson(last.out.toUtf8()).array().first().toObject();
        QCOMPARE(audited.value(QStringLiteral("action")).toString(), QStringLiteral("audit.export"));
        QCOMPARE(audited.value(QStringLiteral("actor_credential")).toString(),
                 QStringLiteral("token remote-cli"));
    }

    void refusesWhatOnlyDirectAccessMayDo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("error");
        QTest::newRow("--actor")
            << words(QStringLiteral("--actor someone users list")) << 2
            << "keydesk-cli: --actor is for direct database access; on a server you act as "
               "the operator you signed in as\n";
        QTest::newRow("--database") << words(QStringLiteral("--database x.sqlite users list")) << 2
                                    << "keydesk-cli: --database and --server exclude each other\n";
        QTest::newRow("outbox send")
            << words(QStringLiteral("outbox send")) << 1
            << "keydesk-cli: 'outbox send' works on the database itself; run it on the "
               "server with --database\n";
        QTest::newRow("db migrate")
            << words(QStringLiteral("db migrate")) << 1
            << "keydesk-cli: 'db migrate' works on the database itself; run it on the "
               "server with --database\n";
    }

    void refusesWhatOnlyDirectAccessMayDo()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, error);
        const Run r = remote(args);
        QCOMPARE(r.err, error);
        QCOMPARE(r.code, code);
    }

    void refusesAServerItCannotTrustOrReach()
    {
        // No --trust-cert: the self-signed certificate is refused, with its fingerprint.
        const Run untrusted = runCli({QStringLiteral("--server"), m_url, QStringLiteral("--token"), m_token,
                                      QStringLiteral("groups"), QStringLiteral("list")});
        QCOMPARE(untrusted.code, 1);
        QVERIFY2(untrusted.err.startsWith(
                     QStringLiteral("keydesk-cli: cannot reach %1: its certificate is not trusted (SHA-256 ")
                         .arg(m_url)),
                 qPrintable(untrusted.err));
        // Plain HTTP to another machine would carry the token in clear.
        const Run plain =
            runCli({QStringLiteral("--server"), QStringLiteral("http://keys.example.com"),
                    QStringLiteral("--token"), m_token, QStringLiteral("groups"), QStringLiteral("list")});
        QCOMPARE(plain.err,
                 QStringLiteral("keydesk-cli: --server must be https://host[:port] (plain http only "
                                "to this machine), not 'http://keys.example.com'\n"));
        QCOMPARE(plain.code, 2);
        // A wrong token: the server's reason, exit 1.
        const Run wrong = runCli({QStringLiteral("--server"), m_url, QStringLiteral("--trust-cert"), m_cert,
                                  QStringLiteral("--token"), QStringLiteral("kdt_") + QString(43, u'A'),
                                  QStringLiteral("groups"), QStringLiteral("list")});
        QCOMPARE(wrong.code, 1);
        QVERIFY2(wrong.err.startsWith(QStringLiteral("keydesk-cli: ")) &&
                     wrong.err.contains(QStringLiteral("sign in again")),
                 qPrintable(wrong.err));
    }

    // Last, as it restarts the server: `mail test` queues the test email in the outbox; on a
    // database file keydesk-cli sends it itself, a team server's runtime sends it as soon as it is
    // queued (its own poll is set to an hour here, so only that wake-up can send it in time). Real
    // SMTP servers on loopback receive the tests; once the last is gone, both sides say why.
    void theTestEmailGoesOutWhereTheOutboxIs()
    {
        const QStringList mailTest = words(QStringLiteral("mail test --to ada@example.com"));
        // The server, sending mail now, also sends the activation emails it had queued.
        const auto testsIn = [](const SmtpSink& sink) {
            QList<QByteArray> tests = sink.messages();
            tests.removeIf([](const QByteArray& m) {
                return !m.contains("Subject: KeyDesk test email") || !m.contains("To: <ada@example.com>");
            });
            return tests.size();
        };
        // Both sides send to `sink`; returns how many tests it holds then.
        const auto testBothWays = [&](const SmtpSink& sink) {
            const Run here = local(mailTest);
            const Run there = remote(mailTest);
            if (withoutTimes(there.out) != withoutTimes(here.out) || there.err != here.err ||
                there.code != 0 || here.code != 0 ||
                !here.out.startsWith(QStringLiteral("test email sent to ada@example.com (Message-ID <")))
                qWarning("here: %s %s\nthere: %s %s", qPrintable(here.out), qPrintable(here.err),
                         qPrintable(there.out), qPrintable(there.err));
            return testsIn(sink);
        };
        const auto configureBoth = [&](quint16 port) {
            const QStringList configure =
                words(QStringLiteral("mail configure --smtp-host 127.0.0.1 --smtp-port %1 --security none "
                                     "--from it@example.com")
                          .arg(port));
            return local(configure).code == 0 && remote(configure).code == 0;
        };

        SmtpSink first(m_dir.filePath(QStringLiteral("sink-1")));
        QCOMPARE(first.start({}), QString());
        QVERIFY(configureBoth(first.port()));
        startServe(QStringLiteral("--mail-interval=3600")); // now with mail, on the settings just made
        QVERIFY2(!m_url.isEmpty(), qPrintable(serveLog()));
        QCOMPARE(testBothWays(first), 2);

        // Settings changed through the API apply to the server's next message.
        SmtpSink second(m_dir.filePath(QStringLiteral("sink-2")));
        QCOMPARE(second.start({}), QString());
        QVERIFY(configureBoth(second.port()));
        QCOMPARE(testBothWays(second), 2);
        QCOMPARE(testsIn(first), 2); // nothing more went there

        second.stop();
        const Run failedHere = local(mailTest);
        const Run failedThere = remote(mailTest);
        const QString refused =
            QStringLiteral("keydesk-cli: the test email was not sent: connection to 127.0.0.1:%1 failed: "
                           "Connection refused\n")
                .arg(second.port());
        QCOMPARE(withoutTimes(failedHere.err), refused);
        QCOMPARE(failedThere.err, refused);
        QCOMPARE(failedThere.code, 1);
        // Withdrawn, not tried again later; every test is in each audit log.
        const QStringList outbox = words(QStringLiteral("outbox list --limit 3"));
        QCOMPARE(withoutTimes(remote(outbox).out), withoutTimes(local(outbox).out));
        QVERIFY(local(outbox).out.contains(QStringLiteral("cancelled by the operator")));
        // (The ids differ: the server's runtime audits its own work between the commands.)
        const QStringList audit = words(QStringLiteral("--json audit list --action mail.test"));
        for (const Run& audited : {local(audit), remote(audit)}) {
            const QJsonArray events = QJsonDocument::fromJson(audited.out.toUtf8()).array();
            QCOMPARE(events.size(), 3);
            for (const QJsonValue& event : events) {
                QCOMPARE(event[QStringLiteral("actor")].toString(), kAdmin);
                QCOMPARE(event[QStringLiteral("target")].toString(), QStringLiteral("ada@example.com"));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCliRemote)
#include "TestCliRemote.moc"
