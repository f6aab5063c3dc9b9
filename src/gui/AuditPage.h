// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class AuditPage;
}

namespace keydesk {
class Core;
}

namespace keydesk::gui {

class AuditTableModel;
class ChangeNotifier;

// The audit log, filtered by operator, action and date range.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    AuditPage(Core& core, ChangeNotifier& changes, QWidget* parent = nullptr);
    ~AuditPage() override;
    // Clears the filters and selects the event (the Overview's recent activity), if it is among
    // the newest kRevealWithin.
    void revealEvent(qint64 eventId);
    static constexpr int kRevealWithin = 1000;

    AuditTableModel* model() const { return m_model; }

private:
    void reloadChoices();
    void applyFilters();

    std::unique_ptr<Ui::AuditPage> m_ui;
    Core& m_core;
    AuditTableModel* m_model = nullptr;
};

} // namespace keydesk::gui
