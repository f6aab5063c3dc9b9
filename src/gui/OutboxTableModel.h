// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/domain/OutboxMessage.h"

#include <QAbstractTableModel>

namespace keydesk::gui {

// Outbox messages, newest first: state, recipient, subject, attempts, next try, last error.
class OutboxTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StatusColumn,
        RecipientColumn,
        SubjectColumn,
        AttemptsColumn,
        NextAttemptColumn,
        LastErrorColumn,
        CreatedColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;
    void setMessages(QList<OutboxMessage> messages);
    const OutboxMessage* message(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<OutboxMessage> m_messages;
};

} // namespace keydesk::gui
