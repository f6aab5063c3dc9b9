// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "CliFormat.h"
#include "Command.h"
#include "TablePrinter.h"
#include "core/PrivateFile.h"
#include "core/activation/AuthenticatorNames.h"
#include "core/activation/DeploymentSettings.h"
#include "core/domain/OperatorJson.h"
#include "core/domain/Workflow.h"
#include "core/mail/ActivationEmail.h"
#include "net/KnownServers.h"
#include "net/OutboxSender.h"
#include "net/SelfSignedCertificate.h"
#include "net/ServerRuntime.h"
#include "net/SmtpSettings.h"
#include "net/TestEmail.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>
#include <QSslCertificate>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <atomic>
#include <csignal>

namespace keydesk::cli {

namespace {

const QCommandLineOption kBind(QStringLiteral("bind"),
                               QStringLiteral("Address to listen on (default 127.0.0.1)."),
                               QStringLiteral("address"), QStringLiteral("127.0.0.1"));
const QCommandLineOption kPort(QStringLiteral("port"),
                               QStringLiteral("Port to listen on; 0 picks a free one (default 8765)."),
                               QStringLiteral("n"), QString::number(EnrollmentConfig::kDefaultPort));
const QCommandLineOption kCert(QStringLiteral("cert"), QStringLiteral("TLS certificate (PEM): serve HTTPS."),
                               QStringLiteral("file"));
const QCommandLineOption kKey(QStringLiteral("key"), QStringLiteral("TLS private key (PEM)."),
                              QStringLiteral("file"));
const QCommandLineOption kMaxConnections(
    QStringLiteral("max-connections"),
    QStringLiteral("Connections held at once (default 512; the open-file limit may lower it)."),
    QStringLiteral("n"), QString::number(net::ServerLimits{}.maxConnections));
const QCommandLineOption
    kMaxPerClient(QStringLiteral("max-connections-per-client"),
                  QStringLiteral("Connections one client address may hold (default 32)."),
                  QStringLiteral("n"), QString::number(net::ServerLimits{}.maxConnectionsPerClient));
const QCommandLineOption kTrustedProxy(
    QStringLiteral("trusted-proxy"),
    QStringLiteral("Address or subnet of a proxy whose X-Forwarded-For names the client (repeatable)."),
    QStringLiteral("address"));
const QCommandLineOption kNoMail(QStringLiteral("no-mail"), QStringLiteral("Do not deliver the outbox."));
const QCommandLineOption kMailPoll(QStringLiteral("mail-interval"),
                                   QStringLiteral("Seconds between outbox checks (default 15)."),
                                   QStringLiteral("s"), QStringLiteral("15"));
const QCommandLineOption
    kMailLease(QStringLiteral("mail-lease"),
               QStringLiteral("Seconds a claimed email stays this server's before another "
                              "instance may send it (default 600; above the SMTP timeout)."),
               QStringLiteral("s"), QStringLiteral("600"));
const QCommandLineOption kInstance(QStringLiteral("instance"),
                                   QStringLiteral("This server's name in /healthz (default host:pid)."),
                                   QStringLiteral("name"));
const QCommandLineOption kHost(QStringLiteral("host"),
                               QStringLiteral("Host name or IP address the certificate is for."),
                               QStringLiteral("name"));
const QCommandLineOption kOut(QStringLiteral("out"),
                              QStringLiteral("Folder for NAME.pem and NAME-key.pem (default: .)."),
                              QStringLiteral("dir"), QStringLiteral("."));
const QCommandLineOption kStatus(QStringLiteral("status"), QStringLiteral("Only messages in this state."),
                                 QStringLiteral("status"));
const QCommandLineOption kLimit(QStringLiteral("limit"), QStringLiteral("At most this many (default 100)."),
                                QStringLiteral("n"), QStringLiteral("100"));

std::atomic<bool> g_stopRequested{false};

void requestStop(int)
{
    g_stopRequested = true;
}

// Waits in an event loop until `done` says so; serves the server, sender and timers meanwhile.
template <typename Done> void runUntil(Done done)
{
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    check.start(50);
    if (!done())
        loop.exec();
}

Result<net::SmtpSettings> smtpFor(Core& core)
{
    return net::loadSmtpSettings(core.store(), qEnvironmentVariable(net::kSmtpPasswordVariable));
}

int runServe(CliContext& ctx, const QCommandLineParser& p)
{
    net::ServerOptions options;
    options.bindAddress = QHostAddress(p.value(kBind));
    if (options.bindAddress.isNull())
        return usageError(ctx, QStringLiteral("--bind: \"%1\" is not an IP address").arg(p.value(kBind)));
    const qint64 port = parseCount(p.value(kPort));
    if (port < 0 || port > 65535)
        return usageError(ctx, QStringLiteral("--port must be 0 to 65535"));
    options.port = quint16(port);
    if (p.isSet(kCert) != p.isSet(kKey))
        return usageError(ctx, QStringLiteral("--cert and --key go together"));
    options.certificatePath = p.value(kCert);
    options.keyPath = p.value(kKey);
    const qint64 maxConnections = parseCount(p.value(kMaxConnections));
    if (maxConnections < 1 || maxConnections > 1'000'000)
        return usageError(ctx, QStringLiteral("--max-connections must be 1 to 1000000"));
    options.limits.maxConnections = int(maxConnections);
    const qint64 maxPerClient = parseCount(p.value(kMaxPerClient));
    if (maxPerClient < 1 || maxPerClient > maxConnections)
        return usageError(ctx, QStringLiteral("--max-connections-per-client must be 1 to --max-connections"));
    options.limits.maxConnectionsPerClient = int(maxPerClient);
    for (const QString& proxy : p.values(kTrustedProxy)) {
        net::Subnet subnet;
        if (!net::parseSubnet(proxy, &subnet))
            return usageError(
                ctx, QStringLiteral("--trusted-proxy: \"%1\" is not an address or subnet").arg(proxy));
        options.trustedProxies.append(subnet);
    }
    const qint64 mailInterval = parseCount(p.value(kMailPoll));
    if (mailInterval < 1)
        return usageError(ctx, QStringLiteral("--mail-interval must be at least 1 second"));
    const qint64 mailLease = parseCount(p.value(kMailLease));
    if (mailLease < 1)
        return usageError(ctx, QStringLiteral("--mail-lease must be at least 1 second"));
    options.instanceName = p.value(kInstance);
    return ctx.withCore([&](Core& core) -> int {
        if (const QString exposed = exposureWarning(core.databasePath()); !exposed.isEmpty())
            ctx.err() << "keydesk-cli: warning: " << exposed << '\n';
        auto names = AuthenticatorNames::forDatabase(core.databasePath());
        if (!names)
            return ctx.fail(names.error());
        std::optional<net::SmtpSettings> smtp;
        if (!p.isSet(kNoMail)) {
            auto settings = smtpFor(core);
            if (!settings)
                return ctx.fail(settings.error());
            if (settings->isConfigured())
                smtp = settings.value();
        }

        // The same runtime as the console's: server, sweep, workflows and outbox on their own thread.
        net::ServerRuntime runtime(core.databasePath(), core.actor().name(), names.value());
        QObject::connect(&runtime.events(), &net::RuntimeWorker::outboxDelivered,
                         [&ctx](net::OutboxSender::Counts c, const QString& error) {
                             if (c.sent + c.retried + c.failed == 0 && error.isEmpty())
                                 return;
                             ctx.out() << "outbox: " << c.sent << " sent, " << c.retried << " deferred, "
                                       << c.failed << " failed"
                                       << (error.isEmpty() ? QString() : QStringLiteral(" (") + error + u')')
                                       << '\n';
                             ctx.out().flush();
                         });
        QObject::connect(&runtime.events(), &net::RuntimeWorker::workflowRunFinished,
                         [&ctx](bool ok, const QString& message, const QList<WorkflowRun>& runs) {
                             for (const WorkflowRun& r : runs) {
                                 if (r.keysAssigned + r.remindersSent + r.linksReissued + r.keysExpired > 0)
                                     ctx.out() << "workflow run " << r.id << ": "
                                               << countText(r.keysAssigned, "key", "keys") << " assigned, "
                                               << countText(r.remindersSent, "reminder", "reminders") << ", "
                                               << r.linksReissued << " re-issued, " << r.keysExpired
                                               << " gave up\n";
                             }
                             if (!ok)
                                 ctx.err() << "keydesk-cli: workflows: " << message << '\n';
                             ctx.out().flush();
                             ctx.err().flush();
                         });
        if (Status s = runtime.start(options); !s)
            return ctx.fail(s.error());
        for (const QString& warning : runtime.warnings())
            ctx.err() << "keydesk-cli: warning: " << warning << '\n';
        ctx.out() << "enrollment server listening on " << runtime.listeningUrl() << " (bind "
                  << options.bindAddress.toString() << "); links use " << runtime.config().baseUrl
                  << ", RP ID " << runtime.config().rpId << '\n';
        if (smtp)
            runtime.setMail(smtp, int(mailInterval * 1000), mailLease * 1000);
        else if (!p.isSet(kNoMail))
            ctx.out()
                << "outbox: SMTP is not configured ('keydesk-cli mail configure'); emails stay queued\n";
        ctx.out().flush();

        std::signal(SIGINT, requestStop);
        std::signal(SIGTERM, requestStop);
        runUntil([] { return g_stopRequested.load(); });
        runtime.stop();
        ctx.out() << "enrollment server stopped\n";
        return ExitOk;
    });
}

int runOutboxList(CliContext& ctx, const QCommandLineParser& p)
{
    QUrlQuery query;
    if (p.isSet(kStatus)) {
        if (!outboxStatusFromName(p.value(kStatus)))
            return usageError(ctx, QStringLiteral("--status must be queued, sending, sent or failed"));
        query.addQueryItem(QStringLiteral("status"), p.value(kStatus));
    }
    const qint64 limit = parseCount(p.value(kLimit));
    if (limit <= 0)
        return usageError(ctx, QStringLiteral("--limit must be a positive number"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(std::min<qint64>(limit, 1'000'000)));
    auto answer = ctx.call("GET", QStringLiteral("/outbox"), query);
    if (!answer)
        return ExitFailed;
    const QJsonArray items = answer->value(QStringLiteral("items")).toArray();
    if (ctx.json) {
        ctx.printJson(items);
        return ExitOk;
    }
    TablePrinter table({QStringLiteral("ID"), QStringLiteral("STATUS"), QStringLiteral("TO"),
                        QStringLiteral("ATTEMPTS"), QStringLiteral("NEXT TRY"),
                        QStringLiteral("LAST ERROR")});
    for (const QJsonValue& value : items) {
        const QJsonObject m = value.toObject();
        const QString status = m.value(QStringLiteral("status")).toString();
        table.addRow({QString::number(m.value(QStringLiteral("id")).toInteger()), status,
                      m.value(QStringLiteral("recipient")).toString(),
                      QString::number(m.value(QStringLiteral("attempts")).toInt()),
                      status == QLatin1String("queued")
                          ? formatTime(jsonTimeMs(m.value(QStringLiteral("next_attempt_at"))))
                          : QStringLiteral("-"),
                      m.value(QStringLiteral("last_error")).toString()});
    }
    table.print(ctx.out());
    ctx.out() << items.size() << " messages\n";
    return ExitOk;
}

int runOutboxChange(CliContext& ctx, const QCommandLineParser& p, bool retry)
{
    const qint64 id = parseCount(p.positionalArguments().at(0));
    if (id <= 0)
        return usageError(ctx, QStringLiteral("'%1' is not a message id").arg(p.positionalArguments().at(0)));
    if (!ctx.call("POST", QStringLiteral("/outbox/%1/%2").arg(id).arg(retry ? u"retry" : u"cancel")))
        return ExitFailed;
    ctx.out() << (retry ? "queued message " : "cancelled message ") << id << (retry ? " for now\n" : "\n");
    return ExitOk;
}

int runOutboxSend(CliContext& ctx, const QCommandLineParser&)
{
    return ctx.withCore([&](Core& core) -> int {
        auto smtp = smtpFor(core);
        if (!smtp)
            return ctx.fail(smtp.error());
        if (!smtp->isConfigured())
            return ctx.fail(QStringLiteral("SMTP is not configured; run 'keydesk-cli mail configure' first"));
        net::OutboxSender sender(core.store(), smtp.value());
        bool done = false;
        net::OutboxSender::Counts counts;
        QString error;
        QObject::connect(&sender, &net::OutboxSender::finished,
                         [&](net::OutboxSender::Counts c, const QString& e) {
                             counts = c;
                             error = e;
                             done = true;
                         });
        sender.drain();
        runUntil([&] { return done; });
        if (ctx.json) {
            ctx.printJson(QJsonObject{{QStringLiteral("sent"), counts.sent},
                                      {QStringLiteral("deferred"), counts.retried},
                                      {QStringLiteral("failed"), counts.failed},
                                      {QStringLiteral("error"), error}});
        } else {
            ctx.out() << counts.sent << " sent, " << counts.retried << " deferred, " << counts.failed
                      << " failed\n";
            if (!error.isEmpty())
                ctx.out() << "mail server: " << error << '\n';
        }
        return error.isEmpty() && counts.retried == 0 && counts.failed == 0 ? ExitOk : ExitFailed;
    });
}

int runMakeCert(CliContext& ctx, const QCommandLineParser& p)
{
    if (!p.isSet(kHost))
        return usageError(ctx, QStringLiteral("server make-cert needs --host"));
    auto pair = net::makeSelfSignedCertificate(p.value(kHost));
    if (!pair)
        return ctx.fail(pair.error());
    const QString base = p.value(kOut) + u'/' + p.value(kHost).trimmed().toLower();
    const QString certPath = base + QStringLiteral(".pem");
    const QString keyPath = base + QStringLiteral("-key.pem");
    for (const auto& [path, bytes, secret] : {std::tuple{certPath, pair->certificatePem, false},
                                              std::tuple{keyPath, pair->privateKeyPem, true}}) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            (secret && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) ||
            file.write(bytes) != bytes.size() || !file.commit())
            return ctx.fail(QStringLiteral("cannot write '%1': %2").arg(path, file.errorString()));
    }
    ctx.out() << "wrote " << certPath << " and " << keyPath << '\n'
              << "SHA-256 fingerprint: "
              << certificateFingerprint(QSslCertificate(pair->certificatePem, QSsl::Pem)) << '\n'
              << "serve with: keydesk-cli serve --bind 0.0.0.0 --cert " << certPath << " --key " << keyPath
              << '\n'
              << "and set enrollment.base_url to https://" << p.value(kHost)
              << ":<port>; phones must trust the "
              << "certificate first\n";
    return ExitOk;
}

const QCommandLineOption kSmtpHost(QStringLiteral("smtp-host"), QStringLiteral("Mail server host."),
                                   QStringLiteral("host"));
const QCommandLineOption kSmtpPort(QStringLiteral("smtp-port"), QStringLiteral("Mail server port (587)."),
                                   QStringLiteral("n"));
const QCommandLineOption kSecurity(QStringLiteral("security"),
                                   QStringLiteral("none, starttls (default) or tls."),
                                   QStringLiteral("mode"));
const QCommandLineOption
    kUsername(QStringLiteral("username"),
              QStringLiteral("Login name; the password comes from KEYDESK_SMTP_PASSWORD."),
              QStringLiteral("name"));
const QCommandLineOption kFrom(QStringLiteral("from"), QStringLiteral("Sender address."),
                               QStringLiteral("address"));
const QCommandLineOption kFromName(QStringLiteral("from-name"), QStringLiteral("Sender name."),
                                   QStringLiteral("name"));
const QCommandLineOption
    kOrganisation(QStringLiteral("organisation"),
                  QStringLiteral("Who the email says set up the key, e.g. \"Contoso IT\"."),
                  QStringLiteral("name"));
const QCommandLineOption kMailLanguage(QStringLiteral("language"),
                                       QStringLiteral("Language of the activation emails: en, de or fa."),
                                       QStringLiteral("code"));
const QCommandLineOption kCaFile(QStringLiteral("ca-file"),
                                 QStringLiteral("Extra PEM roots to trust for the mail server."),
                                 QStringLiteral("file"));
const QCommandLineOption kTo(QStringLiteral("to"), QStringLiteral("Recipient of the test email."),
                             QStringLiteral("address"));

int runMailConfigure(CliContext& ctx, const QCommandLineParser& p)
{
    QJsonObject change;
    if (p.isSet(kSmtpHost))
        change.insert(QStringLiteral("host"), p.value(kSmtpHost));
    if (p.isSet(kSmtpPort)) {
        const qint64 port = parseCount(p.value(kSmtpPort));
        if (port < 1 || port > 65535)
            return usageError(ctx, QStringLiteral("--smtp-port must be 1 to 65535"));
        change.insert(QStringLiteral("port"), port);
    }
    if (p.isSet(kSecurity)) {
        if (!net::smtpSecurityFromName(p.value(kSecurity)))
            return usageError(ctx, QStringLiteral("--security must be none, starttls or tls"));
        change.insert(QStringLiteral("security"), p.value(kSecurity));
    }
    for (const auto& [option, member] :
         {std::pair{&kUsername, "username"}, std::pair{&kFrom, "from"}, std::pair{&kFromName, "from_name"},
          std::pair{&kOrganisation, "organisation"}, std::pair{&kCaFile, "ca_file"}}) {
        if (p.isSet(*option))
            change.insert(QLatin1String(member), p.value(*option));
    }
    if (p.isSet(kMailLanguage)) {
        const QString language = p.value(kMailLanguage);
        const QStringList languages = activationEmailLanguages();
        if (!languages.contains(language))
            return usageError(ctx, QStringLiteral("--language must be one of %1, not '%2'")
                                       .arg(languages.join(QStringLiteral(", ")), language));
        change.insert(QStringLiteral("language"), language);
    }
    auto s = ctx.call("PUT", QStringLiteral("/mail"), {}, change);
    if (!s)
        return ExitFailed;
    const QString username = s->value(QStringLiteral("username")).toString();
    ctx.out() << "mail: " << s->value(QStringLiteral("host")).toString() << ':'
              << s->value(QStringLiteral("port")).toInt() << ' '
              << s->value(QStringLiteral("security")).toString() << ", from "
              << s->value(QStringLiteral("from")).toString()
              << (username.isEmpty() ? QString() : QStringLiteral(", user ") + username) << '\n';
    return ExitOk;
}

// Sends queued message `id` of the database this process opened, with this machine's password.
void deliverHere(Core& core, const net::SmtpSettings& smtp, qint64 id)
{
    net::OutboxSender sender(core.store(), smtp);
    bool done = false;
    QObject::connect(&sender, &net::OutboxSender::finished, [&] { done = true; });
    sender.deliver(id);
    runUntil([&] { return done; });
}

// The test email goes through the outbox like an activation email: on a database file this
// process sends it at once; a team server's runtime sends it as soon as it is queued. Either way
// the first attempt decides, and a test that did not go out is cancelled, not tried again later.
int runMailTest(CliContext& ctx, const QCommandLineParser& p)
{
    constexpr qint64 kWaitMs = 30'000;
    if (!p.isSet(kTo))
        return usageError(ctx, QStringLiteral("mail test needs --to"));
    const QString to = p.value(kTo);
    auto queued = ctx.call("POST", QStringLiteral("/mail/test"), {}, {{QStringLiteral("to"), to}});
    if (!queued)
        return ExitFailed;
    const QString message = QStringLiteral("/outbox/%1").arg(queued->value(QStringLiteral("id")).toInteger());
    const auto cancel = [&] {
        ctx.admin()->call("POST", message + QStringLiteral("/cancel"), {}, {});
    };
    if (!ctx.remote()) {
        Core* core = ctx.core();
        auto smtp = core ? smtpFor(*core) : Result<net::SmtpSettings>::failure(Error());
        if (!smtp) {
            cancel();
            return core ? ctx.fail(smtp.error()) : int(ExitFailed);
        }
        deliverHere(*core, smtp.value(), queued->value(QStringLiteral("id")).toInteger());
    }
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        auto m = ctx.call("GET", message);
        if (!m)
            return ExitFailed;
        const QString status = m->value(QStringLiteral("status")).toString();
        if (status == QLatin1String("sent")) {
            ctx.out() << "test email sent to " << to << " (Message-ID "
                      << m->value(QStringLiteral("message_id")).toString() << ")\n";
            return ExitOk;
        }
        if (status == QLatin1String("failed") || m->value(QStringLiteral("attempts")).toInteger() > 0) {
            const QString why = m->value(QStringLiteral("last_error")).toString();
            if (status != QLatin1String("failed") && why.isEmpty()) { // being sent right now
                QThread::msleep(200);
                continue;
            }
            cancel();
            return ctx.fail(QStringLiteral("the test email was not sent: %1").arg(why));
        }
        if (waited.elapsed() > kWaitMs) {
            cancel();
            return ctx.fail(
                QStringLiteral("the server did not try to send the test email within %1 s; it sends "
                               "mail when it was started with SMTP settings and without --no-mail")
                    .arg(kWaitMs / 1000));
        }
        QThread::msleep(200);
    }
}

// A value as a table line shows it: a PEM bundle (the trust anchors) as its count of certificates.
QString shownSettingValue(const QString& value)
{
    const qsizetype certificates = value.count(QLatin1String("-----BEGIN CERTIFICATE-----"));
    if (certificates == 0)
        return value;
    return certificates == 1 ? QStringLiteral("1 PEM certificate")
                             : QStringLiteral("%1 PEM certificates").arg(certificates);
}

int runSettingsList(CliContext& ctx, const QCommandLineParser&)
{
    auto answer = ctx.call("GET", QStringLiteral("/settings"));
    if (!answer)
        return ExitFailed;
    QJsonArray array;
    TablePrinter table({QStringLiteral("SETTING"), QStringLiteral("VALUE"), QStringLiteral("WHEN EMPTY"),
                        QStringLiteral("MEANING")});
    for (const QJsonValue& value : answer->value(QStringLiteral("items")).toArray()) {
        const QJsonObject s = value.toObject();
        array.append(QJsonObject{{QStringLiteral("key"), s.value(QStringLiteral("key"))},
                                 {QStringLiteral("value"), s.value(QStringLiteral("value"))}});
        table.addRow({s.value(QStringLiteral("key")).toString(),
                      shownSettingValue(s.value(QStringLiteral("value")).toString()),
                      s.value(QStringLiteral("default")).toString(),
                      s.value(QStringLiteral("description")).toString()});
    }
    if (ctx.json)
        ctx.printJson(array);
    else
        table.print(ctx.out());
    return ExitOk;
}

const QCommandLineOption kValueFile(QStringLiteral("value-file"),
                                    QStringLiteral("Read the value from this file (a PEM bundle for "
                                                   "attestation.trust_anchors)."),
                                    QStringLiteral("file"));

int runSettingsSet(CliContext& ctx, const QCommandLineParser& p)
{
    const QStringList args = p.positionalArguments();
    QString value = args.size() > 1 ? args.at(1) : QString();
    if (p.isSet(kValueFile)) {
        if (args.size() > 1)
            return usageError(ctx, QStringLiteral("give the value or --value-file, not both"));
        QFile file(p.value(kValueFile));
        // Settings are short texts; a bundle of root certificates is the longest of them.
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(QStringLiteral("cannot read '%1': %2").arg(file.fileName(), file.errorString()));
        const QByteArray bytes = file.read(1024 * 1024 + 1);
        if (bytes.size() > 1024 * 1024)
            return ctx.fail(QStringLiteral("'%1' is larger than 1 MiB").arg(file.fileName()));
        value = QString::fromUtf8(bytes).trimmed();
    }
    if (!ctx.call("PUT", QStringLiteral("/settings/") + pathSegment(args.at(0)), {},
                  {{QStringLiteral("value"), value}}))
        return ExitFailed;
    ctx.out() << args.at(0)
              << (value.isEmpty() ? QStringLiteral(" reset to its default")
                                  : QStringLiteral(" = ") + shownSettingValue(value))
              << '\n';
    return ExitOk;
}

} // namespace

QList<Command> serverCommands()
{
    QList<Command> commands{
        {QStringLiteral("serve"),
         QString(),
         QStringLiteral("Run the enrollment server and deliver the outbox until stopped."),
         {},
         0,
         [](QCommandLineParser& p) {
             p.addOptions({kBind, kPort, kCert, kKey, kMaxConnections, kMaxPerClient, kTrustedProxy, kNoMail,
                           kMailPoll, kMailLease, kInstance});
         },
         runServe},
        {QStringLiteral("server"),
         QStringLiteral("make-cert"),
         QStringLiteral("Write a self-signed TLS certificate and key for demos."),
         {},
         0,
         [](QCommandLineParser& p) {
             p.addOptions({kHost, kOut});
         },
         runMakeCert},
        {QStringLiteral("outbox"),
         QStringLiteral("list"),
         QStringLiteral("List queued, sent and failed emails, newest first."),
         {},
         0,
         [](QCommandLineParser& p) {
             p.addOptions({kStatus, kLimit});
         },
         runOutboxList},
        {QStringLiteral("outbox"),
         QStringLiteral("retry"),
         QStringLiteral("Send a queued or failed email at the next drain."),
         {{QStringLiteral("id"), QStringLiteral("Outbox message id.")}},
         1,
         {},
         [](CliContext& c, const QCommandLineParser& p) {
             return runOutboxChange(c, p, true);
         }},
        {QStringLiteral("outbox"),
         QStringLiteral("cancel"),
         QStringLiteral("Cancel a queued or failed email."),
         {{QStringLiteral("id"), QStringLiteral("Outbox message id.")}},
         1,
         {},
         [](CliContext& c, const QCommandLineParser& p) {
             return runOutboxChange(c, p, false);
         }},
        {QStringLiteral("outbox"),
         QStringLiteral("send"),
         QStringLiteral("Deliver every due email now and exit."),
         {},
         0,
         {},
         runOutboxSend},
        {QStringLiteral("mail"),
         QStringLiteral("configure"),
         QStringLiteral("Set the SMTP server and sender (the password stays in KEYDESK_SMTP_PASSWORD)."),
         {},
         0,
         [](QCommandLineParser& p) {
             p.addOptions({kSmtpHost, kSmtpPort, kSecurity, kUsername, kFrom, kFromName, kOrganisation,
                           kMailLanguage, kCaFile});
         },
         runMailConfigure},
        {QStringLiteral("mail"),
         QStringLiteral("test"),
         QStringLiteral("Send a test email with the SMTP settings."),
         {},
         0,
         [](QCommandLineParser& p) { p.addOption(kTo); },
         runMailTest},
        {QStringLiteral("settings"),
         QStringLiteral("list"),
         QStringLiteral("Show the deployment settings (base URL, RP ID, origins, lifetimes)."),
         {},
         0,
         {},
         runSettingsList},
        {QStringLiteral("settings"),
         QStringLiteral("set"),
         QStringLiteral("Change a deployment setting; no value resets it. Checked before it is saved."),
         {{QStringLiteral("key"), QStringLiteral("Setting name.")},
          {QStringLiteral("value"), QStringLiteral("New value.")}},
         1,
         [](QCommandLineParser& p) { p.addOption(kValueFile); },
         runSettingsSet},
    };
    // Through the admin API, so on a team server too: what reads or changes its data, and the mail
    // test (the server sends it). serve and make-cert belong to this machine; outbox send delivers
    // a database's outbox from this machine, with its password (a team server's runtime delivers
    // its own, as soon as a message is queued).
    for (Command& c : commands)
        c.overAdminApi =
            c.group == u"settings" || c.group == u"mail" || (c.group == u"outbox" && c.verb != u"send");
    return commands;
}

} // namespace keydesk::cli
