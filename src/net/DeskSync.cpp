// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "DeskSync.h"

#include "KnownServers.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSslConfiguration>
#include <QThread>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcDeskSync, "keydesk.desk.sync", QtInfoMsg)

namespace keydesk::net {

// What only the sync thread touches: its own admin client (a QNetworkAccessManager belongs to the
// thread that made it).
struct DeskSync::WorkerSide
{
    std::unique_ptr<AdminClient> client;
};

namespace {

QUrl channelUrl(QUrl server)
{
    server.setScheme(server.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                               : QStringLiteral("ws"));
    server.setPath(QStringLiteral("/api/v1/admin/live"));
    return server;
}

} // namespace

DeskSync::DeskSync(DeskSyncOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_side(std::make_shared<WorkerSide>()),
      m_cancel(std::make_shared<std::atomic_bool>(false))
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("desk sync"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();

    m_poll.setInterval(m_options.pollMs);
    connect(&m_poll, &QTimer::timeout, this, &DeskSync::runSync);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &DeskSync::runSync);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &DeskSync::openChannel);
    m_silence.setSingleShot(true);
    m_silence.setInterval(m_options.silenceMs);
    connect(&m_silence, &QTimer::timeout, this, [this] {
        qCInfo(lcDeskSync) << "the live channel went quiet; reconnecting";
        if (m_channel)
            m_channel->abort();
    });
}

DeskSync::~DeskSync()
{
    m_cancel->store(true);
    if (m_channel)
        disconnect(m_channel.get(), nullptr, this, nullptr);
    // The sync thread's client goes on that thread, after the sync under way has stopped.
    QMetaObject::invokeMethod(m_worker, [side = std::move(m_side)]() mutable { side.reset(); });
    m_thread->quit();
    m_thread->wait();
}

void DeskSync::start()
{
    // Until the first sync answers, the cache is as of its last one (a start without the server).
    if (auto syncedAt = CacheSync::syncedAtMs(m_options.cachePath); syncedAt && syncedAt.value())
        m_lastSyncedAt = QDateTime::fromMSecsSinceEpoch(*syncedAt.value());
    runSync();
    openChannel();
}

void DeskSync::stop()
{
    m_stopped = true;
    m_cancel->store(true);
    m_poll.stop();
    m_retry.stop();
    m_reconnect.stop();
    m_silence.stop();
    if (m_channel) {
        disconnect(m_channel.get(), nullptr, this, nullptr);
        m_channel->abort();
        m_channel.release()->deleteLater();
        m_channelOpen = false;
    }
}

void DeskSync::syncNow()
{
    ++m_asked;
    runSync();
}

bool DeskSync::syncAndWait(int timeoutMs)
{
    syncNow();
    const quint64 wanted = m_asked;
    if (m_doneFor < wanted && m_running) {
        QEventLoop loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        connect(this, &DeskSync::ended, &loop, [&] {
            if (m_doneFor >= wanted || !m_running)
                loop.quit();
        });
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return m_doneFor >= wanted && m_problem.isEmpty();
}

void DeskSync::runSync()
{
    if (m_link == Link::SignedOut || m_stopped)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    m_runFor = m_asked;
    m_cancel->store(false);
    m_retry.stop();

    CacheSyncOptions options;
    options.server = m_options.server.url.toString();
    options.operatorName = m_options.operatorName;
    // Once a session: later ones copy them when changes came (a change of settings is audited).
    options.copySettings = !m_settingsCopied;
    options.pageRows = m_options.pageRows;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    // Called on the sync thread; `this` outlives it (the destructor waits for the thread).
    options.progress = [this, cancel](const SyncProgress& progress) {
        QMetaObject::invokeMethod(this, [this, progress] { Q_EMIT progressed(progress); });
        return !cancel->load();
    };
    const QString cachePath = m_options.cachePath;
    RemoteServer server = m_options.server;
    server.timeoutMs = DeskSyncOptions::kRequestTimeoutMs;
    server.background = true; // syncing is not the operator's use of the session
    QMetaObject::invokeMethod(m_worker, [this, side = m_side, options, cachePath, server]() mutable {
        if (!side->client)
            side->client = makeRemoteAdminClient(server);
        int status = 0;
        const SyncFetch fetch = [&](const QString& path, const QUrlQuery& query) {
            const ApiAnswer answer = side->client->send({"GET", path, query, {}, {}, {}});
            status = answer.status;
            return SyncAnswer{answer.status, answer.body, answer.message()};
        };
        options.nowMs = QDateTime::currentMSecsSinceEpoch();
        const Result<SyncOutcome> outcome = CacheSync::run(cachePath, fetch, options);
        QMetaObject::invokeMethod(this, [this, outcome, status] { finishSync(outcome, status); });
    });
}

void DeskSync::finishSync(const Result<SyncOutcome>& outcome, int status)
{
    m_running = false;
    m_doneFor = m_runFor;
    // Said last, once the desk's state says how this sync went.
    const auto sayEnded = qScopeGuard([this] { Q_EMIT ended(); });
    if (m_stopped) {
        // Told how far it came; nothing follows.
        if (outcome)
            Q_EMIT synced(outcome.value());
        return;
    }
    if (outcome) {
        m_problem.clear();
        m_retryMs = 0;
        m_through = outcome->through;
        m_settingsCopied = m_settingsCopied || !outcome->cancelled;
        m_lastSyncedAt = QDateTime::currentDateTime();
        m_offlineSince = {};
        setLink(m_channelOpen ? Link::Live : Link::Polling);
        if (!m_channelOpen && !m_poll.isActive())
            m_poll.start();
        Q_EMIT synced(outcome.value());
        // Asked again while this ran: unless the channel's last word is what this sync reached.
        // A sync asked for by syncNow() after this one began always follows.
        const bool caughtUp = m_channelOpen && m_heardThrough == m_through && m_doneFor >= m_asked;
        if (m_again && !outcome->cancelled && !caughtUp)
            runSync();
        return;
    }
    m_problem = outcome.error();
    m_again = false;
    // Copied or not, the next sync that succeeds copies them (they may be what failed).
    m_settingsCopied = false;
    if (status == 401) {
        // The session ended or was revoked: nothing more until the operator signs in again.
        m_poll.stop();
        m_reconnect.stop();
        if (m_channel)
            m_channel->abort();
        setLink(Link::SignedOut);
        Q_EMIT failed(m_problem);
        return;
    }
    if (status == 0) {
        if (m_link != Link::Offline)
            m_offlineSince = QDateTime::currentDateTime();
        m_poll.stop();
        setLink(Link::Offline);
    }
    qCInfo(lcDeskSync).noquote() << "sync failed:" << m_problem;
    Q_EMIT failed(m_problem);
    m_retry.start(nextRetryMs());
}

void DeskSync::openChannel()
{
    if (m_link == Link::SignedOut || m_stopped || m_channel)
        return;
    m_channel = std::make_unique<QWebSocket>();
    QWebSocket* channel = m_channel.get();
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_options.server.trustCertFile.isEmpty())
        tls.addCaCertificates(QSslCertificate::fromPath(m_options.server.trustCertFile, QSsl::Pem));
    channel->setSslConfiguration(tls);
    connect(channel, &QWebSocket::sslErrors, this, [this, channel](const QList<QSslError>& errors) {
        // The same trust as the admin client's: a fingerprint the operator confirmed.
        const QString fingerprint = certificateFingerprint(channel->sslConfiguration().peerCertificate());
        if (onlyTrustErrors(errors) &&
            KnownServers(m_options.server.knownServersFile).trusts(m_options.server.url, fingerprint))
            channel->ignoreSslErrors(errors);
    });
    connect(channel, &QWebSocket::connected, this, [this] {
        m_channelOpen = true;
        m_reconnectMs = 0;
        m_poll.stop();
        m_silence.start();
        if (m_link == Link::Polling)
            setLink(Link::Live);
    });
    connect(channel, &QWebSocket::textMessageReceived, this, [this](const QString& text) {
        m_silence.start();
        onChannelMessage(text);
    });
    connect(channel, &QWebSocket::disconnected, this, &DeskSync::onChannelClosed);
    QNetworkRequest request(channelUrl(m_options.server.url));
    request.setRawHeader("Authorization", "Bearer " + m_options.server.bearer);
    channel->open(request);
}

void DeskSync::onChannelMessage(const QString& text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString epoch = message.value(QStringLiteral("epoch")).toString();
    const qint64 through = message.value(QStringLiteral("through")).toInteger(-1);
    if (epoch.isEmpty() || through < 0)
        return; // not a message of this protocol
    // Another log (the server's database was restored or replaced) may stand at the same number.
    const bool anotherLog = !m_heardEpoch.isEmpty() && epoch != m_heardEpoch;
    m_heardEpoch = epoch;
    m_heardThrough = through;
    // A heartbeat that says what the cache has asks for nothing.
    if (anotherLog || through != m_through || m_link != Link::Live)
        runSync();
}

void DeskSync::onChannelClosed()
{
    if (!m_channel)
        return;
    const bool wasOpen = m_channelOpen;
    m_channelOpen = false;
    m_silence.stop();
    m_channel.release()->deleteLater(); // its signal is being delivered
    if (m_link == Link::SignedOut)
        return;
    if (wasOpen)
        qCInfo(lcDeskSync) << "the live channel closed; asking every" << m_options.pollMs << "ms meanwhile";
    if (m_link == Link::Live)
        setLink(Link::Polling);
    // Whether the server still answers, and the credential still holds, the next sync says.
    if (wasOpen)
        runSync();
    if (m_link != Link::Offline && !m_poll.isActive())
        m_poll.start();
    m_reconnectMs =
        m_reconnectMs == 0 ? m_options.retryFirstMs : std::min(2 * m_reconnectMs, m_options.retryMostMs);
    m_reconnect.start(m_reconnectMs);
}

void DeskSync::setLink(Link link)
{
    if (link == m_link)
        return;
    m_link = link;
    Q_EMIT linkChanged(link);
}

int DeskSync::nextRetryMs()
{
    m_retryMs = m_retryMs == 0 ? m_options.retryFirstMs : std::min(2 * m_retryMs, m_options.retryMostMs);
    return m_retryMs;
}

} // namespace keydesk::net
