// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "LiveChannel.h"

#include "AdminApi.h"

#include "core/store/Store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcLive, "keydesk.server.live", QtInfoMsg)

namespace keydesk::net {

struct LiveChannel::Listener
{
    std::unique_ptr<QWebSocket> socket;
    QByteArray authorization; // checked again at each heartbeat: a session that ends closes the channel
    QString operatorName;
    QString epochSent;
    qint64 throughSent = -1;
};

namespace {

// Close codes of RFC 6455 §7.4: 1008, the credential no longer holds.
constexpr auto kCredentialGone = QWebSocketProtocol::CloseCodePolicyViolated;

} // namespace

LiveChannel::LiveChannel(Store& store, int heartbeatMs, QObject* parent) : QObject(parent), m_store(store)
{
    m_look.setInterval(kLookMs);
    connect(&m_look, &QTimer::timeout, this, &LiveChannel::look);
    m_heartbeat.setInterval(heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &LiveChannel::heartbeat);
}

LiveChannel::~LiveChannel()
{
    for (auto& listener : m_listeners)
        disconnect(listener->socket.get(), nullptr, this, nullptr);
}

Result<Actor> LiveChannel::admit(const QByteArray& authorization)
{
    // Listening is never the operator's use of the session (it must still end when idle).
    auto actor = AdminApi::bearerActor(m_store, authorization, AccessService::Use::Check);
    if (!actor)
        return actor;
    if (Status allowed = actor->check(Permission::ReadDirectory); !allowed)
        return Result<Actor>::failure(allowed.cause());
    return actor;
}

void LiveChannel::take(std::unique_ptr<QWebSocket> socket)
{
    const QByteArray authorization = socket->request().rawHeader("Authorization");
    auto actor = admit(authorization);
    if (!actor) {
        // Signed out between the upgrade and now.
        socket->close(kCredentialGone, actor.error());
        socket.release()->deleteLater();
        return;
    }
    socket->setMaxAllowedIncomingMessageSize(kMaxIncomingBytes);
    socket->setMaxAllowedIncomingFrameSize(kMaxIncomingBytes);
    QWebSocket* raw = socket.get();
    connect(raw, &QWebSocket::disconnected, this, [this, raw] { drop(raw); });
    auto listener = std::make_unique<Listener>();
    listener->socket = std::move(socket);
    listener->authorization = authorization;
    listener->operatorName = actor->name();
    m_listeners.push_back(std::move(listener));
    qCInfo(lcLive).noquote() << actor->name() << "listens from" << raw->peerAddress().toString();
    if (!m_look.isActive()) {
        m_through = -1; // read again: nobody listened while it moved
        m_look.start();
        m_heartbeat.start();
    }
    look();
    send(*m_listeners.back());
}

void LiveChannel::changed()
{
    if (!m_listeners.empty())
        look();
}

void LiveChannel::look()
{
    auto head = m_store.changeLog().head();
    if (!head)
        return; // the database is away for a moment; the next look tries again
    if (head->epoch == m_epoch && head->through == m_through)
        return;
    m_epoch = head->epoch;
    m_through = head->through;
    for (auto& listener : m_listeners)
        send(*listener);
}

void LiveChannel::heartbeat()
{
    QList<QWebSocket*> ended; // closed after the loop: closing may drop a listener
    for (auto& listener : m_listeners) {
        auto still = AdminApi::bearerActor(m_store, listener->authorization, AccessService::Use::Check);
        if (!still && still.cause().code() == ErrorCode::SignInRequired) {
            qCInfo(lcLive).noquote() << listener->operatorName << "no longer listens:" << still.error();
            ended << listener->socket.get();
            continue;
        }
        listener->throughSent = -1; // said again, as a heartbeat
        send(*listener);
    }
    for (QWebSocket* socket : std::as_const(ended))
        socket->close(kCredentialGone, tr("the sign-in has ended"));
}

void LiveChannel::send(Listener& listener)
{
    if (m_through < 0 || (listener.epochSent == m_epoch && listener.throughSent == m_through))
        return;
    listener.epochSent = m_epoch;
    listener.throughSent = m_through;
    listener.socket->sendTextMessage(QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("epoch"), m_epoch}, {QStringLiteral("through"), m_through}})
            .toJson(QJsonDocument::Compact)));
}

void LiveChannel::drop(QWebSocket* socket)
{
    const auto it = std::find_if(m_listeners.begin(), m_listeners.end(),
                                 [socket](const auto& listener) { return listener->socket.get() == socket; });
    if (it == m_listeners.end())
        return;
    (*it)->socket.release()->deleteLater(); // its own signal is being delivered
    m_listeners.erase(it);
    if (m_listeners.empty()) {
        m_look.stop();
        m_heartbeat.stop();
    }
}

} // namespace keydesk::net
