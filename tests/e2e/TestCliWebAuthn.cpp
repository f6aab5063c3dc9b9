// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// keydesk-cli webauthn verify-registration / verify-authentication, run as a script would:
// readable and JSON verdicts, exit codes 0 / 1 / 2 and exact usage errors.
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace keydesk::test;

class TestCliWebAuthn : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QJsonObject m_vectors;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList& args, const QByteArray& stdinData = {})
    {
        QProcess p;
        p.start(qEnvironmentVariable("KEYDESK_CLI"), args);
        p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            qFatal("keydesk-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QJsonObject vector(const char* ceremony, const char* id)
    {
        for (const QJsonValue v : m_vectors.value(QLatin1StringView(ceremony)).toArray()) {
            if (v.toObject().value(u"id").toString() == QLatin1StringView(id))
                return v.toObject();
        }
        qFatal("no such vector");
    }

    QString writeFile(const QString& name, const QByteArray& data)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write a test file");
        return file.fileName();
    }

    QByteArray response(const QJsonObject& v)
    {
        return QJsonDocument(v.value(u"response").toObject()).toJson(QJsonDocument::Compact);
    }

    QStringList registrationArgs(const QJsonObject& v)
    {
        return {QStringLiteral("webauthn"),    QStringLiteral("verify-registration"),
                QStringLiteral("--rp-id"),     QStringLiteral("example.org"),
                QStringLiteral("--origin"),    QStringLiteral("https://example.org"),
                QStringLiteral("--challenge"), v.value(u"expected_challenge_b64url").toString()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(testDataPath(QStringLiteral("webauthn/w3c_l3_spec_vectors.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_vectors = QJsonDocument::fromJson(file.readAll()).object();
    }

    void registrationFromStdinAsText()
    {
        const QJsonObject v = vector("registration", "PackedSelfES256");
        const Run r = cli(registrationArgs(v), response(v));
        QCOMPARE(r.code, 0);
        QVERIFY(
            r.out.contains(QStringLiteral("  ok    attestationStatement  packed self attestation, ES256\n")));
        QVERIFY(r.out.contains(QStringLiteral("\nVERIFIED\n")));
        QVERIFY(r.out.contains(QStringLiteral("  attestation   packed, type self, trust none\n")));
        QCOMPARE(r.err, QString());
    }

    void registrationAsJsonWithTrustAnchor()
    {
        const QJsonObject v = vector("registration", "PackedES256WithMDS");
        const QByteArray der =
            QByteArray::fromBase64(m_vectors.value(u"w3c_test_attestation_ca_der_b64").toString().toLatin1());
        const QString anchor = writeFile(QStringLiteral("w3c-ca.der"), der);
        const QString responseFile = writeFile(QStringLiteral("packed.json"), response(v));
        QStringList args = registrationArgs(v);
        args << QStringLiteral("--file") << responseFile << QStringLiteral("--trust-anchor") << anchor
             << QStringLiteral("--require-trusted-attestation") << QStringLiteral("--alg")
             << QStringLiteral("ES256") << QStringLiteral("--json");
        Run r = cli(args);
        QCOMPARE(r.code, 0);
        const QJsonObject verdict = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(verdict.value(u"verified").toBool(), true);
        QCOMPARE(verdict.value(u"error").toString(), QString());
        const QJsonObject credential = verdict.value(u"credential").toObject();
        QCOMPARE(credential.value(u"alg").toInt(), -7);
        QCOMPARE(credential.value(u"id").toString(), v.value(u"response").toObject().value(u"id").toString());
        const QJsonObject attestation = credential.value(u"attestation").toObject();
        QCOMPARE(attestation.value(u"format").toString(), QStringLiteral("packed"));
        QCOMPARE(attestation.value(u"type").toString(), QStringLiteral("basic"));
        QCOMPARE(attestation.value(u"trust").toString(), QStringLiteral("trusted"));

        // The same chain judged in the year 3025, after the certificates expired.
        args << QStringLiteral("--at") << QStringLiteral("3025-01-01T00:00:00Z");
        r = cli(args);
        QCOMPARE(r.code, 1);
        const QJsonObject expired = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(expired.value(u"error").toString(), QStringLiteral("attestationTrust"));
        QCOMPARE(expired.value(u"detail").toString(),
                 QStringLiteral("untrusted attestation: chain does not verify: certificate has expired"));
        const QJsonArray checks = expired.value(u"checks").toArray();
        QCOMPARE(checks.last().toObject().value(u"name").toString(), QStringLiteral("attestationTrust"));
        QCOMPARE(checks.last().toObject().value(u"passed").toBool(), false);
    }

    void registrationNotVerified()
    {
        const QJsonObject v = vector("registration", "NoneES256");
        QStringList args = registrationArgs(v);
        args[5] = QStringLiteral("https://keydesk.example");
        const Run r = cli(args, response(v));
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(
            QStringLiteral("  FAIL  origin                origin https://example.org is not allowed\n")));
        QVERIFY(r.out.endsWith(
            QStringLiteral("NOT VERIFIED: origin: origin https://example.org is not allowed\n")));
    }

    void authentication()
    {
        const QJsonObject v = vector("authentication", "PackedEdDSA");
        const QStringList base{
            QStringLiteral("webauthn"),        QStringLiteral("verify-authentication"),
            QStringLiteral("--rp-id"),         QStringLiteral("example.org"),
            QStringLiteral("--origin"),        QStringLiteral("https://example.org"),
            QStringLiteral("--challenge"),     v.value(u"expected_challenge_b64url").toString(),
            QStringLiteral("--public-key"),    v.value(u"credential_public_key_cose_b64url").toString(),
            QStringLiteral("--credential-id"), v.value(u"response").toObject().value(u"id").toString(),
            QStringLiteral("--json")};
        Run r = cli(base, response(v));
        QCOMPARE(r.code, 0);
        QJsonObject verdict = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(verdict.value(u"credential").toObject().value(u"algName").toString(),
                 QStringLiteral("EdDSA"));

        // A stored count above the response's is a possible clone.
        const qint64 count = verdict.value(u"credential").toObject().value(u"signCount").toInteger();
        r = cli(base + QStringList{QStringLiteral("--sign-count"), QString::number(count + 7)}, response(v));
        QCOMPARE(r.code, 1);
        verdict = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(verdict.value(u"error").toString(), QStringLiteral("signCount"));
        QCOMPARE(verdict.value(u"detail").toString(),
                 QStringLiteral("possible cloned authenticator: sign count %1 is not above the stored %2")
                     .arg(count)
                     .arg(count + 7));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        const QStringList reg{QStringLiteral("webauthn"), QStringLiteral("verify-registration")};
        const QStringList auth{QStringLiteral("webauthn"),    QStringLiteral("verify-authentication"),
                               QStringLiteral("--rp-id"),     QStringLiteral("example.org"),
                               QStringLiteral("--origin"),    QStringLiteral("https://example.org"),
                               QStringLiteral("--challenge"), QStringLiteral("AAAA")};
        QTest::newRow("no rp id") << reg << "keydesk-cli: --rp-id is required\n";
        QTest::newRow("no origin") << reg + QStringList{QStringLiteral("--rp-id"), QStringLiteral("a")}
                                   << "keydesk-cli: at least one --origin is required\n";
        QTest::newRow("bad challenge")
            << auth.mid(0, 6) + QStringList{QStringLiteral("--challenge"), QStringLiteral("a+b")}
            << "keydesk-cli: --challenge must be base64url\n";
        QTest::newRow("unknown alg")
            << auth.mid(0, 1) + QStringList{QStringLiteral("verify-registration")} + auth.mid(2) +
                   QStringList{QStringLiteral("--alg"), QStringLiteral("HS256")}
            << "keydesk-cli: unknown algorithm 'HS256'; use ES256, ES384, ES512, RS256, PS256 or EdDSA\n";
        QTest::newRow("missing file")
            << auth + QStringList{QStringLiteral("--file"), QStringLiteral("/nonexistent/r.json")}
            << "keydesk-cli: cannot read '/nonexistent/r.json': No such file or directory\n";
        QTest::newRow("bad time")
            << auth.mid(0, 1) + QStringList{QStringLiteral("verify-registration")} + auth.mid(2) +
                   QStringList{QStringLiteral("--at"), QStringLiteral("yesterday")}
            << "keydesk-cli: --at must be an RFC 3339 time such as 2026-11-29T10:00:00Z\n";
        QTest::newRow("no public key") << auth << "keydesk-cli: --public-key (COSE, base64url) is required\n";
        QTest::newRow("bad sign count")
            << auth + QStringList{QStringLiteral("--public-key"),    QStringLiteral("pQ"),
                                  QStringLiteral("--credential-id"), QStringLiteral("AA"),
                                  QStringLiteral("--sign-count"),    QStringLiteral("-1")}
            << "keydesk-cli: --sign-count must be a number from 0 to 4294967295\n";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err, error);
        QCOMPARE(r.out, QString());
    }

    void badTrustAnchorFile()
    {
        const QString junk = writeFile(QStringLiteral("junk.pem"), "-----BEGIN CERTIFICATE-----\nnope\n");
        const QJsonObject v = vector("registration", "NoneES256");
        const Run r =
            cli(registrationArgs(v) + QStringList{QStringLiteral("--trust-anchor"), junk}, response(v));
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err, QStringLiteral("keydesk-cli: trust anchor 1 holds no PEM certificate\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliWebAuthn)
#include "TestCliWebAuthn.moc"
