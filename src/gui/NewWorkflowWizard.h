// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/domain/Workflow.h"

#include <QWizard>

#include <memory>
#include <optional>

namespace Ui {
class NewWorkflowWizard;
}

namespace keydesk {
class Core;
}

namespace keydesk::gui {

// New Security Key Device Assignment: Name → Configuration (groups, none meaning all users; key
// type; key settings with the recommended defaults and an advanced section) → Review (what was
// chosen, how many users are in scope now and how many would get an email) → Submit.
class NewWorkflowWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        NamePage,
        ConfigurationPage,
        ReviewPage
    };

    // With `existing`, the wizard edits that workflow instead (Submit saves it).
    NewWorkflowWizard(Core& core, std::optional<Workflow> existing = std::nullopt, QWidget* parent = nullptr);
    ~NewWorkflowWizard() override;

    // The workflow as created or saved.
    const std::optional<Workflow>& created() const { return m_created; }
    QList<qint64> selectedGroups() const;
    WorkflowSettings settings() const;

    bool validateCurrentPage() override;
    void initializePage(int id) override;
    // Without email set up, the review page says the emails will wait in the outbox.
    void setMailConfigured(bool configured) { m_mailConfigured = configured; }

Q_SIGNALS:
    void emailSettingsRequested();

private:
    std::unique_ptr<Ui::NewWorkflowWizard> m_ui;
    Core& m_core;
    std::optional<Workflow> m_existing;
    std::optional<Workflow> m_created;
    bool m_mailConfigured = true;
};

} // namespace keydesk::gui
