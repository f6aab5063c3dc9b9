// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "VerdictTable.h"

#include "core/verification/CheckTitles.h"
#include "webauthn/VerdictJson.h"

#include <QHeaderView>
#include <QJsonArray>

namespace keydesk::gui {

VerdictTable::VerdictTable(QWidget* parent) : QTableWidget(parent)
{
    setColumnCount(3);
    setHorizontalHeaderLabels({tr("Result"), tr("Check"), tr("Detail")});
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(true);
    setTabKeyNavigation(false); // Tab moves on; the arrows move between checks
    setAccessibleName(tr("Verification checks"));
}

QString VerdictTable::checkTitle(const QString& name)
{
    return keydesk::checkTitle(name);
}

void VerdictTable::setVerdict(const QJsonObject& verdict)
{
    const QJsonArray checks = verdict.value(QStringLiteral("checks")).toArray();
    const bool stoppedEarly = !checks.isEmpty() && !verdict.value(QStringLiteral("verified")).toBool();
    setRowCount(int(checks.size()) + (stoppedEarly ? 1 : 0));
    int r = 0;
    for (const QJsonValue value : checks) {
        const QJsonObject check = value.toObject();
        const bool passed = check.value(QStringLiteral("passed")).toBool();
        auto* mark = new QTableWidgetItem(passed ? tr("✔ pass") : tr("✘ FAIL"));
        mark->setForeground(passed ? QColor(0x1a, 0x7f, 0x37) : QColor(0xcf, 0x22, 0x2e));
        QFont bold = mark->font();
        bold.setBold(!passed);
        mark->setFont(bold);
        const QString name = check.value(QStringLiteral("name")).toString();
        auto* title = new QTableWidgetItem(checkTitle(name));
        title->setToolTip(name);
        title->setData(Qt::UserRole, name);
        title->setFont(bold);
        auto* detail = new QTableWidgetItem(webauthn::detailOf(check));
        detail->setToolTip(detail->text());
        setItem(r, 0, mark);
        setItem(r, 1, title);
        setItem(r, 2, detail);
        ++r;
    }
    if (stoppedEarly) {
        auto* note = new QTableWidgetItem(
            tr("Verification stops at the first failed check; later checks did not run."));
        note->setForeground(palette().color(QPalette::PlaceholderText));
        setItem(r, 0, new QTableWidgetItem());
        setItem(r, 1, new QTableWidgetItem());
        setItem(r, 2, note);
    }
    resizeColumnToContents(0);
    resizeColumnToContents(1);
    resizeRowsToContents();
}

QString VerdictTable::summaryText() const
{
    QStringList lines;
    for (int r = 0; r < rowCount(); ++r) {
        if (!item(r, 1) || item(r, 1)->text().isEmpty())
            continue;
        lines << QStringLiteral("%1 %2 — %3").arg(item(r, 0)->text(), item(r, 1)->text(), item(r, 2)->text());
    }
    return lines.join(u'\n');
}

} // namespace keydesk::gui
