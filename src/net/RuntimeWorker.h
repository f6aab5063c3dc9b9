// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "EnrollmentServer.h"
#include "OutboxSender.h"
#include "SmtpSettings.h"
#include "core/domain/Workflow.h"

#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class QThread;
class QTimer;

namespace keydesk {
class Store;
}

namespace keydesk::net {

class DirectoryWorker;
class WorkflowWorker;

// What the runtime thread reports back after a start: read by the owner thread once start()
// returns, so it needs no lock.
struct RuntimeState
{
    Status started;
    QString listeningUrl;
    EnrollmentConfig config;
    QStringList warnings;
};

// The server runtime's half that lives on its own thread (ServerRuntime creates it there and
// calls it only through queued or blocking invocations): its own database connection, the
// enrollment server, the expiry sweep, the workflow timer and runs, and the outbox sender.
class RuntimeWorker : public QObject
{
    Q_OBJECT

public:
    RuntimeWorker(QString databasePath, QString actor, AuthenticatorNames names);
    ~RuntimeWorker() override;

    RuntimeState start(const ServerOptions& options);
    void stop();
    // Everything owned is destroyed on this thread, before the thread ends.
    void shutdown();

    void setMail(const std::optional<SmtpSettings>& settings, int pollMs, qint64 leaseMs);
    void sendOutboxNow();
    // The same after an admin API change, with the mail settings read again.
    void sendOutboxWithFreshSettings();

    void runWorkflows(std::optional<qint64> workflowId, RunTrigger trigger);
    // The run in progress stops at its next batch; queued runs are dropped.
    void cancelWorkflowRun();
    // Runs every enabled workflow, if there is one (not even a run row otherwise).
    void runEnabledWorkflows(RunTrigger trigger);
    // Syncs the directory sources that are due, on a thread of its own (also every minute while
    // the runtime runs); a request while a sync is going is dropped, the next minute checks again.
    void syncDirectories();
    // A source's bind password from the console's keychain, for its scheduled syncs (others use
    // KEYDESK_LDAP_PASSWORD); empty forgets it.
    void setDirectoryPassword(qint64 sourceId, const QString& password);

Q_SIGNALS:
    // A phone completed an activation through the server.
    void keyActivated(qint64 keyId);
    // An authenticator answered a verification (passed or failed) through the server.
    void verificationFinished(qint64 verificationId, qint64 keyId);
    // The sweep turned pending keys whose links ran out into expired ones.
    void keysExpired(qint64 count);
    // A drain of the outbox ended (error: the mail server could not be used).
    void outboxDelivered(keydesk::net::OutboxSender::Counts counts, const QString& error);
    void workflowProgress(qint64 done, qint64 total);
    void workflowRunFinished(bool ok, const QString& message, const QList<keydesk::WorkflowRun>& runs);
    // A directory sync ended: a line per source synced (empty: none was due).
    void directorySyncFinished(const QString& summary);

private:
    Status openStore();
    void sweep();
    void workflowFinished(bool ok, const QString& message, const QList<WorkflowRun>& runs);
    // The run's thread has ended (or is told to): it and its worker go.
    void endWorkflowThread();
    void directoryFinished(bool entersScope, const QString& summary);
    void endDirectoryThread();

    QString m_databasePath;
    QString m_actor;
    AuthenticatorNames m_names;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<EnrollmentServer> m_server;
    std::unique_ptr<OutboxSender> m_sender;
    std::unique_ptr<QTimer> m_sweep;
    std::unique_ptr<QTimer> m_workflowTimer;
    std::unique_ptr<QTimer> m_directoryTimer;
    QThread* m_directoryThread = nullptr;
    DirectoryWorker* m_directoryWorker = nullptr;
    QHash<qint64, QString> m_directoryPasswords;
    QThread* m_workflowThread = nullptr;
    WorkflowWorker* m_workflowWorker = nullptr;
    std::optional<std::pair<std::optional<qint64>, RunTrigger>> m_nextRun;
    std::atomic<bool> m_cancelled{false};
    bool m_startedOnce = false;
};

} // namespace keydesk::net
