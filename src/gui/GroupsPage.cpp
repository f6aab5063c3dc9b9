// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "GroupsPage.h"
#include "ui_GroupsPage.h"

#include "ChangeGate.h"
#include "ChangeNotifier.h"
#include "ColumnWidths.h"
#include "GroupKeyPolicyDialog.h"
#include "GroupTableModel.h"
#include "MessageBox.h"
#include "UserTableModel.h"

#include "core/Core.h"
#include "core/users/UserService.h"

#include <QHeaderView>
#include <QInputDialog>

namespace keydesk::gui {

GroupsPage::GroupsPage(Core& core, ChangeNotifier& changes, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::GroupsPage>()), m_core(core), m_changes(changes)
{
    m_ui->setupUi(this);
    m_groups = new GroupTableModel(core, this);
    m_ui->groupsTableView->setModel(m_groups);
    m_ui->groupsTableView->verticalHeader()->hide();
    m_ui->groupsTableView->horizontalHeader()->setStretchLastSection(true);
    setColumnWidths(m_ui->groupsTableView,
                    {{GroupTableModel::NameColumn, 150}, {GroupTableModel::KeyPolicyColumn, 130}});

    UserQuery none;
    none.groupId = 0; // nothing selected yet: no group has id 0
    m_members = new UserTableModel(core, none, this);
    m_ui->membersTableView->setModel(m_members);
    m_ui->membersTableView->verticalHeader()->hide();
    m_ui->membersTableView->horizontalHeader()->setStretchLastSection(true);
    for (int column : {UserTableModel::GroupsColumn, UserTableModel::KeysColumn})
        m_ui->membersTableView->hideColumn(column);
    setColumnWidths(m_ui->membersTableView,
                    {{UserTableModel::NameColumn, 170}, {UserTableModel::EmailColumn, 240}});
    m_ui->groupsSplitter->setSizes({420, 620});

    connect(m_ui->groupsTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GroupsPage::showMembers);
    connect(m_ui->newGroupButton, &QPushButton::clicked, this, &GroupsPage::newGroup);
    connect(m_ui->renameGroupButton, &QPushButton::clicked, this, &GroupsPage::renameGroup);
    connect(m_ui->deleteGroupButton, &QPushButton::clicked, this, &GroupsPage::deleteGroup);
    connect(m_ui->keyPolicyButton, &QPushButton::clicked, this, &GroupsPage::editKeyPolicy);
    connect(m_ui->addMemberButton, &QPushButton::clicked, this, &GroupsPage::addMember);
    connect(m_ui->addMemberLineEdit, &QLineEdit::returnPressed, this, &GroupsPage::addMember);
    connect(m_ui->removeMemberButton, &QPushButton::clicked, this, &GroupsPage::removeMembers);
    connect(&m_changes, &ChangeNotifier::changed, this, &GroupsPage::refresh);
    showMembers();
}

GroupsPage::~GroupsPage() = default;

qint64 GroupsPage::currentGroupId() const
{
    const QModelIndexList rows = m_ui->groupsTableView->selectionModel()->selectedRows();
    const Group* g = rows.isEmpty() ? nullptr : m_groups->group(rows.first().row());
    return g ? g->id : 0;
}

bool GroupsPage::selectGroup(const QString& name)
{
    for (int row = 0; row < m_groups->rowCount(); ++row) {
        if (m_groups->group(row)->name.compare(name, Qt::CaseInsensitive) == 0) {
            m_ui->groupsTableView->selectRow(row);
            return true;
        }
    }
    return false;
}

void GroupsPage::showMembers()
{
    const qint64 id = currentGroupId();
    const bool selected = id != 0;
    UserQuery query;
    query.groupId = id;
    m_members->setQuery(query);
    const QModelIndexList rows = m_ui->groupsTableView->selectionModel()->selectedRows();
    m_ui->membersLabel->setText(selected ? tr("Members of %1 (%2)")
                                               .arg(m_groups->group(rows.first().row())->name)
                                               .arg(m_members->rowCount())
                                         : tr("Select a group to see its members."));
    const std::optional<Error> editGroups = m_core.refusal(Permission::EditGroups);
    // A directory source's group is renamed, removed and filled at the source.
    const QString source = selected ? m_groups->sourceName(rows.first().row()) : QString();
    const std::optional<Error> synced =
        source.isEmpty()
            ? std::nullopt
            : std::optional(Error::text(tr("From the directory source %1: change it there.").arg(source)));
    gateChange(m_ui->newGroupButton, true, editGroups);
    gateChange(m_ui->renameGroupButton, selected, firstRefusal({synced, editGroups}));
    gateChange(m_ui->deleteGroupButton, selected, firstRefusal({synced, m_core.refusal(Permission::Delete)}));
    gateChange(m_ui->keyPolicyButton, selected, m_core.refusal(Permission::ManageSettings));
    // Membership is a change to users.
    const std::optional<Error> editUsers = m_core.refusal(Permission::EditUsers);
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->addMemberLineEdit, m_ui->addMemberButton,
                                                      m_ui->removeMemberButton})
        gateChange(w, selected, firstRefusal({synced, editUsers}));
}

void GroupsPage::refresh()
{
    const qint64 id = currentGroupId();
    m_groups->refresh();
    for (int row = 0; row < m_groups->rowCount(); ++row) {
        if (m_groups->group(row)->id == id)
            m_ui->groupsTableView->selectRow(row);
    }
    showMembers();
}

void GroupsPage::report(const Status& status)
{
    if (!status)
        MessageBox::warning(this, tr("KeyDesk"), status.error());
    m_changes.notify();
}

void GroupsPage::newGroup()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New Group"), tr("Group name:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    auto created = m_core.groupChanges().create(m_core.actor(), name.trimmed(), {});
    report(Status::from(created));
    if (created)
        selectGroup(created->name);
}

void GroupsPage::renameGroup()
{
    const qint64 id = currentGroupId();
    const QModelIndexList rows = m_ui->groupsTableView->selectionModel()->selectedRows();
    if (!id || rows.isEmpty())
        return;
    const QString current = m_groups->group(rows.first().row())->name;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Group"), tr("New name for %1:").arg(current),
                                               QLineEdit::Normal, current, &ok);
    if (!ok || name.trimmed() == current)
        return;
    report(m_core.groupChanges().rename(m_core.actor(), id, name.trimmed()));
}

void GroupsPage::deleteGroup()
{
    const QModelIndexList rows = m_ui->groupsTableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Group group = *m_groups->group(rows.first().row());
    const auto answer =
        MessageBox::question(this, tr("Delete Group"),
                             tr("Delete the group %1? Its %n member(s) stay in KeyDesk but leave the group.",
                                nullptr, int(group.memberCount))
                                 .arg(group.name));
    if (answer != QMessageBox::Yes)
        return;
    report(m_core.groupChanges().remove(m_core.actor(), group.id));
}

void GroupsPage::editKeyPolicy()
{
    const QModelIndexList rows = m_ui->groupsTableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    GroupKeyPolicyDialog dialog(m_core, *m_groups->group(rows.first().row()), this);
    if (dialog.exec() == QDialog::Accepted)
        m_changes.notify();
}

void GroupsPage::addMember()
{
    const qint64 id = currentGroupId();
    const QString email = m_ui->addMemberLineEdit->text().trimmed();
    if (!id || email.isEmpty())
        return;
    auto user = m_core.users().resolve(email);
    if (!user) {
        report(Status::failure(user.cause()));
        return;
    }
    auto change = m_core.userChanges().joinGroup(m_core.actor(), id, user->id);
    if (change)
        m_ui->addMemberLineEdit->clear();
    report(Status::from(change));
    if (change && change->entersScope)
        m_changes.notifyScope();
}

void GroupsPage::removeMembers()
{
    const qint64 id = currentGroupId();
    const QModelIndexList rows = m_ui->membersTableView->selectionModel()->selectedRows();
    if (!id || rows.isEmpty())
        return;
    QList<qint64> userIds;
    for (const QModelIndex& index : rows)
        userIds << m_members->userId(index.row());
    QList<Error> problems;
    for (qint64 userId : userIds) {
        if (auto change = m_core.userChanges().leaveGroup(m_core.actor(), id, userId); !change)
            problems << change.cause();
    }
    report(problems.isEmpty() ? Status() : Status::failure(Error::lines(problems)));
}

} // namespace keydesk::gui
