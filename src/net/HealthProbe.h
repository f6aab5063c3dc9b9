// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;

namespace keydesk::net {

// Asks an enrollment server's /healthz whether anything answers where an activation link points,
// so a desk never hands out a link to a port nothing listens on without saying so. Whether the
// certificate is trusted is the phone's question, not this one: TLS errors are not failures here.
class HealthProbe : public QObject
{
    Q_OBJECT

public:
    static constexpr int kTimeoutMs = 3000;

    explicit HealthProbe(QObject* parent = nullptr);

    // Asks `baseUrl`/healthz; finished() follows, once. A new start() abandons the one before.
    void start(const QString& baseUrl, int timeoutMs = kTimeoutMs);
    // The same, waiting for the answer (the CLI).
    static Status check(const QString& baseUrl, int timeoutMs = kTimeoutMs);

Q_SIGNALS:
    // ok: the server answered ready; otherwise `problem` says what happened, for people.
    void finished(bool ok, const keydesk::Error& problem);

private:
    void done(QNetworkReply* reply);

    QNetworkAccessManager* m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
};

} // namespace keydesk::net
