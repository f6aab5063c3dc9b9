// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "TeamSession.h"

#include "ConnectDialog.h"
#include "SignInDialog.h"
#include "SyncProgressDialog.h"
#include "core/AppPaths.h"
#include "core/Core.h"
#include "i18n/PhoneLanguage.h"
#include "net/AsyncAdminClient.h"
#include "net/DeskSync.h"
#include "net/RemoteChanges.h"
#include "net/SessionKeeper.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QScopeGuard>
#include <QSysInfo>

namespace keydesk::gui {

namespace {

QString knownServersFile()
{
    return AppPaths::configFile(QStringLiteral("known-servers"));
}

net::SessionKeeper sessions()
{
    return net::SessionKeeper(AppPaths::configFile(QStringLiteral("sessions")));
}

// The server answers in the desk's language.
net::RemoteServer remoteServer(const QUrl& url, const QByteArray& bearer)
{
    net::RemoteServer server;
    server.url = url;
    server.bearer = bearer;
    server.knownServersFile = knownServersFile();
    server.timeoutMs = net::DeskSyncOptions::kRequestTimeoutMs;
    server.acceptLanguage = deskLanguage().toLatin1();
    return server;
}

// A request the console waits for (up to DeskSyncOptions::kRequestTimeoutMs): the wait cursor.
void showBusy(bool busy)
{
    if (busy)
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    else
        QGuiApplication::restoreOverrideCursor();
}

} // namespace

std::optional<TeamSession::SignedIn> TeamSession::connect(const QStringList& recentServers, QWidget* parent,
                                                          QString* problem)
{
    ConnectDialog dialog(recentServers, knownServersFile(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return reconnect(dialog.url(), parent, problem);
}

std::optional<TeamSession::SignedIn> TeamSession::reconnect(const QUrl& server, QWidget* parent,
                                                            QString* problem,
                                                            const std::optional<SignedIn>& lastSignedIn)
{
    if (auto kept = keptSession(server, lastSignedIn))
        return kept;
    return signIn(server, parent, problem);
}

QString TeamSession::cacheOf(const QUrl& server, const QString& email)
{
    return AppPaths::teamCache(server.host(),
                               server.port(server.scheme() == QLatin1String("http") ? 80 : 443), email);
}

std::optional<TeamSession::SignedIn> TeamSession::keptSession(const QUrl& server,
                                                              const std::optional<SignedIn>& lastSignedIn)
{
    const QString secret = sessions().find(server);
    if (secret.isEmpty())
        return std::nullopt;
    showBusy(true);
    const auto done = qScopeGuard([] { showBusy(false); });
    const net::ApiAnswer me = net::makeRemoteAdminClient(remoteServer(server, secret.toLatin1()))
                                  ->call("GET", QStringLiteral("/me"), {}, {});
    const auto role = operatorRoleFromName(me.body.value(QStringLiteral("role")).toString());
    // An ended session is forgotten (the sign-in follows); a server out of reach keeps it, and
    // the desk shows its copy offline until the server answers (or says the session ended).
    if (me.status == 401)
        (void)sessions().forget(server);
    if (me.status == 0 && lastSignedIn && QFileInfo::exists(cacheOf(server, lastSignedIn->email))) {
        SignedIn offline = *lastSignedIn;
        offline.server = server;
        offline.secret = secret.toLatin1();
        return offline;
    }
    if (!me.ok() || !role)
        return std::nullopt;
    return SignedIn{server, secret.toLatin1(), me.body.value(QStringLiteral("user_id")).toInteger(),
                    me.body.value(QStringLiteral("email")).toString(), *role};
}

std::optional<TeamSession::SignedIn> TeamSession::signIn(const QUrl& server, QWidget* parent,
                                                         QString* problem)
{
    net::AsyncAdminClient client(remoteServer(server, {}));
    SignInDialog dialog(client, tr("KeyDesk on %1").arg(QSysInfo::machineHostName()), parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const OperatorSession& session = dialog.session();
    if (auto kept = sessions().keep(server, dialog.secret()); !kept && problem)
        *problem = tr("Signed in, but the session was not kept on this computer: %1").arg(kept.error());
    return SignedIn{server, dialog.secret().toLatin1(), session.userId, session.email, session.role};
}

TeamSession::TeamSession(SignedIn who, QObject* parent)
    : QObject(parent), m_who(std::move(who)), m_cachePath(cacheOf(m_who.server, m_who.email))
{
    net::DeskSyncOptions options;
    options.server = remoteServer(m_who.server, m_who.secret);
    options.cachePath = m_cachePath;
    options.operatorName = m_who.email;
    m_sync = std::make_unique<net::DeskSync>(options);
}

TeamSession::~TeamSession() = default;

bool TeamSession::start(QWidget* parent, QString* problem)
{
    // Only this operator reads the folder of their caches.
    const QString folder = QFileInfo(m_cachePath).absolutePath();
    if (!QDir().mkpath(folder) ||
        !QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        *problem = tr("Cannot make the folder %1 for this desk's copy of the server.").arg(folder);
        return false;
    }
    const bool whole = QFileInfo::exists(m_cachePath);
    m_sync->start();
    if (whole)
        return true; // the pages show the cache at once; the sync catches up behind them
    SyncProgressDialog progress(*m_sync, m_who.server.host(), parent);
    if (progress.exec() == QDialog::Accepted)
        return true;
    m_sync->stop();
    *problem = m_sync->link() == net::DeskSync::Link::SignedOut
                   ? tr("The server refused: %1").arg(m_sync->problem())
                   : tr("The first copy was stopped; the next connection goes on where it stopped.");
    return false;
}

Result<std::unique_ptr<Core>> TeamSession::openCache()
{
    Core::Options options;
    options.actor = m_who.email;
    options.createIfMissing = false;
    auto core = Core::open(m_cachePath, options);
    if (!core)
        return core;
    net::DeskSync* sync = m_sync.get();
    auto unreachable = [sync]() -> std::optional<Error> {
        switch (sync->link()) {
        case net::DeskSync::Link::Offline:
            return Error::text(
                tr("Offline since %1; changes need the server.")
                    .arg(QLocale().toString(sync->offlineSince().time(), QLocale::ShortFormat)));
        case net::DeskSync::Link::SignedOut:
            return Error::text(tr("Signed out; sign in again with File > Connect to Server…"));
        default:
            return std::nullopt;
        }
    };
    core.value()->joinTeam(SignedInOperator{m_who.userId, m_who.email, m_who.role, {}},
                           net::makeRemoteChanges(remoteServer(m_who.server, m_who.secret), *m_sync,
                                                  std::move(unreachable), &showBusy));
    return core;
}

QString TeamSession::statusText(const QString& operatorName) const
{
    return tr("Team: %1 — %2 (%3)")
        .arg(m_who.server.host(), operatorName.isEmpty() ? m_who.email : operatorName,
             SignInDialog::roleText(m_who.role));
}

void TeamSession::signOut()
{
    m_sync->stop();
    // Forgotten here whatever the server says: a session it no longer knows is over anyway.
    (void)net::makeRemoteAdminClient(remoteServer(m_who.server, m_who.secret))
        ->call("POST", QStringLiteral("/sign-out"), {}, {});
    (void)sessions().forget(m_who.server);
}

} // namespace keydesk::gui
