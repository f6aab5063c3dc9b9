// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/domain/KeyQuery.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace keydesk {
class AuthenticatorNames;
class Core;
} // namespace keydesk

namespace keydesk::gui {

class AllKeysTableModel;
class ChangeNotifier;

// All Keys: every key of every user, searched by its owner, filtered by status, group and the
// Overview's questions (links expiring within 24 hours, keys not used for long), sorted and paged
// in SQL. Double-click opens the owner.
class KeysPage : public QWidget
{
    Q_OBJECT

public:
    KeysPage(Core& core, ChangeNotifier& changes, const AuthenticatorNames& names, QWidget* parent = nullptr);

    AllKeysTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // Shows the keys `query` selects, with its filters set in the page's controls (the Overview's
    // links).
    void showQuery(const KeyQuery& query);

Q_SIGNALS:
    void userRequested(qint64 userId);

private:
    enum Show
    {
        AllKeys,
        ExpiringSoon,
        NotUsedForLong,
    };
    void applyFilters();
    void reloadGroupFilter();
    void updateCount();

    Core& m_core;
    AllKeysTableModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_group = nullptr;
    QComboBox* m_show = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_view = nullptr;
    QTimer m_searchDelay;
};

} // namespace keydesk::gui
