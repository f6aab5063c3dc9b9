// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// keydesk-phone without a window, as a script uses it, against a real `keydesk-cli serve`: it
// reads the QR codes `keydesk-cli` writes (ZXing), activates, verifies, is caught in every tamper
// mode, uses "Work or School", keeps its passkeys in its own file, and refuses bad input cleanly.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestVirtualPhoneCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_wallet;
    QProcess m_serve;
    QString m_base;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    };

    static Run run(const QString& program, const QStringList& args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(60'000))
            qFatal("%s did not finish", qPrintable(program));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    Run cli(QStringList args)
    {
        args = QStringList{QStringLiteral("--database"), m_db, QStringLiteral("--json")} + args;
        return run(qEnvironmentVariable("KEYDESK_CLI"), args);
    }
    Run phone(QStringList args)
    {
        args = QStringList{QStringLiteral("--credentials"), m_wallet} + args;
        return run(qEnvironmentVariable("KEYDESK_PHONE"), args);
    }
    QString qrOfVerification(int keyId, const QString& name)
    {
        const QString png = m_dir.filePath(name + QStringLiteral(".png"));
        const Run r = cli({QStringLiteral("keys"), QStringLiteral("verify"), QString::number(keyId),
                           QStringLiteral("--qr"), png});
        if (r.code != 0)
            qFatal("keys verify failed: %s", qPrintable(r.err));
        return png;
    }
    QString keyRow(int keyId)
    {
        Run r = cli({QStringLiteral("keys"), QStringLiteral("show"), QString::number(keyId)});
        return r.out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("phone.sqlite"));
        m_wallet = m_dir.filePath(QStringLiteral("phone/credentials.json"));
        for (const char* email : {"ada@example.com", "bob@example.com"})
            QCOMPARE(cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--name"),
                          QString::fromLatin1(email).section(u'@', 0, 0), QStringLiteral("--email"),
                          QString::fromLatin1(email)})
                         .code,
                     0);
        m_serve.start(qEnvironmentVariable("KEYDESK_CLI"),
                      {QStringLiteral("--database"), m_db, QStringLiteral("serve"), QStringLiteral("--port"),
                       QStringLiteral("0"), QStringLiteral("--no-mail")});
        QVERIFY(m_serve.waitForStarted());
        QString banner;
        QTRY_VERIFY_WITH_TIMEOUT((banner += QString::fromUtf8(m_serve.readAllStandardOutput()))
                                     .contains(QStringLiteral("listening on")),
                                 15'000);
        m_base = QRegularExpression(QStringLiteral("listening on (http://localhost:\\d+)"))
                     .match(banner)
                     .captured(1);
        QVERIFY(!m_base.isEmpty());
    }

    void cleanupTestCase()
    {
        m_serve.terminate();
        m_serve.waitForFinished(10'000);
    }

    void scansActivatesAndVerifies()
    {
        const QString activation = m_dir.filePath(QStringLiteral("activation.png"));
        const Run assigned = cli({QStringLiteral("keys"), QStringLiteral("assign"), QStringLiteral("--user"),
                                  QStringLiteral("ada@example.com"), QStringLiteral("--activate"),
                                  QStringLiteral("now"), QStringLiteral("--qr"), activation});
        QCOMPARE(assigned.code, 0);
        const Run activated = phone({QStringLiteral("scan"), activation});
        QCOMPARE(activated.code, 0);
        QCOMPARE(activated.json().value(QStringLiteral("kind")).toString(), QStringLiteral("activation"));
        QCOMPARE(activated.json().value(QStringLiteral("link")).toString(),
                 assigned.json().value(QStringLiteral("link")).toString());
        QCOMPARE(activated.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Activated — this phone is now a security key for localhost."));

        // Its own file, readable by the owner only, holding the new passkey.
        QVERIFY(QFile::exists(m_wallet));
        QCOMPARE(QFile(m_wallet).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const Run listed = phone({QStringLiteral("list")});
        QCOMPARE(listed.code, 0);
        const QJsonArray passkeys = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(passkeys.size(), 1);
        const QJsonObject key =
            cli({QStringLiteral("keys"), QStringLiteral("show"), QStringLiteral("1")}).json();
        QCOMPARE(passkeys.first().toObject().value(QStringLiteral("id")).toString(),
                 key.value(QStringLiteral("credential")).toObject().value(QStringLiteral("id")).toString());

        const Run verified = phone({QStringLiteral("scan"), qrOfVerification(1, QStringLiteral("v1"))});
        QCOMPARE(verified.code, 0);
        QCOMPARE(verified.json().value(QStringLiteral("kind")).toString(), QStringLiteral("verification"));
        QVERIFY(!cli({QStringLiteral("keys"), QStringLiteral("show"), QStringLiteral("1")})
                     .json()
                     .value(QStringLiteral("last_verified_at"))
                     .isNull());
    }

    void tamperModesAreCaught()
    {
        // Right after an honest verification, so that the cloned counter repeats a seen value.
        QCOMPARE(phone({QStringLiteral("scan"), qrOfVerification(1, QStringLiteral("honest"))}).code, 0);
        const QString before = keyRow(1);
        const QList<std::pair<QString, QString>> modes{
            {QStringLiteral("cloned-counter"), QStringLiteral("signCount")},
            {QStringLiteral("wrong-origin"), QStringLiteral("origin")},
            {QStringLiteral("stale-challenge"), QStringLiteral("challenge")},
            {QStringLiteral("bad-signature"), QStringLiteral("signature")},
            {QStringLiteral("flipped-flag"), QStringLiteral("userPresent")},
        };
        for (const auto& [mode, check] : modes) {
            // A replay needs a challenge this phone saw before: the headless phone remembers
            // nothing between runs, so its "previous" challenge is a random one — still not the
            // one issued, which is what the relying party checks.
            const Run r =
                phone({QStringLiteral("--tamper"), mode, QStringLiteral("scan"), qrOfVerification(1, mode)});
            QCOMPARE(r.code, 1);
            QCOMPARE(r.json().value(QStringLiteral("error")).toString(),
                     QStringLiteral("verification-failed"));
            QCOMPARE(r.json().value(QStringLiteral("failed_check")).toString(), check);
            QCOMPARE(keyRow(1), before);
        }
    }

    void workOrSchool()
    {
        const Run assigned =
            cli({QStringLiteral("keys"), QStringLiteral("assign"), QStringLiteral("--user"),
                 QStringLiteral("bob@example.com"), QStringLiteral("--activate"), QStringLiteral("manual")});
        QCOMPARE(assigned.code, 0);
        const QString code = assigned.json().value(QStringLiteral("code")).toString();
        const Run wrong = phone(
            {QStringLiteral("code"), m_base, QStringLiteral("bob@example.com"), QStringLiteral("AAAA-AAAA")});
        QCOMPARE(wrong.code, 1);
        QCOMPARE(wrong.json().value(QStringLiteral("error")).toString(), QStringLiteral("no-match"));
        const Run right =
            phone({QStringLiteral("code"), m_base, QStringLiteral("bob@example.com"), code.toLower()});
        QCOMPARE(right.code, 0);
        QCOMPARE(right.json().value(QStringLiteral("kind")).toString(), QStringLiteral("activation"));
        QCOMPARE(QJsonDocument::fromJson(phone({QStringLiteral("list")}).out.toUtf8()).array().size(), 2);
    }

    void badInputIsRefusedCleanly()
    {
        const QByteArray walletBefore = [&] {
            QFile f(m_wallet);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const Run notImage = phone({QStringLiteral("scan"), m_db});
        QCOMPARE(notImage.code, 2);
        QCOMPARE(notImage.err, QStringLiteral("keydesk-phone: cannot read the image '%1'\n").arg(m_db));
        const Run noLink = phone({QStringLiteral("open"), QStringLiteral("https://example.com/elsewhere")});
        QCOMPARE(noLink.code, 1);
        QCOMPARE(
            noLink.json().value(QStringLiteral("message")).toString(),
            QStringLiteral(
                "https://example.com/elsewhere is not a KeyDesk activation, verification or sign-in link."));
        const Run badMode =
            phone({QStringLiteral("--tamper"), QStringLiteral("nonsense"), QStringLiteral("list")});
        QCOMPARE(badMode.code, 2);
        QCOMPARE(badMode.err, QStringLiteral("keydesk-phone: --tamper: unknown mode 'nonsense'\n"));

        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"version\": 1, \"credentials\": [{\"id\": \"x\"}]}");
        file.close();
        const Run badWallet = run(qEnvironmentVariable("KEYDESK_PHONE"),
                                  {QStringLiteral("--credentials"), broken, QStringLiteral("list")});
        QCOMPARE(badWallet.code, 2);
        QVERIFY2(badWallet.err.startsWith(QStringLiteral("keydesk-phone: '%1', credential 1: ").arg(broken)),
                 qPrintable(badWallet.err));
        QFile after(m_wallet);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), walletBefore);
    }
};

QTEST_GUILESS_MAIN(TestVirtualPhoneCli)
#include "TestVirtualPhoneCli.moc"
