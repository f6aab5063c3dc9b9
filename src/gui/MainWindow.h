// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "ShortcutsDialog.h"
#include "TeamSession.h"
#include "net/EnrollmentServer.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace keydesk {
class Core;
}

namespace keydesk::net {
class DeskSettings;
}

namespace keydesk::gui {

class AuditPage;
class KeysPage;
class OverviewPage;
class ChangeNotifier;
class TeamBanner;
class GroupsPage;
class KeyServices;
class OutboxPage;
class UsersPage;
class TestRelyingPartyPage;
class DirectoryPage;
class UserGuideDialog;
class WorkflowsPage;

// The console: a navigation sidebar listing the pages that work, the pages, and a status bar
// naming the open database, the enrollment server's address and the state of email. The
// enrollment server runs while a database is open.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QString actor, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Where the enrollment server listens; takes effect at the next openDatabase().
    void setServerOptions(const net::ServerOptions& options) { m_serverOptions = options; }
    // Opens (creating if needed) a database and shows it; on failure keeps the current one.
    bool openDatabase(const QString& path, QString* error = nullptr);
    // File > Connect to Server…: connect, sign in, copy the server if this desk has no copy, then
    // show the copy, kept current (docs/team-mode.md). On failure or cancel keeps what was shown.
    void connectToServer();
    // The same for a server this desk connected to before (a kept session skips the sign-in).
    void reconnectToServer(const QUrl& server);
    // Shows a team server as `team` has it (started); on failure keeps what was shown.
    bool openTeam(std::unique_ptr<TeamSession> team, QString* error = nullptr);
    TeamSession* team() const { return m_team.get(); }
    TeamBanner* teamBanner() const { return m_banner; }
    // File > Sign Out: ends the session; the window then shows nothing until a database is opened
    // or a server connected.
    void signOut();
    void importUsers(const QString& csvPath);

    Core* core() const { return m_core.get(); }
    // The pages in the sidebar's order (Ctrl+1 shows the first).
    enum PageIndex
    {
        OverviewIndex,
        UsersIndex,
        KeysIndex,
        GroupsIndex,
        AuditIndex,
        OutboxIndex,
        WorkflowsIndex,
        TestRelyingPartyIndex,
        DirectoryIndex,
        PageCount
    };
    OverviewPage* overviewPage() const { return m_overviewPage; }
    UsersPage* usersPage() const { return m_usersPage; }
    KeysPage* keysPage() const { return m_keysPage; }
    AuditPage* auditPage() const { return m_auditPage; }
    GroupsPage* groupsPage() const { return m_groupsPage; }
    OutboxPage* outboxPage() const { return m_outboxPage; }
    WorkflowsPage* workflowsPage() const { return m_workflowsPage; }
    TestRelyingPartyPage* testRelyingPartyPage() const { return m_testRelyingPartyPage; }
    DirectoryPage* directoryPage() const { return m_directoryPage; }
    KeyServices* keyServices() const { return m_keys; }
    void openEmailSettings();
    // File > Settings; returns the dialog (open, deleted on close).
    class SettingsDialog* openSettings();
    void showPage(int index);
    // This desk's settings: File > Settings edits them, the window's geometry is kept in them.
    void setDeskSettings(net::DeskSettings* settings);
    // Help > User Guide (one window, raised when open again); returns it.
    UserGuideDialog* openUserGuide();
    // Ctrl+F: the search field of the page in view, else All Users'.
    void focusSearch();
    // Every shortcut with what it does, as Help > Keyboard Shortcuts lists them.
    QList<ShortcutsDialog::Shortcut> shortcuts() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // Shows `core` (solo or a team's cache): services, pages, status bar.
    void showCore(std::unique_ptr<Core> core);
    void closeCore();
    void openSignedIn(const std::optional<TeamSession::SignedIn>& signedIn, QString problem);
    // The server replaced the cache with a new copy: read the new file.
    void reopenTeamCache();
    void updateTeamLabels();
    void buildPages();
    // The Overview's numbers open the lists behind them.
    void connectOverview();
    void chooseDatabase(bool create);
    // The File menu's changes, as the operator's role and the server's reach allow.
    void gateMenuChanges();
    void chooseImportFile();
    void updateServiceLabels();
    void removePages();
    void fillRecentMenu();
    void openRecentDatabase(const QString& path);

    std::unique_ptr<Ui::MainWindow> m_ui;
    QString m_actor;
    // Team mode. Declared before m_core, so destroyed after it: the core's changes use its sync.
    std::unique_ptr<TeamSession> m_team;
    TeamBanner* m_banner = nullptr;
    std::unique_ptr<Core> m_core;
    ChangeNotifier* m_changes = nullptr;
    QLabel* m_databaseLabel = nullptr; // permanent: menu status tips must not hide it
    OverviewPage* m_overviewPage = nullptr;
    UsersPage* m_usersPage = nullptr;
    KeysPage* m_keysPage = nullptr;
    GroupsPage* m_groupsPage = nullptr;
    AuditPage* m_auditPage = nullptr;
    OutboxPage* m_outboxPage = nullptr;
    WorkflowsPage* m_workflowsPage = nullptr;
    TestRelyingPartyPage* m_testRelyingPartyPage = nullptr;
    DirectoryPage* m_directoryPage = nullptr;
    KeyServices* m_keys = nullptr;
    net::ServerOptions m_serverOptions;
    net::DeskSettings* m_deskSettings = nullptr;
    QLabel* m_serverLabel = nullptr;
    QLabel* m_mailLabel = nullptr;
    QList<QAction*> m_pageActions;
    QPointer<UserGuideDialog> m_userGuide;
};

} // namespace keydesk::gui
