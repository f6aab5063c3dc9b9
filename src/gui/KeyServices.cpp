// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "KeyServices.h"

#include "SecretStore.h"
#include "WorkflowWorker.h"
#include "core/activation/DeploymentSettings.h"
#include "core/store/Store.h"
#include "net/Deployment.h"
#include "net/SmtpSettings.h"

#include <QThread>

namespace keydesk::gui {

namespace {
constexpr int kMailPollMs = 15'000;
constexpr int kSweepMs = 30'000;
} // namespace

KeyServices::KeyServices(Store& store, QObject* parent)
    : QObject(parent), m_store(store), m_names(AuthenticatorNames::builtin())
{
    // A damaged site list leaves the shipped names in use; the status bar says why.
    if (auto names = AuthenticatorNames::forDatabase(store.database().path()))
        m_names = names.value();
    else
        m_namesError = names.error();
    m_secrets = new SecretStore(this);
    // Pending keys whose links ran out turn "expired" while the console is open.
    connect(&m_sweep, &QTimer::timeout, this, [this] {
        if (auto expired = m_store.keys().expireDue(); expired && expired.value() > 0)
            Q_EMIT keysChanged();
    });
    m_sweep.start(kSweepMs);
    // Enabled workflows run on a timer while the console is open (workflows.interval_minutes).
    connect(&m_workflowTimer, &QTimer::timeout, this,
            [this] { runWorkflows(std::nullopt, RunTrigger::Timer); });
    const auto interval = workflowIntervalMinutes(m_store);
    m_workflowTimer.start((interval ? interval.value() : 15) * 60'000);
}

bool KeyServices::runWorkflows(std::optional<qint64> workflowId, RunTrigger trigger, QString* error)
{
    if (m_workflowThread) {
        m_nextRun = std::pair{workflowId, trigger};
        return true;
    }
    auto deployment = net::Deployment::load(m_store, serverRunning() ? m_server->listeningUrl() : QString());
    if (!deployment) {
        if (error)
            *error = deployment.error();
        return false;
    }
    WorkflowRunOptions options = deployment->workflowOptions();
    m_workflowThread = new QThread(this);
    m_workflowWorker =
        new WorkflowWorker(m_store.database().path(), m_store.actor(), options, workflowId, trigger);
    m_workflowWorker->moveToThread(m_workflowThread);
    connect(m_workflowThread, &QThread::started, m_workflowWorker, &WorkflowWorker::run);
    connect(m_workflowWorker, &WorkflowWorker::progress, this, &KeyServices::workflowProgress);
    connect(m_workflowWorker, &WorkflowWorker::finished, this, [this](bool ok, const QString& message) {
        m_workflowThread->quit();
        m_workflowThread->wait();
        m_workflowWorker->deleteLater();
        m_workflowThread->deleteLater();
        m_workflowThread = nullptr;
        m_workflowWorker = nullptr;
        Q_EMIT workflowRunFinished(ok, message);
        Q_EMIT keysChanged();
        Q_EMIT outboxChanged();
        sendOutboxNow();
        if (m_nextRun) {
            const auto next = *m_nextRun;
            m_nextRun.reset();
            runWorkflows(next.first, next.second);
        }
    });
    m_workflowThread->start();
    return true;
}

void KeyServices::cancelWorkflowRun()
{
    m_nextRun.reset();
    if (m_workflowWorker)
        m_workflowWorker->cancel();
}

void KeyServices::scopeChanged()
{
    auto enabled = m_store.workflows().enabledWorkflows();
    if (enabled && !enabled->isEmpty())
        runWorkflows(std::nullopt, RunTrigger::ScopeChange);
}

KeyServices::~KeyServices()
{
    // A run in progress stops at its next batch; what it committed stays.
    if (m_workflowThread) {
        m_nextRun.reset();
        m_workflowWorker->cancel();
        m_workflowThread->quit();
        m_workflowThread->wait();
        delete m_workflowWorker;
    }
}

Status KeyServices::startServer(const net::ServerOptions& options)
{
    m_serverOptions = options;
    m_server = std::make_unique<net::EnrollmentServer>(m_store, names());
    connect(m_server.get(), &net::EnrollmentServer::keyActivated, this, &KeyServices::keyActivated);
    connect(m_server.get(), &net::EnrollmentServer::verificationFinished, this,
            &KeyServices::verificationFinished);
    const Status started = m_server->start(options);
    m_serverError = started.ok() ? QString() : started.error();
    Q_EMIT serverStateChanged();
    return started;
}

QString KeyServices::serverStatus() const
{
    if (serverRunning() && !m_namesError.isEmpty())
        return tr("Enrollment server: %1 (authenticator names: %2)")
            .arg(m_server->config().baseUrl, m_namesError);
    if (serverRunning())
        return tr("Enrollment server: %1").arg(m_server->config().baseUrl);
    return m_serverError.isEmpty() ? tr("Enrollment server: off")
                                   : tr("Enrollment server: %1").arg(m_serverError);
}

void KeyServices::reloadMail()
{
    auto settings = net::loadSmtpSettings(m_store, {});
    m_sender.reset();
    m_smtp.reset();
    if (!settings) {
        m_mailStatus = settings.error();
        Q_EMIT mailStateChanged();
        return;
    }
    if (!settings->isConfigured()) {
        m_mailStatus = tr("Email: not set up");
        Q_EMIT mailStateChanged();
        return;
    }
    m_smtp = settings.value();
    m_mailStatus = tr("Email: %1").arg(settings->host);
    Q_EMIT mailStateChanged();
    const auto start = [this](const QString& password) {
        if (!m_smtp)
            return;
        net::SmtpSettings s = *m_smtp;
        s.password = password;
        m_smtp = s;
        m_sender = std::make_unique<net::OutboxSender>(m_store, s);
        connect(m_sender.get(), &net::OutboxSender::finished, this,
                [this](net::OutboxSender::Counts c, const QString& error) {
                    if (!error.isEmpty())
                        m_mailStatus = tr("Email: %1").arg(error);
                    else if (c.sent + c.failed + c.retried > 0)
                        m_mailStatus = tr("Email: %1").arg(m_smtp->host);
                    if (c.sent + c.failed + c.retried > 0 || !error.isEmpty()) {
                        Q_EMIT mailStateChanged();
                        Q_EMIT outboxChanged();
                    }
                });
        m_sender->setPollInterval(kMailPollMs);
    };
    if (settings->username.isEmpty()) {
        start({});
        return;
    }
    m_secrets->read(SecretStore::keyFor(settings->host, settings->username),
                    [this, start](bool ok, const QString& password, const QString& error) {
                        if (!ok) {
                            m_mailStatus = tr("Email: the keychain is not available (%1)").arg(error);
                            Q_EMIT mailStateChanged();
                        }
                        start(password);
                    });
}

void KeyServices::sendOutboxNow()
{
    if (m_sender)
        m_sender->drain();
}

Result<KeyEnrollment> KeyServices::enrollment()
{
    auto deployment = net::Deployment::load(m_store, serverRunning() ? m_server->listeningUrl() : QString());
    if (!deployment)
        return Result<KeyEnrollment>::failure(deployment.error());
    std::optional<MailIdentity> mail;
    if (m_smtp)
        mail = m_smtp->identity;
    return KeyEnrollment(m_store, deployment->config, deployment->lifetimes, mail);
}

Result<VerificationService> KeyServices::verification()
{
    auto deployment = net::Deployment::load(m_store, serverRunning() ? m_server->listeningUrl() : QString());
    if (!deployment)
        return Result<VerificationService>::failure(deployment.error());
    return VerificationService(m_store, deployment->config, m_names);
}

} // namespace keydesk::gui
