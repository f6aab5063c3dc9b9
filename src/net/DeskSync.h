// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "AdminClient.h"
#include "core/sync/CacheSync.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

class QThread;
class QWebSocket;

namespace keydesk::net {

struct DeskSyncOptions
{
    // A desk's requests: no answer in this long counts as offline.
    static constexpr int kRequestTimeoutMs = 15'000;

    RemoteServer server;
    QString cachePath;
    QString operatorName; // who the cache is filled for (CacheSyncOptions)
    // While the live channel is down but the server answers: how often the desk asks.
    int pollMs = 2'000;
    // Reaching the server again after a failure: the first wait, doubled up to the last.
    int retryFirstMs = 1'000;
    int retryMostMs = 30'000;
    // A live channel that has said nothing for this long is gone (the server says something
    // every 20 s).
    int silenceMs = 60'000;
    // Rows per page of a copy (CacheSyncOptions::pageRows).
    int pageRows = 5'000;
};

// Keeps a desk's cache up to date with its team server (docs/team-mode.md): listens on the admin
// API's live channel and pulls the changes (CacheSync, on a thread of its own) whenever the server
// says the log has moved; without the channel — a proxy that does not upgrade, a channel that
// dropped — it asks every pollMs while it reconnects. When the server cannot be reached it says
// since when, and tries again with back-off; a refused credential stops it (sign in again).
class DeskSync : public QObject
{
    Q_OBJECT

public:
    enum class Link
    {
        Starting,  // the first sync is under way
        Live,      // the server tells this desk of each change
        Polling,   // the server answers, the live channel does not
        Offline,   // the server cannot be reached: showing the cache as of lastSyncedAt()
        SignedOut, // the server refused the credential
    };

    explicit DeskSync(DeskSyncOptions options, QObject* parent = nullptr);
    ~DeskSync() override;

    void start();
    // Stops following: a copy under way ends after its current page (what was stored stays, and a
    // DeskSync on the same cache goes on from there); no more syncs; the channel closes.
    void stop();
    bool stopped() const { return m_stopped; }
    // A sync is under way (on the sync thread).
    bool running() const { return m_running; }
    // Looks now (after this desk changed something, or the operator asked).
    void syncNow();
    // Looks now and waits until a sync that began after this call has ended, or `timeoutMs`
    // passed; whether it brought the cache up to date. The operator's input waits meanwhile, the
    // rest of the event loop goes on: a page that shows a change the server confirmed shows it
    // from the cache.
    bool syncAndWait(int timeoutMs);

    Link link() const { return m_link; }
    QDateTime offlineSince() const { return m_offlineSince; }
    QDateTime lastSyncedAt() const { return m_lastSyncedAt; }
    qint64 through() const { return m_through; }
    // Why the last sync failed; empty after one that succeeded.
    QString problem() const { return m_problem; }

Q_SIGNALS:
    void progressed(const keydesk::SyncProgress& progress);
    void synced(const keydesk::SyncOutcome& outcome);
    void linkChanged(keydesk::net::DeskSync::Link link);
    void failed(const QString& why);
    // A sync ended, whether it succeeded or not.
    void ended();

private:
    struct WorkerSide;
    void runSync();
    void finishSync(const Result<SyncOutcome>& outcome, int status);
    void openChannel();
    void onChannelMessage(const QString& text);
    void onChannelClosed();
    void setLink(Link link);
    int nextRetryMs();

    DeskSyncOptions m_options;
    QThread* m_thread = nullptr;
    QObject* m_worker = nullptr; // lives on m_thread: what runs there is invoked on it
    std::shared_ptr<WorkerSide> m_side;
    std::unique_ptr<QWebSocket> m_channel;
    bool m_channelOpen = false;
    QTimer m_poll;
    QTimer m_retry;
    QTimer m_reconnect;
    QTimer m_silence;
    int m_retryMs = 0;
    int m_reconnectMs = 0;
    bool m_running = false;
    bool m_stopped = false;
    bool m_again = false;
    // syncAndWait(): syncs asked for, the last asked for when the running one began, and when the
    // last one that ended began.
    quint64 m_asked = 0;
    quint64 m_runFor = 0;
    bool m_settingsCopied = false; // the server's deployment settings, this session
    quint64 m_doneFor = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    Link m_link = Link::Starting;
    QDateTime m_offlineSince;
    QDateTime m_lastSyncedAt;
    qint64 m_through = -1;
    QString m_heardEpoch;
    qint64 m_heardThrough = -1;
    QString m_problem;
};

} // namespace keydesk::net
