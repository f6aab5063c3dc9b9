// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "MainWindow.h"
#include "core/PrivateFile.h"
#include "ui_MainWindow.h"

#include "AuditPage.h"
#include "ChangeGate.h"
#include "ChangeNotifier.h"
#include "DatabasePasswordDialog.h"
#include "DirectoryPage.h"
#include "ElidedLabel.h"
#include "GroupsPage.h"
#include "ImportDialog.h"
#include "KeyServices.h"
#include "KeysPage.h"
#include "MessageBox.h"
#include "OutboxPage.h"
#include "OverviewPage.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "SmtpSettingsDialog.h"
#include "TeamBanner.h"
#include "TeamSession.h"
#include "TestRelyingPartyPage.h"
#include "UserGuideDialog.h"
#include "UsersPage.h"
#include "WorkflowsPage.h"
#include "core/PrivateFile.h"

#include "core/Core.h"
#include "net/DeskSettings.h"
#include "net/DeskSync.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QStyle>

namespace keydesk::gui {

MainWindow::MainWindow(QString actor, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_actor(std::move(actor))
{
    m_ui->setupUi(this);
    m_changes = new ChangeNotifier(this);
    // Status texts carry paths and server errors of any length: shortened, never widening the window.
    m_databaseLabel = new ElidedLabel(Qt::ElideMiddle, this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_ui->statusBar->addWidget(m_databaseLabel, 1);
    m_serverLabel = new ElidedLabel(Qt::ElideRight, this);
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    m_mailLabel = new ElidedLabel(Qt::ElideRight, this);
    m_mailLabel->setObjectName(QStringLiteral("mailLabel"));
    m_ui->statusBar->addPermanentWidget(m_serverLabel);
    m_ui->statusBar->addPermanentWidget(m_mailLabel);
    connect(m_ui->emailSettingsAction, &QAction::triggered, this, &MainWindow::openEmailSettings);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->navigationListWidget, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
    connect(m_ui->newDatabaseAction, &QAction::triggered, this, [this] { chooseDatabase(true); });
    connect(m_ui->openDatabaseAction, &QAction::triggered, this, [this] { chooseDatabase(false); });
    connect(m_ui->connectServerAction, &QAction::triggered, this, &MainWindow::connectToServer);
    connect(m_ui->signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    connect(m_ui->importUsersAction, &QAction::triggered, this, &MainWindow::chooseImportFile);
    connect(m_ui->recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    connect(m_ui->userGuideAction, &QAction::triggered, this, &MainWindow::openUserGuide);
    connect(m_ui->shortcutsAction, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(shortcuts(), this);
        dialog.exec();
    });
    connect(m_ui->newUserAction, &QAction::triggered, this, [this] {
        if (!m_usersPage)
            return;
        showPage(UsersIndex);
        m_usersPage->openUser(0);
    });
    // Ctrl+F searches the page in view, or All Users when the page has no search of its own.
    addAction(m_ui->findAction);
    connect(m_ui->findAction, &QAction::triggered, this, &MainWindow::focusSearch);
    // Ctrl+1… switch pages in the order of the sidebar.
    for (int page = 0; page < PageCount; ++page) {
        auto* action = new QAction(this);
        action->setObjectName(QStringLiteral("showPage%1Action").arg(page + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
        addAction(action);
        m_pageActions << action;
    }
    connect(m_ui->quitAction, &QAction::triggered, qApp, &QApplication::quit);
    connect(m_ui->aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About KeyDesk"),
            tr("<b>KeyDesk %1</b><p>Turns users' smartphones into FIDO2/WebAuthn security keys "
               "for helpdesk teams.</p>")
                    .arg(QApplication::applicationVersion()) +
                tr("<p>Copyright © 2026 KeyDesk developers. KeyDesk is free software under the GNU "
                   "General Public License, version 3 or (at your option) any later version "
                   "(GPL-3.0-or-later), and comes with absolutely no warranty. The licence is in %1.</p>")
                    .arg(QStringLiteral("/usr/share/doc/keydesk/copyright")));
    });
    m_ui->importUsersAction->setEnabled(false);
    m_ui->newUserAction->setEnabled(false);
}

MainWindow::~MainWindow()
{
    closeCore();
}

void MainWindow::closeCore()
{
    removePages();
    m_core.reset();
    delete m_banner;
    m_banner = nullptr;
    m_team.reset();
}

void MainWindow::removePages()
{
    // Pages and services hold references to the store: remove them first.
    while (QWidget* page = m_ui->pagesStackedWidget->widget(0)) {
        m_ui->pagesStackedWidget->removeWidget(page);
        delete page;
    }
    m_overviewPage = nullptr;
    m_usersPage = nullptr;
    m_keysPage = nullptr;
    m_groupsPage = nullptr;
    m_auditPage = nullptr;
    m_outboxPage = nullptr;
    m_workflowsPage = nullptr;
    m_testRelyingPartyPage = nullptr;
    delete m_keys;
    m_keys = nullptr;
}

bool MainWindow::openDatabase(const QString& path, QString* error)
{
    Core::Options options;
    options.actor = m_actor;
    auto opened = openAskingForPassword(path, options, this, [this](const QString& problem) {
        m_ui->statusBar->showMessage(
            tr("The database password was not kept in the keychain: %1").arg(problem), 30000);
    });
    if (!opened) {
        if (error)
            *error = opened.error();
        return false;
    }
    closeCore();
    showCore(std::move(opened).value());
    if (m_deskSettings)
        m_deskSettings->noteDatabaseOpened(m_core->databasePath());
    return true;
}

void MainWindow::connectToServer()
{
    QString problem;
    auto signedIn = TeamSession::connect(m_deskSettings ? m_deskSettings->recentServers() : QStringList(),
                                         this, &problem);
    openSignedIn(signedIn, problem);
}

void MainWindow::reconnectToServer(const QUrl& server)
{
    std::optional<TeamSession::SignedIn> last;
    if (const auto known = m_deskSettings ? m_deskSettings->lastOperatorOf(server) : std::nullopt) {
        if (const auto role = operatorRoleFromName(known->role))
            last = TeamSession::SignedIn{server, {}, known->userId, known->email, *role};
    }
    QString problem;
    auto signedIn = TeamSession::reconnect(server, this, &problem, last);
    openSignedIn(signedIn, problem);
}

void MainWindow::openSignedIn(const std::optional<TeamSession::SignedIn>& signedIn, QString problem)
{
    // Signed in with a problem on the side (the session not kept): said, and the desk goes on.
    if (!problem.isEmpty())
        m_ui->statusBar->showMessage(problem, 30'000);
    if (!signedIn)
        return;
    if (!openTeam(std::make_unique<TeamSession>(*signedIn), &problem))
        MessageBox::warning(this, tr("Connect to Server"), problem);
}

bool MainWindow::openTeam(std::unique_ptr<TeamSession> team, QString* error)
{
    QString problem;
    if (!team->start(this, &problem)) {
        if (error)
            *error = problem;
        return false;
    }
    auto opened = team->openCache();
    if (!opened) {
        if (error)
            *error = opened.error();
        return false;
    }
    closeCore();
    m_team = std::move(team);
    net::DeskSync& sync = m_team->sync();
    m_banner = new TeamBanner(sync, this);
    m_ui->pagesLayout->insertWidget(0, m_banner);
    connect(&sync, &net::DeskSync::synced, this, [this](const SyncOutcome& outcome) {
        if (outcome.copied) {
            reopenTeamCache();
        } else if (!m_core) {
            return; // the copy did not open; the status bar says why
        } else if (outcome.changes > 0) {
            m_changes->notify();
            m_keys->teamChanged();
        }
        updateTeamLabels();
    });
    // Offline, back, signed out: the pages' changes are allowed or not with a new reason.
    connect(&sync, &net::DeskSync::linkChanged, this, [this] {
        if (!m_core)
            return;
        gateMenuChanges();
        updateTeamLabels();
        m_changes->notify();
        m_keys->teamChanged();
    });
    showCore(std::move(opened).value());
    if (m_deskSettings) {
        const TeamSession::SignedIn& who = m_team->who();
        m_deskSettings->noteServerConnected(who.server, {who.userId, who.email, operatorRoleName(who.role)});
    }
    return true;
}

void MainWindow::reopenTeamCache()
{
    // Done at once, inside the sync's signal: the next sync cannot begin before the old file is
    // closed (core/sync/CacheSync.h replaces the file; the old connection must not outlive it).
    removePages();
    m_core.reset();
    auto opened = m_team->openCache();
    if (!opened) {
        m_databaseLabel->setText(tr("Cannot read this desk's copy of the server: %1").arg(opened.error()));
        return;
    }
    showCore(std::move(opened).value());
}

void MainWindow::signOut()
{
    if (!m_team)
        return;
    m_team->signOut();
    if (m_deskSettings)
        m_deskSettings->noteSignedOut();
    const QString server = m_team->who().server.host();
    closeCore();
    m_ui->navigationListWidget->clear();
    setWindowTitle(QString());
    m_databaseLabel->setText(
        tr("Signed out of %1. File > Connect to Server… signs in again; File > Open Database… opens a file.")
            .arg(server));
    m_databaseLabel->setStyleSheet(QString());
    m_serverLabel->clear();
    m_mailLabel->clear();
    m_ui->signOutAction->setVisible(false);
    m_ui->importUsersAction->setEnabled(false);
    m_ui->newUserAction->setEnabled(false);
}

void MainWindow::showCore(std::unique_ptr<Core> core)
{
    m_core = std::move(core);
    m_keys = new KeyServices(*m_core, this);
    connect(m_keys, &KeyServices::serverStateChanged, this, &MainWindow::updateServiceLabels);
    connect(m_keys, &KeyServices::mailStateChanged, this, &MainWindow::updateServiceLabels);
    connect(m_keys, &KeyServices::serverSettingsRequested, this, [this] {
        if (SettingsDialog* settings = openSettings())
            settings->showServerPage();
    });
    connect(m_keys, &KeyServices::keyActivated, m_changes, &ChangeNotifier::notify);
    connect(m_keys, &KeyServices::keysChanged, m_changes, &ChangeNotifier::notify);
    connect(m_changes, &ChangeNotifier::scopeChanged, m_keys, &KeyServices::scopeChanged);
    if (!m_core->inTeam()) {
        // A server that cannot start (port in use) leaves the console usable; the status bar says why.
        (void)m_keys->startServer(m_serverOptions);
        m_keys->reloadMail();
    }
    buildPages();
    m_ui->signOutAction->setVisible(m_core->inTeam());
    gateMenuChanges();
    gateChange(m_ui->emailSettingsAction, true, m_keys->soloOnly());
    if (m_core->inTeam()) {
        updateTeamLabels();
        return;
    }
    updateServiceLabels();
    // An absolute file path, or a postgresql:// URL (without a password) as given.
    const QString shown = m_core->databasePath();
    // The desktop appends the application's name ("keydesk.sqlite — KeyDesk"): not repeated here.
    setWindowTitle(QFileInfo(shown).fileName());
    m_databaseLabel->setText(tr("Database: %1 · operator %2").arg(shown, m_core->actor().name()));
    // A database other users can read gives away users, keys and pending links: say so, with the fix.
    if (const QString exposed = exposureWarning(shown); !exposed.isEmpty()) {
        m_databaseLabel->setText(m_databaseLabel->text() + tr(" · readable by other users"));
        m_databaseLabel->setStyleSheet(QStringLiteral("color: palette(bright-text); background: #b3261e;"));
        m_databaseLabel->setToolTip(exposed);
    } else {
        m_databaseLabel->setStyleSheet(QString());
        m_databaseLabel->setToolTip(QString());
    }
}

void MainWindow::updateTeamLabels()
{
    if (!m_team || !m_core)
        return;
    const TeamSession::SignedIn& who = m_team->who();
    auto me = m_core->users().findById(who.userId);
    const QString name = me && me.value() ? me.value()->displayName : QString();
    m_serverLabel->setText(m_team->statusText(name));
    m_serverLabel->setStyleSheet(QString());
    m_mailLabel->setText(tr("Email: sent by the server"));
    setWindowTitle(who.server.host());
    const QDateTime asOf = m_team->sync().lastSyncedAt();
    m_databaseLabel->setText(
        asOf.isValid() ? tr("This desk's copy of %1, as of %2")
                             .arg(who.server.toString(), QLocale().toString(asOf, QLocale::ShortFormat))
                       : tr("This desk's copy of %1").arg(who.server.toString()));
    m_databaseLabel->setStyleSheet(QString());
    m_databaseLabel->setToolTip(m_team->cachePath());
}

void MainWindow::buildPages()
{
    m_overviewPage = new OverviewPage(*m_core, m_changes);
    m_usersPage = new UsersPage(*m_core, *m_changes, m_keys);
    m_keysPage = new KeysPage(*m_keys, *m_changes);
    m_groupsPage = new GroupsPage(*m_core, *m_changes);
    m_auditPage = new AuditPage(*m_core, *m_changes);
    m_ui->pagesStackedWidget->addWidget(m_overviewPage);
    m_ui->pagesStackedWidget->addWidget(m_usersPage);
    m_ui->pagesStackedWidget->addWidget(m_keysPage);
    m_ui->pagesStackedWidget->addWidget(m_groupsPage);
    m_ui->pagesStackedWidget->addWidget(m_auditPage);
    m_outboxPage = new OutboxPage(*m_keys);
    connect(m_outboxPage, &OutboxPage::settingsRequested, this, &MainWindow::openEmailSettings);
    m_ui->pagesStackedWidget->addWidget(m_outboxPage);
    m_workflowsPage = new WorkflowsPage(*m_keys);
    connect(m_workflowsPage, &WorkflowsPage::emailSettingsRequested, this, &MainWindow::openEmailSettings);
    m_ui->pagesStackedWidget->addWidget(m_workflowsPage);
    m_testRelyingPartyPage = new TestRelyingPartyPage(*m_keys);
    m_ui->pagesStackedWidget->addWidget(m_testRelyingPartyPage);
    m_directoryPage = new DirectoryPage(*m_keys);
    m_ui->pagesStackedWidget->addWidget(m_directoryPage);

    QListWidget* nav = m_ui->navigationListWidget;
    const QSignalBlocker block(nav);
    nav->clear();
    nav->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_ComputerIcon), tr("Overview")));
    nav->addItem(
        new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("All Users")));
    nav->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_DriveNetIcon), tr("All Keys")));
    nav->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_DirIcon), tr("Groups")));
    nav->addItem(
        new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("Audit Log")));
    nav->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxInformation), tr("Outbox")));
    nav->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_BrowserReload), tr("Workflows")));
    nav->addItem(
        new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Test Relying Party")));
    nav->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_DirLinkIcon), tr("Directory")));
    nav->setCurrentRow(OverviewIndex);
    showPage(OverviewIndex);
    connectOverview();
}

void MainWindow::connectOverview()
{
    connect(m_overviewPage, &OverviewPage::usersRequested, this, [this](const UserQuery& query) {
        showPage(UsersIndex);
        m_usersPage->showQuery(query);
    });
    connect(m_overviewPage, &OverviewPage::keysRequested, this, [this](const KeyQuery& query) {
        showPage(KeysIndex);
        m_keysPage->showQuery(query);
    });
    connect(m_overviewPage, &OverviewPage::outboxRequested, this, [this](const QString& filter) {
        showPage(OutboxIndex);
        m_outboxPage->showFilter(filter);
    });
    connect(m_overviewPage, &OverviewPage::workflowRequested, this, [this](qint64 workflowId) {
        showPage(WorkflowsIndex);
        m_workflowsPage->selectWorkflow(workflowId);
    });
    connect(m_overviewPage, &OverviewPage::auditEventRequested, this, [this](qint64 eventId) {
        showPage(AuditIndex);
        m_auditPage->revealEvent(eventId);
    });
    connect(m_keysPage, &KeysPage::userRequested, this, [this](qint64 userId) {
        if (userId > 0)
            m_usersPage->openUser(userId);
    });
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_ui->pagesStackedWidget->count())
        return;
    m_ui->pagesStackedWidget->setCurrentIndex(index);
    if (m_ui->navigationListWidget->currentRow() != index)
        m_ui->navigationListWidget->setCurrentRow(index);
}

void MainWindow::chooseDatabase(bool create)
{
    const QString filter = tr("KeyDesk databases (*.sqlite *.db);;All files (*)");
    const QString path = create ? QFileDialog::getSaveFileName(this, tr("New Database"), {}, filter)
                                : QFileDialog::getOpenFileName(this, tr("Open Database"), {}, filter);
    if (path.isEmpty())
        return;
    if (create && QFileInfo::exists(path)) {
        MessageBox::warning(this, tr("New Database"),
                            tr("%1 already exists. Choose Open Database to use it.").arg(path));
        return;
    }
    QString error;
    if (!openDatabase(path, &error))
        MessageBox::warning(this, tr("KeyDesk"), error);
}

void MainWindow::fillRecentMenu()
{
    QMenu* menu = m_ui->recentMenu;
    menu->clear();
    const QStringList recent = m_deskSettings ? m_deskSettings->recentDatabases() : QStringList();
    const QString open = m_core ? m_core->databasePath() : QString();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        // "&1 keydesk.sqlite — /home/ana/…": the number is the accelerator; paths read left to right.
        // A team's database is its URL, shown whole.
        QAction* action =
            Core::isServerDatabase(path)
                ? menu->addAction(QStringLiteral("&%1 \u2066%2\u2069")
                                      .arg(i + 1)
                                      .arg(QString(path).replace(u'&', QStringLiteral("&&"))))
                : menu->addAction(QStringLiteral("&%1 %2 — \u2066%3\u2069")
                                      .arg(i + 1)
                                      .arg(QFileInfo(path).fileName().replace(u'&', QStringLiteral("&&")),
                                           QFileInfo(path).absolutePath()));
        action->setCheckable(true);
        action->setChecked(path == open);
        connect(action, &QAction::triggered, this, [this, path] { openRecentDatabase(path); });
    }
    // Team servers after the files, numbered on.
    const QStringList servers = m_deskSettings ? m_deskSettings->recentServers() : QStringList();
    if (!recent.isEmpty() && !servers.isEmpty())
        menu->addSeparator();
    const QString connected = m_team ? m_team->who().server.toString() : QString();
    for (int i = 0; i < servers.size(); ++i) {
        const QString server = servers[i];
        QAction* action = menu->addAction(QStringLiteral("&%1 \u2066%2\u2069")
                                              .arg(recent.size() + i + 1)
                                              .arg(QString(server).replace(u'&', QStringLiteral("&&"))));
        action->setCheckable(true);
        action->setChecked(server == connected);
        connect(action, &QAction::triggered, this, [this, server] { reconnectToServer(QUrl(server)); });
    }
    if (recent.isEmpty() && servers.isEmpty())
        menu->addAction(tr("No databases opened yet"))->setEnabled(false);
    else {
        menu->addSeparator();
        connect(menu->addAction(tr("Clear List")), &QAction::triggered, this, [this] {
            for (const QString& path : m_deskSettings->recentDatabases())
                m_deskSettings->forgetRecentDatabase(path);
            for (const QString& server : m_deskSettings->recentServers())
                m_deskSettings->forgetRecentServer(server);
        });
    }
}

void MainWindow::openRecentDatabase(const QString& path)
{
    if (!Core::isServerDatabase(path) && !QFileInfo::exists(path)) {
        // A file that moved or was deleted: say so, and drop it from the list.
        m_deskSettings->forgetRecentDatabase(path);
        MessageBox::warning(this, tr("Open Recent"),
                            tr("%1 no longer exists; it has been removed from the list.").arg(path));
        return;
    }
    QString error;
    if (!openDatabase(path, &error))
        MessageBox::warning(this, tr("KeyDesk"), error);
}

UserGuideDialog* MainWindow::openUserGuide()
{
    if (!m_userGuide) {
        m_userGuide = new UserGuideDialog(this);
        m_userGuide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_userGuide->show();
    m_userGuide->raise();
    m_userGuide->activateWindow();
    return m_userGuide;
}

void MainWindow::focusSearch()
{
    QWidget* page = m_ui->pagesStackedWidget->currentWidget();
    auto* search = page ? page->findChild<QLineEdit*>(QStringLiteral("searchLineEdit")) : nullptr;
    if (!search && m_usersPage) {
        showPage(UsersIndex);
        search = m_usersPage->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    }
    if (search) {
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    }
}

// A menu entry as words: without its mnemonic ("&Find", "یافتن (&F)") and without "…".
static QString menuText(QString text)
{
    static const QRegularExpression trailingMnemonic(QStringLiteral("\\s*\\(&.\\)"));
    return text.remove(trailingMnemonic).remove(u'&').remove(QStringLiteral("…")).trimmed();
}

QList<ShortcutsDialog::Shortcut> MainWindow::shortcuts() const
{
    QList<ShortcutsDialog::Shortcut> out;
    for (QAction* action : {m_ui->findAction, m_ui->newUserAction, m_ui->newDatabaseAction,
                            m_ui->openDatabaseAction, m_ui->connectServerAction, m_ui->importUsersAction,
                            m_ui->settingsAction, m_ui->userGuideAction, m_ui->quitAction})
        out.append({menuText(action->text()), action->shortcut()});
    for (int page = 0; page < m_pageActions.size() && page < m_ui->navigationListWidget->count(); ++page)
        out.append({tr("Show %1").arg(m_ui->navigationListWidget->item(page)->text()),
                    m_pageActions[page]->shortcut()});
    out.append({tr("Open the selected user"), QKeySequence(Qt::Key_Return)});
    return out;
}

void MainWindow::updateServiceLabels()
{
    if (!m_keys)
        return;
    if (m_core->inTeam()) {
        updateTeamLabels();
        return;
    }
    m_serverLabel->setText(m_keys->serverStatus());
    m_serverLabel->setStyleSheet(m_keys->serverRunning() ? QString() : QStringLiteral("color: #cf222e;"));
    m_mailLabel->setText(m_keys->mailStatus());
}

void MainWindow::openEmailSettings()
{
    if (!m_keys)
        return;
    auto* dialog = new SmtpSettingsDialog(*m_keys, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

SettingsDialog* MainWindow::openSettings()
{
    if (!m_keys || !m_deskSettings)
        return nullptr;
    auto* dialog = new SettingsDialog(*m_keys, *m_deskSettings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::emailSettingsRequested, this, &MainWindow::openEmailSettings);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->serverChanged())
            return;
        // This desk's server moves to its new address and port now.
        m_serverOptions.bindAddress = m_deskSettings->bindAddress();
        m_serverOptions.port = m_deskSettings->port();
        m_serverOptions.certificatePath = m_deskSettings->certificatePath();
        m_serverOptions.keyPath = m_deskSettings->keyPath();
        (void)m_keys->startServer(m_serverOptions); // the status bar says how it went
        updateServiceLabels();
    });
    dialog->open();
    return dialog;
}

void MainWindow::setDeskSettings(net::DeskSettings* settings)
{
    m_deskSettings = settings;
    if (settings && !settings->windowGeometry(QStringLiteral("main")).isEmpty())
        restoreGeometry(settings->windowGeometry(QStringLiteral("main")));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_deskSettings)
        m_deskSettings->setWindowGeometry(QStringLiteral("main"), saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::gateMenuChanges()
{
    gateChange(m_ui->newUserAction, true, m_core->refusal(Permission::EditUsers));
    // An import creates the groups its rows name.
    gateChange(
        m_ui->importUsersAction, true,
        firstRefusal({m_core->refusal(Permission::EditUsers), m_core->refusal(Permission::EditGroups)}));
}

void MainWindow::chooseImportFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Users"), {}, tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importUsers(path);
}

void MainWindow::importUsers(const QString& csvPath)
{
    if (!m_core)
        return;
    auto* dialog = new ImportDialog(csvPath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, m_changes, &ChangeNotifier::notify);
    // Imported users may have entered a workflow's scope.
    connect(dialog, &ImportDialog::imported, m_keys, &KeyServices::scopeChanged);
    dialog->open();
    if (m_core->inTeam())
        dialog->startOnServer(m_core->teamChanges());
    else
        dialog->startLocal(m_core->databasePath(), m_core->actor().name());
}

} // namespace keydesk::gui
