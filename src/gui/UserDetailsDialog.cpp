// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "UserDetailsDialog.h"
#include "ui_UserDetailsDialog.h"

#include "AuditTableModel.h"
#include "ChangeGate.h"
#include "MessageBox.h"
#include "SecurityKeysTab.h"

#include "core/Core.h"
#include "core/users/DirectoryService.h"
#include "core/users/UserService.h"

#include <QPushButton>

namespace keydesk::gui {

UserDetailsDialog::UserDetailsDialog(Core& core, qint64 userId, KeyServices* keys, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::UserDetailsDialog>()), m_core(core)
{
    m_ui->setupUi(this);
    m_user.id = userId;
    m_activity = new AuditTableModel(core, this);
    m_activity->showIn(m_ui->activityTableView);
    if (keys) {
        m_keysTab = new SecurityKeysTab(*keys, this);
        m_keysTab->setObjectName(QStringLiteral("securityKeysTab"));
        m_ui->detailsTabWidget->insertTab(m_ui->detailsTabWidget->indexOf(m_ui->activityTab), m_keysTab,
                                          tr("Security &Keys"));
        // Key changes show in the Activity tab and the All Users summary.
        connect(m_keysTab, &SecurityKeysTab::keysChanged, this, [this] {
            m_activity->refresh();
            Q_EMIT userChanged();
        });
    }

    for (QLineEdit* edit :
         {m_ui->displayNameLineEdit, m_ui->emailLineEdit, m_ui->upnLineEdit, m_ui->departmentLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &UserDetailsDialog::validate);
    connect(m_ui->enabledCheckBox, &QCheckBox::toggled, this, &UserDetailsDialog::validate);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &UserDetailsDialog::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &UserDetailsDialog::showProfile);
    connect(m_ui->addGroupButton, &QPushButton::clicked, this, &UserDetailsDialog::addToGroup);
    connect(m_ui->removeGroupButton, &QPushButton::clicked, this, &UserDetailsDialog::removeFromGroup);
    connect(m_ui->groupsListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        gateChange(m_ui->removeGroupButton, row >= 0, m_core.refusal(Permission::EditUsers));
    });
    loadUser();
}

UserDetailsDialog::~UserDetailsDialog() = default;

void UserDetailsDialog::loadUser()
{
    const bool isNew = m_user.id == 0;
    if (!isNew) {
        auto found = m_core.users().findById(m_user.id);
        if (!found || !found.value()) {
            m_ui->validationLabel->setText(found ? tr("This user no longer exists.") : found.error());
            m_ui->detailsTabWidget->setEnabled(false);
            return;
        }
        m_user = *found.value();
    }
    setWindowTitle(isNew ? tr("New User") : tr("User Details — %1").arg(m_user.displayName));
    m_ui->headerLabel->setText(isNew ? tr("New user") : m_user.displayName);
    m_ui->detailsTabWidget->setTabEnabled(m_ui->detailsTabWidget->indexOf(m_ui->groupsTab), !isNew);
    m_ui->detailsTabWidget->setTabEnabled(m_ui->detailsTabWidget->indexOf(m_ui->activityTab), !isNew);
    if (m_keysTab) {
        m_ui->detailsTabWidget->setTabEnabled(m_ui->detailsTabWidget->indexOf(m_keysTab), !isNew);
        if (!isNew)
            m_keysTab->setUser(m_user);
    }
    // An operator whose role changes no users reads them (the server refuses anyway); a user a
    // directory source owns is changed at the source.
    const bool mayEdit = m_core.actor().may(Permission::EditUsers);
    m_sourceName.clear();
    if (m_user.sourceId != 0) {
        auto source = DirectoryService(m_core.store()).resolve(QString::number(m_user.sourceId));
        m_sourceName = source ? source->name : QString::number(m_user.sourceId);
    }
    const bool synced = !m_sourceName.isEmpty();
    const QString atTheSource =
        synced ? tr("From the directory source %1: change it there.").arg(m_sourceName) : QString();
    for (QLineEdit* edit :
         {m_ui->displayNameLineEdit, m_ui->emailLineEdit, m_ui->upnLineEdit, m_ui->departmentLineEdit}) {
        edit->setReadOnly(!mayEdit || synced);
        edit->setToolTip(atTheSource);
    }
    m_ui->enabledCheckBox->setEnabled(!isNew && mayEdit && !synced);
    m_ui->enabledCheckBox->setToolTip(atTheSource);
    showProfile();
    if (!isNew) {
        loadGroups();
        AuditQuery query;
        query.targetType = QStringLiteral("user");
        query.targetId = m_user.id;
        m_activity->setQuery(query);
    }
}

void UserDetailsDialog::showProfile()
{
    m_ui->displayNameLineEdit->setText(m_user.displayName);
    m_ui->emailLineEdit->setText(m_user.email);
    m_ui->upnLineEdit->setText(m_user.upn);
    m_ui->departmentLineEdit->setText(m_user.department);
    m_ui->enabledCheckBox->setChecked(m_user.enabled);
    m_ui->sourceLabel->setText(
        m_user.id == 0 ? tr("entered here")
        : m_sourceName.isEmpty()
            ? userSourceName(m_user.source)
            : tr("the directory source %1, where the name, email, UPN, department and state are changed")
                  .arg(m_sourceName));
    validate();
}

UserFields UserDetailsDialog::editedFields() const
{
    return UserFields{m_ui->displayNameLineEdit->text().trimmed(), m_ui->emailLineEdit->text().trimmed(),
                      m_ui->upnLineEdit->text().trimmed(), m_ui->departmentLineEdit->text().trimmed()};
}

bool UserDetailsDialog::isDirty() const
{
    const UserFields f = editedFields();
    return f.displayName != m_user.displayName || f.email != m_user.email || f.upn != m_user.upn ||
           f.department != m_user.department || m_ui->enabledCheckBox->isChecked() != m_user.enabled;
}

void UserDetailsDialog::validate()
{
    const QString problem = validateUserFields(editedFields()).message();
    // Nothing typed yet (a new user's empty form) is not an error to show, only a Save to withhold.
    m_ui->validationLabel->setText(
        problem.isEmpty() || !isDirty() ? QString() : problem.at(0).toUpper() + problem.mid(1) + u'.');
    gateChange(m_ui->saveButton, problem.isEmpty() && isDirty(), m_core.refusal(Permission::EditUsers));
    m_ui->revertButton->setEnabled(isDirty());
}

bool UserDetailsDialog::save()
{
    const UserFields fields = editedFields();
    UserChanges& users = m_core.userChanges();
    // The fields and the enabled flag together: a refused change leaves both as they were.
    auto change = m_user.id == 0
                      ? users.create(m_core.actor(), fields, {})
                      : users.edit(m_core.actor(), m_user.id, fields, m_ui->enabledCheckBox->isChecked());
    if (!change) {
        m_ui->validationLabel->setText(change.error());
        return false;
    }
    m_user = change->user;
    Q_EMIT userChanged();
    if (change->entersScope)
        Q_EMIT scopeMayHaveChanged();
    loadUser();
    return true;
}

void UserDetailsDialog::loadGroups()
{
    m_ui->groupsListWidget->clear();
    auto memberOf = m_core.users().groupsOf(m_user.id);
    QList<qint64> memberIds;
    for (const Group& g : memberOf ? memberOf.value() : QList<Group>()) {
        auto* item = new QListWidgetItem(g.name, m_ui->groupsListWidget);
        item->setData(Qt::UserRole, g.id);
        memberIds << g.id;
    }
    m_ui->addGroupComboBox->clear();
    auto all = m_core.groups().list();
    for (const Group& g : all ? all.value() : QList<Group>()) {
        if (!memberIds.contains(g.id))
            m_ui->addGroupComboBox->addItem(g.name, g.id);
    }
    const std::optional<Error> refusal = m_core.refusal(Permission::EditUsers);
    gateChange(m_ui->addGroupButton, m_ui->addGroupComboBox->count() > 0, refusal);
    gateChange(m_ui->removeGroupButton, m_ui->groupsListWidget->currentRow() >= 0, refusal);
}

void UserDetailsDialog::addToGroup()
{
    const QVariant groupId = m_ui->addGroupComboBox->currentData();
    if (!groupId.isValid())
        return;
    auto change = m_core.userChanges().joinGroup(m_core.actor(), groupId.toLongLong(), m_user.id);
    if (!change)
        MessageBox::warning(this, tr("KeyDesk"), change.error());
    loadGroups();
    m_activity->refresh();
    Q_EMIT userChanged();
    if (change && change->entersScope)
        Q_EMIT scopeMayHaveChanged();
}

void UserDetailsDialog::removeFromGroup()
{
    const QListWidgetItem* item = m_ui->groupsListWidget->currentItem();
    if (!item)
        return;
    if (auto change =
            m_core.userChanges().leaveGroup(m_core.actor(), item->data(Qt::UserRole).toLongLong(), m_user.id);
        !change)
        MessageBox::warning(this, tr("KeyDesk"), change.error());
    loadGroups();
    m_activity->refresh();
    Q_EMIT userChanged();
}

} // namespace keydesk::gui
