// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/domain/Group.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace keydesk {
class Core;
}

namespace keydesk::gui {

// Groups with member counts. Groups number in the hundreds at most, so all are held.
class GroupTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        MembersColumn,
        KeyPolicyColumn, // the group's own, described; empty: none
        DescriptionColumn,
        SourceColumn, // the directory source that owns the group; empty: KeyDesk's own
        ColumnCount
    };

    explicit GroupTableModel(Core& core, QObject* parent = nullptr);

    void refresh();
    // The name of the directory source that owns the group in `row`; empty for KeyDesk's own.
    QString sourceName(int row) const;
    const Group* group(int row) const { return row >= 0 && row < m_groups.size() ? &m_groups[row] : nullptr; }
    const QList<Group>& groups() const { return m_groups; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Core& m_core;
    QList<Group> m_groups;
    QHash<qint64, QString> m_sourceNames; // directory sources by id
};

} // namespace keydesk::gui
