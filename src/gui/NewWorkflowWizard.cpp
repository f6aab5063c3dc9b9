// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "NewWorkflowWizard.h"
#include "ui_NewWorkflowWizard.h"

#include "core/Core.h"
#include "core/activation/KeyEnrollment.h"

#include <QLocale>

namespace keydesk::gui {

NewWorkflowWizard::NewWorkflowWizard(Core& core, std::optional<Workflow> existing, QWidget* parent)
    : QWizard(parent), m_ui(std::make_unique<Ui::NewWorkflowWizard>()), m_core(core),
      m_existing(std::move(existing))
{
    m_ui->setupUi(this);
    for (int id : pageIds())
        removePage(id);
    setPage(NamePage, m_ui->namePage);
    setPage(ConfigurationPage, m_ui->configurationPage);
    setPage(ReviewPage, m_ui->reviewPage);
    setStartId(NamePage);
    setButtonText(QWizard::FinishButton, tr("&Submit"));
    connect(m_ui->reviewLabel, &QLabel::linkActivated, this, &NewWorkflowWizard::emailSettingsRequested);

    auto groups = m_core.groups().list();
    for (const Group& g : groups ? groups.value() : QList<Group>()) {
        auto* item =
            new QListWidgetItem(tr("%1 (%2 members)").arg(g.name).arg(g.memberCount), m_ui->groupsListWidget);
        item->setData(Qt::UserRole, g.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (auto lifetimes = loadActivationLifetimes(m_core.store()))
        m_ui->lifetimeSpinBox->setValue(int(lifetimes->emailMs / (24 * 3600 * 1000LL)));
    m_ui->attestationComboBox->addItem(tr("None — any phone (recommended)"), int(AttestationPolicy::None));
    m_ui->attestationComboBox->addItem(tr("Record"), int(AttestationPolicy::Record));
    m_ui->attestationComboBox->addItem(tr("Require trusted"), int(AttestationPolicy::Require));

    if (m_existing) {
        const Workflow& w = *m_existing;
        setWindowTitle(tr("Edit Workflow — %1").arg(w.name));
        setButtonText(QWizard::FinishButton, tr("&Save"));
        m_ui->reviewPage->setSubTitle(
            tr("Save changes the workflow; its next run follows the new settings."));
        m_ui->nameLineEdit->setText(w.name);
        for (int i = 0; i < m_ui->groupsListWidget->count(); ++i) {
            QListWidgetItem* item = m_ui->groupsListWidget->item(i);
            item->setCheckState(w.groupIds.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                           : Qt::Unchecked);
        }
        m_ui->userVerificationCheckBox->setChecked(w.settings.key.requireUserVerification);
        m_ui->advancedGroupBox->setChecked(true);
        if (w.settings.key.activationLifetimeMinutes)
            m_ui->lifetimeSpinBox->setValue(*w.settings.key.activationLifetimeMinutes / (24 * 60));
        m_ui->reminderSpinBox->setValue(w.settings.reminderDays);
        m_ui->reissueSpinBox->setValue(w.settings.maxReissues);
        m_ui->attestationComboBox->setCurrentIndex(
            m_ui->attestationComboBox->findData(int(w.settings.key.attestation)));
    }
}

NewWorkflowWizard::~NewWorkflowWizard() = default;

QList<qint64> NewWorkflowWizard::selectedGroups() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_ui->groupsListWidget->count(); ++i) {
        const QListWidgetItem* item = m_ui->groupsListWidget->item(i);
        if (item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

WorkflowSettings NewWorkflowWizard::settings() const
{
    WorkflowSettings s;
    s.key.requireUserVerification = m_ui->userVerificationCheckBox->isChecked();
    if (m_ui->advancedGroupBox->isChecked()) {
        s.key.activationLifetimeMinutes = m_ui->lifetimeSpinBox->value() * 24 * 60;
        s.reminderDays = m_ui->reminderSpinBox->value();
        s.maxReissues = m_ui->reissueSpinBox->value();
        s.key.attestation = AttestationPolicy(m_ui->attestationComboBox->currentData().toInt());
    }
    return s;
}

void NewWorkflowWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id != ReviewPage)
        return;
    const QList<qint64> groups = selectedGroups();
    QStringList names;
    for (int i = 0; i < m_ui->groupsListWidget->count(); ++i) {
        if (m_ui->groupsListWidget->item(i)->checkState() == Qt::Checked)
            names << m_ui->groupsListWidget->item(i)
                         ->text()
                         .section(QStringLiteral(" ("), 0, 0)
                         .toHtmlEscaped();
    }
    const WorkflowSettings s = settings();
    auto preview = m_core.workflows().preview(groups, KeyType::Smartphone);
    const QString counts =
        preview ? tr("<p><b>%1</b> enabled users are in scope right now; <b>%2</b> of them have no "
                     "smartphone key yet and would get an activation email now.</p>")
                      .arg(QLocale().toString(preview->inScope), QLocale().toString(preview->wouldEmail))
                : preview.error().toHtmlEscaped();
    m_ui->reviewLabel->setText(
        tr("<p><b>%1</b></p><ul><li>Scope: %2</li><li>Key: smartphone, user verification %3</li>"
           "<li>Reminder after %4 days, at most %5 re-issues of expired links</li></ul>%6"
           "<p>Users who enter the scope later get their key when they do.</p>")
            .arg(m_ui->nameLineEdit->text().trimmed().toHtmlEscaped(),
                 names.isEmpty() ? tr("<b>all users</b>") : names.join(QStringLiteral(", ")),
                 s.key.requireUserVerification ? tr("required") : tr("preferred"))
            .arg(s.reminderDays)
            .arg(s.maxReissues)
            .arg(counts) +
        (m_mailConfigured
             ? QString()
             : tr("<p style=\"color: #82071e;\"><b>Email is not set up yet.</b> The keys are assigned now "
                  "and their activation emails wait in the outbox until <a href=\"email-settings\">Email "
                  "Settings</a> are complete.</p>")));
    m_ui->reviewErrorLabel->clear();
}

bool NewWorkflowWizard::validateCurrentPage()
{
    if (currentId() == NamePage) {
        const QString name = m_ui->nameLineEdit->text().trimmed();
        auto existing = m_core.workflows().resolve(name);
        if (name.isEmpty()) {
            m_ui->nameErrorLabel->setText(tr("A workflow needs a name."));
            return false;
        }
        if (existing && (!m_existing || existing->id != m_existing->id)) {
            m_ui->nameErrorLabel->setText(tr("A workflow with this name exists already."));
            return false;
        }
        m_ui->nameErrorLabel->clear();
        return true;
    }
    if (currentId() != ReviewPage)
        return QWizard::validateCurrentPage();
    WorkflowChanges& changes = m_core.workflowChanges();
    auto created = m_existing ? changes.update(m_core.actor(), m_existing->id, m_ui->nameLineEdit->text(),
                                               selectedGroups(), settings())
                              : changes.create(m_core.actor(), m_ui->nameLineEdit->text(), selectedGroups(),
                                               KeyType::Smartphone, settings());
    if (!created) {
        m_ui->reviewErrorLabel->setText(created.error());
        return false;
    }
    m_created = created.value();
    return true;
}

} // namespace keydesk::gui
