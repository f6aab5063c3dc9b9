// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "OutboxTableModel.h"

#include "base/Error.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace keydesk::gui {

namespace {

QString statusText(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Queued:
        return OutboxTableModel::tr("Queued");
    case OutboxStatus::Sending:
        return OutboxTableModel::tr("Sending");
    case OutboxStatus::Sent:
        return OutboxTableModel::tr("Sent");
    case OutboxStatus::Failed:
        return OutboxTableModel::tr("Failed");
    }
    return {};
}

QString shortTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

void OutboxTableModel::setMessages(QList<OutboxMessage> messages)
{
    beginResetModel();
    m_messages = std::move(messages);
    endResetModel();
}

const OutboxMessage* OutboxTableModel::message(int row) const
{
    return row >= 0 && row < m_messages.size() ? &m_messages[row] : nullptr;
}

int OutboxTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int OutboxTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxTableModel::data(const QModelIndex& index, int role) const
{
    const OutboxMessage* m = message(index.row());
    if (!m)
        return {};
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case StatusColumn:
            return statusText(m->status);
        case RecipientColumn:
            return m->recipient;
        case SubjectColumn:
            return m->subject;
        case AttemptsColumn:
            return m->attempts;
        case NextAttemptColumn:
            return m->status == OutboxStatus::Queued ? shortTime(m->nextAttemptAtMs)
                   : m->sentAtMs                     ? tr("sent %1").arg(shortTime(*m->sentAtMs))
                                                     : QString();
        case LastErrorColumn: // stored as code and arguments: said in this desk's language
            return Error::fromStored(m->lastError).message();
        case CreatedColumn:
            return shortTime(m->createdAtMs);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == LastErrorColumn && !m->lastError.isEmpty())
        return Error::fromStored(m->lastError).message();
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        if (m->status == OutboxStatus::Sent)
            return QColor(0x1a, 0x7f, 0x37);
        if (m->status == OutboxStatus::Failed)
            return QColor(0xcf, 0x22, 0x2e);
    }
    return {};
}

QVariant OutboxTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case RecipientColumn:
        return tr("To");
    case SubjectColumn:
        return tr("Subject");
    case AttemptsColumn:
        return tr("Attempts");
    case NextAttemptColumn:
        return tr("Next try");
    case LastErrorColumn:
        return tr("Last error");
    case CreatedColumn:
        return tr("Queued");
    default:
        return {};
    }
}

} // namespace keydesk::gui
