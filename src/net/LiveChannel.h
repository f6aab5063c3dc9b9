// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "core/Actor.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

class QWebSocket;

namespace keydesk {
class Store;
}

namespace keydesk::net {

// The admin API's live channel, GET /api/v1/admin/live upgraded to a WebSocket (docs/team-mode.md):
// tells each listening desk how far the change log has come, {"epoch": E, "through": N}, when it
// moves, and at every heartbeat besides (proxies close quiet connections, and a desk that hears
// nothing for long knows the channel is gone). The desk then pulls the changes itself: the
// message carries no data, so it needs no filtering by role, and a lost one costs only latency.
//
// The log's end is read every kLookMs while anyone listens: other instances and other processes
// (keydesk-cli on the same database) write too, and one indexed read is cheaper than a
// notification path per engine. This instance's own changes are told at once (changed()).
class LiveChannel : public QObject
{
    Q_OBJECT

public:
    static constexpr int kLookMs = 200;
    // A desk says nothing on the channel; anything bigger than this closes it.
    static constexpr int kMaxIncomingBytes = 1024;

    // `heartbeatMs`: ServerOptions::liveHeartbeatMs.
    LiveChannel(Store& store, int heartbeatMs, QObject* parent = nullptr);
    ~LiveChannel() override;

    static QString path() { return QStringLiteral("/api/v1/admin/live"); }

    // The operator an upgrade request's Authorization names (not counted as using the session),
    // if they may read the directory;
    // else the refusal (ErrorCode::SignInRequired or PermissionDenied).
    Result<Actor> admit(const QByteArray& authorization);
    // A desk whose upgrade went through: it hears where the log stands at once.
    void take(std::unique_ptr<QWebSocket> socket);
    // Something committed here: tell the desks now rather than at the next look.
    void changed();

    int listeners() const { return int(m_listeners.size()); }

private:
    struct Listener;
    void look();
    void heartbeat();
    void send(Listener& listener);
    void drop(QWebSocket* socket);

    Store& m_store;
    std::vector<std::unique_ptr<Listener>> m_listeners;
    QTimer m_look;
    QTimer m_heartbeat;
    QString m_epoch;
    qint64 m_through = -1;
};

} // namespace keydesk::net
