// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "EnrollmentCharts.h"

#include "paint/EnrollmentColors.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalPercentBarSeries>
#include <QPieSeries>
#include <QValueAxis>

#include <algorithm>

namespace keydesk::gui {

using paint::enrollmentColor;

namespace {

// The chart sits on its group box, not on a field of its own.
void seeThrough(QChartView* view)
{
    view->setFrameShape(QFrame::NoFrame);
    view->setBackgroundBrush(Qt::NoBrush);
    view->setStyleSheet(QStringLiteral("background: transparent;"));
}

QChart* plainChart()
{
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

} // namespace

EnrollmentRing::EnrollmentRing(QWidget* parent) : QChartView(plainChart(), parent)
{
    seeThrough(this);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(180, 180);
}

void EnrollmentRing::setCounts(const EnrollmentCounts& counts)
{
    chart()->removeAllSeries();
    auto* ring = new QPieSeries;
    ring->setHoleSize(0.55);
    for (Enrollment e : kEnrollments) {
        QPieSlice* slice = ring->append(enrollmentDisplayName(e), double(counts.of(e)));
        slice->setColor(enrollmentColor(e));
        slice->setBorderColor(palette().color(QPalette::Base));
    }
    chart()->addSeries(ring);
}

GroupEnrollmentBars::GroupEnrollmentBars(QWidget* parent) : QChartView(plainChart(), parent)
{
    seeThrough(this);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(120);
}

void GroupEnrollmentBars::setGroups(const QList<GroupEnrollment>& groups)
{
    chart()->removeAllSeries();
    for (QAbstractAxis* axis : chart()->axes())
        chart()->removeAxis(axis);
    QList<GroupEnrollment> largest = groups;
    std::stable_sort(largest.begin(), largest.end(), [](const GroupEnrollment& a, const GroupEnrollment& b) {
        return a.counts.total() > b.counts.total();
    });
    largest.erase(std::remove_if(largest.begin(), largest.end(),
                                 [](const GroupEnrollment& g) { return g.counts.total() == 0; }),
                  largest.end());
    if (largest.size() > kMaxGroups)
        largest.resize(kMaxGroups);
    // Bars are drawn bottom up: the largest group goes last to stand on top.
    std::reverse(largest.begin(), largest.end());
    auto* series = new QHorizontalPercentBarSeries;
    QStringList names;
    for (const GroupEnrollment& g : largest)
        names << g.name;
    for (Enrollment e : kEnrollments) {
        auto* set = new QBarSet(enrollmentDisplayName(e));
        set->setColor(enrollmentColor(e));
        set->setBorderColor(enrollmentColor(e));
        for (const GroupEnrollment& g : largest)
            *set << double(g.counts.of(e));
        series->append(set);
    }
    series->setBarWidth(0.7);
    chart()->addSeries(series);
    auto* groupsAxis = new QBarCategoryAxis;
    groupsAxis->append(names);
    groupsAxis->setGridLineVisible(false);
    chart()->addAxis(groupsAxis, Qt::AlignLeft);
    series->attachAxis(groupsAxis);
    auto* percentAxis = new QValueAxis;
    percentAxis->setRange(0, 100);
    percentAxis->setLabelFormat(QStringLiteral("%d %"));
    percentAxis->setTickCount(5);
    chart()->addAxis(percentAxis, Qt::AlignBottom);
    series->attachAxis(percentAxis);
    setMinimumHeight(60 + 26 * int(largest.size()));
    m_shown.clear();
    for (auto it = largest.crbegin(); it != largest.crend(); ++it)
        m_shown << it->name;
}

} // namespace keydesk::gui
