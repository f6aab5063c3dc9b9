// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/domain/KeyQuery.h"
#include "core/keys/BulkKeyChange.h"
#include "core/reports/ReportExport.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace keydesk {
class Core;
} // namespace keydesk

namespace keydesk::gui {

class AllKeysTableModel;
class BulkChangeDialog;
class ChangeNotifier;
class KeyServices;

// All Keys: every key of every user, searched by its owner, filtered by status, group and the
// Overview's questions (links expiring within 24 hours, keys not used for long), sorted and paged
// in SQL. Double-click opens the owner. A selection is suspended, resumed, revoked, sent new
// activation emails or exported at once (BulkChangeDialog); one waiting key is activated now.
class KeysPage : public QWidget
{
    Q_OBJECT

public:
    KeysPage(KeyServices& services, ChangeNotifier& changes, QWidget* parent = nullptr);

    AllKeysTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // Shows the keys `query` selects, with its filters set in the page's controls (the Overview's
    // links).
    void showQuery(const KeyQuery& query);
    // The selected keys' ids in the list's order (a whole list's from SQL, without paging it in).
    QList<qint64> selectedKeyIds() const;
    // Starts a bulk change of the selection without asking (the buttons ask first); the dialog
    // shows it and stays open with the outcome. Null with a message box when it cannot start.
    BulkChangeDialog* startBulk(BulkKeyAction action, const QString& reason = {});
    // Writes the selected keys to `path`.
    Status exportSelection(const QString& path, ReportFormat format) const;

Q_SIGNALS:
    void userRequested(qint64 userId);

private:
    enum Show
    {
        AllKeys,
        ExpiringSoon,
        NotUsedForLong,
        BreakingPolicy,
        ReturnedUsers,
    };
    void applyFilters();
    void reloadGroupFilter();
    void updateCount();
    void updateActions();
    // Asks what the action needs (a reason, a confirmation), then startBulk().
    void askBulk(BulkKeyAction action);
    void activateNow();
    void chooseExport();
    QList<KeyListRow> selectedRows() const;

    KeyServices& m_services;
    Core& m_core;
    ChangeNotifier& m_changes;
    AllKeysTableModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_group = nullptr;
    QComboBox* m_show = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_suspend = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_revoke = nullptr;
    QPushButton* m_sendEmail = nullptr;
    QPushButton* m_activateNow = nullptr;
    QPushButton* m_export = nullptr;
    QTimer m_searchDelay;
};

} // namespace keydesk::gui
