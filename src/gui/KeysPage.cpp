// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "KeysPage.h"

#include "AllKeysTableModel.h"
#include "ChangeNotifier.h"
#include "ColumnWidths.h"

#include "core/Core.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace keydesk::gui {

namespace {

constexpr int kSearchDelayMs = 250;

// The status filter's items: one status, or suspended and revoked together (the Overview's
// "withdrawn"). The data is a list of status names; empty for any.
const QList<QStringList> kStatusItems = {
    {},
    {QStringLiteral("active")},
    {QStringLiteral("pending")},
    {QStringLiteral("suspended")},
    {QStringLiteral("revoked")},
    {QStringLiteral("expired")},
    {QStringLiteral("suspended"), QStringLiteral("revoked")},
};

} // namespace

KeysPage::KeysPage(Core& core, ChangeNotifier& changes, const AuthenticatorNames& names, QWidget* parent)
    : QWidget(parent), m_core(core)
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("All Keys"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search owners by name, email, UPN or department"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search keys by their owner"));
    filters->addWidget(m_search, 1);
    const auto labelled = [&](const QString& text, QComboBox* box, const char* name) {
        box->setObjectName(QLatin1String(name));
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
        auto* label = new QLabel(text);
        label->setBuddy(box);
        filters->addWidget(label);
        filters->addWidget(box);
    };
    m_status = new QComboBox;
    for (const QStringList& statuses : kStatusItems) {
        QString text = tr("Any status");
        if (statuses.size() == 1)
            text = keyStatusDisplayName(*keyStatusFromName(statuses.first()));
        else if (statuses.size() == 2)
            text = tr("Suspended or revoked");
        m_status->addItem(text, statuses);
    }
    labelled(tr("&Status:"), m_status, "statusComboBox");
    m_group = new QComboBox;
    labelled(tr("&Group:"), m_group, "groupComboBox");
    m_show = new QComboBox;
    m_show->addItem(tr("All keys"), int(AllKeys));
    m_show->addItem(tr("Links expiring within 24 hours"), int(ExpiringSoon));
    m_show->addItem(tr("Not used or verified for long"), int(NotUsedForLong));
    m_show->setToolTip(tr("\"For long\" is the Overview's stale-key limit: the overview.stale_key_days "
                          "setting, 90 days unless changed"));
    labelled(tr("S&how:"), m_show, "showComboBox");
    m_show->setSizeAdjustPolicy(QComboBox::AdjustToContents); // its choices are sentences: shown whole
    layout->addLayout(filters);

    m_model = new AllKeysTableModel(core, names, this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("keysTableView"));
    m_view->setAccessibleName(tr("Every user's security keys"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSortIndicator(AllKeysTableModel::CreatedColumn, Qt::DescendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(true);
    setColumnWidths(m_view, {{AllKeysTableModel::UserColumn, 160},
                             {AllKeysTableModel::EmailColumn, 200},
                             {AllKeysTableModel::TypeColumn, 90},
                             {AllKeysTableModel::StatusColumn, 170},
                             {AllKeysTableModel::AuthenticatorColumn, 160},
                             {AllKeysTableModel::CreatedColumn, 110},
                             {AllKeysTableModel::ActivatedColumn, 110},
                             {AllKeysTableModel::LastUsedColumn, 110},
                             {AllKeysTableModel::VerifiedColumn, 110}});
    layout->addWidget(m_view, 1);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("countLabel"));
    layout->addWidget(m_count);

    reloadGroupFilter();
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &KeysPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &KeysPage::applyFilters);
    for (QComboBox* box : {m_status, m_group, m_show})
        connect(box, &QComboBox::currentIndexChanged, this, &KeysPage::applyFilters);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KeysPage::updateCount);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT userRequested(index.data(AllKeysTableModel::UserIdRole).toLongLong());
    });
    connect(&changes, &ChangeNotifier::changed, this, [this] {
        reloadGroupFilter();
        m_model->refresh();
    });
    updateCount();
}

void KeysPage::reloadGroupFilter()
{
    const QVariant current = m_group->currentData();
    const QSignalBlocker block(m_group);
    m_group->clear();
    m_group->addItem(tr("All groups"));
    auto groups = m_core.groups().list();
    for (const Group& g : groups ? groups.value() : QList<Group>())
        m_group->addItem(g.name, g.id);
    m_group->setCurrentIndex(std::max(current.isValid() ? m_group->findData(current) : 0, 0));
}

void KeysPage::applyFilters()
{
    m_searchDelay.stop();
    KeyQuery query;
    OverviewService overview = m_core.overview();
    switch (Show(m_show->currentData().toInt())) {
    case AllKeys:
        break;
    case ExpiringSoon:
        query = overview.expiringSoonList();
        break;
    case NotUsedForLong:
        if (auto stale = overview.staleKeysList())
            query = stale.value();
        break;
    }
    // The status filter narrows what the choice above selects.
    if (const QStringList statuses = m_status->currentData().toStringList(); !statuses.isEmpty()) {
        QList<KeyStatus> chosen;
        for (const QString& name : statuses)
            chosen << *keyStatusFromName(name);
        query.statuses = chosen;
    }
    query.search = m_search->text();
    const QVariant group = m_group->currentData();
    query.groupId = group.isValid() ? std::optional<qint64>(group.toLongLong()) : std::nullopt;
    query.sortColumn = m_model->query().sortColumn;
    query.descending = m_model->query().descending;
    m_model->setQuery(query);
}

void KeysPage::showQuery(const KeyQuery& query)
{
    {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockStatus(m_status);
        const QSignalBlocker blockGroup(m_group);
        const QSignalBlocker blockShow(m_show);
        m_search->setText(query.search);
        const Show show = query.expiringByMs ? ExpiringSoon : query.unusedSinceMs ? NotUsedForLong : AllKeys;
        m_show->setCurrentIndex(m_show->findData(int(show)));
        // The choices above bring their own status; a status filter is set only beyond them.
        int status = 0;
        if (show == AllKeys) {
            QStringList names;
            for (KeyStatus s : query.statuses)
                names << keyStatusName(s);
            status = std::max(int(kStatusItems.indexOf(names)), 0);
        }
        m_status->setCurrentIndex(status);
        const int group = query.groupId ? m_group->findData(*query.groupId) : 0;
        m_group->setCurrentIndex(std::max(group, 0));
    }
    applyFilters();
    // A stale-key link carries its own limit (the figure it was clicked on).
    if (query.unusedSinceMs && m_model->query().unusedSinceMs != query.unusedSinceMs) {
        KeyQuery exact = m_model->query();
        exact.unusedSinceMs = query.unusedSinceMs;
        m_model->setQuery(exact);
    }
}

void KeysPage::updateCount()
{
    if (!m_model->lastError().isEmpty()) {
        m_count->setText(m_model->lastError());
        return;
    }
    m_count->setText(tr("%1 keys").arg(QLocale().toString(m_model->keyCount())));
}

} // namespace keydesk::gui
