// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Activation email through a real SMTP server on loopback (npm smtp-server) with STARTTLS on a
// self-signed certificate and AUTH: what arrives, what the link and inline QR say, and the
// outbox's behaviour when the server is down or refuses the message.
#include "EnrollmentHarness.h"
#include "SmtpSink.h"
#include "core/keys/KeyLifecycle.h"
#include "core/mail/OutboxService.h"

#include "core/demo/DemoDataGenerator.h"
#include "core/workflow/WorkflowEngine.h"
#include "net/OutboxSender.h"
#include "net/SelfSignedCertificate.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

namespace {

// A small MIME reader of the test's own, so the sender is not checked against itself.
struct Part
{
    QMultiHash<QByteArray, QByteArray> headers; // lower-case names, unfolded values
    QByteArray body;                            // decoded
    QList<Part> parts;                          // of a multipart
};

QByteArray headerParam(const QByteArray& value, const QByteArray& name)
{
    const QRegularExpression re(QStringLiteral("%1=\"?([^\";]+)\"?").arg(QString::fromLatin1(name)));
    return re.match(QString::fromLatin1(value)).captured(1).toLatin1();
}

Part parsePart(const QByteArray& raw)
{
    Part part;
    const qsizetype split = raw.indexOf("\r\n\r\n");
    const QByteArray head = raw.left(split);
    const QByteArray body = raw.mid(split + 4);
    QByteArray unfolded = head;
    unfolded.replace("\r\n ", " ").replace("\r\n\t", " ");
    for (const QByteArray& line : unfolded.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            part.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const QByteArray type = part.headers.value("content-type");
    if (type.startsWith("multipart/")) {
        const QByteArray boundary = "--" + headerParam(type, "boundary");
        qsizetype at = body.indexOf(boundary);
        while (at >= 0) {
            const qsizetype start = at + boundary.size();
            if (body.mid(start, 2) == "--")
                break;
            const qsizetype next = body.indexOf(QByteArray("\r\n" + boundary), start);
            part.parts << parsePart(body.mid(start + 2, next - start - 2));
            at = next < 0 ? -1 : next + 2;
        }
    } else if (part.headers.value("content-transfer-encoding").toLower() == "base64") {
        part.body = QByteArray::fromBase64(QByteArray(body).replace("\r\n", ""));
    } else {
        part.body = body;
    }
    return part;
}

// "=?UTF-8?B?...?=" words, as RFC 2047 has them.
QString decodeWords(const QByteArray& value)
{
    QString out;
    const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="));
    qsizetype last = 0;
    for (auto it = word.globalMatch(QString::fromLatin1(value)); it.hasNext();) {
        const auto m = it.next();
        const QString between = QString::fromLatin1(value.mid(last, m.capturedStart() - last));
        if (!between.trimmed().isEmpty())
            out += between;
        out += QString::fromUtf8(QByteArray::fromBase64(m.captured(1).toLatin1()));
        last = m.capturedEnd();
    }
    return out + QString::fromLatin1(value.mid(last));
}

QString zbarDecode(const QByteArray& png, const QString& dir)
{
    const QString path = dir + QStringLiteral("/inline-qr.png");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(png) != png.size())
        return {};
    f.close();
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), QStringLiteral("--raw"), path});
    if (!zbar.waitForFinished(20'000))
        return QStringLiteral("(zbarimg did not finish)");
    return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
}

} // namespace

class TestMailDelivery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_certPath;
    QString m_keyPath;

    net::SmtpSettings settingsFor(quint16 port, net::SmtpSecurity security) const
    {
        net::SmtpSettings s;
        s.host = QStringLiteral("localhost"); // the name in the sink's certificate
        s.port = port;
        s.security = security;
        s.username = QStringLiteral("keydesk");
        s.password = QStringLiteral("correct horse");
        s.caCertificatesPath = m_certPath;
        s.identity.from =
            MailAddress{QStringLiteral("helpdesk@example.com"), QStringLiteral("Example Helpdesk")};
        s.timeoutMs = 10'000;
        return s;
    }

    SmtpSink::Options sinkOptions(const QString& tls = QStringLiteral("starttls")) const
    {
        SmtpSink::Options o;
        o.tls = tls;
        o.certPath = m_certPath;
        o.keyPath = m_keyPath;
        o.user = QStringLiteral("keydesk");
        o.password = QStringLiteral("correct horse");
        return o;
    }

    static net::OutboxSender::Counts drain(net::OutboxSender& sender, QString* error = nullptr)
    {
        std::optional<net::OutboxSender::Counts> counts;
        QString sessionError;
        QObject::connect(&sender, &net::OutboxSender::finished, &sender,
                         [&](net::OutboxSender::Counts c, const QString& e) {
                             counts = c;
                             sessionError = e;
                         });
        sender.drain();
        if (!waitUntil([&] { return counts.has_value(); }))
            qFatal("the outbox drain did not finish");
        sender.disconnect(&sender);
        if (error)
            *error = sessionError;
        return *counts;
    }

    QString outboxColumn(EnrollmentHarness& h, const char* column, qint64 id)
    {
        QSqlQuery q(h.store->database().connection());
        q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(QLatin1String(column)));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("(no row)");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto pair = net::makeSelfSignedCertificate(QStringLiteral("localhost"));
        QVERIFY2(pair, qPrintable(pair.error()));
        m_certPath = m_dir.filePath(QStringLiteral("localhost.pem"));
        m_keyPath = m_dir.filePath(QStringLiteral("localhost-key.pem"));
        for (const auto& [path, bytes] :
             {std::pair{m_certPath, pair->certificatePem}, std::pair{m_keyPath, pair->privateKeyPem}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
        }
    }

    void activationEmailArrivesOverStartTls()
    {
        QTemporaryDir spool;
        SmtpSink sink(spool.path());
        QCOMPARE(sink.start(sinkOptions()), QString());
        EnrollmentHarness h;
        const User zoe = h.addUser(QStringLiteral("Zoë Ångström"), QStringLiteral("zoe@example.com"));
        const IssuedLink issued = h.assign(zoe, ActivationMethod::Email);
        QVERIFY(issued.outboxId);

        net::OutboxSender sender(*h.store, settingsFor(sink.port(), net::SmtpSecurity::StartTls));
        QString error;
        const auto counts = drain(sender, &error);
        QCOMPARE(error, QString());
        QCOMPARE(counts.sent, 1);
        QCOMPARE(outboxColumn(h, "status", *issued.outboxId), QStringLiteral("sent"));
        // Once delivered, the queue keeps no copy of the link.
        QCOMPARE(outboxColumn(h, "length(mime)", *issued.outboxId), QStringLiteral("0"));
        QCOMPARE(sink.authLog(), QStringList{QStringLiteral("PLAIN tls")});

        const QList<QByteArray> messages = sink.messages();
        QCOMPARE(messages.size(), 1);
        const Part mail = parsePart(messages.first());
        QCOMPARE(decodeWords(mail.headers.value("to")), QStringLiteral("Zoë Ångström <zoe@example.com>"));
        QCOMPARE(decodeWords(mail.headers.value("subject")),
                 QStringLiteral("Activate your smartphone security key"));
        QCOMPARE(QString::fromLatin1(mail.headers.value("message-id")),
                 outboxColumn(h, "message_id", *issued.outboxId));
        QVERIFY(mail.headers.value("content-type").startsWith("multipart/related"));
        QCOMPARE(mail.parts.size(), 2);
        const Part& alternative = mail.parts[0];
        QVERIFY(alternative.headers.value("content-type").startsWith("multipart/alternative"));
        QCOMPARE(alternative.parts.size(), 2);
        const QString text = QString::fromUtf8(alternative.parts[0].body);
        const QString html = QString::fromUtf8(alternative.parts[1].body);
        QVERIFY(alternative.parts[0].headers.value("content-type").startsWith("text/plain; charset=UTF-8"));
        QVERIFY(text.contains(QStringLiteral("Hello Zoë Ångström,")));
        QVERIFY(html.contains(QStringLiteral("src=\"cid:activation-qr@keydesk\"")));

        const QRegularExpression linkPattern(QStringLiteral("(http://localhost:\\d+/a/[A-Za-z0-9_-]{43})"));
        const QString link = linkPattern.match(text).captured(1);
        QVERIFY2(!link.isEmpty(), qPrintable(text));
        QVERIFY(html.contains(link));
        const QString code =
            QRegularExpression(QStringLiteral("code:\\s+([A-Z0-9]{4}-[A-Z0-9]{4})")).match(text).captured(1);
        QCOMPARE(code.size(), 9);

        const Part& image = mail.parts[1];
        QCOMPARE(image.headers.value("content-type"), QByteArray("image/png"));
        QCOMPARE(image.headers.value("content-id"), QByteArray("<activation-qr@keydesk>"));
        QCOMPARE(zbarDecode(image.body, spool.path()), link);

        // The emailed link activates the key.
        const phone::PhoneActivation activation = h.activate(link);
        QVERIFY2(activation.reply.ok(), qPrintable(activation.reply.message()));
    }

    void manyMessagesShareOneConnectionAndAuthLogin()
    {
        QTemporaryDir spool;
        SmtpSink sink(spool.path());
        SmtpSink::Options options = sinkOptions(QStringLiteral("implicit"));
        options.authMethods = QStringLiteral("LOGIN");
        QCOMPARE(sink.start(options), QString());
        EnrollmentHarness h;
        for (int i = 0; i < 5; ++i)
            h.assign(h.addUser(QStringLiteral("User %1").arg(i), QStringLiteral("user%1@example.com").arg(i)),
                     ActivationMethod::Email);
        net::OutboxSender sender(*h.store, settingsFor(sink.port(), net::SmtpSecurity::ImplicitTls));
        QCOMPARE(drain(sender).sent, 5);
        QCOMPARE(sink.messages().size(), 5);
        QCOMPARE(sink.connections(), 1);
        QCOMPARE(sink.authLog(), QStringList{QStringLiteral("LOGIN tls")});
        // Nothing is due any more: a second drain sends nothing and opens no connection.
        QCOMPARE(drain(sender).sent, 0);
        QCOMPARE(sink.connections(), 1);
    }

    void serverDownKeepsTheMessageAndDeliversItOnce()
    {
        QTemporaryDir spool;
        SmtpSink sink(spool.path());
        QCOMPARE(sink.start(sinkOptions()), QString());
        const quint16 port = sink.port();
        sink.stop();

        EnrollmentHarness h;
        const IssuedLink issued = h.assign(
            h.addUser(QStringLiteral("Ada"), QStringLiteral("ada@example.com")), ActivationMethod::Email);
        net::OutboxSenderOptions options;
        options.retry.initialBackoffMs = 60'000;
        net::OutboxSender sender(*h.store, settingsFor(port, net::SmtpSecurity::StartTls), options);
        QString error;
        auto counts = drain(sender, &error);
        QCOMPARE(counts.sent, 0);
        QCOMPARE(counts.retried, 1);
        QVERIFY2(error.contains(QStringLiteral("connection")), qPrintable(error));
        QCOMPARE(outboxColumn(h, "status", *issued.outboxId), QStringLiteral("queued"));
        QCOMPARE(outboxColumn(h, "attempts", *issued.outboxId), QStringLiteral("1"));
        QVERIFY(outboxColumn(h, "last_error", *issued.outboxId).contains(QStringLiteral("refused")));

        // Back-off: not due yet, so nothing is tried even though the server is back.
        SmtpSink::Options again = sinkOptions();
        again.port = port;
        QCOMPARE(sink.start(again), QString());
        QCOMPARE(drain(sender).sent, 0);
        QCOMPARE(sink.connections(), 0);
        h.store.clock().advance(60'000);
        QCOMPARE(drain(sender).sent, 1);
        QCOMPARE(drain(sender).sent, 0);
        QCOMPARE(sink.messages().size(), 1);
        QCOMPARE(outboxColumn(h, "status", *issued.outboxId), QStringLiteral("sent"));
        QCOMPARE(outboxColumn(h, "attempts", *issued.outboxId), QStringLiteral("2"));
    }

    void permanentRefusalMarksTheMessageFailed()
    {
        QTemporaryDir spool;
        SmtpSink sink(spool.path());
        SmtpSink::Options options = sinkOptions();
        options.reject = QStringLiteral("550 5.1.1 No such mailbox here");
        QCOMPARE(sink.start(options), QString());
        EnrollmentHarness h;
        const IssuedLink issued = h.assign(
            h.addUser(QStringLiteral("Ada"), QStringLiteral("ada@example.com")), ActivationMethod::Email);
        net::OutboxSender sender(*h.store, settingsFor(sink.port(), net::SmtpSecurity::StartTls));
        const auto counts = drain(sender);
        QCOMPARE(counts.failed, 1);
        QCOMPARE(outboxColumn(h, "status", *issued.outboxId), QStringLiteral("failed"));
        QVERIFY2(outboxColumn(h, "last_error", *issued.outboxId)
                     .contains(QStringLiteral("550 5.1.1 No such mailbox here")),
                 qPrintable(outboxColumn(h, "last_error", *issued.outboxId)));
        QCOMPARE(sink.messages().size(), 0);
        // A failed message stays failed: later drains leave it alone.
        h.store.clock().advance(24 * 3600 * 1000LL);
        QCOMPARE(drain(sender).failed, 0);
    }

    void wrongPasswordAndUntrustedCertificateAreTemporary()
    {
        QTemporaryDir spool;
        SmtpSink sink(spool.path());
        QCOMPARE(sink.start(sinkOptions()), QString());
        EnrollmentHarness h;
        const IssuedLink issued = h.assign(
            h.addUser(QStringLiteral("Ada"), QStringLiteral("ada@example.com")), ActivationMethod::Email);
        net::SmtpSettings wrongPassword = settingsFor(sink.port(), net::SmtpSecurity::StartTls);
        wrongPassword.password = QStringLiteral("wrong");
        net::OutboxSender sender(*h.store, wrongPassword);
        QString error;
        QCOMPARE(drain(sender, &error).retried, 1);
        QVERIFY2(error.contains(QStringLiteral("535")), qPrintable(error));

        net::SmtpSettings untrusted = settingsFor(sink.port(), net::SmtpSecurity::StartTls);
        untrusted.caCertificatesPath.clear();
        sender.setSettings(untrusted);
        h.store.clock().advance(3600 * 1000);
        QCOMPARE(drain(sender, &error).retried, 1);
        QVERIFY2(error.contains(QStringLiteral("not trusted")), qPrintable(error));
        QCOMPARE(outboxColumn(h, "status", *issued.outboxId), QStringLiteral("queued"));
        QCOMPARE(sink.messages().size(), 0);
    }

    void silentServerTimesOut()
    {
        // A server that accepts the connection and never says a word.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket*> held;
        connect(&silent, &QTcpServer::newConnection, &silent,
                [&] { held << silent.nextPendingConnection(); });
        EnrollmentHarness h;
        const IssuedLink issued = h.assign(
            h.addUser(QStringLiteral("Ada"), QStringLiteral("ada@example.com")), ActivationMethod::Email);
        net::SmtpSettings settings = settingsFor(silent.serverPort(), net::SmtpSecurity::StartTls);
        settings.timeoutMs = 1000;
        net::OutboxSender sender(*h.store, settings);
        QString error;
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(drain(sender, &error).retried, 1);
        QCOMPARE(error, QStringLiteral("the mail server did not answer within 1 s"));
        // Coarse timers may fire up to 5 % early.
        QVERIFY2(timer.elapsed() >= 900 && timer.elapsed() < 10'000,
                 qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(held.size(), 1);
        QCOMPARE(outboxColumn(h, "status", *issued.outboxId), QStringLiteral("queued"));
        // Stored as code and arguments; read back, in the reader's language (English here).
        const QString stored = outboxColumn(h, "last_error", *issued.outboxId);
        QCOMPARE(Error::fromStored(stored).code(), ErrorCode::Catalogued);
        QCOMPARE(Error::fromStored(stored).message(),
                 QStringLiteral("the mail server did not answer within 1 s"));
    }

    void workflowEmailsArriveAndActivate()
    {
        // A workflow over the demo organisation's groups, its emails through a real SMTP server,
        // and one emailed link completing activation with the software authenticator.
        QTemporaryDir spool;
        SmtpSink sink(spool.path());
        QCOMPARE(sink.start(sinkOptions()), QString());
        EnrollmentHarness h;
        QVERIFY(DemoDataGenerator::generate(*h.store, 120));
        const qint64 sales = h.store->groups().resolve(QStringLiteral("Sales"))->id;
        const qint64 finance = h.store->groups().resolve(QStringLiteral("Finance"))->id;
        auto workflow = h.store->workflows().create(QStringLiteral("Deployment"), {sales, finance},
                                                    KeyType::Smartphone, {});
        QVERIFY(workflow);
        WorkflowRunOptions options;
        options.config = h.server->config();
        auto run = WorkflowEngine(*h.store, options).run(workflow.value(), RunTrigger::Submit);
        QVERIFY2(run, qPrintable(run.error()));
        QVERIFY(run->emailsQueued > 0);

        net::OutboxSender sender(*h.store, settingsFor(sink.port(), net::SmtpSecurity::StartTls));
        QCOMPARE(drain(sender).sent, int(run->emailsQueued));
        const QList<QByteArray> messages = sink.messages();
        QCOMPARE(messages.size(), int(run->emailsQueued));
        QCOMPARE(sink.connections(), 1);

        const Part mail = parsePart(messages.first());
        const QString text = QString::fromUtf8(mail.parts[0].parts[0].body);
        const QString link = QRegularExpression(QStringLiteral("(http://localhost:\\d+/a/[A-Za-z0-9_-]{43})"))
                                 .match(text)
                                 .captured(1);
        QVERIFY2(!link.isEmpty(), qPrintable(text));
        QCOMPARE(zbarDecode(mail.parts[1].body, spool.path()), link);
        const phone::PhoneActivation activation = h.activate(link);
        QVERIFY2(activation.reply.ok(), qPrintable(activation.reply.message()));
        QCOMPARE(scalar(h.store->database(),
                        QStringLiteral("SELECT count(*) FROM security_keys WHERE status = 'active' "
                                       "AND workflow_id = %1")
                            .arg(workflow->id)),
                 1);
    }

    // Sent, refused for good or cancelled: the email's link and code are gone from the database
    // file itself (secure_delete zeroes what the update freed), not only from the row.
    void finishedEmailsLeaveNoLinkInTheFile()
    {
        QTemporaryDir spool;
        SmtpSink sink(spool.path());
        QCOMPARE(sink.start(sinkOptions()), QString());
        SmtpSink refusing(spool.path() + QStringLiteral("/refused"));
        SmtpSink::Options refuse = sinkOptions();
        refuse.reject = QStringLiteral("550 5.1.1 No such mailbox here");
        QCOMPARE(refusing.start(refuse), QString());
        EnrollmentHarness h;
        const auto assign = [&](const char* name) {
            return h.assign(h.addUser(QString::fromLatin1(name),
                                      QString::fromLatin1(name) + QStringLiteral("@example.com")),
                            ActivationMethod::Email);
        };
        const IssuedLink sent = assign("ada");
        net::OutboxSender sender(*h.store, settingsFor(sink.port(), net::SmtpSecurity::StartTls));
        QCOMPARE(drain(sender).sent, 1);
        const IssuedLink failed = assign("bob");
        net::OutboxSender refused(*h.store, settingsFor(refusing.port(), net::SmtpSecurity::StartTls));
        QCOMPARE(drain(refused).failed, 1);
        const IssuedLink cancelled = assign("cy");
        QVERIFY(OutboxService(*h.store).cancel(Actor(h.store->actor()), *cancelled.outboxId));
        const IssuedLink queued = assign("dee");

        for (const IssuedLink* issued : {&sent, &failed, &cancelled}) {
            QCOMPARE(outboxColumn(h, "length(mime)", *issued->outboxId), QStringLiteral("0"));
            QCOMPARE(outboxColumn(h, "payload IS NULL", *issued->outboxId), QStringLiteral("1"));
            QVERIFY(!outboxColumn(h, "subject", *issued->outboxId).isEmpty()); // the Outbox page still has it
        }
        QCOMPARE(
            OutboxService(*h.store).retryNow(Actor(h.store->actor()), *failed.outboxId).error(),
            QStringLiteral(
                "outbox message %1 failed or was cancelled, and its link was erased; re-issue the key to "
                "send a new one")
                .arg(*failed.outboxId));
        QSqlQuery checkpoint(h.store->database().connection());
        QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        checkpoint.finish();
        QByteArray file;
        for (const QString& path : QStringList{h.store.path(), h.store.path() + QStringLiteral("-wal")}) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                file += f.readAll();
        }
        const auto token = [](const IssuedLink& issued) {
            return issued.link.section(u'/', -1).toLatin1();
        };
        // The one still queued is there (it has yet to be sent): the search would find them.
        QVERIFY(file.contains(token(queued)));
        for (const IssuedLink* issued : {&sent, &failed, &cancelled}) {
            QVERIFY2(!file.contains(token(*issued)), qPrintable(issued->link));
            QVERIFY2(!file.contains(issued->manualCode.toLatin1()), qPrintable(issued->manualCode));
        }
    }

    void revokingTheKeyCancelsItsQueuedEmail()
    {
        EnrollmentHarness h;
        const IssuedLink issued = h.assign(
            h.addUser(QStringLiteral("Ada"), QStringLiteral("ada@example.com")), ActivationMethod::Email);
        QVERIFY(KeyLifecycle(*h.store).revoke(Actor(h.store->actor()), issued.key.id,
                                              QStringLiteral("left the company")));
        QCOMPARE(outboxColumn(h, "status", *issued.outboxId), QStringLiteral("failed"));
        // Stored as a code, said in the reader's language.
        const Error why = Error::fromStored(outboxColumn(h, "last_error", *issued.outboxId));
        QCOMPARE(why.code(), ErrorCode::Catalogued);
        QCOMPARE(why.message(), QStringLiteral("cancelled: key revoked"));
        QCOMPARE(outboxColumn(h, "length(mime)", *issued.outboxId), QStringLiteral("0"));
        // Re-issuing by email supersedes the first email, which is cancelled the same way.
        const IssuedLink second = h.assign(
            h.addUser(QStringLiteral("Bob"), QStringLiteral("bob@example.com")), ActivationMethod::Email);
        auto reissued = h.enrollment->reissue(second.key.id, ActivationMethod::Email);
        QVERIFY(reissued && reissued->outboxId);
        QCOMPARE(outboxColumn(h, "status", *second.outboxId), QStringLiteral("failed"));
        QCOMPARE(outboxColumn(h, "status", *reissued->outboxId), QStringLiteral("queued"));
    }
};

QTEST_GUILESS_MAIN(TestMailDelivery)
#include "TestMailDelivery.moc"
