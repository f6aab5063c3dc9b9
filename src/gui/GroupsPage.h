// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"

#include <QWidget>

#include <memory>

namespace Ui {
class GroupsPage;
}

namespace keydesk {
class Core;
}

namespace keydesk::gui {

class ChangeNotifier;
class GroupTableModel;
class UserTableModel;

// Groups: create, rename, delete (after confirmation), and each group's members.
class GroupsPage : public QWidget
{
    Q_OBJECT

public:
    GroupsPage(Core& core, ChangeNotifier& changes, QWidget* parent = nullptr);
    ~GroupsPage() override;

    GroupTableModel* groupModel() const { return m_groups; }
    // Selects the group with this name; false when there is none.
    bool selectGroup(const QString& name);

private:
    qint64 currentGroupId() const;
    void showMembers();
    void newGroup();
    void renameGroup();
    void deleteGroup();
    void editKeyPolicy();
    void addMember();
    void removeMembers();
    void refresh();
    void report(const Status& status);

    std::unique_ptr<Ui::GroupsPage> m_ui;
    Core& m_core;
    ChangeNotifier& m_changes;
    GroupTableModel* m_groups = nullptr;
    UserTableModel* m_members = nullptr;
};

} // namespace keydesk::gui
