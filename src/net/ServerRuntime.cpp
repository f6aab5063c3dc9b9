// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ServerRuntime.h"

#include "i18n/PhoneLanguage.h"

#include <QCoreApplication>
#include <QThread>

namespace keydesk::net {

ServerRuntime::ServerRuntime(const QString& databasePath, const QString& actor,
                             const AuthenticatorNames& names, QObject* parent)
    : QObject(parent), m_thread(new QThread), m_worker(new RuntimeWorker(databasePath, actor, names))
{
    // The router is a child of the application, so it is made on the application's thread.
    if (auto* app = QCoreApplication::instance(); app && !phoneLanguageRoutingInstalled())
        installPhoneLanguageRouting(*app);
    m_thread->setObjectName(QStringLiteral("keydesk-server"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

ServerRuntime::~ServerRuntime()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    // The thread has ended: nothing of the worker's runs any more.
    delete m_worker;
    delete m_thread;
}

Status ServerRuntime::start(const ServerOptions& options)
{
    RuntimeState state;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, options] { return w->start(options); }, Qt::BlockingQueuedConnection,
        &state);
    m_state = state;
    return m_state.started;
}

void ServerRuntime::stop()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->stop(); }, Qt::BlockingQueuedConnection);
    m_state = {};
}

void ServerRuntime::setMail(const std::optional<SmtpSettings>& settings, int pollMs, qint64 leaseMs)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, settings, pollMs, leaseMs] { w->setMail(settings, pollMs, leaseMs); });
}

void ServerRuntime::sendOutboxNow()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->sendOutboxNow(); });
}

void ServerRuntime::runWorkflows(std::optional<qint64> workflowId, RunTrigger trigger)
{
    QMetaObject::invokeMethod(m_worker,
                              [w = m_worker, workflowId, trigger] { w->runWorkflows(workflowId, trigger); });
}

void ServerRuntime::cancelWorkflowRun()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->cancelWorkflowRun(); });
}

void ServerRuntime::syncDirectoriesNow()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->syncDirectories(); });
}

void ServerRuntime::setDirectoryPassword(qint64 sourceId, const QString& password)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, sourceId, password] { w->setDirectoryPassword(sourceId, password); });
}

void ServerRuntime::scopeChanged()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->runEnabledWorkflows(RunTrigger::ScopeChange); });
}

} // namespace keydesk::net
