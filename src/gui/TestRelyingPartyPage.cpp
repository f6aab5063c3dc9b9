// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "TestRelyingPartyPage.h"

#include "ChangeGate.h"
#include "KeyServices.h"
#include "MessageBox.h"
#include "RpDebuggerWidget.h"
#include "VerdictTable.h"
#include "VerificationRecordDialog.h"
#include "VerifyKeyDialog.h"
#include "core/Core.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace keydesk::gui {

namespace {

constexpr int kSearchLimit = 20;
constexpr int kRecentLimit = 50;

} // namespace

TestRelyingPartyPage::TestRelyingPartyPage(KeyServices& services, QWidget* parent)
    : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("TestRelyingPartyPage"));
    auto* title = new QLabel(tr("Test Relying Party"), this);
    title->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: 600;"));
    m_tabs = new QTabWidget(this);

    auto* verifyTab = new QWidget(m_tabs);
    m_search = new QLineEdit(verifyTab);
    m_search->setObjectName(QStringLiteral("searchLineEdit")); // Ctrl+F finds it
    m_search->setPlaceholderText(tr("Search name or email"));
    m_search->setClearButtonEnabled(true);
    m_users = new QListWidget(verifyTab);
    m_users->setObjectName(QStringLiteral("userList"));
    m_users->setAccessibleName(tr("Matching users"));
    m_matches = new QLabel(verifyTab);
    m_matches->setObjectName(QStringLiteral("matchesLabel"));
    m_matches->setWordWrap(true);
    m_keys = new QComboBox(verifyTab);
    m_keys->setObjectName(QStringLiteral("keyCombo"));
    m_keys->setAccessibleName(tr("Active keys of the user"));
    m_keysNote = new QLabel(verifyTab);
    m_keysNote->setWordWrap(true);
    m_verify = new QPushButton(tr("&Verify Now…"), verifyTab);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    auto* pick = new QGroupBox(tr("Verify an enrollment"), verifyTab);
    auto* pickForm = new QFormLayout(pick);
    pickForm->addRow(tr("&User:"), m_search);
    pickForm->addRow(QString(), m_users);
    pickForm->addRow(QString(), m_matches);
    pickForm->addRow(tr("Active &key:"), m_keys);
    pickForm->addRow(QString(), m_keysNote);
    pickForm->addRow(QString(), m_verify);

    m_recent = new QTableWidget(verifyTab);
    m_recent->setObjectName(QStringLiteral("recentTable"));
    m_recent->setColumnCount(5);
    m_recent->setHorizontalHeaderLabels(
        {tr("Answered"), tr("User"), tr("Key"), tr("Result"), tr("Started by")});
    m_recent->horizontalHeader()->setStretchLastSection(true);
    m_recent->verticalHeader()->hide();
    m_recent->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recent->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recent->setTabKeyNavigation(false);
    m_recent->setAccessibleName(tr("Recent verifications"));
    m_recent->setToolTip(
        tr("Double-click (or Enter) to see a verification's checks and export its receipt again."));
    connect(m_recent, &QTableWidget::cellActivated, this, [this](int row, int) { openRecent(row); });
    auto* recentBox = new QGroupBox(tr("Recent verifications"), verifyTab);
    auto* recentLayout = new QVBoxLayout(recentBox);
    recentLayout->addWidget(m_recent);

    auto* verifyLayout = new QHBoxLayout(verifyTab);
    verifyLayout->addWidget(pick, 2);
    verifyLayout->addWidget(recentBox, 3);
    m_tabs->addTab(verifyTab, tr("&Verify an Enrollment"));

    auto config = services.verification();
    m_debugger = new RpDebuggerWidget(services.core(), config ? config.value().config().rpId : QString(),
                                      config ? config.value().config().origins : QStringList(), m_tabs);
    m_tabs->addTab(m_debugger, tr("RP &Debugger"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);

    connect(m_search, &QLineEdit::textChanged, this, &TestRelyingPartyPage::search);
    connect(m_users, &QListWidget::currentRowChanged, this, [this](int row) {
        const QListWidgetItem* item = m_users->item(row);
        showKeysOf(item ? item->data(Qt::UserRole).toLongLong() : 0);
    });
    connect(m_verify, &QPushButton::clicked, this, &TestRelyingPartyPage::verifySelectedKey);
    connect(&services, &KeyServices::verificationFinished, this, &TestRelyingPartyPage::reloadRecent);
    connect(&services, &KeyServices::serverDataChanged, this, &TestRelyingPartyPage::reloadRecent);
    search({});
    reloadRecent();
}

void TestRelyingPartyPage::search(const QString& text)
{
    UserQuery query;
    query.search = text.trimmed();
    auto rows = m_services.core().users().page(query, 0, kSearchLimit);
    m_users->clear();
    if (!rows) {
        m_keysNote->setText(rows.error());
        return;
    }
    // More users than the list shows: say so, and how to find the others.
    auto total = m_services.core().users().count(query);
    const qint64 matching = total ? total.value() : rows->size();
    m_matches->setText(
        matching > rows->size()
            ? tr("%1 users match; the first %2 are listed. Type more of a name or email to find "
                 "the others.")
                  .arg(QLocale().toString(matching))
                  .arg(rows->size())
            : QString());
    m_matches->setVisible(!m_matches->text().isEmpty());
    for (const UserListRow& row : rows.value()) {
        auto* item = new QListWidgetItem(
            tr("%1 <%2> · %3 active").arg(row.user.displayName, row.user.email).arg(row.keys.active),
            m_users);
        item->setData(Qt::UserRole, row.user.id);
    }
    if (m_users->count() > 0)
        m_users->setCurrentRow(0);
    else
        showKeysOf(0);
}

void TestRelyingPartyPage::showKeysOf(qint64 userId)
{
    m_keys->clear();
    if (userId != 0) {
        auto rows = m_services.core().keys().listForUser(userId);
        if (rows) {
            for (const SecurityKeyRow& row : rows.value()) {
                if (row.key.status != KeyStatus::Active)
                    continue;
                m_keys->addItem(
                    tr("#%1 %2 · %3")
                        .arg(row.key.id)
                        .arg(keyTypeDisplayName(row.key.type), m_services.names().describe(row.key.aaguid)),
                    row.key.id);
            }
        }
    }
    gateChange(m_verify, m_keys->count() > 0, m_services.core().refusal(Permission::HandleKeys));
    m_keysNote->setText(userId == 0 ? tr("Pick a user.")
                        : m_keys->count() == 0
                            ? tr("This user has no active key. Assign one in User Details > Security Keys.")
                            : QString());
}

VerifyKeyDialog* TestRelyingPartyPage::verifySelectedKey()
{
    const qint64 keyId = m_keys->currentData().toLongLong();
    auto row = m_services.core().keys().findById(keyId);
    if (!row || !row.value())
        return nullptr;
    auto user = m_services.core().users().findById(row.value()->key.userId);
    if (!user || !user.value())
        return nullptr;
    auto* dialog = new VerifyKeyDialog(m_services, *user.value(), row.value()->key, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VerifyKeyDialog::stateChanged, this, &TestRelyingPartyPage::reloadRecent);
    dialog->open();
    return dialog;
}

VerificationRecordDialog* TestRelyingPartyPage::openRecent(int row)
{
    const QTableWidgetItem* item = m_recent->item(row, 0);
    if (!item)
        return nullptr;
    auto dialog = VerificationRecordDialog::load(m_services, item->data(Qt::UserRole).toLongLong(), this);
    if (!dialog) {
        MessageBox::warning(this, tr("Recent verifications"), dialog.error());
        return nullptr;
    }
    dialog.value()->setAttribute(Qt::WA_DeleteOnClose);
    dialog.value()->open();
    return dialog.value();
}

void TestRelyingPartyPage::reloadRecent()
{
    auto rows = m_services.core().verifications().listRecent(kRecentLimit);
    if (!rows)
        return;
    const qint64 now = m_services.core().clock().nowMs();
    m_recent->setRowCount(int(rows->size()));
    int r = 0;
    for (const VerificationListRow& row : rows.value()) {
        const Verification& v = row.verification;
        const VerificationState state = v.state(now);
        QString result = verificationStateDisplayName(state);
        if (state == VerificationState::Failed)
            result = tr("Failed at %1").arg(VerdictTable::checkTitle(v.failedCheck));
        auto* resultItem = new QTableWidgetItem(result);
        if (state == VerificationState::Verified)
            resultItem->setForeground(QColor(0x1a, 0x7f, 0x37));
        else if (state == VerificationState::Failed)
            resultItem->setForeground(QColor(0xcf, 0x22, 0x2e));
        auto* when = new QTableWidgetItem(QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(v.completedAtMs.value_or(v.createdAtMs)), QLocale::ShortFormat));
        when->setData(Qt::UserRole, v.id);
        m_recent->setItem(r, 0, when);
        m_recent->setItem(r, 1,
                          new QTableWidgetItem(QStringLiteral("%1 <%2>").arg(row.userName, row.userEmail)));
        m_recent->setItem(r, 2, new QTableWidgetItem(QStringLiteral("#%1").arg(v.keyId)));
        m_recent->setItem(r, 3, resultItem);
        m_recent->setItem(r, 4, new QTableWidgetItem(v.startedBy));
        ++r;
    }
    m_recent->resizeColumnsToContents();
}

} // namespace keydesk::gui
