// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QWidget>

#include <memory>

class QStandardItemModel;

namespace Ui {
class WorkflowsPage;
}

namespace keydesk::gui {

class KeyServices;

// Workflows: the list (scope, key type, enabled, last run, users in scope, key counts), run
// now / enable / disable / delete, each workflow's run history, and a run's per-user outcomes.
// Runs go on a worker thread with progress and cancel.
class WorkflowsPage : public QWidget
{
    Q_OBJECT

public:
    explicit WorkflowsPage(KeyServices& services, QWidget* parent = nullptr);
    ~WorkflowsPage() override;

    void reload();
    // Selects the workflow (its runs show below), if it is listed.
    void selectWorkflow(qint64 workflowId);
    // Opens the New Workflow wizard; on Submit the workflow is created and runs.
    void newWorkflow();
    // Opens the wizard on the selected workflow; Save changes it (audited).
    void editSelected();
    qint64 selectedWorkflowId() const;
    qint64 selectedRunId() const;

Q_SIGNALS:
    // "Email Settings" in the page's warning (email not set up: the activation emails wait).
    void emailSettingsRequested();

private:
    // Whether the emails a run queues can go: this desk's mail settings, or the team server's
    // (which its outbox shows).
    bool mailReady() const;
    void updateMailWarning();
    void showRuns();
    void showOutcomes();
    void updateButtons();
    void runSelected();
    void setEnabled(bool enabled);
    void remove();

    std::unique_ptr<Ui::WorkflowsPage> m_ui;
    KeyServices& m_services;
    QStandardItemModel* m_workflows = nullptr;
    QStandardItemModel* m_runs = nullptr;
    QStandardItemModel* m_outcomes = nullptr;
};

} // namespace keydesk::gui
