// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "PageCache.h"

#include "core/domain/User.h"
#include "core/domain/UserQuery.h"

#include <QAbstractTableModel>

#include <optional>

namespace keydesk {
class Core;
}

namespace keydesk::gui {

// All Users as a table: paged SQL through the store, searched, filtered and sorted in SQL.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        EmailColumn,
        DepartmentColumn,
        GroupsColumn,
        KeysColumn,
        EnabledColumn,
        ColumnCount
    };
    static constexpr int UserIdRole = Qt::UserRole + 1;

    explicit UserTableModel(Core& core, const UserQuery& query = {}, QObject* parent = nullptr);

    const UserQuery& query() const { return m_query; }
    void setQuery(const UserQuery& query);
    void setSearch(const QString& text);
    // Re-reads after a change elsewhere, keeping the query.
    void refresh();
    qint64 userId(int row) const;
    // Whether the row's user is enabled; nullopt while the row is not loaded.
    std::optional<bool> userEnabled(int row) const;
    // Last database error, empty when the last read worked.
    const QString& lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static bool isSortable(int column);

Q_SIGNALS:
    void loadFailed(const QString& error);

private:
    void reload();

    Core& m_core;
    UserQuery m_query;
    qint64 m_count = 0;
    QString m_lastError;
    mutable PageCache<UserListRow> m_cache;
};

} // namespace keydesk::gui
