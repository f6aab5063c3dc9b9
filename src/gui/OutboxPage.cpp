// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "OutboxPage.h"
#include "ui_OutboxPage.h"

#include "ChangeGate.h"
#include "KeyServices.h"
#include "MessageBox.h"
#include "OutboxTableModel.h"
#include "core/Core.h"

#include <QHeaderView>
#include <QLocale>

namespace keydesk::gui {

OutboxPage::OutboxPage(KeyServices& services, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::OutboxPage>()), m_services(services)
{
    m_ui->setupUi(this);
    m_model = new OutboxTableModel(this);
    m_ui->outboxTableView->setModel(m_model);
    m_ui->outboxTableView->verticalHeader()->hide();
    m_ui->outboxTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->statusFilterComboBox->addItem(tr("All messages"), QString());
    for (OutboxStatus s :
         {OutboxStatus::Queued, OutboxStatus::Sending, OutboxStatus::Sent, OutboxStatus::Failed})
        m_ui->statusFilterComboBox->addItem(outboxStatusName(s), outboxStatusName(s));
    m_ui->statusFilterComboBox->addItem(tr("stuck"), QString::fromLatin1(kStuck));
    m_ui->statusFilterComboBox->setItemData(
        m_ui->statusFilterComboBox->count() - 1,
        tr("Not sent although tried (waiting to be tried again), or waiting for more than an hour"),
        Qt::ToolTipRole);
    connect(m_ui->statusFilterComboBox, &QComboBox::currentIndexChanged, this, &OutboxPage::reload);
    connect(m_ui->outboxTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutboxPage::updateButtons);
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        if (Status s = m_services.core().outboxChanges().retryNow(m_services.actor(), selectedId()); !s)
            MessageBox::warning(this, tr("Retry"), s.error());
        m_services.sendOutboxNow();
        reload();
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (MessageBox::question(this, tr("Cancel Message"),
                                 tr("Cancel this email? Its content is deleted and it will not be sent.")) !=
            QMessageBox::Yes)
            return;
        if (Status s = m_services.core().outboxChanges().cancel(m_services.actor(), selectedId()); !s)
            MessageBox::warning(this, tr("Cancel Message"), s.error());
        reload();
    });
    connect(m_ui->sendNowButton, &QPushButton::clicked, this, [this] { m_services.sendOutboxNow(); });
    connect(m_ui->settingsButton, &QPushButton::clicked, this, &OutboxPage::settingsRequested);
    connect(&services, &KeyServices::outboxChanged, this, &OutboxPage::reload);
    connect(&services, &KeyServices::mailStateChanged, this, &OutboxPage::reload);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    m_poll.start(5000);
    reload();
}

OutboxPage::~OutboxPage() = default;

void OutboxPage::showFilter(const QString& filter)
{
    const int index = m_ui->statusFilterComboBox->findData(filter);
    m_ui->statusFilterComboBox->setCurrentIndex(std::max(index, 0));
    reload();
}

void OutboxPage::reload()
{
    const qint64 selected = selectedId();
    const QString filter = m_ui->statusFilterComboBox->currentData().toString();
    OutboxService outbox = m_services.core().outbox();
    const bool stuck = filter == QLatin1String(kStuck);
    auto messages =
        stuck ? outbox.listStuck(kShownMessages) : outbox.list(outboxStatusFromName(filter), kShownMessages);
    auto count = stuck ? outbox.countStuck() : outbox.count(outboxStatusFromName(filter));
    m_model->setMessages(messages ? messages.value() : QList<OutboxMessage>());
    const QLocale locale;
    const qint64 total = count ? count.value() : 0;
    m_ui->countLabel->setText(total > m_model->rowCount()
                                  ? tr("The newest %1 of %2 messages")
                                        .arg(locale.toString(m_model->rowCount()), locale.toString(total))
                                  : tr("%1 messages").arg(locale.toString(total)));
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (m_model->message(i)->id == selected)
            m_ui->outboxTableView->selectRow(i);
    }
    m_ui->outboxTableView->resizeColumnsToContents();
    m_ui->mailStatusLabel->setText(messages ? m_services.mailStatus() : messages.error());
    gateChange(m_ui->sendNowButton, m_services.mailConfigured(), m_services.soloOnly());
    updateButtons();
}

qint64 OutboxPage::selectedId() const
{
    const QModelIndexList rows = m_ui->outboxTableView->selectionModel()->selectedRows();
    const OutboxMessage* m = rows.isEmpty() ? nullptr : m_model->message(rows.first().row());
    return m ? m->id : 0;
}

void OutboxPage::updateButtons()
{
    const QModelIndexList rows = m_ui->outboxTableView->selectionModel()->selectedRows();
    const OutboxMessage* m = rows.isEmpty() ? nullptr : m_model->message(rows.first().row());
    Core& core = m_services.core();
    gateChange(m_ui->retryButton, m && OutboxService::mayRetry(*m), core.refusal(Permission::RetryOutbox));
    gateChange(m_ui->cancelButton, m && OutboxService::mayCancel(*m), core.refusal(Permission::Delete));
}

} // namespace keydesk::gui
