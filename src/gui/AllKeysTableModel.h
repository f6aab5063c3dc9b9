// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "PageCache.h"

#include "core/domain/KeyQuery.h"

#include <QAbstractTableModel>

namespace keydesk {
class AuthenticatorNames;
class Core;
} // namespace keydesk

namespace keydesk::gui {

// All Keys as a table: every user's keys, paged SQL through the key service, filtered and
// sorted in SQL like All Users.
class AllKeysTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UserColumn,
        EmailColumn,
        TypeColumn,
        StatusColumn,
        AuthenticatorColumn,
        CreatedColumn,
        ActivatedColumn,
        LastUsedColumn,
        VerifiedColumn,
        ActivationColumn, // method, and when a pending key's link expires
        ColumnCount
    };
    static constexpr int KeyIdRole = Qt::UserRole + 1;
    static constexpr int UserIdRole = Qt::UserRole + 2;

    AllKeysTableModel(Core& core, const AuthenticatorNames& names, QObject* parent = nullptr);

    const KeyQuery& query() const { return m_query; }
    void setQuery(const KeyQuery& query);
    void refresh();
    qint64 keyCount() const { return m_count; }
    // The key shown in `row` (read from the database if its page is not in memory).
    std::optional<KeyListRow> rowAt(int row) const;
    const QString& lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static std::optional<KeySortColumn> sortColumnOf(int column);

Q_SIGNALS:
    void loadFailed(const QString& error);

private:
    void reload();

    Core& m_core;
    const AuthenticatorNames& m_names;
    KeyQuery m_query;
    qint64 m_count = 0;
    QString m_lastError;
    mutable PageCache<KeyListRow> m_cache;
};

} // namespace keydesk::gui
