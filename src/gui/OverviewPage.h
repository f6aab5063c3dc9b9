// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/domain/KeyQuery.h"
#include "core/domain/UserQuery.h"
#include "core/reports/ReportExport.h"

#include <QThread>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace keydesk {
class Core;
}

namespace keydesk::gui {

class ChangeNotifier;
class EnrollmentRing;
class GroupEnrollmentBars;
class OverviewLoader;

// The first page: how far the rollout is, in all and per group, what needs attention today, the
// workflows' last runs and the latest activity. Every number opens the list behind it (the
// signals below), and that list shows the same count. Figures are read on two worker threads and
// painted part by part; they are read again after every change while the page is shown.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(Core& core, ChangeNotifier* changes = nullptr, QWidget* parent = nullptr);
    ~OverviewPage() override;

    // Every part of the last read is shown (or it failed, and says so).
    bool isComplete() const { return m_shown.complete() && m_reading == 0; }
    const OverviewFigures& figures() const { return m_shown; }
    // Reads the figures again (after a change, or Refresh).
    void refresh();
    // The link with this object name, as a person would click it (tests).
    void activateLink(const QString& objectName);
    // Export…: one of the reports `keydesk-cli reports` writes, as of now, to a file only its
    // owner can read.
    enum class Report
    {
        Enrollment,
        StaleKeys,
        ExpiringLinks,
    };
    Status exportReport(Report report, ReportFormat format, const QString& path);
    // The enrollment report as a PDF (chart and table; paint::enrollmentReportPdf).
    Status exportEnrollmentPdf(const QString& path);

Q_SIGNALS:
    void usersRequested(const keydesk::UserQuery& query);
    void keysRequested(const keydesk::KeyQuery& query, const QString& title);
    // "failed" or "stuck"
    void outboxRequested(const QString& filter);
    void workflowRequested(qint64 workflowId);
    void auditEventRequested(qint64 eventId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onPartRead(quint64 generation, const OverviewFigures& figures);
    void onReadFinished(quint64 generation);
    void showEnrollment();
    void showAttention();
    void showGroups();
    void showWorkflows();
    void showActivity();
    void openLink(const QString& link);
    void chooseExport();
    void openGroupCell(QTableWidgetItem* item);
    QLabel* linkLabel(const QString& objectName);

    Core& m_core;
    // Two readers at once: the groups, and every other part.
    QThread m_threads[2];
    OverviewLoader* m_loaders[2] = {nullptr, nullptr};
    quint64 m_generation = 0;
    int m_reading = 0;   // readers still at it
    bool m_stale = true; // something changed since the last read began
    OverviewFigures m_shown;
    static constexpr int kChangeDelayMs = 1000;
    QTimer m_changeDelay;

    QLabel* m_asOf = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_refresh = nullptr;
    EnrollmentRing* m_ring = nullptr;
    QList<QLabel*> m_enrollmentLinks; // per Enrollment, in kEnrollments order
    QLabel* m_totalLabel = nullptr;
    QLabel* m_disabledLink = nullptr;
    QLabel* m_expiringLink = nullptr;
    QLabel* m_failedLink = nullptr;
    QLabel* m_stuckLink = nullptr;
    QLabel* m_staleLink = nullptr;
    QLabel* m_policyLink = nullptr;
    QLabel* m_returnedLink = nullptr; // keys suspended when their user left a directory, user back
    GroupEnrollmentBars* m_bars = nullptr;
    QTableWidget* m_groupsTable = nullptr;
    QTableWidget* m_workflowsTable = nullptr;
    QTableWidget* m_activityTable = nullptr;
};

} // namespace keydesk::gui
