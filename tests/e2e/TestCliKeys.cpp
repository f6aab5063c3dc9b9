// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// keydesk-cli keys, serve, outbox, mail and settings as an operator or a script runs them:
// real processes, a real enrollment server, the software authenticator as the phone, and a real
// SMTP server on loopback.
#include "integration/EnrollmentHarness.h"
#include "integration/SmtpSink.h"

#include "net/SelfSignedCertificate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

class TestCliKeys : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
        QJsonValue json() const
        {
            return QJsonDocument::fromJson(out.toUtf8()).isArray()
                       ? QJsonValue(QJsonDocument::fromJson(out.toUtf8()).array())
                       : QJsonValue(QJsonDocument::fromJson(out.toUtf8()).object());
        }
    };

    Run cli(QStringList args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        args.prepend(m_db);
        args.prepend(QStringLiteral("--database"));
        p.start(qEnvironmentVariable("KEYDESK_CLI"), args);
        if (!p.waitForFinished(60'000))
            qFatal("keydesk-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static QStringList words(const char* text) { return QString::fromLatin1(text).split(u' '); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("keys.sqlite"));
        for (const char* email : {"ada@example.com", "bob@example.com", "cy@example.com"}) {
            const Run r = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--name"),
                               QString::fromLatin1(email).section(u'@', 0, 0), QStringLiteral("--email"),
                               QString::fromLatin1(email)});
            QCOMPARE(r.code, 0);
        }
    }

    void refusesWithTheExactReason_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("error");
        QTest::newRow("no method") << words("keys assign --user ada@example.com") << 2
                                   << "keydesk-cli: keys assign needs --user and --activate\n";
        QTest::newRow("bad method") << words("keys assign --user ada@example.com --activate sms") << 2
                                    << "keydesk-cli: --activate must be now, email or manual, not \"sms\"\n";
        QTest::newRow("bad type") << words("keys assign --user ada@example.com --activate now --type usb")
                                  << 2
                                  << "keydesk-cli: --type: only smartphone keys can be assigned so far\n";
        QTest::newRow("bad setting")
            << words("keys assign --user ada@example.com --activate now --attestation always") << 2
            << "keydesk-cli: attestation must be \"none\", \"record\" or \"require\"\n";
        QTest::newRow("unknown user") << words("keys assign --user nobody@example.com --activate now") << 1
                                      << "keydesk-cli: no user 'nobody@example.com'\n";
        QTest::newRow("bad qr file")
            << words("keys assign --user ada@example.com --activate now --qr x.gif") << 2
            << "keydesk-cli: --qr needs a file ending in .png or .svg, not 'x.gif'\n";
        QTest::newRow("no such key") << words("keys show 999") << 1 << "keydesk-cli: no security key 999\n";
        QTest::newRow("settings: plain http")
            << words("settings set enrollment.base_url http://keys.example.com") << 1
            << "keydesk-cli: enrollment.base_url: phones refuse passkeys on plain "
               "http except for localhost; use https for \"keys.example.com\"\n";
        QTest::newRow("settings: smtp")
            << words("settings set smtp.host x") << 1
            << "keydesk-cli: SMTP settings are changed with 'keydesk-cli mail configure'\n";
        QTest::newRow("mail: bad sender")
            << words("mail configure --smtp-host localhost --from nobody") << 1
            << "keydesk-cli: the sender address \"nobody\" is not an email address\n";
    }

    void refusesWithTheExactReason()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, error);
        const Run r = cli(args);
        QCOMPARE(r.err, error);
        QCOMPARE(r.code, code);
    }

    void lifecycleThroughTheCli()
    {
        // None of the refused commands above assigned anything.
        QCOMPARE(cli(words("--json keys list")).json().toArray().size(), 0);
        const Run assigned =
            cli(words("--json keys assign --user bob@example.com --activate manual --label Work"));
        QCOMPARE(assigned.code, 0);
        const QJsonObject a = assigned.json().toObject();
        const qint64 id = a.value(QStringLiteral("key_id")).toInteger();
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Z2-9]{4}-[A-Z2-9]{4}$"))
                    .match(a.value(QStringLiteral("code")).toString())
                    .hasMatch());
        const QString key = QString::number(id);

        Run r = cli({QStringLiteral("keys"), QStringLiteral("suspend"), key});
        QCOMPARE(
            r.err,
            QStringLiteral("keydesk-cli: key %1 is pending; it must be active to be suspended\n").arg(id));
        r = cli({QStringLiteral("keys"), QStringLiteral("revoke"), key});
        QCOMPARE(r.err, QStringLiteral("keydesk-cli: keys revoke needs --reason\n"));
        r = cli({QStringLiteral("--json"), QStringLiteral("keys"), QStringLiteral("reissue"), key,
                 QStringLiteral("--activate"), QStringLiteral("now")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.json().toObject().value(QStringLiteral("link")).toString() !=
                a.value(QStringLiteral("link")).toString());
        r = cli({QStringLiteral("--json"), QStringLiteral("keys"), QStringLiteral("show"), key});
        QCOMPARE(r.json().toObject().value(QStringLiteral("label")).toString(), QStringLiteral("Work"));
        QCOMPARE(r.json()
                     .toObject()
                     .value(QStringLiteral("activation"))
                     .toObject()
                     .value(QStringLiteral("method"))
                     .toString(),
                 QStringLiteral("now"));
        r = cli({QStringLiteral("keys"), QStringLiteral("delete"), key});
        QCOMPARE(r.out, QStringLiteral("deleted key %1\n").arg(id));
        // Email before SMTP is set up: queued like a workflow's, and the CLI says it waits.
        r = cli(words("--json keys assign --user bob@example.com --activate email"));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().toObject().value(QStringLiteral("email_waits_for_settings")).toBool(), true);
        QCOMPARE(r.err,
                 QStringLiteral("keydesk-cli: note: Email is not set up yet: the activation email waits "
                                "in the outbox and goes out once Email Settings are complete. "
                                "('keydesk-cli mail configure')\n"));
        const QString emailed =
            QString::number(r.json().toObject().value(QStringLiteral("key_id")).toInteger());
        QCOMPARE(cli(words("--json outbox list --status queued")).json().toArray().size(), 1);
        r = cli({QStringLiteral("keys"), QStringLiteral("delete"), emailed});
        QCOMPARE(r.code, 0);
        r = cli(words("--json keys list --user bob@example.com"));
        QCOMPARE(r.json().toArray().size(), 0);
    }

    void serveActivatesAndDeliversMail()
    {
        // SMTP: a real server with STARTTLS and AUTH; the password only in the environment.
        const QString cert = m_dir.filePath(QStringLiteral("localhost.pem"));
        const QString keyFile = m_dir.filePath(QStringLiteral("localhost-key.pem"));
        Run r = cli({QStringLiteral("server"), QStringLiteral("make-cert"), QStringLiteral("--host"),
                     QStringLiteral("localhost"), QStringLiteral("--out"), m_dir.path()});
        QCOMPARE(r.code, 0);
        QCOMPARE(QFileInfo(keyFile).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QTemporaryDir spool;
        SmtpSink sink(spool.path());
        SmtpSink::Options options;
        options.tls = QStringLiteral("starttls");
        options.certPath = cert;
        options.keyPath = keyFile;
        options.user = QStringLiteral("keydesk");
        options.password = QStringLiteral("from-the-environment");
        QCOMPARE(sink.start(options), QString());
        r = cli({QStringLiteral("mail"), QStringLiteral("configure"), QStringLiteral("--smtp-host"),
                 QStringLiteral("localhost"), QStringLiteral("--smtp-port"), QString::number(sink.port()),
                 QStringLiteral("--username"), QStringLiteral("keydesk"), QStringLiteral("--from"),
                 QStringLiteral("helpdesk@example.com"), QStringLiteral("--ca-file"), cert});
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains(QStringLiteral("from-the-environment")));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KEYDESK_SMTP_PASSWORD"), QStringLiteral("from-the-environment"));
        // The password went nowhere near the database.
        QFile db(m_db);
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains("from-the-environment"));

        // serve on any port; links made afterwards by another process point at it.
        QProcess serve;
        serve.setProcessEnvironment(env);
        serve.start(qEnvironmentVariable("KEYDESK_CLI"),
                    {QStringLiteral("--database"), m_db, QStringLiteral("serve"), QStringLiteral("--port"),
                     QStringLiteral("0"), QStringLiteral("--mail-interval"), QStringLiteral("1")});
        QVERIFY(serve.waitForStarted());
        QString banner;
        QTRY_VERIFY_WITH_TIMEOUT((banner += QString::fromUtf8(serve.readAllStandardOutput()))
                                     .contains(QStringLiteral("listening on")),
                                 15'000);
        const QString base = QRegularExpression(QStringLiteral("listening on (http://localhost:\\d+)"))
                                 .match(banner)
                                 .captured(1);
        QVERIFY(!base.isEmpty());

        r = cli(words("--json keys assign --user cy@example.com --activate email"), env);
        QCOMPARE(r.code, 0);
        QVERIFY(
            !r.json().toObject().contains(QStringLiteral("link"))); // an emailed link is for the user only
        QTRY_COMPARE_WITH_TIMEOUT(sink.messages().size(), 1, 20'000);
        const QString text = QString::fromLatin1(sink.messages().first());
        QVERIFY(text.contains(QStringLiteral("To: \"cy\" <cy@example.com>")));

        r = cli(words("--json keys assign --user ada@example.com --activate now"), env);
        const QString link = r.json().toObject().value(QStringLiteral("link")).toString();
        QVERIFY2(link.startsWith(base + QStringLiteral("/a/")), qPrintable(link));
        QCOMPARE(r.json().toObject().value(QStringLiteral("server_answers")).toBool(), true);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        authenticator::SoftwareAuthenticator authenticator;
        phone::PhoneClient phone(authenticator);
        std::optional<phone::PhoneActivation> result;
        phone.activate(QUrl(link), {}, [&](phone::PhoneActivation a) { result = a; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20'000);
        QVERIFY2(result->reply.ok(), qPrintable(result->reply.message()));
        r = cli(words("--json keys list --user ada@example.com --status active"));
        QCOMPARE(r.json().toArray().size(), 1);
        QCOMPARE(r.json()
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("credential"))
                     .toObject()
                     .value(QStringLiteral("authenticator"))
                     .toString(),
                 QStringLiteral("KeyDesk virtual phone"));

        r = cli(words("--json outbox list --status sent"));
        QCOMPARE(r.json().toArray().size(), 1);
        serve.terminate();
        QVERIFY(serve.waitForFinished(10'000));
        QCOMPARE(serve.exitCode(), 0);

        // With the server gone, a new link names an address nothing answers: the CLI says so.
        r = cli(words("keys assign --user bob@example.com --activate manual"), env);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.startsWith(QStringLiteral("keydesk-cli: warning: the phone cannot open this link yet: "
                                                 "nothing answers at %1 (")
                                      .arg(base)),
                 qPrintable(r.err));
        QVERIFY(
            r.err.endsWith(QStringLiteral(". Start 'keydesk-cli serve' (or the console) on this database, "
                                          "or set enrollment.base_url to where its server answers.\n")));
        // The list reads like a person wrote it: emails, time left in days, "1 key".
        r = cli(words("keys list --user bob@example.com"), env);
        QVERIFY2(r.out.contains(QStringLiteral("bob@example.com")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("pending \\(6 d 23 h left\\)"))),
                 qPrintable(r.out));
        QVERIFY2(r.out.endsWith(QStringLiteral("\n1 key\n")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliKeys)
#include "TestCliKeys.moc"
