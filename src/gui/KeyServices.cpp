// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "KeyServices.h"

#include "SecretStore.h"
#include "core/Core.h"
#include "core/users/DirectoryService.h"
#include "directory/LdapSync.h"
#include "net/Deployment.h"
#include "net/DirectoryPasswords.h"
#include "net/DirectoryWorker.h"
#include "net/SmtpSettings.h"
#include "net/WorkflowWorker.h"

#include <QApplication>
#include <QPointer>
#include <QThread>

namespace keydesk::gui {

namespace {

constexpr int kMailPollMs = 15'000;

// A damaged site list leaves the shipped names in use; the status bar says why.
AuthenticatorNames namesFor(const QString& databasePath, QString* error)
{
    auto names = AuthenticatorNames::forDatabase(databasePath);
    if (names)
        return names.value();
    *error = names.error();
    return AuthenticatorNames::builtin();
}

} // namespace

KeyServices::KeyServices(Core& core, QObject* parent)
    : QObject(parent), m_core(core), m_names(namesFor(core.databasePath(), &m_namesError)),
      m_runtime(core.databasePath(), core.actor().name(), m_names)
{
    m_secrets = new SecretStore(this);
    connect(&m_runtime.events(), &net::RuntimeWorker::keyActivated, this, &KeyServices::keyActivated);
    connect(&m_runtime.events(), &net::RuntimeWorker::verificationFinished, this,
            &KeyServices::verificationFinished);
    connect(&m_runtime.events(), &net::RuntimeWorker::keysExpired, this, &KeyServices::keysChanged);
    connect(&m_runtime.events(), &net::RuntimeWorker::workflowProgress, this, &KeyServices::workflowProgress);
    connect(&m_runtime.events(), &net::RuntimeWorker::workflowRunFinished, this,
            [this](bool ok, const QString& message) {
                Q_EMIT workflowRunFinished(ok, message);
                Q_EMIT keysChanged();
                Q_EMIT outboxChanged();
            });
    connect(&m_runtime.events(), &net::RuntimeWorker::outboxDelivered, this,
            [this](net::OutboxSender::Counts c, const QString& error) {
                if (!m_smtp)
                    return;
                if (!error.isEmpty())
                    m_mailStatus = tr("Email: %1").arg(error);
                else if (c.sent + c.failed + c.retried > 0)
                    m_mailStatus = tr("Email: %1").arg(m_smtp->host);
                if (c.sent + c.failed + c.retried > 0 || !error.isEmpty()) {
                    Q_EMIT mailStateChanged();
                    Q_EMIT outboxChanged();
                }
            });
}

KeyServices::~KeyServices() = default;

Actor KeyServices::actor() const
{
    return m_core.actor();
}

Error KeyServices::teamRefusal()
{
    return Error::text(
        tr("A team desk's console does not do this; keydesk-cli --server does it on the server "
           "(docs/team-mode.md)."));
}

std::optional<Error> KeyServices::soloOnly() const
{
    return m_core.inTeam() ? std::optional<Error>(teamRefusal()) : std::nullopt;
}

bool KeyServices::runWorkflows(std::optional<qint64> workflowId, RunTrigger trigger, QString* error)
{
    if (m_core.inTeam()) {
        if (const std::optional<Error> refusal = m_core.refusal(Permission::ManageWorkflows)) {
            if (error)
                *error = refusal->message();
            return false;
        }
        runOnServer(workflowId, trigger);
        return true;
    }
    // The runtime checks again when it runs; asking here lets the page say why at once.
    auto deployment = net::Deployment::load(m_core.store(), listeningUrl());
    if (!deployment) {
        if (error)
            *error = deployment.error();
        return false;
    }
    m_runtime.runWorkflows(workflowId, trigger);
    return true;
}

void KeyServices::runOnServer(std::optional<qint64> workflowId, RunTrigger trigger)
{
    Q_EMIT workflowRunOnServer();
    m_core.teamChanges().runWorkflows(
        workflowId, trigger, [self = QPointer(this)](const Result<QList<WorkflowRun>>& runs) {
            if (!self)
                return;
            if (runs)
                Q_EMIT self->workflowRunFinished(true, net::WorkflowWorker::summary(runs.value()));
            else
                Q_EMIT self->workflowRunFinished(false, runs.error());
        });
}

void KeyServices::scopeChanged()
{
    // A team server runs its workflows itself when a change brings users into their scope.
    if (!m_core.inTeam())
        m_runtime.scopeChanged();
}

void KeyServices::teamChanged()
{
    Q_EMIT keysChanged();
    Q_EMIT outboxChanged();
    Q_EMIT serverDataChanged();
}

Status KeyServices::startServer(const net::ServerOptions& options)
{
    // A team desk's cache is written by its sync only: no enrollment server, sweeps or mail here.
    if (m_core.inTeam())
        return Status::failure(teamRefusal());
    m_serverOptions = options;
    net::ServerOptions runtimeOptions = options;
    runtimeOptions.directorySyncAtStart = false; // loadDirectoryPasswords() asks for it
    const Status started = m_runtime.start(runtimeOptions);
    Q_EMIT serverStateChanged();
    if (started && !m_directoryPasswordsLoaded) {
        m_directoryPasswordsLoaded = true;
        loadDirectoryPasswords();
    }
    return started;
}

QString KeyServices::serverStatus() const
{
    if (serverRunning() && !m_namesError.isEmpty())
        return tr("Enrollment server: %1 (authenticator names: %2)")
            .arg(m_runtime.config().baseUrl, m_namesError);
    if (serverRunning())
        return tr("Enrollment server: %1").arg(m_runtime.config().baseUrl);
    return serverError().isEmpty() ? tr("Enrollment server: off")
                                   : tr("Enrollment server: %1").arg(serverError());
}

void KeyServices::loadDirectoryPasswords()
{
    auto sources = DirectoryService(m_core.store()).sources();
    QList<DirectorySource> ldap;
    for (const DirectorySource& source : sources ? sources.value() : QList<DirectorySource>()) {
        if (source.kind == DirectoryKind::Ldap)
            ldap << source;
    }
    if (ldap.isEmpty())
        return m_runtime.syncDirectoriesNow();
    auto left = std::make_shared<qsizetype>(ldap.size());
    for (const DirectorySource& source : std::as_const(ldap)) {
        m_secrets->read(
            net::directoryPasswordKey(source.name),
            [self = QPointer(this), id = source.id, left](bool ok, const QString& password, const QString&) {
                if (!self)
                    return;
                if (ok)
                    self->m_runtime.setDirectoryPassword(id, password);
                if (--*left == 0)
                    self->m_runtime.syncDirectoriesNow();
            });
    }
}

void KeyServices::setDirectoryPassword(const DirectorySource& source, const QString& password,
                                       std::function<void(bool ok, const QString& error)> done)
{
    m_secrets->write(net::directoryPasswordKey(source.name), password,
                     [self = QPointer(this), id = source.id, password,
                      done = std::move(done)](bool ok, const QString& error) {
                         if (self && ok)
                             self->m_runtime.setDirectoryPassword(id, password);
                         done(ok, error);
                     });
}

void KeyServices::syncDirectory(const DirectorySource& source, SyncMode mode, bool dryRun,
                                std::function<void(const Result<DirectorySyncReport>&)> done)
{
    if (m_core.inTeam()) {
        m_core.teamChanges().syncDirectory(source.id, mode, dryRun, std::move(done));
        return;
    }
    const auto start = [self = QPointer(this), path = m_core.databasePath(), actor = m_core.actor().name(),
                        source, mode, dryRun, done](const QString& password) {
        // Its own connection on its own thread: a slow directory does not hold up the window.
        QThread* thread = QThread::create([self, path, actor, source, mode, dryRun, password, done] {
            const Result<DirectorySyncReport> report =
                net::DirectoryWorker::syncOne(path, actor, source, mode, dryRun, password);
            QMetaObject::invokeMethod(qApp, [self, done, report] {
                if (self && report && report->entersScope)
                    self->scopeChanged();
                done(report);
            });
        });
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        thread->start();
    };
    if (const QString fromEnvironment = directory::ldapPasswordFromEnvironment(); !fromEnvironment.isEmpty())
        return start(fromEnvironment);
    m_secrets->read(
        net::directoryPasswordKey(source.name),
        [start](bool ok, const QString& password, const QString&) { start(ok ? password : QString()); });
}

void KeyServices::reloadMail()
{
    auto settings = net::loadSmtpSettings(m_core.store(), {});
    m_runtime.setMail(std::nullopt, 0);
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
        m_smtp->password = password;
        m_runtime.setMail(m_smtp, kMailPollMs);
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
    if (!m_core.inTeam())
        m_runtime.sendOutboxNow();
}

Result<KeyEnrollment> KeyServices::enrollment()
{
    if (m_core.inTeam())
        return Result<KeyEnrollment>::failure(teamRefusal());
    auto deployment = net::Deployment::load(m_core.store(), listeningUrl());
    if (!deployment)
        return Result<KeyEnrollment>::failure(deployment.cause());
    std::optional<MailIdentity> mail;
    if (m_smtp)
        mail = m_smtp->identity;
    return KeyEnrollment(m_core.store(), m_core.actor(), deployment->config, deployment->lifetimes, mail);
}

Result<std::shared_ptr<KeyIssuer>> KeyServices::issuer()
{
    using R = Result<std::shared_ptr<KeyIssuer>>;
    if (m_core.inTeam())
        return R(m_core.teamChanges().keyIssuer);
    auto local = enrollment();
    if (!local)
        return R::failure(local.cause());
    return R(std::make_shared<LocalKeyIssuer>(std::move(local).value()));
}

Result<VerificationLink> KeyServices::startVerification(qint64 keyId)
{
    if (m_core.inTeam())
        return m_core.teamChanges().startVerification(keyId);
    auto service = verification();
    if (!service)
        return Result<VerificationLink>::failure(service.cause());
    return service.value().start(actor(), keyId);
}

Result<VerificationService> KeyServices::verification()
{
    if (m_core.inTeam())
        return Result<VerificationService>::failure(teamRefusal());
    auto deployment = net::Deployment::load(m_core.store(), listeningUrl());
    if (!deployment)
        return Result<VerificationService>::failure(deployment.cause());
    return VerificationService(m_core.store(), deployment->config, m_names);
}

} // namespace keydesk::gui
