// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/Core.h"
#include "core/activation/AuthenticatorNames.h"
#include "core/activation/KeyEnrollment.h"
#include "core/activation/KeyIssuer.h"
#include "core/domain/Workflow.h"
#include "core/users/DirectorySync.h"
#include "core/verification/VerificationService.h"
#include "net/ServerRuntime.h"

#include <QObject>

#include <optional>

namespace keydesk::gui {

class SecretStore;

// What the console's key screens share for one open database: the server runtime (enrollment
// server, sweep, workflows, outbox sender — on its own thread, net/ServerRuntime.h), the SMTP
// settings with the password from the keychain, and the way to assign and re-issue keys.
class KeyServices : public QObject
{
    Q_OBJECT

public:
    explicit KeyServices(Core& core, QObject* parent = nullptr);
    ~KeyServices() override;

    Core& core() { return m_core; }
    // Who the console's changes are made by: the desk's operator.
    Actor actor() const;
    KeyLifecycle keys() { return m_core.keys(); }
    const AuthenticatorNames& names() const { return m_names; }

    // What a team desk's console leaves to keydesk-cli --server (workflows, import, mail and
    // enrollment settings): the reason a page shows on what it disables.
    static Error teamRefusal();
    // teamRefusal() on a team desk; nothing on a database opened directly.
    std::optional<Error> soloOnly() const;

    Status startServer(const net::ServerOptions& options);
    // Starts the server again with the options of the last startServer() (after a port was freed).
    Status restartServer() { return startServer(m_serverOptions); }
    const net::ServerOptions& serverOptions() const { return m_serverOptions; }
    bool serverRunning() const { return m_runtime.isListening(); }
    QString serverError() const { return m_runtime.error(); }
    // Where the server listens (empty when it does not).
    QString listeningUrl() const { return m_runtime.listeningUrl(); }
    // A dialog offers the fix for a server that is down: the window opens the server's settings.
    void requestServerSettings() { Q_EMIT serverSettingsRequested(); }
    // For the status bar: where the server listens, or why it does not.
    QString serverStatus() const;

    // Reads the SMTP settings and the password from the keychain, then (re)starts delivery.
    void reloadMail();
    bool mailConfigured() const { return m_smtp.has_value(); }
    std::optional<net::SmtpSettings> smtp() const { return m_smtp; }
    QString mailStatus() const { return m_mailStatus; }
    void sendOutboxNow();

    // A KeyEnrollment as things stand (the running server's links, the settings' lifetimes).
    Result<KeyEnrollment> enrollment();
    // How the key screens assign keys and issue links: enrollment() on a database the desk opened,
    // the team server on a team desk.
    Result<std::shared_ptr<KeyIssuer>> issuer();
    // The test-mode relying party with the same links and relying party settings.
    Result<VerificationService> verification();
    // Verify Now: this desk's relying party, or on a team desk the server's.
    Result<VerificationLink> startVerification(qint64 keyId);

    // Syncs a directory source now; `done` hears the run, its entry errors and its changes (what
    // a dry run would do), on the console's thread. On a team desk the server syncs it with its own
    // bind password; on a database the desk opened a thread of its own does, with
    // KEYDESK_LDAP_PASSWORD or else the source's password in the keychain. Users it brings into a
    // workflow's scope get their emails (scopeChanged).
    void syncDirectory(const DirectorySource& source, SyncMode mode, bool dryRun,
                       std::function<void(const Result<DirectorySyncReport>&)> done);
    // Keeps an LDAP source's bind password in the keychain, for Sync Now and the runtime's
    // scheduled syncs of this desk.
    void setDirectoryPassword(const DirectorySource& source, const QString& password,
                              std::function<void(bool ok, const QString& error)> done);

    // Runs a workflow (or every enabled one) in the runtime; a request while one runs is kept
    // and started when it ends. False with a reason when the settings are unusable. On a team
    // desk the server runs it (workflowRunOnServer, then workflowRunFinished with its answer).
    bool runWorkflows(std::optional<qint64> workflowId, RunTrigger trigger, QString* error = nullptr);
    void cancelWorkflowRun() { m_runtime.cancelWorkflowRun(); }
    // Users may have entered a workflow's scope (added, enabled, imported, joined a group).
    void scopeChanged();
    // Team mode: the server's changes reached the cache, or the desk's link to the server changed
    // (what it may change with it): every key screen reads again.
    void teamChanged();

Q_SIGNALS:
    void keyActivated(qint64 keyId);
    void verificationFinished(qint64 verificationId, qint64 keyId);
    void serverStateChanged();
    void serverSettingsRequested();
    void mailStateChanged();
    void outboxChanged();
    void keysChanged(); // expiry swept some
    void workflowProgress(qint64 done, qint64 total);
    void workflowRunOnServer(); // a team desk waits for its server's run: no counts, no cancel
    void workflowRunFinished(bool ok, const QString& message);
    void serverDataChanged(); // team mode: workflows, runs, verifications, … as the server has them

private:
    void runOnServer(std::optional<qint64> workflowId, RunTrigger trigger);
    // Hands the LDAP sources' keychain passwords to the runtime, then lets it sync the due ones.
    void loadDirectoryPasswords();

    Core& m_core;
    AuthenticatorNames m_names;
    QString m_namesError;
    net::ServerRuntime m_runtime;
    net::ServerOptions m_serverOptions;
    std::optional<net::SmtpSettings> m_smtp;
    QString m_mailStatus;
    SecretStore* m_secrets = nullptr;
    bool m_directoryPasswordsLoaded = false;
};

} // namespace keydesk::gui
