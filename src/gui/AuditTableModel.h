// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "PageCache.h"

#include "core/domain/AuditEvent.h"

#include <QAbstractTableModel>

class QTableView;

namespace keydesk {
class Core;
}

namespace keydesk::gui {

// The audit log, newest first, paged through the store and filtered in SQL.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        ActorColumn,
        ActionColumn,
        TargetColumn,
        DetailsColumn,
        ColumnCount
    };

    explicit AuditTableModel(Core& core, QObject* parent = nullptr);

    const AuditQuery& query() const { return m_query; }
    void setQuery(const AuditQuery& query);
    void refresh() { setQuery(m_query); }
    const AuditEvent* event(int row) const { return m_cache.row(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shows this model in a view with the columns sized for events (Audit Log, Activity tab).
    void showIn(QTableView* view);

    // "department: Engineering → Sales" style text for an event's details.
    static QString describeDetails(const AuditEvent& event);
    static QString localTime(qint64 ms);

private:
    Core& m_core;
    AuditQuery m_query;
    qint64 m_count = 0;
    mutable PageCache<AuditEvent> m_cache;
};

} // namespace keydesk::gui
