// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AuditPage.h"
#include "ui_AuditPage.h"

#include "AuditTableModel.h"
#include "ChangeNotifier.h"

#include "core/Core.h"

#include <QLocale>

namespace keydesk::gui {

AuditPage::AuditPage(Core& core, ChangeNotifier& changes, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AuditPage>()), m_core(core)
{
    m_ui->setupUi(this);
    m_model = new AuditTableModel(core, this);
    m_model->showIn(m_ui->auditTableView);
    const QDate today = QDate::currentDate();
    m_ui->fromDateEdit->setDate(today.addDays(-7));
    m_ui->untilDateEdit->setDate(today);
    m_ui->fromDateEdit->setEnabled(false);
    m_ui->untilDateEdit->setEnabled(false);
    reloadChoices();

    connect(m_ui->actorComboBox, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilters);
    connect(m_ui->actionComboBox, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilters);
    connect(m_ui->fromCheckBox, &QCheckBox::toggled, m_ui->fromDateEdit, &QWidget::setEnabled);
    connect(m_ui->untilCheckBox, &QCheckBox::toggled, m_ui->untilDateEdit, &QWidget::setEnabled);
    for (QCheckBox* box : {m_ui->fromCheckBox, m_ui->untilCheckBox})
        connect(box, &QCheckBox::toggled, this, &AuditPage::applyFilters);
    for (QDateEdit* edit : {m_ui->fromDateEdit, m_ui->untilDateEdit})
        connect(edit, &QDateEdit::dateChanged, this, &AuditPage::applyFilters);
    connect(&changes, &ChangeNotifier::changed, this, [this] {
        reloadChoices();
        applyFilters();
    });
    applyFilters();
}

AuditPage::~AuditPage() = default;

void AuditPage::reloadChoices()
{
    const auto fill = [](QComboBox* box, const QString& any, const Result<QStringList>& values) {
        const QString current = box->currentIndex() > 0 ? box->currentText() : QString();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(any);
        if (values)
            box->addItems(values.value());
        box->setCurrentIndex(std::max(0, current.isEmpty() ? 0 : box->findText(current)));
    };
    fill(m_ui->actorComboBox, tr("Any operator"), m_core.auditTrail().actors());
    fill(m_ui->actionComboBox, tr("Any action"), m_core.auditTrail().actions());
}

void AuditPage::revealEvent(qint64 eventId)
{
    {
        const QSignalBlocker blockActor(m_ui->actorComboBox);
        const QSignalBlocker blockAction(m_ui->actionComboBox);
        const QSignalBlocker blockFrom(m_ui->fromCheckBox);
        const QSignalBlocker blockUntil(m_ui->untilCheckBox);
        m_ui->actorComboBox->setCurrentIndex(0);
        m_ui->actionComboBox->setCurrentIndex(0);
        m_ui->fromCheckBox->setChecked(false);
        m_ui->untilCheckBox->setChecked(false);
    }
    applyFilters();
    for (int row = 0; row < std::min(m_model->rowCount(), kRevealWithin); ++row) {
        const AuditEvent* event = m_model->event(row);
        if (event && event->id == eventId) {
            m_ui->auditTableView->selectRow(row);
            m_ui->auditTableView->scrollTo(m_model->index(row, 0));
            return;
        }
    }
}

void AuditPage::applyFilters()
{
    AuditQuery query;
    if (m_ui->actorComboBox->currentIndex() > 0)
        query.actor = m_ui->actorComboBox->currentText();
    if (m_ui->actionComboBox->currentIndex() > 0)
        query.action = m_ui->actionComboBox->currentText();
    if (m_ui->fromCheckBox->isChecked())
        query.fromMs = m_ui->fromDateEdit->date().startOfDay().toMSecsSinceEpoch();
    if (m_ui->untilCheckBox->isChecked())
        query.untilMs = m_ui->untilDateEdit->date().addDays(1).startOfDay().toMSecsSinceEpoch();
    m_model->setQuery(query);
    const int count = m_model->rowCount();
    m_ui->countLabel->setText(count == 1 ? tr("1 event") : tr("%1 events").arg(QLocale().toString(count)));
}

} // namespace keydesk::gui
