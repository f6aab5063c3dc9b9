// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "UsersPage.h"

#include "ui_UsersPage.h"

#include "BulkChangeDialog.h"
#include "ChangeGate.h"
#include "ChangeNotifier.h"
#include "ColumnWidths.h"
#include "KeyServices.h"
#include "MessageBox.h"
#include "UserDetailsDialog.h"
#include "UserTableModel.h"

#include "core/Core.h"
#include "core/users/UserService.h"

#include <QHeaderView>
#include <QLocale>
#include <QMenu>

namespace keydesk::gui {

namespace {
// Typing pauses shorter than this are one search; each search is a few ms of SQL.
constexpr int kSearchDelayMs = 120;
} // namespace

UsersPage::UsersPage(Core& core, ChangeNotifier& changes, KeyServices* keys, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::UsersPage>()), m_core(core), m_changes(changes), m_keys(keys)
{
    m_ui->setupUi(this);
    m_model = new UserTableModel(core, {}, this);
    m_ui->usersTableView->setModel(m_model);
    QHeaderView* header = m_ui->usersTableView->horizontalHeader();
    header->setSortIndicator(UserTableModel::NameColumn, Qt::AscendingOrder);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    setColumnWidths(m_ui->usersTableView, {{UserTableModel::NameColumn, 180},
                                           {UserTableModel::EmailColumn, 250},
                                           {UserTableModel::DepartmentColumn, 130},
                                           {UserTableModel::GroupsColumn, 150},
                                           {UserTableModel::KeysColumn, 110}});
    m_ui->usersTableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->usersTableView->verticalHeader()->hide();
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder) {
        // Groups and keys are summaries, not columns SQL can order a million rows by.
        if (!UserTableModel::isSortable(column)) {
            const QSignalBlocker block(header);
            const UserQuery& q = m_model->query();
            const int current = q.sortColumn == UserSortColumn::Email ? UserTableModel::EmailColumn
                                : q.sortColumn == UserSortColumn::Department
                                    ? UserTableModel::DepartmentColumn
                                : q.sortColumn == UserSortColumn::Enabled ? UserTableModel::EnabledColumn
                                                                          : UserTableModel::NameColumn;
            header->setSortIndicator(current, q.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        }
    });

    m_ui->statusComboBox->addItem(tr("All users"), int(UserStatusFilter::Any));
    m_ui->statusComboBox->addItem(tr("Enabled"), int(UserStatusFilter::Enabled));
    m_ui->statusComboBox->addItem(tr("Disabled"), int(UserStatusFilter::Disabled));
    // The Overview's enrollment states (enabled users by their best key), so that its numbers and
    // this list agree.
    m_ui->statusComboBox->insertSeparator(m_ui->statusComboBox->count());
    for (Enrollment e : kEnrollments)
        m_ui->statusComboBox->addItem(tr("Enabled: %1").arg(enrollmentDisplayName(e)),
                                      kEnrollmentItem + int(e));
    m_ui->statusComboBox->setToolTip(
        tr("Enabled users by their best key: active, else pending, else suspended or revoked, else none"));
    m_ui->windowsLogonComboBox->addItem(tr("Any"), int(WindowsLogonFilter::Any));
    m_ui->windowsLogonComboBox->addItem(tr("Dedicated PC (paired)"), int(WindowsLogonFilter::DedicatedPc));
    m_ui->windowsLogonComboBox->addItem(tr("Shared PC (reader)"), int(WindowsLogonFilter::SharedPc));
    m_ui->windowsLogonComboBox->addItem(tr("Not set up"), int(WindowsLogonFilter::NotSetUp));
    reloadGroupFilter();

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &UsersPage::applySearch);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, &UsersPage::applySearch);
    connect(m_ui->groupComboBox, &QComboBox::currentIndexChanged, this, &UsersPage::applyFilters);
    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this, &UsersPage::applyFilters);
    connect(m_ui->windowsLogonComboBox, &QComboBox::currentIndexChanged, this, &UsersPage::applyFilters);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateMatches);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateActions);
    connect(m_ui->usersTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateActions);
    connect(m_ui->usersTableView, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { openUser(m_model->userId(index.row())); });
    connect(m_ui->openUserButton, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedUserIds();
        if (!ids.isEmpty())
            openUser(ids.first());
    });
    connect(m_ui->newUserButton, &QPushButton::clicked, this, [this] { openUser(0); });
    connect(m_ui->enableButton, &QPushButton::clicked, this, [this] { setSelectedEnabled(true); });
    connect(m_ui->disableButton, &QPushButton::clicked, this, [this] { setSelectedEnabled(false); });
    connect(m_ui->addToGroupButton, &QPushButton::clicked, this, [this] {
        QMenu menu(this);
        auto groups = m_core.groups().list();
        for (const Group& g : groups ? groups.value() : QList<Group>()) {
            connect(menu.addAction(g.name), &QAction::triggered, this,
                    [this, id = g.id, name = g.name] { addSelectedToGroup(id, name); });
        }
        menu.exec(m_ui->addToGroupButton->mapToGlobal(QPoint(0, m_ui->addToGroupButton->height())));
    });
    auto* keysMenu = new QMenu(m_ui->keysButton);
    keysMenu->setObjectName(QStringLiteral("keysMenu"));
    connect(keysMenu->addAction(tr("Assign a Smartphone Key by Email…")), &QAction::triggered, this,
            [this] { askBulk(BulkKeyAction::AssignByEmail); });
    connect(keysMenu->addAction(tr("Send Pending Activations Again…")), &QAction::triggered, this,
            [this] { askBulk(BulkKeyAction::ReissueByEmail); });
    m_ui->keysButton->setMenu(keysMenu);
    connect(&m_changes, &ChangeNotifier::changed, this, &UsersPage::refresh);
    // Team mode: the server went offline or came back; the operator may change more or less.
    connect(&m_changes, &ChangeNotifier::changed, this, &UsersPage::updateActions);
    updateMatches();
    updateActions();
}

UsersPage::~UsersPage() = default;

void UsersPage::showQuery(const UserQuery& query)
{
    {
        const QSignalBlocker blockSearch(m_ui->searchLineEdit);
        const QSignalBlocker blockGroup(m_ui->groupComboBox);
        const QSignalBlocker blockStatus(m_ui->statusComboBox);
        const QSignalBlocker blockLogon(m_ui->windowsLogonComboBox);
        m_ui->searchLineEdit->setText(query.search);
        const int group = query.groupId ? m_ui->groupComboBox->findData(*query.groupId) : 0;
        m_ui->groupComboBox->setCurrentIndex(std::max(group, 0));
        const int status = query.enrollment ? kEnrollmentItem + int(*query.enrollment) : int(query.status);
        m_ui->statusComboBox->setCurrentIndex(std::max(m_ui->statusComboBox->findData(status), 0));
        m_ui->windowsLogonComboBox->setCurrentIndex(
            std::max(m_ui->windowsLogonComboBox->findData(int(query.windowsLogon)), 0));
    }
    m_searchDelay.stop();
    UserQuery shown = m_model->query();
    shown.search = query.search;
    m_model->setQuery(shown);
    applyFilters();
}

void UsersPage::applySearch()
{
    m_searchDelay.stop();
    m_model->setSearch(m_ui->searchLineEdit->text());
}

void UsersPage::applyFilters()
{
    UserQuery query = m_model->query();
    const QVariant group = m_ui->groupComboBox->currentData();
    query.groupId = group.isValid() ? std::optional<qint64>(group.toLongLong()) : std::nullopt;
    const int status = m_ui->statusComboBox->currentData().toInt();
    query.status = status >= kEnrollmentItem ? UserStatusFilter::Enabled : UserStatusFilter(status);
    query.enrollment =
        status >= kEnrollmentItem ? std::optional(Enrollment(status - kEnrollmentItem)) : std::nullopt;
    query.windowsLogon = WindowsLogonFilter(m_ui->windowsLogonComboBox->currentData().toInt());
    m_model->setQuery(query);
}

void UsersPage::reloadGroupFilter()
{
    const QVariant current = m_ui->groupComboBox->currentData();
    const QSignalBlocker block(m_ui->groupComboBox);
    m_ui->groupComboBox->clear();
    m_ui->groupComboBox->addItem(tr("All groups"));
    auto groups = m_core.groups().list();
    for (const Group& g : groups ? groups.value() : QList<Group>())
        m_ui->groupComboBox->addItem(g.name, g.id);
    const int index = current.isValid() ? m_ui->groupComboBox->findData(current) : 0;
    m_ui->groupComboBox->setCurrentIndex(std::max(index, 0));
}

void UsersPage::refresh()
{
    reloadGroupFilter();
    applyFilters();
}

void UsersPage::updateMatches()
{
    if (!m_model->lastError().isEmpty()) {
        m_ui->matchesLabel->setText(tr("Cannot read users: %1").arg(m_model->lastError()));
        return;
    }
    const int count = m_model->rowCount();
    m_ui->matchesLabel->setText(count == 1 ? tr("1 user") : tr("%1 users").arg(QLocale().toString(count)));
}

void UsersPage::updateActions()
{
    const QModelIndexList rows = m_ui->usersTableView->selectionModel()->selectedRows();
    const qsizetype selected = rows.size();
    // Enable offers itself only when a selected user is disabled, Disable when one is enabled.
    bool anyEnabled = false;
    bool anyDisabled = false;
    for (const QModelIndex& index : rows) {
        const std::optional<bool> enabled = m_model->userEnabled(index.row());
        anyEnabled |= !enabled || *enabled;
        anyDisabled |= !enabled || !*enabled;
    }
    m_ui->openUserButton->setEnabled(selected == 1);
    const std::optional<Error> refusal = m_core.refusal(Permission::EditUsers);
    gateChange(m_ui->newUserButton, true, refusal);
    gateChange(m_ui->enableButton, anyDisabled, refusal);
    gateChange(m_ui->disableButton, anyEnabled, refusal);
    gateChange(m_ui->addToGroupButton, selected > 0, refusal);
    gateChange(m_ui->keysButton, selected > 0 && m_keys,
               firstRefusal({m_core.refusal(Permission::HandleKeys),
                             m_keys ? std::nullopt : std::optional<Error>(KeyServices::teamRefusal())}));
}

QList<qint64> UsersPage::selectedUserIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_ui->usersTableView->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        if (const qint64 id = m_model->userId(index.row()))
            ids << id;
    }
    return ids;
}

void UsersPage::setSelectedEnabled(bool enabled)
{
    const QList<qint64> ids = selectedUserIds();
    QStringList problems;
    bool entersScope = false;
    for (qint64 id : ids) {
        auto change = m_core.userChanges().setEnabled(m_core.actor(), id, enabled);
        if (!change)
            problems << change.error();
        else
            entersScope = entersScope || change->entersScope;
    }
    if (!problems.isEmpty())
        MessageBox::warning(this, tr("KeyDesk"), problems.join(u'\n'));
    if (entersScope)
        m_changes.notifyScope();
    else
        m_changes.notify();
}

void UsersPage::addSelectedToGroup(qint64 groupId, const QString& groupName)
{
    const QList<qint64> ids = selectedUserIds();
    int added = 0;
    bool entersScope = false;
    for (qint64 id : ids) {
        if (auto change = m_core.userChanges().joinGroup(m_core.actor(), groupId, id)) {
            ++added;
            entersScope = entersScope || change->entersScope;
        }
    }
    if (entersScope)
        m_changes.notifyScope();
    else
        m_changes.notify();
    if (added < ids.size())
        MessageBox::warning(this, tr("KeyDesk"),
                            tr("%1 of %2 users added to %3; the others were members already.")
                                .arg(added)
                                .arg(ids.size())
                                .arg(groupName));
}

void UsersPage::openUser(qint64 userId)
{
    UserDetailsDialog dialog(m_core, userId, m_keys, this);
    connect(&dialog, &UserDetailsDialog::userChanged, &m_changes, &ChangeNotifier::notify);
    connect(&dialog, &UserDetailsDialog::scopeMayHaveChanged, &m_changes, &ChangeNotifier::notifyScope);
    dialog.exec();
}

} // namespace keydesk::gui

namespace keydesk::gui {

void UsersPage::askBulk(BulkKeyAction action)
{
    const QString count = QLocale().toString(selectedUserIds().size());
    const QString question =
        action == BulkKeyAction::AssignByEmail
            ? tr("Assign a smartphone key to %1 users and email each an activation link? As a workflow does "
                 "it, "
                 "users who are disabled, have no email address, or have an active or pending smartphone key "
                 "are skipped.")
                  .arg(count)
            : tr("Send a new activation email for the pending smartphone keys of %1 users? Their current "
                 "links "
                 "stop working.")
                  .arg(count);
    if (MessageBox::question(this, BulkChangeDialog::actionTitle(action), question) != QMessageBox::Yes)
        return;
    startBulk(action);
}

BulkChangeDialog* UsersPage::startBulk(BulkKeyAction action)
{
    if (!m_keys)
        return nullptr;
    const QString title = BulkChangeDialog::actionTitle(action);
    BulkKeyRequest request{action, selectedUserIds(), {}};
    if (action == BulkKeyAction::ReissueByEmail) {
        // The users' pending keys, as this desk reads them (a team desk's cache is the server's).
        auto pending = BulkKeyChange(m_core.store(), m_keys->actor()).pendingKeysOf(request.ids);
        if (!pending) {
            MessageBox::warning(this, title, pending.error());
            return nullptr;
        }
        if (pending->isEmpty()) {
            MessageBox::warning(this, title,
                                tr("None of the selected users has a smartphone key waiting for "
                                   "activation."));
            return nullptr;
        }
        request.ids = pending.value();
    }
    if (request.ids.isEmpty())
        return nullptr;
    auto* dialog = new BulkChangeDialog(std::move(request), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkChangeDialog::finished, this, [this] {
        m_keys->sendOutboxNow();
        m_changes.notify();
    });
    if (m_core.inTeam()) {
        dialog->startOnServer(m_core.teamChanges());
    } else {
        auto enrollment = m_keys->enrollment();
        if (!enrollment) {
            delete dialog;
            MessageBox::warning(this, title, enrollment.error());
            return nullptr;
        }
        dialog->startLocal(m_core.databasePath(), m_keys->actor(), std::move(enrollment).value());
    }
    dialog->open();
    return dialog;
}

} // namespace keydesk::gui
