// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/domain/UserQuery.h"
#include "core/keys/BulkKeyChange.h"

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class UsersPage;
}

namespace keydesk {
class Core;
}

namespace keydesk::gui {

class BulkChangeDialog;
class ChangeNotifier;
class KeyServices;
class UserTableModel;

// All Users: search-as-you-type, group and status filters, sortable columns, multi-select
// actions, and User Details on double-click.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    UsersPage(Core& core, ChangeNotifier& changes, KeyServices* keys = nullptr, QWidget* parent = nullptr);
    ~UsersPage() override;

    UserTableModel* model() const { return m_model; }
    // Opens User Details for the user; returns once the dialog closes.
    void openUser(qint64 userId);
    // Shows the users `query` selects, its search and filters set in the page's controls (the
    // Overview's links).
    void showQuery(const UserQuery& query);
    // Starts the bulk change for the selection without asking (the menu asks first). Null, with a
    // message box, when it cannot start.
    BulkChangeDialog* startBulk(BulkKeyAction action);

private:
    // Status items from here on stand for an enrollment (kEnrollmentItem + Enrollment).
    static constexpr int kEnrollmentItem = 100;

    void applySearch();
    void applyFilters();
    void reloadGroupFilter();
    void updateActions();
    void updateMatches();
    QList<qint64> selectedUserIds() const;
    void setSelectedEnabled(bool enabled);
    void addSelectedToGroup(qint64 groupId, const QString& groupName);
    // A bulk key change for the selected users (BulkChangeDialog): smartphone keys by email, or
    // their pending activations sent again.
    void askBulk(BulkKeyAction action);
    void refresh();

    std::unique_ptr<Ui::UsersPage> m_ui;
    Core& m_core;
    ChangeNotifier& m_changes;
    KeyServices* m_keys = nullptr;
    UserTableModel* m_model = nullptr;
    QTimer m_searchDelay;
};

} // namespace keydesk::gui
