// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "RuntimeWorker.h"

#include "Deployment.h"
#include "DirectoryWorker.h"
#include "WorkflowWorker.h"
#include "core/access/AccessService.h"
#include "core/activation/DeploymentSettings.h"
#include "core/keys/KeyLifecycle.h"
#include "core/store/Store.h"
#include "core/sync/ChangeFeed.h"
#include "core/workflow/WorkflowService.h"
#include "directory/LdapSync.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerRuntime)
};

constexpr int kSweepMs = 30'000;
constexpr int kDirectoryCheckMs = 60'000;

} // namespace

Q_LOGGING_CATEGORY(lcRuntime, "keydesk.runtime", QtInfoMsg)

namespace keydesk::net {

RuntimeWorker::RuntimeWorker(QString databasePath, QString actor, AuthenticatorNames names)
    : m_databasePath(std::move(databasePath)), m_actor(std::move(actor)), m_names(std::move(names))
{}

RuntimeWorker::~RuntimeWorker() = default;

Status RuntimeWorker::openStore()
{
    if (m_store)
        return {};
    StoreOptions options;
    options.actor = m_actor;
    // The console or `serve` opened (and migrated) the file already; this is a second connection.
    options.database.backupBeforeMigrate = false;
    auto store = Store::open(m_databasePath, options);
    if (!store)
        return Status::failure(store.cause());
    m_store = std::move(store.value());
    return {};
}

RuntimeState RuntimeWorker::start(const ServerOptions& options)
{
    RuntimeState state;
    if (Status opened = openStore(); !opened) {
        state.started = opened;
        return state;
    }
    if (!m_sweep) {
        const auto interval = workflowIntervalMinutes(*m_store);
        if (!interval) {
            state.started = Status::failure(interval.cause());
            return state;
        }
        // Pending keys whose links ran out turn "expired" while the runtime runs.
        m_sweep = std::make_unique<QTimer>();
        connect(m_sweep.get(), &QTimer::timeout, this, &RuntimeWorker::sweep);
        m_sweep->start(kSweepMs);
        sweep();
        m_workflowTimer = std::make_unique<QTimer>();
        connect(m_workflowTimer.get(), &QTimer::timeout, this,
                [this] { runWorkflows(std::nullopt, RunTrigger::Timer); });
        m_workflowTimer->start(interval.value() * 60'000);
        // Each source has its own interval (DirectoryService::dueRuns); a minute's check finds them.
        m_directoryTimer = std::make_unique<QTimer>();
        connect(m_directoryTimer.get(), &QTimer::timeout, this, &RuntimeWorker::syncDirectories);
        m_directoryTimer->start(kDirectoryCheckMs);
    }
    m_server = std::make_unique<EnrollmentServer>(*m_store, m_names);
    connect(m_server.get(), &EnrollmentServer::keyActivated, this, &RuntimeWorker::keyActivated);
    // Queued: the sender starts after the request that queued the mail is answered.
    connect(m_server.get(), &EnrollmentServer::adminChanged, this,
            &RuntimeWorker::sendOutboxWithFreshSettings, Qt::QueuedConnection);
    connect(m_server.get(), &EnrollmentServer::verificationFinished, this,
            &RuntimeWorker::verificationFinished);
    // Queued, like the sender: the workflows run after the SCIM request is answered, and a burst of
    // requests makes one run and at most one more (runWorkflows keeps the next).
    connect(
        m_server.get(), &EnrollmentServer::scopeEntered, this,
        [this] { runWorkflows(std::nullopt, RunTrigger::ScopeChange); }, Qt::QueuedConnection);
    state.started = m_server->start(options);
    if (state.started) {
        state.listeningUrl = m_server->listeningUrl();
        state.config = m_server->config();
        state.warnings = m_server->warnings();
    } else {
        m_server.reset();
    }
    // Users who entered a scope while nothing served the database get their emails now; the
    // first start only, so that restarting the server does not add runs.
    if (!m_startedOnce) {
        m_startedOnce = true;
        runEnabledWorkflows(RunTrigger::Timer);
        if (options.directorySyncAtStart)
            syncDirectories();
    }
    return state;
}

void RuntimeWorker::stop()
{
    m_server.reset();
}

void RuntimeWorker::shutdown()
{
    // A run in progress stops at its next batch; what it committed stays.
    m_nextRun.reset();
    if (m_workflowThread) {
        m_cancelled = true;
        endWorkflowThread();
    }
    // A sync under way ends by itself, within its source's timeout per request.
    if (m_directoryThread)
        endDirectoryThread();
    m_directoryTimer.reset();
    m_workflowTimer.reset();
    m_sweep.reset();
    m_sender.reset();
    m_server.reset();
    m_store.reset();
}

void RuntimeWorker::sweep()
{
    if (auto expired = KeyLifecycle(*m_store).expireDue(Actor(m_actor)); expired && expired.value() > 0)
        Q_EMIT keysExpired(expired.value());
    // Ended sessions are already refused; the sweep only keeps the table small.
    (void)AccessService(*m_store).deleteDeadSessions();
    // The change log desks follow: where it stands now, and what is older than it keeps goes.
    if (auto kept = ChangeFeed(*m_store).keep(m_store->clock().nowMs()); !kept)
        qCWarning(lcRuntime).noquote() << "keeping the change log:" << kept.error();
}

void RuntimeWorker::setMail(const std::optional<SmtpSettings>& settings, int pollMs, qint64 leaseMs)
{
    m_sender.reset();
    if (!settings || !openStore())
        return;
    OutboxSenderOptions options;
    options.leaseMs = leaseMs;
    m_sender = std::make_unique<OutboxSender>(*m_store, *settings, options);
    connect(m_sender.get(), &OutboxSender::finished, this, &RuntimeWorker::outboxDelivered);
    m_sender->setPollInterval(pollMs);
}

void RuntimeWorker::sendOutboxNow()
{
    if (m_sender)
        m_sender->drain();
}

void RuntimeWorker::sendOutboxWithFreshSettings()
{
    if (!m_sender)
        return;
    // The password is the one the runtime was given; the rest may have changed through the API.
    if (auto fresh = loadSmtpSettings(*m_store, m_sender->settings().password);
        fresh && fresh->isConfigured())
        m_sender->setSettings(fresh.value());
    m_sender->drain();
}

void RuntimeWorker::runWorkflows(std::optional<qint64> workflowId, RunTrigger trigger)
{
    if (m_workflowThread) {
        m_nextRun = std::pair{workflowId, trigger};
        return;
    }
    if (Status opened = openStore(); !opened) {
        Q_EMIT workflowRunFinished(false, opened.error(), {});
        return;
    }
    // Links point where this runtime's server listens (or the configured base URL).
    auto deployment = Deployment::load(*m_store, m_server ? m_server->listeningUrl() : QString());
    if (!deployment) {
        Q_EMIT workflowRunFinished(false, Text::tr("Workflows not run: %1").arg(deployment.error()), {});
        return;
    }
    m_cancelled = false;
    m_workflowThread = new QThread;
    m_workflowWorker = new WorkflowWorker(m_databasePath, m_actor, deployment->workflowOptions(), workflowId,
                                          trigger, m_cancelled);
    m_workflowWorker->moveToThread(m_workflowThread);
    connect(m_workflowThread, &QThread::started, m_workflowWorker, &WorkflowWorker::run);
    connect(m_workflowWorker, &WorkflowWorker::progress, this, &RuntimeWorker::workflowProgress);
    connect(m_workflowWorker, &WorkflowWorker::finished, this, &RuntimeWorker::workflowFinished);
    m_workflowThread->start();
}

namespace {

// A worker's thread once its work has returned: the thread ends, then both go.
template <typename Worker> void endThread(QThread*& thread, Worker*& worker)
{
    thread->quit();
    thread->wait();
    delete worker;
    delete thread;
    worker = nullptr;
    thread = nullptr;
}

} // namespace

void RuntimeWorker::endWorkflowThread()
{
    endThread(m_workflowThread, m_workflowWorker);
}

void RuntimeWorker::workflowFinished(bool ok, const QString& message, const QList<WorkflowRun>& runs)
{
    endWorkflowThread();
    Q_EMIT workflowRunFinished(ok, message, runs);
    // What the run queued goes out now rather than at the next poll.
    sendOutboxNow();
    if (m_nextRun) {
        const auto next = *m_nextRun;
        m_nextRun.reset();
        runWorkflows(next.first, next.second);
    }
}

void RuntimeWorker::cancelWorkflowRun()
{
    m_nextRun.reset();
    m_cancelled = true;
}

void RuntimeWorker::syncDirectories()
{
    if (m_directoryThread)
        return;
    m_directoryThread = new QThread;
    m_directoryWorker = new DirectoryWorker(m_databasePath, m_actor, m_directoryPasswords,
                                            directory::ldapPasswordFromEnvironment());
    m_directoryWorker->moveToThread(m_directoryThread);
    connect(m_directoryThread, &QThread::started, m_directoryWorker, &DirectoryWorker::run);
    connect(m_directoryWorker, &DirectoryWorker::finished, this, &RuntimeWorker::directoryFinished);
    m_directoryThread->start();
}

void RuntimeWorker::setDirectoryPassword(qint64 sourceId, const QString& password)
{
    if (password.isEmpty())
        m_directoryPasswords.remove(sourceId);
    else
        m_directoryPasswords.insert(sourceId, password);
}

void RuntimeWorker::endDirectoryThread()
{
    endThread(m_directoryThread, m_directoryWorker);
}

void RuntimeWorker::directoryFinished(bool entersScope, const QString& summary)
{
    if (!m_directoryThread) // shut down meanwhile
        return;
    endDirectoryThread();
    Q_EMIT directorySyncFinished(summary);
    // Users the directory brought into a scope get their activation emails like any others.
    if (entersScope)
        runEnabledWorkflows(RunTrigger::ScopeChange);
}

void RuntimeWorker::runEnabledWorkflows(RunTrigger trigger)
{
    if (!openStore())
        return;
    auto enabled = WorkflowService(*m_store).enabledWorkflows();
    if (enabled && !enabled->isEmpty())
        runWorkflows(std::nullopt, trigger);
}

} // namespace keydesk::net
