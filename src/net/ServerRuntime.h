// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "RuntimeWorker.h"

#include <QObject>

#include <optional>

class QThread;

namespace keydesk::net {

// Everything that serves a database on its own, built once for `keydesk-cli serve` and the
// console alike: the enrollment server, the sweep that expires links, enabled workflows (when
// the runtime starts, every workflows.interval_minutes and when users enter a scope) and the
// outbox sender. It runs on its own thread with its own database connection, so phones never
// wait on the operator's window and the window never waits on phones; what it does reaches
// the owner through queued signals (events()). Call it from the thread that made it.
class ServerRuntime : public QObject
{
    Q_OBJECT

public:
    // `actor` is who the runtime's own changes are recorded as (expiries, workflow runs).
    ServerRuntime(const QString& databasePath, const QString& actor, const AuthenticatorNames& names,
                  QObject* parent = nullptr);
    ~ServerRuntime() override;

    // Starts (or restarts) the enrollment server and waits until it listens or fails. The first
    // call also starts the sweep and the workflow timer and runs the enabled workflows once; a
    // database that cannot be opened or whose workflow interval is unusable fails it.
    Status start(const ServerOptions& options);
    void stop();

    bool isListening() const { return m_state.started.ok() && !m_state.listeningUrl.isEmpty(); }
    QString listeningUrl() const { return m_state.listeningUrl; }
    // Why the last start() failed; empty while listening or before the first start.
    QString error() const { return m_state.started.ok() ? QString() : m_state.started.error(); }
    const EnrollmentConfig& config() const { return m_state.config; }
    QStringList warnings() const { return m_state.warnings; }

    // Delivers the outbox with these settings (password included), draining every `pollMs`;
    // nullopt stops delivery and leaves emails queued.
    // `leaseMs`: how long a claimed email is this server's before another may take it over.
    void setMail(const std::optional<SmtpSettings>& settings, int pollMs,
                 qint64 leaseMs = OutboxSenderOptions{}.leaseMs);
    void sendOutboxNow();

    // Runs one workflow, or every enabled one, on a thread of its own; a request while a run is
    // going is kept and started when it ends.
    void runWorkflows(std::optional<qint64> workflowId, RunTrigger trigger);
    void cancelWorkflowRun();
    // Users may have entered a workflow's scope (added, enabled, imported, joined a group).
    void scopeChanged();
    // Syncs the directory sources that are due now rather than at the next minute's check.
    void syncDirectoriesNow();
    // RuntimeWorker::setDirectoryPassword, on the runtime's thread.
    void setDirectoryPassword(qint64 sourceId, const QString& password);

    // What the runtime does, as RuntimeWorker's signals (activated, verified, expired, outbox
    // delivered, workflow progress and runs). It lives on the runtime's thread, so a receiver
    // on the owner's thread gets them queued.
    const RuntimeWorker& events() const { return *m_worker; }

private:
    QThread* m_thread = nullptr;
    RuntimeWorker* m_worker = nullptr;
    RuntimeState m_state;
};

} // namespace keydesk::net
