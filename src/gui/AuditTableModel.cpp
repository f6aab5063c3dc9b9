// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AuditTableModel.h"

#include "ColumnWidths.h"
#include "core/Core.h"

#include <QDateTime>
#include <QHeaderView>
#include <QTableView>

#include <limits>

namespace keydesk::gui {

AuditTableModel::AuditTableModel(Core& core, QObject* parent) : QAbstractTableModel(parent), m_core(core)
{
    m_cache.setFetch([this](qint64 offset, int limit) {
        auto events = m_core.auditTrail().page(m_query, offset, limit);
        return events ? events.value() : QList<AuditEvent>();
    });
    setQuery({});
}

void AuditTableModel::setQuery(const AuditQuery& query)
{
    beginResetModel();
    m_query = query;
    m_cache.clear();
    auto count = m_core.auditTrail().count(m_query);
    m_count = count ? std::min<qint64>(count.value(), std::numeric_limits<int>::max()) : 0;
    endResetModel();
}

void AuditTableModel::showIn(QTableView* view)
{
    view->setModel(this);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    setColumnWidths(view, {{TimeColumn, 140}, {ActorColumn, 140}, {ActionColumn, 140}, {TargetColumn, 200}});
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTableModel::localTime(qint64 ms)
{
    // Sortable and unambiguous whatever the locale: audit times get compared and quoted.
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString AuditTableModel::describeDetails(const AuditEvent& event)
{
    return describeAuditDetails(event.details, &AuditTableModel::localTime);
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const AuditEvent* e = m_cache.row(index.row());
    if (!e)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return localTime(e->atMs);
    case ActorColumn:
        return e->actor;
    case ActionColumn:
        return e->action;
    case TargetColumn:
        return e->targetLabel.isEmpty() ? e->targetType
                                        : e->targetType + QStringLiteral(": ") + e->targetLabel;
    case DetailsColumn:
        return describeDetails(*e);
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Operator");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace keydesk::gui
