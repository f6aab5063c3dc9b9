// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "SecurityKeyTableModel.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace keydesk::gui {

namespace {

QString shortTime(const std::optional<qint64>& ms)
{
    return ms ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms), QLocale::ShortFormat) : QString();
}

QString timeLeft(qint64 ms)
{
    const qint64 minutes = (ms + 59'999) / 60'000;
    if (minutes >= 48 * 60)
        return QCoreApplication::translate("SecurityKeyTableModel", "%1 days left").arg(minutes / (24 * 60));
    if (minutes >= 120)
        return QCoreApplication::translate("SecurityKeyTableModel", "%1 h left").arg(minutes / 60);
    return QCoreApplication::translate("SecurityKeyTableModel", "%1 min left").arg(minutes);
}

} // namespace

SecurityKeyTableModel::SecurityKeyTableModel(const AuthenticatorNames& names, QObject* parent)
    : QAbstractTableModel(parent), m_names(names)
{}

void SecurityKeyTableModel::setRows(QList<SecurityKeyRow> rows, qint64 nowMs)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_nowMs = nowMs;
    endResetModel();
}

void SecurityKeyTableModel::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, StatusColumn), index(int(m_rows.size()) - 1, StatusColumn));
}

const SecurityKeyRow* SecurityKeyTableModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows[index] : nullptr;
}

int SecurityKeyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SecurityKeyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SecurityKeyTableModel::statusText(const SecurityKeyRow& row, qint64 nowMs)
{
    const SecurityKey& k = row.key;
    if (k.status == KeyStatus::Pending && row.latestActivation) {
        const qint64 left = row.latestActivation->expiresAtMs - nowMs;
        return left > 0 ? tr("Pending — %1").arg(timeLeft(left)) : tr("Activation expired — re-issue");
    }
    if ((k.status == KeyStatus::Suspended || k.status == KeyStatus::Revoked) && !k.statusReason.isEmpty())
        return tr("%1 (%2)").arg(keyStatusDisplayName(k.status), k.statusReason);
    return keyStatusDisplayName(k.status);
}

QVariant SecurityKeyTableModel::data(const QModelIndex& index, int role) const
{
    const SecurityKeyRow* r = row(index.row());
    if (!r)
        return {};
    const SecurityKey& k = r->key;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case TypeColumn:
            return keyTypeDisplayName(k.type);
        case LabelColumn:
            return k.label;
        case StatusColumn:
            return statusText(*r, m_nowMs);
        case AuthenticatorColumn:
            return k.aaguid.isEmpty() ? QString() : m_names.describe(k.aaguid);
        case MethodColumn:
            return r->latestActivation ? activationMethodDisplayName(r->latestActivation->method) : QString();
        case CreatedColumn:
            return shortTime(k.createdAtMs);
        case ActivatedColumn:
            return shortTime(k.activatedAtMs);
        case VerifiedColumn:
            return shortTime(k.lastVerifiedAtMs);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        const bool expired =
            k.status == KeyStatus::Expired || (k.status == KeyStatus::Pending && r->latestActivation &&
                                               r->latestActivation->expiresAtMs <= m_nowMs);
        if (k.status == KeyStatus::Active)
            return QColor(0x1a, 0x7f, 0x37);
        if (expired || k.status == KeyStatus::Revoked)
            return QColor(0xcf, 0x22, 0x2e);
    }
    if (role == Qt::ToolTipRole && index.column() == AuthenticatorColumn && !k.aaguid.isEmpty())
        return tr("AAGUID %1").arg(formatAaguid(k.aaguid));
    return {};
}

QVariant SecurityKeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case LabelColumn:
        return tr("Label");
    case StatusColumn:
        return tr("Status");
    case AuthenticatorColumn:
        return tr("Authenticator");
    case MethodColumn:
        return tr("Activation");
    case CreatedColumn:
        return tr("Created");
    case ActivatedColumn:
        return tr("Activated");
    case VerifiedColumn:
        return tr("Last verified");
    default:
        return {};
    }
}

} // namespace keydesk::gui
