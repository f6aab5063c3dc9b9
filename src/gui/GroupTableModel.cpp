// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "GroupTableModel.h"

#include "core/Core.h"
#include "core/activation/KeyPolicy.h"
#include "core/users/DirectoryService.h"

#include <QLocale>

namespace keydesk::gui {

GroupTableModel::GroupTableModel(Core& core, QObject* parent) : QAbstractTableModel(parent), m_core(core)
{
    refresh();
}

void GroupTableModel::refresh()
{
    beginResetModel();
    auto groups = m_core.groups().list();
    m_groups = groups ? groups.value() : QList<Group>();
    m_sourceNames.clear();
    if (auto sources = DirectoryService(m_core.store()).sources()) {
        for (const DirectorySource& source : sources.value())
            m_sourceNames.insert(source.id, source.name);
    }
    endResetModel();
}

QString GroupTableModel::sourceName(int row) const
{
    if (row < 0 || row >= m_groups.size() || m_groups[row].sourceId == 0)
        return {};
    return m_sourceNames.value(m_groups[row].sourceId, QString::number(m_groups[row].sourceId));
}

int GroupTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int GroupTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Group& g = m_groups[index.row()];
    if (role == Qt::UserRole)
        return g.id;
    if (role == Qt::TextAlignmentRole && index.column() == MembersColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return g.name;
    case MembersColumn:
        return QLocale().toString(g.memberCount);
    case KeyPolicyColumn:
        if (g.keyPolicy.isEmpty())
            return QString();
        if (auto policy = keyPolicyFromJson(g.keyPolicy))
            return describeKeyPolicy(policy.value());
        else
            return policy.error();
    case DescriptionColumn:
        return g.description;
    case SourceColumn:
        return sourceName(index.row());
    default:
        return {};
    }
}

QVariant GroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Group");
    case MembersColumn:
        return tr("Members");
    case KeyPolicyColumn:
        return tr("Key policy");
    case DescriptionColumn:
        return tr("Description");
    case SourceColumn:
        return tr("Directory source");
    default:
        return {};
    }
}

} // namespace keydesk::gui
