// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "WorkflowsPage.h"
#include "ChangeGate.h"
#include "core/workflow/WorkflowService.h"
#include "ui_WorkflowsPage.h"

#include "KeyServices.h"
#include "MessageBox.h"
#include "NewWorkflowWizard.h"
#include "core/Core.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QStandardItemModel>

namespace keydesk::gui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString shortTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QStandardItem* cell(const QString& text, qint64 id = 0)
{
    auto* item = new QStandardItem(text);
    item->setData(id, kIdRole);
    return item;
}

QStandardItem* number(qint64 n)
{
    auto* item = new QStandardItem(QLocale().toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

qint64 selectedId(QTableView* view)
{
    const QModelIndexList rows =
        view->selectionModel() ? view->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? 0 : rows.first().data(kIdRole).toLongLong();
}

void prepare(QTableView* view, QStandardItemModel* model)
{
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
}

} // namespace

WorkflowsPage::WorkflowsPage(KeyServices& services, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::WorkflowsPage>()), m_services(services)
{
    m_ui->setupUi(this);
    m_workflows = new QStandardItemModel(this);
    m_runs = new QStandardItemModel(this);
    m_outcomes = new QStandardItemModel(this);
    prepare(m_ui->workflowsTableView, m_workflows);
    prepare(m_ui->runsTableView, m_runs);
    prepare(m_ui->outcomesTableView, m_outcomes);
    m_ui->outcomeComboBox->addItem(tr("All outcomes"), QString());
    for (RunOutcome o : {RunOutcome::Assigned, RunOutcome::SkippedActive, RunOutcome::SkippedPending,
                         RunOutcome::SkippedDisabled, RunOutcome::SkippedNoEmail, RunOutcome::SkippedGaveUp,
                         RunOutcome::Reminded, RunOutcome::Reissued, RunOutcome::Expired})
        m_ui->outcomeComboBox->addItem(runOutcomeDisplayName(o), runOutcomeName(o));
    connect(m_ui->mailWarningLabel, &QLabel::linkActivated, this, &WorkflowsPage::emailSettingsRequested);
    connect(&services, &KeyServices::mailStateChanged, this, &WorkflowsPage::updateMailWarning);
    updateMailWarning();
    connect(m_ui->newWorkflowButton, &QPushButton::clicked, this, &WorkflowsPage::newWorkflow);
    connect(m_ui->runButton, &QPushButton::clicked, this, &WorkflowsPage::runSelected);
    connect(m_ui->editButton, &QPushButton::clicked, this, &WorkflowsPage::editSelected);
    connect(m_ui->workflowsTableView, &QTableView::doubleClicked, this, &WorkflowsPage::editSelected);
    connect(m_ui->enableButton, &QPushButton::clicked, this, [this] { setEnabled(true); });
    connect(m_ui->disableButton, &QPushButton::clicked, this, [this] { setEnabled(false); });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &WorkflowsPage::remove);
    connect(m_ui->cancelButton, &QPushButton::clicked, &m_services, &KeyServices::cancelWorkflowRun);
    connect(m_ui->outcomeComboBox, &QComboBox::currentIndexChanged, this, &WorkflowsPage::showOutcomes);
    connect(&services, &KeyServices::workflowProgress, this, [this](qint64 done, qint64 total) {
        m_ui->progressBar->setVisible(true);
        m_ui->cancelButton->setVisible(true);
        m_ui->progressBar->setRange(0, int(std::max<qint64>(total, 1)));
        m_ui->progressBar->setValue(int(std::min(done, std::max<qint64>(total, 1))));
        m_ui->statusLabel->setText(tr("Running: %1 of %2 users…").arg(done).arg(total));
    });
    connect(&services, &KeyServices::workflowRunOnServer, this, [this] {
        m_ui->progressBar->setVisible(true);
        m_ui->progressBar->setRange(0, 0);
        m_ui->statusLabel->setText(tr("Running on the server…"));
    });
    connect(&services, &KeyServices::serverDataChanged, this, &WorkflowsPage::reload);
    connect(&services, &KeyServices::workflowRunFinished, this, [this](bool, const QString& message) {
        m_ui->progressBar->setVisible(false);
        m_ui->cancelButton->setVisible(false);
        m_ui->statusLabel->setText(message);
        reload();
    });
    reload();
}

WorkflowsPage::~WorkflowsPage() = default;

qint64 WorkflowsPage::selectedWorkflowId() const
{
    return selectedId(m_ui->workflowsTableView);
}

void WorkflowsPage::selectWorkflow(qint64 workflowId)
{
    for (int r = 0; r < m_workflows->rowCount(); ++r) {
        if (m_workflows->item(r, 0)->data(kIdRole).toLongLong() == workflowId) {
            m_ui->workflowsTableView->selectRow(r);
            return;
        }
    }
}

qint64 WorkflowsPage::selectedRunId() const
{
    return selectedId(m_ui->runsTableView);
}

void WorkflowsPage::reload()
{
    const qint64 selected = selectedWorkflowId();
    m_workflows->clear();
    m_workflows->setHorizontalHeaderLabels({tr("Name"), tr("Groups"), tr("Key type"), tr("Enabled"),
                                            tr("Last run"), tr("In scope"), tr("Active"), tr("Pending"),
                                            tr("Without a key")});
    auto rows = m_services.core().workflows().list();
    if (!rows) {
        m_ui->statusLabel->setText(rows.error());
        return;
    }
    for (const WorkflowListRow& r : rows.value()) {
        const Workflow& w = r.workflow;
        m_workflows->appendRow(
            {cell(w.name, w.id),
             cell(w.groupNames.isEmpty() ? tr("All users") : w.groupNames.join(QStringLiteral(", ")), w.id),
             cell(keyTypeDisplayName(w.keyType), w.id), cell(w.enabled ? tr("Yes") : tr("No"), w.id),
             cell(r.lastRun ? tr("%1, %2").arg(shortTime(r.lastRun->startedAtMs), r.lastRun->status)
                            : tr("never"),
                  w.id),
             number(r.inScope()), number(r.active), number(r.pending), number(r.withoutKey)});
        for (int c = 5; c < 9; ++c)
            m_workflows->item(m_workflows->rowCount() - 1, c)->setData(w.id, kIdRole);
        if (w.id == selected)
            m_ui->workflowsTableView->selectRow(m_workflows->rowCount() - 1);
    }
    if (!m_ui->workflowsTableView->selectionModel()->hasSelection() && m_workflows->rowCount() > 0)
        m_ui->workflowsTableView->selectRow(0);
    connect(m_ui->workflowsTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WorkflowsPage::showRuns, Qt::UniqueConnection);
    m_ui->workflowsTableView->resizeColumnsToContents();
    showRuns();
}

bool WorkflowsPage::mailReady() const
{
    return m_services.mailConfigured() || m_services.core().inTeam();
}

void WorkflowsPage::updateMailWarning()
{
    // Workflows queue their emails whether or not email is set up: say so where they are run.
    // A team server sends its own mail.
    m_ui->mailWarningLabel->setVisible(!mailReady());
    m_ui->mailWarningLabel->setText(
        tr("<b>Email is not set up yet.</b> Workflows still assign keys and queue the activation emails; "
           "they wait in the outbox and go out once <a href=\"email-settings\">Email Settings</a> are "
           "complete."));
}

void WorkflowsPage::showRuns()
{
    const qint64 selectedRun = selectedRunId();
    m_runs->clear();
    m_runs->setHorizontalHeaderLabels({tr("Started"), tr("Trigger"), tr("Status"), tr("In scope"),
                                       tr("Assigned"), tr("Emails queued"), tr("Skipped"), tr("Reminders"),
                                       tr("Re-issued"), tr("Gave up"), tr("Error")});
    const qint64 id = selectedWorkflowId();
    if (id != 0) {
        auto runs = m_services.core().workflows().runs(id, 200);
        for (const WorkflowRun& r : runs ? runs.value() : QList<WorkflowRun>()) {
            QList<QStandardItem*> row{
                cell(shortTime(r.startedAtMs)), cell(r.trigger),         cell(r.status),
                number(r.usersInScope),         number(r.keysAssigned),  number(r.emailsQueued),
                number(r.usersSkipped),         number(r.remindersSent), number(r.linksReissued),
                number(r.keysExpired),          cell(r.error.message())};
            for (QStandardItem* item : row)
                item->setData(r.id, kIdRole);
            m_runs->appendRow(row);
            if (r.id == selectedRun)
                m_ui->runsTableView->selectRow(m_runs->rowCount() - 1);
        }
    }
    if (!m_ui->runsTableView->selectionModel()->hasSelection() && m_runs->rowCount() > 0)
        m_ui->runsTableView->selectRow(0);
    connect(m_ui->runsTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WorkflowsPage::showOutcomes, Qt::UniqueConnection);
    m_ui->runsTableView->resizeColumnsToContents();
    showOutcomes();
    updateButtons();
}

void WorkflowsPage::showOutcomes()
{
    m_outcomes->clear();
    m_outcomes->setHorizontalHeaderLabels({tr("User"), tr("Email"), tr("Outcome")});
    const qint64 run = selectedRunId();
    if (run == 0) {
        m_ui->outcomesLabel->setText(tr("Per-user outcomes of the selected run."));
        return;
    }
    constexpr int kShown = 1000;
    const auto filter = runOutcomeFromName(m_ui->outcomeComboBox->currentData().toString());
    auto rows = m_services.core().workflows().outcomes(run, filter, 0, kShown);
    for (const RunOutcomeRow& r : rows ? rows.value() : QList<RunOutcomeRow>())
        m_outcomes->appendRow({cell(r.displayName), cell(r.email), cell(runOutcomeDisplayName(r.outcome))});
    m_ui->outcomesLabel->setText(
        m_outcomes->rowCount() == kShown
            ? tr("The first %1 outcomes of run %2 (filter to see others):").arg(kShown).arg(run)
            : tr("Outcomes of run %1: %2 users").arg(run).arg(m_outcomes->rowCount()));
    m_ui->outcomesTableView->resizeColumnsToContents();
}

void WorkflowsPage::updateButtons()
{
    const qint64 id = selectedWorkflowId();
    bool enabled = false;
    for (int row = 0; row < m_workflows->rowCount(); ++row) {
        if (m_workflows->item(row, 0)->data(kIdRole).toLongLong() == id)
            enabled = m_workflows->item(row, 3)->text() == tr("Yes");
    }
    const std::optional<Error> refusal = m_services.core().refusal(Permission::ManageWorkflows);
    gateChange(m_ui->newWorkflowButton, true, refusal);
    gateChange(m_ui->runButton, id != 0 && enabled, refusal);
    gateChange(m_ui->editButton, id != 0, refusal);
    gateChange(m_ui->enableButton, id != 0 && !enabled, refusal);
    gateChange(m_ui->disableButton, id != 0 && enabled, refusal);
    gateChange(m_ui->deleteButton, id != 0, refusal);
}

void WorkflowsPage::newWorkflow()
{
    NewWorkflowWizard wizard(m_services.core(), std::nullopt, this);
    wizard.setMailConfigured(mailReady());
    connect(&wizard, &NewWorkflowWizard::emailSettingsRequested, this,
            &WorkflowsPage::emailSettingsRequested);
    if (wizard.exec() != QDialog::Accepted || !wizard.created())
        return;
    reload();
    QString error;
    if (!m_services.runWorkflows(wizard.created()->id, RunTrigger::Submit, &error))
        m_ui->statusLabel->setText(tr("Created, but not run: %1").arg(error));
}

void WorkflowsPage::editSelected()
{
    auto workflow = m_services.core().workflows().findById(selectedWorkflowId());
    if (!workflow || !workflow.value())
        return;
    NewWorkflowWizard wizard(m_services.core(), *workflow.value(), this);
    wizard.setMailConfigured(mailReady());
    connect(&wizard, &NewWorkflowWizard::emailSettingsRequested, this,
            &WorkflowsPage::emailSettingsRequested);
    if (wizard.exec() == QDialog::Accepted)
        reload();
}

void WorkflowsPage::runSelected()
{
    QString error;
    if (!m_services.runWorkflows(selectedWorkflowId(), RunTrigger::Manual, &error))
        MessageBox::warning(this, tr("Run Workflow"), error);
}

void WorkflowsPage::setEnabled(bool enabled)
{
    if (Status s =
            m_services.core().workflowChanges().setEnabled(m_services.actor(), selectedWorkflowId(), enabled);
        !s)
        MessageBox::warning(this, tr("Workflow"), s.error());
    reload();
}

void WorkflowsPage::remove()
{
    const qint64 id = selectedWorkflowId();
    const auto answer =
        MessageBox::question(this, tr("Delete Workflow"),
                             tr("Delete this workflow? Its keys that are still waiting for activation can "
                                "stay (Yes: keep them) or be "
                                "revoked with their emails cancelled (No: revoke them)."),
                             QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel)
        return;
    if (Status s =
            m_services.core().workflowChanges().remove(m_services.actor(), id, answer == QMessageBox::No);
        !s)
        MessageBox::warning(this, tr("Delete Workflow"), s.error());
    reload();
}

} // namespace keydesk::gui
