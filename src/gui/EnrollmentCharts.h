// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/reports/OverviewService.h"

#include <QChartView>

namespace keydesk::gui {

// The Overview's charts (Qt Charts): all users as a ring, and the groups as bars of 100 %.
class EnrollmentRing : public QChartView
{
    Q_OBJECT

public:
    explicit EnrollmentRing(QWidget* parent = nullptr);
    void setCounts(const EnrollmentCounts& counts);
};

class GroupEnrollmentBars : public QChartView
{
    Q_OBJECT

public:
    // The largest groups this many at most; the table beside it lists every group.
    static constexpr int kMaxGroups = 12;

    explicit GroupEnrollmentBars(QWidget* parent = nullptr);
    void setGroups(const QList<GroupEnrollment>& groups);
    // The groups the bars show, top to bottom.
    const QStringList& shownGroups() const { return m_shown; }

private:
    QStringList m_shown;
};

} // namespace keydesk::gui
