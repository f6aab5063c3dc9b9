// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "KeysPage.h"

#include "ActivateNowDialog.h"
#include "AllKeysTableModel.h"
#include "BulkChangeDialog.h"
#include "ChangeGate.h"
#include "ChangeNotifier.h"
#include "ColumnWidths.h"
#include "ExportFileDialog.h"
#include "KeyServices.h"
#include "MessageBox.h"

#include "core/Core.h"
#include "core/PrivateFile.h"
#include "core/keys/KeyStateMachine.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace keydesk::gui {

namespace {

constexpr int kSearchDelayMs = 250;
// Selections up to this size enable only the actions some selected key allows (their rows are
// read); a larger one enables every action, and the keys it does not apply to are skipped.
constexpr int kCheckedSelection = 1000;

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

KeysPage::KeysPage(KeyServices& services, ChangeNotifier& changes, QWidget* parent)
    : QWidget(parent), m_services(services), m_core(services.core()), m_changes(changes)
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
    m_show->addItem(tr("Active keys the key policy refuses"), int(BreakingPolicy));
    m_show->addItem(tr("Suspended, their user back"), int(ReturnedUsers));
    m_show->setItemData(
        m_show->count() - 1,
        tr("Keys suspended when their user left a directory source, whose user is enabled again"),
        Qt::ToolTipRole);
    m_show->setToolTip(tr("\"For long\" is the Overview's stale-key limit: the overview.stale_key_days "
                          "setting, 90 days unless changed"));
    labelled(tr("S&how:"), m_show, "showComboBox");
    m_show->setSizeAdjustPolicy(QComboBox::AdjustToContents); // its choices are sentences: shown whole
    layout->addLayout(filters);

    m_model = new AllKeysTableModel(m_core, services.names(), this);
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
    auto* actions = new QHBoxLayout;
    const auto button = [&](const QString& text, const char* name, const QString& tip) {
        auto* b = new QPushButton(text);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        actions->addWidget(b);
        return b;
    };
    m_suspend = button(tr("Suspend…"), "suspendButton", tr("Suspend the selected active keys"));
    m_resume = button(tr("Resume"), "resumeButton", tr("Resume the selected suspended keys"));
    m_revoke =
        button(tr("Revoke…"), "revokeButton", tr("Revoke the selected keys for good, with one reason"));
    m_sendEmail = button(tr("Send New Activation Email"), "sendEmailButton",
                         tr("A new link by email for each selected key waiting for activation (pending or "
                            "expired); the old links stop working"));
    m_activateNow =
        button(tr("Activate Now…"), "activateNowButton",
               tr("A new link shown as a QR code here, for one waiting key whose user is present"));
    actions->addStretch();
    m_export =
        button(tr("Export Selection…"), "exportButton", tr("Write the selected keys to a CSV or JSON file"));
    layout->addLayout(actions);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("countLabel"));
    layout->addWidget(m_count);
    connect(m_suspend, &QPushButton::clicked, this, [this] { askBulk(BulkKeyAction::Suspend); });
    connect(m_resume, &QPushButton::clicked, this, [this] { askBulk(BulkKeyAction::Resume); });
    connect(m_revoke, &QPushButton::clicked, this, [this] { askBulk(BulkKeyAction::Revoke); });
    connect(m_sendEmail, &QPushButton::clicked, this, [this] { askBulk(BulkKeyAction::ReissueByEmail); });
    connect(m_activateNow, &QPushButton::clicked, this, &KeysPage::activateNow);
    connect(m_export, &QPushButton::clicked, this, &KeysPage::chooseExport);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &KeysPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KeysPage::updateActions);

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
    updateActions();
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
    case BreakingPolicy:
        if (auto breaking = overview.policyBreachesList(); breaking && breaking.value())
            query = *breaking.value();
        else // no policy (or it cannot be read): a policy that refuses nothing, so no key
            query.breaking << KeyPolicyScope{};
        break;
    case ReturnedUsers:
        query = OverviewService::suspendedOfReturnedUsersList();
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
        const Show show = query.expiringByMs               ? ExpiringSoon
                          : query.unusedSinceMs            ? NotUsedForLong
                          : !query.breaking.isEmpty()      ? BreakingPolicy
                          : query.suspendedOfReturnedUsers ? ReturnedUsers
                                                           : AllKeys;
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
    const QLocale locale;
    const qsizetype selected = m_view->selectionModel()->selectedRows().size();
    m_count->setText(selected == 0
                         ? tr("%1 keys").arg(locale.toString(m_model->keyCount()))
                         : tr("%1 keys, %2 selected")
                               .arg(locale.toString(m_model->keyCount()), locale.toString(selected)));
}

void KeysPage::updateActions()
{
    updateCount();
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    bool suspendable = false;
    bool resumable = false;
    bool revocable = false;
    bool waiting = false;
    if (rows.size() > kCheckedSelection) {
        suspendable = resumable = revocable = waiting = true;
    } else {
        for (const QModelIndex& index : rows) {
            const std::optional<KeyListRow> row = m_model->rowAt(index.row());
            if (!row)
                continue;
            const KeyStatus status = row->key.status;
            suspendable |= allows(KeyAction::Suspend, status);
            resumable |= allows(KeyAction::Resume, status);
            revocable |= allows(KeyAction::Revoke, status);
            waiting |= allows(KeyAction::Reissue, status);
        }
    }
    const std::optional<Error> refusal = m_core.refusal(Permission::HandleKeys);
    gateChange(m_suspend, suspendable, refusal);
    gateChange(m_resume, resumable, refusal);
    gateChange(m_revoke, revocable, refusal);
    gateChange(m_sendEmail, waiting, refusal);
    gateChange(m_activateNow, waiting && rows.size() == 1, refusal);
    m_export->setEnabled(!rows.isEmpty());
}

QList<KeyListRow> KeysPage::selectedRows() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<KeyListRow> out;
    if (!rows.isEmpty() && rows.size() == m_model->rowCount()) {
        auto all = m_core.overview().allKeys(m_model->query());
        if (all)
            return all.value();
    }
    for (const QModelIndex& index : rows) {
        if (std::optional<KeyListRow> row = m_model->rowAt(index.row()))
            out << *row;
    }
    return out;
}

QList<qint64> KeysPage::selectedKeyIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    // A whole list (Select All over many pages) comes from SQL, not page by page.
    if (!rows.isEmpty() && rows.size() == m_model->rowCount()) {
        if (auto all = m_core.keys().ids(m_model->query()))
            return all.value();
    }
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex& index : rows) {
        if (const qint64 id = index.data(AllKeysTableModel::KeyIdRole).toLongLong())
            ids << id;
    }
    return ids;
}

void KeysPage::askBulk(BulkKeyAction action)
{
    const qsizetype n = m_view->selectionModel()->selectedRows().size();
    const QString count = QLocale().toString(n);
    QString reason;
    bool ok = false;
    switch (action) {
    case BulkKeyAction::Suspend:
        reason = QInputDialog::getText(
            this, BulkChangeDialog::actionTitle(action),
            tr("Suspend %1 keys? They cannot sign in until resumed. Reason (optional):").arg(count),
            QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
        break;
    case BulkKeyAction::Revoke:
        reason =
            QInputDialog::getText(this, BulkChangeDialog::actionTitle(action),
                                  tr("Revoking is permanent: %1 keys can never sign in again. One reason for "
                                     "all (required):")
                                      .arg(count),
                                  QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
        if (reason.trimmed().isEmpty()) {
            MessageBox::warning(this, BulkChangeDialog::actionTitle(action),
                                Error(ErrorCode::RevokeNeedsReason).message());
            return;
        }
        break;
    case BulkKeyAction::Resume:
    case BulkKeyAction::ReissueByEmail:
    case BulkKeyAction::AssignByEmail: {
        const QString question = action == BulkKeyAction::Resume
                                     ? tr("Resume %1 keys? They can sign in again.").arg(count)
                                     : tr("Send a new activation email for %1 keys? Their current links stop "
                                          "working.")
                                           .arg(count);
        if (MessageBox::question(this, BulkChangeDialog::actionTitle(action), question) != QMessageBox::Yes)
            return;
        break;
    }
    }
    startBulk(action, reason);
}

BulkChangeDialog* KeysPage::startBulk(BulkKeyAction action, const QString& reason)
{
    BulkKeyRequest request{action, selectedKeyIds(), reason};
    if (request.ids.isEmpty())
        return nullptr;
    auto* dialog = new BulkChangeDialog(std::move(request), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkChangeDialog::finished, this, [this, action] {
        if (action == BulkKeyAction::ReissueByEmail)
            m_services.sendOutboxNow();
        m_changes.notify();
    });
    if (m_core.inTeam()) {
        dialog->startOnServer(m_core.teamChanges());
    } else {
        std::optional<KeyEnrollment> enrollment;
        if (action == BulkKeyAction::ReissueByEmail) {
            auto settings = m_services.enrollment();
            if (!settings) {
                delete dialog;
                MessageBox::warning(this, BulkChangeDialog::actionTitle(action), settings.error());
                return nullptr;
            }
            enrollment.emplace(std::move(settings).value());
        }
        dialog->startLocal(m_core.databasePath(), m_services.actor(), std::move(enrollment));
    }
    dialog->open();
    return dialog;
}

void KeysPage::activateNow()
{
    const QList<KeyListRow> rows = selectedRows();
    if (rows.size() != 1)
        return;
    const SecurityKey& key = rows.first().key;
    const QString title = tr("Activate Now");
    auto user = m_core.users().findById(key.userId);
    if (!user || !user.value()) {
        MessageBox::warning(this, title,
                            user ? Error(ErrorCode::KeyNotFound, {QString::number(key.id)}).message()
                                 : user.error());
        return;
    }
    auto issuer = m_services.issuer();
    if (!issuer) {
        MessageBox::warning(this, title, issuer.error());
        return;
    }
    auto issued = issuer.value()->reissue(key.id, ActivationMethod::Now);
    if (!issued) {
        MessageBox::warning(this, title, issued.error());
        return;
    }
    m_changes.notify();
    auto* dialog = new ActivateNowDialog(m_services, *user.value(), issued.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ActivateNowDialog::stateChanged, &m_changes, &ChangeNotifier::notify);
    dialog->open();
}

Status KeysPage::exportSelection(const QString& path, ReportFormat format) const
{
    return writePrivateFile(
        path, keyReportFile(QStringLiteral("keys"), m_core.clock().nowMs(), selectedRows(), format));
}

void KeysPage::chooseExport()
{
    const auto file = askCsvOrJsonFile(this, tr("Export Selection"));
    if (!file)
        return;
    if (Status s = exportSelection(file->path, file->json ? ReportFormat::Json : ReportFormat::Csv); !s)
        MessageBox::warning(this, tr("Export Selection"), s.error());
}

} // namespace keydesk::gui
