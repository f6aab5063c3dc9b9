// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "core/audit/AuditExport.h"
#include "core/domain/AuditEvent.h"

#include <QTimer>
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

// The audit log, searched for a text and filtered by operator, action, user and date range, with
// every field of the selected event beside it (times local), and the filtered events exported.
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
    // Writes every event the filters select (not only the page shown) to `path`; the export is
    // audited (on a team desk, by the server).
    Status exportEvents(const QString& path, AuditExportFormat format);
    // The detail pane's text for an event: every field, times local.
    static QString detailHtml(const AuditEvent& event);

private:
    void reloadChoices();
    void applyFilters();
    void showSelected();
    void chooseExport();

    std::unique_ptr<Ui::AuditPage> m_ui;
    Core& m_core;
    AuditTableModel* m_model = nullptr;
    QTimer m_searchDelay;
    QString m_userError; // the user filter's text names nobody
};

} // namespace keydesk::gui
