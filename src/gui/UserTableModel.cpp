// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "UserTableModel.h"

#include "core/Core.h"

#include <QColor>
#include <QLocale>

#include <limits>

namespace keydesk::gui {

UserTableModel::UserTableModel(Core& core, const UserQuery& query, QObject* parent)
    : QAbstractTableModel(parent), m_core(core), m_query(query)
{
    m_cache.setFetch([this](qint64 offset, int limit) {
        auto rows = m_core.users().page(m_query, offset, limit);
        if (!rows) {
            m_lastError = rows.error();
            return QList<UserListRow>();
        }
        return rows.value();
    });
    reload();
}

void UserTableModel::setQuery(const UserQuery& query)
{
    beginResetModel();
    m_query = query;
    reload();
    endResetModel();
}

void UserTableModel::setSearch(const QString& text)
{
    UserQuery query = m_query;
    query.search = text;
    setQuery(query);
}

void UserTableModel::refresh()
{
    setQuery(m_query);
}

void UserTableModel::reload()
{
    m_cache.clear();
    m_lastError.clear();
    auto count = m_core.users().count(m_query);
    // rowCount is an int for Qt views; more users than that cannot be shown at once anyway.
    m_count = count ? std::min<qint64>(count.value(), std::numeric_limits<int>::max()) : 0;
    if (!count) {
        m_lastError = count.error();
        Q_EMIT loadFailed(m_lastError);
    }
}

qint64 UserTableModel::userId(int row) const
{
    const UserListRow* r = m_cache.row(row);
    return r ? r->user.id : 0;
}

std::optional<bool> UserTableModel::userEnabled(int row) const
{
    const UserListRow* r = m_cache.row(row);
    return r ? std::optional<bool>(r->user.enabled) : std::nullopt;
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserListRow* row = m_cache.row(index.row());
    if (!row)
        return {};
    const User& u = row->user;
    if (role == UserIdRole)
        return u.id;
    if (role == Qt::ToolTipRole && index.column() == GroupsColumn)
        return row->groups.join(u'\n');
    if (role == Qt::ForegroundRole && !u.enabled)
        return QColor(Qt::gray);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return u.displayName;
    case EmailColumn:
        return u.email;
    case DepartmentColumn:
        return u.department;
    case GroupsColumn:
        return row->groups.join(QStringLiteral(", "));
    case KeysColumn: {
        QStringList parts;
        if (row->keys.active > 0)
            parts << tr("%n active", nullptr, row->keys.active);
        if (row->keys.pending > 0)
            parts << tr("%n pending", nullptr, row->keys.pending);
        return parts.isEmpty() ? tr("No key") : parts.join(QStringLiteral(", "));
    }
    case EnabledColumn:
        return u.enabled ? tr("Enabled") : tr("Disabled");
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return QLocale().toString(section + 1);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case DepartmentColumn:
        return tr("Department");
    case GroupsColumn:
        return tr("Groups");
    case KeysColumn:
        return tr("Security Keys");
    case EnabledColumn:
        return tr("Status");
    default:
        return {};
    }
}

bool UserTableModel::isSortable(int column)
{
    return column == NameColumn || column == EmailColumn || column == DepartmentColumn ||
           column == EnabledColumn;
}

void UserTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    UserQuery query = m_query;
    query.sortColumn = column == EmailColumn        ? UserSortColumn::Email
                       : column == DepartmentColumn ? UserSortColumn::Department
                       : column == EnabledColumn    ? UserSortColumn::Enabled
                                                    : UserSortColumn::DisplayName;
    query.descending = order == Qt::DescendingOrder;
    setQuery(query);
}

} // namespace keydesk::gui
