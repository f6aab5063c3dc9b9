// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/activation/AuthenticatorNames.h"
#include "core/domain/SecurityKey.h"

#include <QAbstractTableModel>

namespace keydesk::gui {

// One user's security keys, with what the helpdesk needs to see at a glance: state (and time
// left for a pending activation), the authenticator's name, and the dates.
class SecurityKeyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TypeColumn,
        LabelColumn,
        StatusColumn,
        AuthenticatorColumn,
        MethodColumn,
        CreatedColumn,
        ActivatedColumn,
        VerifiedColumn,
        ColumnCount
    };

    explicit SecurityKeyTableModel(const AuthenticatorNames& names, QObject* parent = nullptr);

    void setRows(QList<SecurityKeyRow> rows, qint64 nowMs);
    // Moves the clock for the "time left" texts without re-reading the database.
    void setNow(qint64 nowMs);
    const SecurityKeyRow* row(int index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "Pending — 12 min left", "Activation expired — re-issue", "Active".
    static QString statusText(const SecurityKeyRow& row, qint64 nowMs);

private:
    const AuthenticatorNames& m_names;
    QList<SecurityKeyRow> m_rows;
    qint64 m_nowMs = 0;
};

} // namespace keydesk::gui
