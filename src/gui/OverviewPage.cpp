// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "OverviewPage.h"

#include "AuditTableModel.h"
#include "ChangeNotifier.h"
#include "EnrollmentCharts.h"
#include "OverviewLoader.h"

#include "MessageBox.h"

#include "core/Core.h"
#include "core/PrivateFile.h"
#include "paint/EnrollmentColors.h"
#include "paint/EnrollmentReportPdf.h"

#include <QDateTime>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace keydesk::gui {

namespace {

constexpr int kGroupIdRole = Qt::UserRole + 1;
constexpr int kEnrollmentRole = Qt::UserRole + 2; // -1: every enrollment (the group's users)
constexpr int kRowIdRole = Qt::UserRole + 3;

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString percent(qint64 part, qint64 whole)
{
    return whole == 0 ? QStringLiteral("–")
                      : QLocale().toString(100.0 * double(part) / double(whole), 'f', 0) + u'%';
}

// A number as a link: `href` names the list it opens (OverviewPage::openLink).
QString link(const QString& href, qint64 n)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(href, number(n));
}

QTableWidget* table(const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->setFocusPolicy(Qt::NoFocus);
    t->setShowGrid(false);
    t->setWordWrap(false);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    t->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return t;
}

// A cell that opens a list when clicked: drawn like a link.
QTableWidgetItem* linkCell(const QString& text, const QPalette& palette)
{
    auto* item = new QTableWidgetItem(text);
    item->setForeground(palette.color(QPalette::Link));
    QFont font = item->font();
    font.setUnderline(true);
    item->setFont(font);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem* textCell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

// Rows fit the table: the page scrolls, not each table.
void fitHeight(QTableWidget* t)
{
    int h = t->horizontalHeader()->height() + 2 * t->frameWidth();
    for (int r = 0; r < t->rowCount(); ++r)
        h += t->rowHeight(r);
    t->setFixedHeight(h);
}

} // namespace

OverviewPage::OverviewPage(Core& core, ChangeNotifier* changes, QWidget* parent)
    : QWidget(parent), m_core(core)
{
    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);

    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("Overview"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    header->addWidget(title);
    header->addStretch();
    m_asOf = new QLabel;
    m_asOf->setObjectName(QStringLiteral("asOfLabel"));
    header->addWidget(m_asOf);
    auto* exportButton = new QPushButton(tr("Export…"));
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setToolTip(
        tr("Save the enrollment report as PDF, CSV or JSON, or the stale keys or the expiring links as CSV "
           "or JSON"));
    connect(exportButton, &QPushButton::clicked, this, &OverviewPage::chooseExport);
    header->addWidget(exportButton);
    m_refresh = new QPushButton(tr("Refresh"));
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    connect(m_refresh, &QPushButton::clicked, this, &OverviewPage::refresh);
    header->addWidget(m_refresh);
    column->addLayout(header);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    column->addWidget(m_error);

    auto* top = new QHBoxLayout;
    auto* enrollmentBox = new QGroupBox(tr("Enrollment of enabled users"));
    auto* enrollmentLayout = new QHBoxLayout(enrollmentBox);
    m_ring = new EnrollmentRing;
    m_ring->setFixedSize(190, 190);
    enrollmentLayout->addWidget(m_ring);
    auto* legend = new QGridLayout;
    int row = 0;
    for (Enrollment e : kEnrollments) {
        auto* swatch = new QLabel;
        swatch->setFixedSize(12, 12);
        swatch->setStyleSheet(QStringLiteral("background: %1;").arg(paint::enrollmentColor(e).name()));
        legend->addWidget(swatch, row, 0);
        legend->addWidget(new QLabel(enrollmentDisplayName(e)), row, 1);
        QLabel* n = linkLabel(QStringLiteral("enrollment_") + enrollmentName(e));
        n->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        legend->addWidget(n, row, 2);
        m_enrollmentLinks << n;
        ++row;
    }
    m_totalLabel = new QLabel;
    m_totalLabel->setObjectName(QStringLiteral("totalLabel"));
    legend->addWidget(m_totalLabel, row++, 0, 1, 3);
    m_disabledLink = linkLabel(QStringLiteral("disabledLink"));
    legend->addWidget(m_disabledLink, row++, 0, 1, 3);
    legend->setRowStretch(row, 1);
    enrollmentLayout->addLayout(legend, 1);
    top->addWidget(enrollmentBox, 3);

    auto* attentionBox = new QGroupBox(tr("Needs attention"));
    auto* attention = new QVBoxLayout(attentionBox);
    m_expiringLink = linkLabel(QStringLiteral("expiringLink"));
    m_failedLink = linkLabel(QStringLiteral("failedLink"));
    m_stuckLink = linkLabel(QStringLiteral("stuckLink"));
    m_staleLink = linkLabel(QStringLiteral("staleLink"));
    m_policyLink = linkLabel(QStringLiteral("policyLink"));
    m_policyLink->hide();
    m_returnedLink = linkLabel(QStringLiteral("returnedLink"));
    m_returnedLink->hide();
    for (QLabel* l : {m_expiringLink, m_failedLink, m_stuckLink, m_staleLink, m_policyLink, m_returnedLink})
        attention->addWidget(l);
    attention->addStretch();
    top->addWidget(attentionBox, 2);
    column->addLayout(top);

    auto* groupsBox = new QGroupBox(tr("By group"));
    auto* groups = new QVBoxLayout(groupsBox);
    m_bars = new GroupEnrollmentBars;
    groups->addWidget(m_bars);
    QStringList groupHeaders{tr("Group"), tr("Enabled users")};
    for (Enrollment e : kEnrollments)
        groupHeaders << enrollmentDisplayName(e);
    groupHeaders << tr("Active %");
    m_groupsTable = table(groupHeaders);
    m_groupsTable->setObjectName(QStringLiteral("groupsTable"));
    connect(m_groupsTable, &QTableWidget::itemClicked, this, &OverviewPage::openGroupCell);
    groups->addWidget(m_groupsTable);
    column->addWidget(groupsBox);

    auto* bottom = new QHBoxLayout;
    auto* workflowsBox = new QGroupBox(tr("Workflows"));
    auto* workflows = new QVBoxLayout(workflowsBox);
    m_workflowsTable = table({tr("Workflow"), tr("Last run"), tr("Result")});
    m_workflowsTable->setObjectName(QStringLiteral("workflowsTable"));
    connect(m_workflowsTable, &QTableWidget::itemClicked, this, [this](QTableWidgetItem* item) {
        Q_EMIT workflowRequested(item->data(kRowIdRole).toLongLong());
    });
    workflows->addWidget(m_workflowsTable);
    workflows->addStretch();
    bottom->addWidget(workflowsBox, 1);
    auto* activityBox = new QGroupBox(tr("Recent activity"));
    auto* activity = new QVBoxLayout(activityBox);
    m_activityTable = table({tr("Time"), tr("Operator"), tr("Action"), tr("Target")});
    m_activityTable->setObjectName(QStringLiteral("activityTable"));
    connect(m_activityTable, &QTableWidget::itemClicked, this, [this](QTableWidgetItem* item) {
        Q_EMIT auditEventRequested(item->data(kRowIdRole).toLongLong());
    });
    activity->addWidget(m_activityTable);
    activity->addStretch();
    bottom->addWidget(activityBox, 1);
    column->addLayout(bottom);
    column->addStretch();

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Overview"));
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    const OverviewService::Parts parts[] = {OverviewService::Parts::AllButGroups,
                                            OverviewService::Parts::OnlyGroups};
    for (int i = 0; i < 2; ++i) {
        m_loaders[i] = new OverviewLoader(core.databasePath(), &core.clock(), parts[i]);
        m_loaders[i]->moveToThread(&m_threads[i]);
        connect(&m_threads[i], &QThread::finished, m_loaders[i], &QObject::deleteLater);
        connect(m_loaders[i], &OverviewLoader::partRead, this, &OverviewPage::onPartRead);
        connect(m_loaders[i], &OverviewLoader::finished, this, &OverviewPage::onReadFinished);
        m_threads[i].start();
    }
    // A burst of changes (a workflow run, a desk catching up) makes one read, not one each: on a
    // million users a read keeps both cores busy for most of a second.
    m_changeDelay.setSingleShot(true);
    m_changeDelay.setInterval(kChangeDelayMs);
    connect(&m_changeDelay, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    if (changes)
        connect(changes, &ChangeNotifier::changed, this, [this] {
            m_stale = true;
            if (!m_changeDelay.isActive())
                m_changeDelay.start();
        });
    refresh();
}

OverviewPage::~OverviewPage()
{
    for (QThread& thread : m_threads) {
        thread.quit();
        thread.wait();
    }
}

QLabel* OverviewPage::linkLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setWordWrap(true);
    connect(label, &QLabel::linkActivated, this, &OverviewPage::openLink);
    return label;
}

void OverviewPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void OverviewPage::refresh()
{
    m_stale = false;
    if (m_reading > 0) {
        // The read under way may have missed the change: read once more when it ends.
        m_stale = true;
        return;
    }
    m_reading = 2;
    m_refresh->setEnabled(false);
    m_error->hide();
    m_shown.error.clear();
    ++m_generation;
    for (OverviewLoader* loader : m_loaders)
        QMetaObject::invokeMethod(loader, "load", Qt::QueuedConnection, Q_ARG(quint64, m_generation));
}

void OverviewPage::onPartRead(quint64 generation, const OverviewFigures& figures)
{
    if (generation != m_generation)
        return;
    // Each reader brings its own parts; parts of the previous read stay on screen until then.
    if (!figures.error.isEmpty()) {
        m_shown.error = figures.error;
        m_error->setText(tr("The overview could not be read: %1").arg(figures.error));
        m_error->show();
    }
    if (figures.enrollment) {
        m_shown.asOfMs = figures.asOfMs;
        m_shown.enrollment = figures.enrollment;
        m_shown.disabledUsers = figures.disabledUsers;
        showEnrollment();
    }
    if (figures.attention) {
        m_shown.attention = figures.attention;
        showAttention();
    }
    if (figures.workflows) {
        m_shown.workflows = figures.workflows;
        showWorkflows();
    }
    if (figures.activity) {
        m_shown.activity = figures.activity;
        showActivity();
    }
    if (figures.groups) {
        m_shown.groups = figures.groups;
        showGroups();
    }
}

void OverviewPage::onReadFinished(quint64 generation)
{
    if (generation != m_generation || --m_reading > 0)
        return;
    m_refresh->setEnabled(true);
    if (m_shown.error.isEmpty())
        m_asOf->setText(
            tr("as of %1")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_shown.asOfMs).toLocalTime().time(),
                                        QLocale::ShortFormat)));
    if (m_stale && isVisible())
        refresh();
}

void OverviewPage::showEnrollment()
{
    if (!m_shown.enrollment)
        return;
    const EnrollmentCounts& c = *m_shown.enrollment;
    m_ring->setCounts(c);
    for (qsizetype i = 0; i < m_enrollmentLinks.size(); ++i) {
        const Enrollment e = kEnrollments[i];
        m_enrollmentLinks[i]->setText(link(QStringLiteral("users:") + enrollmentName(e), c.of(e)) +
                                      QStringLiteral(" (%1)").arg(percent(c.of(e), c.total())));
    }
    m_totalLabel->setText(tr("%1 enabled users").arg(number(c.total())));
    m_disabledLink->setText(tr("%1 disabled users are not counted")
                                .arg(link(QStringLiteral("users:disabled"), m_shown.disabledUsers)));
}

void OverviewPage::showAttention()
{
    if (!m_shown.attention)
        return;
    const AttentionFigures& a = *m_shown.attention;
    m_expiringLink->setText(tr("%1 activation links expire within 24 hours")
                                .arg(link(QStringLiteral("keys:expiring"), a.expiringSoon)));
    m_failedLink->setText(tr("%1 emails failed").arg(link(QStringLiteral("outbox:failed"), a.emailsFailed)));
    m_stuckLink->setText(tr("%1 emails stuck: tried and waiting, or not sent after an hour")
                             .arg(link(QStringLiteral("outbox:stuck"), a.emailsStuck)));
    m_staleLink->setText(tr("%1 active keys not used or verified for %2 days")
                             .arg(link(QStringLiteral("keys:stale"), a.staleKeys), number(a.staleDays)));
    // Shown when there are some: only directory sources bring users back.
    m_returnedLink->setVisible(a.suspendedOfReturnedUsers > 0);
    m_returnedLink->setText(tr("%1 suspended keys of users who left a directory source and are back")
                                .arg(link(QStringLiteral("keys:returned"), a.suspendedOfReturnedUsers)));
    // Only a deployment with a key policy has keys that break it.
    m_policyLink->setVisible(a.policyBreaches.has_value());
    if (a.policyBreaches)
        m_policyLink->setText(tr("%1 active keys the key policy would refuse today")
                                  .arg(link(QStringLiteral("keys:policy"), *a.policyBreaches)));
}

void OverviewPage::showGroups()
{
    if (!m_shown.groups)
        return;
    const QList<GroupEnrollment>& groups = *m_shown.groups;
    m_bars->setGroups(groups);
    m_bars->setVisible(!m_bars->shownGroups().isEmpty());
    m_groupsTable->setRowCount(int(groups.size()));
    for (int r = 0; r < groups.size(); ++r) {
        const GroupEnrollment& g = groups.at(r);
        m_groupsTable->setItem(r, 0, textCell(g.name));
        QList<std::pair<int, qint64>> cells{{-1, g.counts.total()}};
        for (Enrollment e : kEnrollments)
            cells << std::pair(int(e), g.counts.of(e));
        for (int c = 0; c < cells.size(); ++c) {
            QTableWidgetItem* item = linkCell(number(cells.at(c).second), palette());
            item->setData(kGroupIdRole, g.groupId);
            item->setData(kEnrollmentRole, cells.at(c).first);
            m_groupsTable->setItem(r, c + 1, item);
        }
        auto* share = textCell(percent(g.counts.active, g.counts.total()));
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_groupsTable->setItem(r, int(cells.size()) + 1, share);
    }
    m_groupsTable->resizeColumnsToContents();
    fitHeight(m_groupsTable);
}

void OverviewPage::showWorkflows()
{
    if (!m_shown.workflows)
        return;
    const QList<WorkflowListRow>& rows = *m_shown.workflows;
    m_workflowsTable->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const WorkflowListRow& w = rows.at(r);
        QString when = tr("never");
        QString result = w.workflow.enabled ? QString() : tr("disabled");
        if (w.lastRun) {
            when = AuditTableModel::localTime(w.lastRun->startedAtMs);
            result =
                tr("%1: %2 keys, %3 emails")
                    .arg(w.lastRun->status, number(w.lastRun->keysAssigned), number(w.lastRun->emailsQueued));
        }
        const QStringList cells{w.workflow.name, when, result};
        for (int c = 0; c < cells.size(); ++c) {
            QTableWidgetItem* item = c == 0 ? linkCell(cells.at(c), palette()) : textCell(cells.at(c));
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            item->setData(kRowIdRole, w.workflow.id);
            m_workflowsTable->setItem(r, c, item);
        }
    }
    m_workflowsTable->resizeColumnsToContents();
    fitHeight(m_workflowsTable);
}

void OverviewPage::showActivity()
{
    if (!m_shown.activity)
        return;
    const QList<AuditEvent>& events = *m_shown.activity;
    m_activityTable->setRowCount(int(events.size()));
    for (int r = 0; r < events.size(); ++r) {
        const AuditEvent& e = events.at(r);
        const QStringList cells{AuditTableModel::localTime(e.atMs), e.actor, e.action,
                                e.targetLabel.isEmpty() ? e.targetType : e.targetLabel};
        for (int c = 0; c < cells.size(); ++c) {
            QTableWidgetItem* item = c == 0 ? linkCell(cells.at(c), palette()) : textCell(cells.at(c));
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            item->setData(kRowIdRole, e.id);
            m_activityTable->setItem(r, c, item);
        }
    }
    m_activityTable->resizeColumnsToContents();
    fitHeight(m_activityTable);
}

void OverviewPage::openLink(const QString& link)
{
    const QString kind = link.section(u':', 0, 0);
    const QString what = link.section(u':', 1);
    if (kind == QLatin1String("users")) {
        if (what == QLatin1String("disabled")) {
            UserQuery query;
            query.status = UserStatusFilter::Disabled;
            Q_EMIT usersRequested(query);
        } else if (const auto e = enrollmentFromName(what)) {
            Q_EMIT usersRequested(OverviewService::enrollmentList(*e));
        }
    } else if (kind == QLatin1String("keys") && what == QLatin1String("expiring")) {
        Q_EMIT keysRequested(m_core.overview().expiringSoonList(), tr("Links expiring within 24 hours"));
    } else if (kind == QLatin1String("keys") && what == QLatin1String("stale") && m_shown.attention) {
        if (auto query = m_core.overview().staleKeysList(m_shown.attention->staleDays))
            Q_EMIT keysRequested(
                query.value(),
                tr("Not used or verified for %1 days").arg(number(m_shown.attention->staleDays)));
    } else if (kind == QLatin1String("keys") && what == QLatin1String("returned")) {
        Q_EMIT keysRequested(OverviewService::suspendedOfReturnedUsersList(),
                             tr("Suspended keys of users back at their directory source"));
    } else if (kind == QLatin1String("keys") && what == QLatin1String("policy")) {
        if (auto query = m_core.overview().policyBreachesList(); query && query.value())
            Q_EMIT keysRequested(*query.value(), tr("Active keys the key policy refuses"));
    } else if (kind == QLatin1String("outbox")) {
        Q_EMIT outboxRequested(what);
    }
}

void OverviewPage::openGroupCell(QTableWidgetItem* item)
{
    if (!item->data(kGroupIdRole).isValid())
        return;
    const qint64 groupId = item->data(kGroupIdRole).toLongLong();
    const int enrollment = item->data(kEnrollmentRole).toInt();
    UserQuery query;
    if (enrollment < 0) {
        query.status = UserStatusFilter::Enabled;
        query.groupId = groupId;
    } else {
        query = OverviewService::enrollmentList(Enrollment(enrollment), groupId);
    }
    Q_EMIT usersRequested(query);
}

Status OverviewPage::exportReport(Report report, ReportFormat format, const QString& path)
{
    OverviewService overview = m_core.overview();
    const qint64 now = m_core.clock().nowMs();
    QByteArray file;
    if (report == Report::Enrollment) {
        auto r = readEnrollmentReport(overview, now);
        if (!r)
            return Status::failure(r.cause());
        file = enrollmentReportFile(r.value(), format);
    } else {
        auto query = report == Report::StaleKeys ? overview.staleKeysList()
                                                 : Result<KeyQuery>(overview.expiringSoonList());
        if (!query)
            return Status::failure(query.cause());
        auto rows = overview.allKeys(query.value());
        if (!rows)
            return Status::failure(rows.cause());
        file = keyReportFile(report == Report::StaleKeys ? QStringLiteral("stale-keys")
                                                         : QStringLiteral("activations"),
                             now, rows.value(), format);
    }
    return writePrivateFile(path, file);
}

Status OverviewPage::exportEnrollmentPdf(const QString& path)
{
    OverviewService overview = m_core.overview();
    auto report = readEnrollmentReport(overview, m_core.clock().nowMs());
    if (!report)
        return Status::failure(report.cause());
    auto pdf = paint::enrollmentReportPdf(report.value());
    if (!pdf)
        return Status::failure(pdf.cause());
    return writePrivateFile(path, pdf.value());
}

void OverviewPage::chooseExport()
{
    struct Choice
    {
        QString filter;
        Report report;
        std::optional<ReportFormat> format; // nullopt: PDF
    };
    const QList<Choice> choices{
        {tr("Enrollment report, PDF (*.pdf)"), Report::Enrollment, std::nullopt},
        {tr("Enrollment report, CSV (*.csv)"), Report::Enrollment, ReportFormat::Csv},
        {tr("Enrollment report, JSON (*.json)"), Report::Enrollment, ReportFormat::Json},
        {tr("Stale keys, CSV (*.csv)"), Report::StaleKeys, ReportFormat::Csv},
        {tr("Stale keys, JSON (*.json)"), Report::StaleKeys, ReportFormat::Json},
        {tr("Links expiring within 24 hours, CSV (*.csv)"), Report::ExpiringLinks, ReportFormat::Csv},
        {tr("Links expiring within 24 hours, JSON (*.json)"), Report::ExpiringLinks, ReportFormat::Json},
    };
    QStringList filters;
    for (const Choice& c : choices)
        filters << c.filter;
    QString chosen;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), QString(),
                                                      filters.join(QStringLiteral(";;")), &chosen);
    if (path.isEmpty())
        return;
    const auto it =
        std::find_if(choices.begin(), choices.end(), [&](const Choice& c) { return c.filter == chosen; });
    const Choice& c = it == choices.end() ? choices.first() : *it;
    if (Status s = c.format ? exportReport(c.report, *c.format, path) : exportEnrollmentPdf(path); !s)
        MessageBox::warning(this, tr("Export"), s.error());
}

void OverviewPage::activateLink(const QString& objectName)
{
    auto* label = findChild<QLabel*>(objectName);
    if (!label)
        return;
    const QString text = label->text();
    const qsizetype start = text.indexOf(QLatin1String("href=\""));
    if (start < 0)
        return;
    const qsizetype from = start + 6;
    openLink(text.mid(from, text.indexOf(u'"', from) - from));
}

} // namespace keydesk::gui
