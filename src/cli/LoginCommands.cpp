// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// `keydesk-cli login` and `logout`: an operator signs this terminal in to a team server with
// their own security key (docs/operators.md), and out again.
#include "CliFormat.h"
#include "Command.h"
#include "core/AppPaths.h"
#include "core/domain/OperatorJson.h"
#include "core/qr/QrCode.h"
#include "net/KnownServers.h"
#include "net/SessionKeeper.h"

#include <QDateTime>
#include <QEventLoop>
#include <QHostInfo>
#include <QTimer>

#include <cstdio>

namespace keydesk::cli {

namespace {

const QCommandLineOption kDesk(QStringLiteral("desk"),
                               QStringLiteral("The name the phone shows for this desk (default: "
                                              "keydesk-cli on <host name>)."),
                               QStringLiteral("name"));

constexpr int kPollMs = 1'000;

SessionKeeper sessions()
{
    return SessionKeeper(AppPaths::configFile(QStringLiteral("sessions")));
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// First use of a self-signed server: the operator compares the fingerprint with the one the
// server's operator reads out, and says yes on stdin. True once it is remembered.
bool confirmCertificate(CliContext& ctx, const QString& fingerprint)
{
    ctx.err() << "The certificate of " << ctx.server.url.toString() << " is not one this machine trusts.\n"
              << "SHA-256 fingerprint: " << fingerprint << '\n'
              << "Compare it with the server's ('keydesk-cli server make-cert' printed it). Trust it? [y/N] ";
    ctx.err().flush();
    char answer[16] = {};
    if (!std::fgets(answer, sizeof answer, stdin))
        return false;
    const QString said = QString::fromLatin1(answer).trimmed().toLower();
    if (said != u"y" && said != u"yes")
        return false;
    if (Status s = KnownServers(ctx.server.knownServersFile).remember(ctx.server.url, fingerprint); !s) {
        ctx.fail(s.error());
        return false;
    }
    ctx.resetAdmin();
    return true;
}

int runLogin(CliContext& ctx, const QCommandLineParser& p)
{
    if (!ctx.remote())
        return usageError(ctx, QStringLiteral("login needs --server (or KEYDESK_SERVER)"));
    const QString desk =
        p.isSet(kDesk) ? p.value(kDesk) : QStringLiteral("keydesk-cli on %1").arg(QHostInfo::localHostName());
    // A sign-in needs no credential, and an old one may be dead.
    ctx.server.bearer.clear();
    ctx.useKeptSession = false;
    const QJsonObject request{{QStringLiteral("desk"), desk}};
    ApiAnswer started = ctx.admin()->call("POST", QStringLiteral("/sign-in"), {}, request);
    if (started.status == 0 && !started.untrustedFingerprint.isEmpty()) {
        if (!confirmCertificate(ctx, started.untrustedFingerprint))
            return ctx.fail(QStringLiteral("not signed in: the server's certificate was not confirmed"));
        started = ctx.admin()->call("POST", QStringLiteral("/sign-in"), {}, request);
    }
    if (!started.ok())
        return ctx.fail(started.message());
    const QString link = started.body.value(QStringLiteral("link")).toString();
    const QString pollSecret = started.body.value(QStringLiteral("pollSecret")).toString();
    const qint64 expiresAtMs = jsonTimeMs(started.body.value(QStringLiteral("expiresAt")));
    auto qr = QrCode::encode(link);
    if (!qr)
        return ctx.fail(qr.error());
    ctx.out() << "Sign in to " << ctx.server.url.toString() << " with your security key: scan this with your "
              << "phone, or open the link.\n\n"
              << qr->toTerminalText() << '\n'
              << "link:         " << link << '\n'
              << "match number: " << started.body.value(QStringLiteral("matchNumber")).toInt()
              << "  (your phone shows the same, with \"" << desk << "\")\n"
              << "waiting until " << formatTime(expiresAtMs) << " …\n";
    ctx.out().flush();

    // The phone answers the server; this desk asks for the outcome until it has one.
    while (QDateTime::currentMSecsSinceEpoch() < expiresAtMs + 10'000) {
        const ApiAnswer polled = ctx.admin()->call("POST", QStringLiteral("/sign-in/collect"), {},
                                                   {{QStringLiteral("pollSecret"), pollSecret}});
        if (polled.status == 202) {
            pause(kPollMs);
            continue;
        }
        if (!polled.ok())
            return ctx.fail(QStringLiteral("not signed in: ") + polled.message());
        const QString secret = polled.body.value(QStringLiteral("session")).toString();
        const OperatorSession session = sessionFromJson(polled.body);
        auto kept = sessions().keep(ctx.server.url, secret);
        if (!kept)
            return ctx.fail(QStringLiteral("signed in, but the session could not be kept: ") + kept.error());
        ctx.out() << "signed in as " << session.email << " (" << operatorRoleName(session.role)
                  << "); the session ends " << formatTime(session.expiresAtMs)
                  << " or after 30 idle minutes; "
                  << "kept in " << kept.value() << '\n';
        return ExitOk;
    }
    return ctx.fail(QStringLiteral("not signed in: the sign-in expired before the phone answered"));
}

int runLogout(CliContext& ctx, const QCommandLineParser&)
{
    if (!ctx.remote())
        return usageError(ctx, QStringLiteral("logout needs --server (or KEYDESK_SERVER)"));
    const QString secret = sessions().find(ctx.server.url);
    if (secret.isEmpty())
        return ctx.fail(QStringLiteral("no session for %1 on this machine").arg(ctx.server.url.toString()));
    ctx.server.bearer = secret.toLatin1();
    ctx.resetAdmin();
    const ApiAnswer ended = ctx.admin()->call("POST", QStringLiteral("/sign-out"), {}, {});
    // Forgotten here whatever the server says: a session it no longer knows is over anyway.
    if (Status s = sessions().forget(ctx.server.url); !s)
        return ctx.fail(s.error());
    if (ended.status == 0)
        return ctx.fail(QStringLiteral("forgot the session here, but ") + ended.message());
    ctx.out() << "signed out of " << ctx.server.url.toString()
              << (ended.ok() ? QString() : QStringLiteral(" (the server had ended the session already)"))
              << '\n';
    return ExitOk;
}

} // namespace

QString keptSession(const QUrl& server)
{
    return sessions().find(server);
}

QList<Command> loginCommands()
{
    return overAdminApi({
        {QStringLiteral("login"),
         QString(),
         QStringLiteral("Sign in to a team server (--server) with your security key: QR code here, key on "
                        "your phone."),
         {},
         0,
         [](QCommandLineParser& p) { p.addOption(kDesk); },
         runLogin},
        {QStringLiteral("logout"),
         QString(),
         QStringLiteral("End this machine's session on a team server (--server) and forget it."),
         {},
         0,
         {},
         runLogout},
    });
}

} // namespace keydesk::cli
