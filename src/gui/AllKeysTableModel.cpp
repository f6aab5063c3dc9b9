// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AllKeysTableModel.h"

#include "SecurityKeyTableModel.h"

#include "core/Core.h"
#include "core/activation/AuthenticatorNames.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

#include <limits>

namespace keydesk::gui {

namespace {

QString shortTime(const std::optional<qint64>& ms)
{
    return ms ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms), QLocale::ShortFormat) : QString();
}

} // namespace

AllKeysTableModel::AllKeysTableModel(Core& core, const AuthenticatorNames& names, QObject* parent)
    : QAbstractTableModel(parent), m_core(core), m_names(names)
{
    m_cache.setFetch([this](qint64 offset, int limit) {
        auto rows = m_core.keys().page(m_query, offset, limit);
        if (!rows) {
            m_lastError = rows.error();
            return QList<KeyListRow>();
        }
        return rows.value();
    });
    reload();
}

void AllKeysTableModel::setQuery(const KeyQuery& query)
{
    beginResetModel();
    m_query = query;
    reload();
    endResetModel();
}

void AllKeysTableModel::refresh()
{
    setQuery(m_query);
}

void AllKeysTableModel::reload()
{
    m_cache.clear();
    m_lastError.clear();
    auto count = m_core.keys().count(m_query);
    m_count = count ? std::min<qint64>(count.value(), std::numeric_limits<int>::max()) : 0;
    if (!count) {
        m_lastError = count.error();
        Q_EMIT loadFailed(m_lastError);
    }
}

int AllKeysTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int AllKeysTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<KeyListRow> AllKeysTableModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    const KeyListRow* r = m_cache.row(row);
    return r ? std::optional<KeyListRow>(*r) : std::nullopt;
}

QVariant AllKeysTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KeyListRow* r = m_cache.row(index.row());
    if (!r)
        return {};
    const SecurityKey& k = r->key;
    if (role == KeyIdRole)
        return k.id;
    if (role == UserIdRole)
        return k.userId;
    const qint64 now = m_core.clock().nowMs();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case UserColumn:
            return r->userName;
        case EmailColumn:
            return r->userEmail;
        case TypeColumn:
            return keyTypeDisplayName(k.type);
        case StatusColumn:
            return SecurityKeyTableModel::statusText(SecurityKeyRow{k, r->latestActivation}, now);
        case AuthenticatorColumn:
            return k.aaguid.isEmpty() ? QString() : m_names.describe(k.aaguid);
        case CreatedColumn:
            return shortTime(k.createdAtMs);
        case ActivatedColumn:
            return shortTime(k.activatedAtMs);
        case LastUsedColumn:
            return shortTime(k.lastUsedAtMs);
        case VerifiedColumn:
            return shortTime(k.lastVerifiedAtMs);
        case ActivationColumn:
            if (!r->latestActivation)
                return QString();
            if (k.status == KeyStatus::Pending)
                return tr("%1, expires %2")
                    .arg(activationMethodDisplayName(r->latestActivation->method),
                         shortTime(r->latestActivation->expiresAtMs));
            return activationMethodDisplayName(r->latestActivation->method);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        if (k.status == KeyStatus::Active)
            return QColor(0x1a, 0x7f, 0x37);
        if (k.status == KeyStatus::Revoked || k.status == KeyStatus::Expired)
            return QColor(0xcf, 0x22, 0x2e);
    }
    return {};
}

QVariant AllKeysTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case UserColumn:
        return tr("User");
    case EmailColumn:
        return tr("Email");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case AuthenticatorColumn:
        return tr("Authenticator");
    case CreatedColumn:
        return tr("Created");
    case ActivatedColumn:
        return tr("Activated");
    case LastUsedColumn:
        return tr("Last used");
    case VerifiedColumn:
        return tr("Last verified");
    case ActivationColumn:
        return tr("Activation");
    default:
        return {};
    }
}

std::optional<KeySortColumn> AllKeysTableModel::sortColumnOf(int column)
{
    switch (column) {
    case UserColumn:
        return KeySortColumn::User;
    case StatusColumn:
        return KeySortColumn::Status;
    case CreatedColumn:
        return KeySortColumn::Created;
    case ActivatedColumn:
        return KeySortColumn::Activated;
    case LastUsedColumn:
        return KeySortColumn::LastUsed;
    default:
        return std::nullopt;
    }
}

void AllKeysTableModel::sort(int column, Qt::SortOrder order)
{
    const auto by = sortColumnOf(column);
    if (!by)
        return;
    KeyQuery query = m_query;
    query.sortColumn = *by;
    query.descending = order == Qt::DescendingOrder;
    setQuery(query);
}

} // namespace keydesk::gui
