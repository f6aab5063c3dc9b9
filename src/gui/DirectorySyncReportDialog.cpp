// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "DirectorySyncReportDialog.h"

#include "DirectoryPage.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace keydesk::gui {

namespace {

QTableWidget* table(const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    return t;
}

void addRow(QTableWidget* t, const QStringList& cells)
{
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells[c]));
}

} // namespace

QString DirectorySyncReportDialog::actionText(const QString& action)
{
    static const QHash<QString, const char*> texts{
        {QStringLiteral("create"), QT_TR_NOOP("create user")},
        {QStringLiteral("update"), QT_TR_NOOP("update user")},
        {QStringLiteral("claim"), QT_TR_NOOP("take over user")},
        {QStringLiteral("disable"), QT_TR_NOOP("disable user")},
        {QStringLiteral("enable"), QT_TR_NOOP("enable user")},
        {QStringLiteral("remove"), QT_TR_NOOP("remove user")},
        {QStringLiteral("join"), QT_TR_NOOP("join group")},
        {QStringLiteral("leave"), QT_TR_NOOP("leave group")},
        {QStringLiteral("group-create"), QT_TR_NOOP("create group")},
        {QStringLiteral("group-rename"), QT_TR_NOOP("rename group")},
        {QStringLiteral("group-remove"), QT_TR_NOOP("remove group")}};
    const auto text = texts.constFind(action);
    return text == texts.cend() ? action : tr(*text);
}

DirectorySyncReportDialog::DirectorySyncReportDialog(const QString& sourceName,
                                                     const DirectorySyncReport& report, QWidget* parent)
    : QDialog(parent)
{
    const bool dry = report.run.dryRun;
    setWindowTitle(dry ? tr("Dry Run: %1").arg(sourceName) : tr("Sync: %1").arg(sourceName));
    auto* layout = new QVBoxLayout(this);
    auto* summary =
        new QLabel((dry ? tr("Nothing was changed. A sync now would make %n change(s):", nullptr,
                             int(report.changes.size()))
                        : tr("The sync made %n change(s):", nullptr, int(report.changes.size()))) +
                       u' ' + DirectoryPage::runResult(report.run),
                   this);
    summary->setObjectName(QStringLiteral("summaryLabel"));
    summary->setWordWrap(true);
    layout->addWidget(summary);
    m_changes = table({tr("Entry"), dry ? tr("Would") : tr("Did"), tr("Details")}, this);
    m_changes->setObjectName(QStringLiteral("changesTable"));
    m_changes->setAccessibleName(dry ? tr("What the sync would change") : tr("What the sync changed"));
    for (const DirectoryChange& change : report.changes)
        addRow(m_changes, {change.entry, actionText(change.action), change.details});
    m_changes->resizeColumnsToContents();
    layout->addWidget(m_changes, 3);
    auto* errorsLabel = new QLabel(
        tr("%n entry error(s): entries the sync could not take", nullptr, int(report.errors.size())), this);
    layout->addWidget(errorsLabel);
    m_errors = table({tr("Entry"), tr("Error")}, this);
    m_errors->setObjectName(QStringLiteral("errorsTable"));
    m_errors->setAccessibleName(errorsLabel->text());
    for (const DirectoryEntryError& error : report.errors)
        addRow(m_errors, {error.entry, error.message});
    m_errors->resizeColumnsToContents();
    layout->addWidget(m_errors, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 520);
}

} // namespace keydesk::gui
