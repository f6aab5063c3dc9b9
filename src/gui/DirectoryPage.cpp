// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "DirectoryPage.h"

#include "ChangeGate.h"
#include "DirectorySyncReportDialog.h"
#include "KeyServices.h"
#include "MessageBox.h"
#include "core/Core.h"
#include "core/users/DirectoryService.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace keydesk::gui {

namespace {

constexpr int kShownRuns = 50;
constexpr int kShownErrors = 1000;

QTableWidget* table(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells[c]));
}

// QTableView::selectRow() picks the column at the viewport's edge, which a right-to-left table
// not yet laid out does not have: it would select nothing.
void selectTableRow(QTableWidget* t, int row)
{
    const QModelIndex index = t->model()->index(row, 0);
    t->selectionModel()->setCurrentIndex(index,
                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString modeText(const DirectoryRun& run)
{
    const QString mode =
        run.mode == SyncMode::Full ? DirectoryPage::tr("full") : DirectoryPage::tr("incremental");
    return run.dryRun ? DirectoryPage::tr("%1, dry run").arg(mode) : mode;
}

} // namespace

QString DirectoryPage::runResult(const DirectoryRun& run)
{
    if (run.failed)
        return tr("failed: %1").arg(run.error);
    return tr("%1 created, %2 updated, %3 disabled, %4 enabled, %5 removed; memberships +%6 −%7; %8 keys "
              "withdrawn; %9 entry errors")
        .arg(run.usersCreated)
        .arg(run.usersUpdated)
        .arg(run.usersDisabled)
        .arg(run.usersEnabled)
        .arg(run.usersRemoved)
        .arg(run.membershipsAdded)
        .arg(run.membershipsRemoved)
        .arg(run.keysWithdrawn)
        .arg(run.entryErrors);
}

DirectoryPage::DirectoryPage(KeyServices& services, QWidget* parent) : QWidget(parent), m_services(services)
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Directory"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    auto* intro =
        new QLabel(tr("Users and groups that come from a directory: LDAP / Active Directory servers "
                      "KeyDesk reads, and identity providers that push over SCIM. What a source "
                      "owns is changed there; a user who leaves it loses their keys."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_countLabel = new QLabel(this);
    m_countLabel->setWordWrap(true); // with no source, a sentence saying how to add one
    layout->addWidget(m_countLabel);
    m_sourcesTable = table(QStringLiteral("sourcesTable"),
                           {tr("Source"), tr("Kind"), tr("Where"), tr("Last run"), tr("Result")}, this);
    m_sourcesTable->setAccessibleName(tr("Directory sources"));
    layout->addWidget(m_sourcesTable, 2);

    auto* buttons = new QHBoxLayout;
    m_syncButton = new QPushButton(tr("Sync Now"), this);
    m_syncButton->setObjectName(QStringLiteral("syncButton"));
    m_syncButton->setToolTip(tr("Read what changed at the source since its last run"));
    m_fullSyncButton = new QPushButton(tr("Full Sync"), this);
    m_fullSyncButton->setObjectName(QStringLiteral("fullSyncButton"));
    m_fullSyncButton->setToolTip(tr("Read every entry: also finds the users the source no longer has"));
    m_dryRunButton = new QPushButton(tr("Dry Run…"), this);
    m_dryRunButton->setObjectName(QStringLiteral("dryRunButton"));
    m_dryRunButton->setToolTip(tr("List what a full sync would change, and change nothing"));
    m_passwordButton = new QPushButton(tr("Bind Password…"), this);
    m_passwordButton->setObjectName(QStringLiteral("passwordButton"));
    m_passwordButton->setToolTip(tr(
        "Keep the source's bind password in this computer's keychain (KEYDESK_LDAP_PASSWORD wins when set)"));
    for (QPushButton* b : {m_syncButton, m_fullSyncButton, m_dryRunButton, m_passwordButton})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_statusLabel);

    auto* runsLabel = new QLabel(tr("Runs of the selected source, newest first"), this);
    layout->addWidget(runsLabel);
    m_runsTable = table(QStringLiteral("runsTable"),
                        {tr("Finished"), tr("Mode"), tr("Entries read"), tr("Result")}, this);
    m_runsTable->setAccessibleName(runsLabel->text());
    layout->addWidget(m_runsTable, 2);
    auto* errorsLabel = new QLabel(tr("Entries the selected run could not take"), this);
    layout->addWidget(errorsLabel);
    m_errorsTable = table(QStringLiteral("errorsTable"), {tr("Entry"), tr("Error")}, this);
    m_errorsTable->setAccessibleName(errorsLabel->text());
    layout->addWidget(m_errorsTable, 1);

    connect(m_sourcesTable, &QTableWidget::itemSelectionChanged, this, [this] {
        showRuns();
        updateButtons();
    });
    connect(m_runsTable, &QTableWidget::itemSelectionChanged, this, &DirectoryPage::showErrors);
    connect(m_syncButton, &QPushButton::clicked, this, [this] { sync(SyncMode::Incremental, false); });
    connect(m_fullSyncButton, &QPushButton::clicked, this, [this] { sync(SyncMode::Full, false); });
    connect(m_dryRunButton, &QPushButton::clicked, this, [this] { sync(SyncMode::Full, true); });
    connect(m_passwordButton, &QPushButton::clicked, this, &DirectoryPage::askBindPassword);
    // The runtime's scheduled syncs (or the server's, on a team desk) land while the page is open.
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (isVisible() && !m_syncing)
            reload();
    });
    m_poll.start(10'000);
    reload();
}

void DirectoryPage::reload()
{
    const std::optional<DirectorySource> selected = selectedSource();
    DirectoryService service(m_services.core().store());
    auto sources = service.sources();
    m_sources = sources ? sources.value() : QList<DirectorySource>();
    if (!sources)
        m_statusLabel->setText(sources.error());
    const QSignalBlocker block(m_sourcesTable);
    m_sourcesTable->setRowCount(int(m_sources.size()));
    for (int i = 0; i < m_sources.size(); ++i) {
        const DirectorySource& s = m_sources[i];
        auto last = service.runs(s.id, 1);
        const bool ran = last && !last->isEmpty();
        const QString where = s.kind == DirectoryKind::Scim
                                  ? tr("pushed over SCIM 2.0 to /scim/v2")
                                  : s.ldap.url + (s.ldap.startTls ? tr(" (StartTLS)") : QString());
        setRow(
            m_sourcesTable, i,
            {s.name, s.kind == DirectoryKind::Scim ? tr("SCIM") : tr("LDAP"), where,
             ran ? when(last->constFirst().finishedAtMs) + QStringLiteral(", ") + modeText(last->constFirst())
                 : tr("never"),
             ran ? runResult(last->constFirst()) : QString()});
        if (ran && last->constFirst().failed)
            m_sourcesTable->item(i, 4)->setForeground(QColor(0xb3, 0x26, 0x1e));
    }
    m_countLabel->setText(
        m_sources.isEmpty()
            ? tr("No directory sources: add one with keydesk-cli directory add-ldap, or make a "
                 "SCIM source with keydesk-cli directory scim-token create (docs/directory.md).")
            : tr("%n directory source(s)", nullptr, int(m_sources.size())));
    m_sourcesTable->resizeColumnsToContents();
    int row = m_sources.isEmpty() ? -1 : 0;
    for (int i = 0; selected && i < m_sources.size(); ++i) {
        if (m_sources[i].id == selected->id)
            row = i;
    }
    if (row >= 0)
        selectTableRow(m_sourcesTable, row);
    showRuns();
    updateButtons();
}

void DirectoryPage::selectSource(qint64 sourceId)
{
    for (int i = 0; i < m_sources.size(); ++i) {
        if (m_sources[i].id == sourceId)
            selectTableRow(m_sourcesTable, i);
    }
}

std::optional<DirectorySource> DirectoryPage::selectedSource() const
{
    const QList<QTableWidgetItem*> items = m_sourcesTable->selectedItems();
    if (items.isEmpty() || items.first()->row() >= m_sources.size())
        return std::nullopt;
    return m_sources[items.first()->row()];
}

void DirectoryPage::showRuns()
{
    const std::optional<DirectorySource> source = selectedSource();
    auto runs = source ? DirectoryService(m_services.core().store()).runs(source->id, kShownRuns)
                       : Result<QList<DirectoryRun>>(QList<DirectoryRun>());
    m_runs = runs ? runs.value() : QList<DirectoryRun>();
    const QSignalBlocker block(m_runsTable);
    m_runsTable->setRowCount(int(m_runs.size()));
    for (int i = 0; i < m_runs.size(); ++i) {
        const DirectoryRun& r = m_runs[i];
        setRow(m_runsTable, i,
               {when(r.finishedAtMs), modeText(r), QLocale().toString(r.entriesRead), runResult(r)});
    }
    m_runsTable->resizeColumnsToContents();
    if (!m_runs.isEmpty())
        selectTableRow(m_runsTable, 0);
    showErrors();
}

void DirectoryPage::showErrors()
{
    const QList<QTableWidgetItem*> items = m_runsTable->selectedItems();
    const DirectoryRun* run = items.isEmpty() ? nullptr : &m_runs[items.first()->row()];
    auto errors = run && run->entryErrors > 0
                      ? DirectoryService(m_services.core().store()).runErrors(run->id, kShownErrors)
                      : Result<QList<DirectoryEntryError>>(QList<DirectoryEntryError>());
    const QList<DirectoryEntryError> rows = errors ? errors.value() : QList<DirectoryEntryError>();
    m_errorsTable->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i)
        setRow(m_errorsTable, i, {rows[i].entry, rows[i].message});
    m_errorsTable->resizeColumnsToContents();
}

void DirectoryPage::updateButtons()
{
    const std::optional<DirectorySource> source = selectedSource();
    const bool ldap = source && source->kind == DirectoryKind::Ldap;
    const Core& core = m_services.core();
    const std::optional<Error> scim =
        source && !ldap
            ? std::optional(Error::text(tr("The identity provider pushes this source's changes over "
                                           "SCIM; there is nothing to read from here.")))
            : std::nullopt;
    for (QPushButton* b : {m_syncButton, m_fullSyncButton, m_dryRunButton})
        gateChange(b, source && !m_syncing, firstRefusal({scim, core.refusal(Permission::EditUsers)}));
    // A team server syncs with its own password (KEYDESK_LDAP_PASSWORD in its service).
    gateChange(m_passwordButton, source.has_value(),
               firstRefusal({scim, m_services.soloOnly(), core.refusal(Permission::ManageSettings)}));
}

void DirectoryPage::sync(SyncMode mode, bool dryRun)
{
    const std::optional<DirectorySource> source = selectedSource();
    if (!source || m_syncing)
        return;
    m_syncing = true;
    m_statusLabel->setText(dryRun ? tr("Reading %1 for a dry run…").arg(source->name)
                                  : tr("Syncing %1…").arg(source->name));
    updateButtons();
    m_services.syncDirectory(
        *source, mode, dryRun,
        [page = QPointer(this), name = source->name, dryRun](const Result<DirectorySyncReport>& report) {
            if (!page)
                return;
            page->m_syncing = false;
            const QString message =
                report ? (dryRun ? tr("Dry run of %1: %n change(s) would be made; nothing was changed.",
                                      nullptr, int(report->changes.size()))
                                       .arg(name)
                                 : tr("%1 synced: %2").arg(name, runResult(report->run)))
                       : tr("%1 was not synced: %2").arg(name, report.error());
            page->m_statusLabel->setText(message);
            page->reload();
            Q_EMIT page->syncFinished(bool(report), message);
            if (report && (dryRun || !report->changes.isEmpty() || !report->errors.isEmpty())) {
                auto* dialog = new DirectorySyncReportDialog(name, report.value(), page);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            }
        });
}

void DirectoryPage::askBindPassword()
{
    const std::optional<DirectorySource> source = selectedSource();
    if (!source)
        return;
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Bind Password"),
        tr("The password of %1 for the directory source %2. It is kept in this computer's keychain, never in "
           "the database.")
            .arg(source->ldap.bindDn, source->name),
        QLineEdit::Password, {}, &ok);
    if (!ok || password.isEmpty())
        return;
    m_services.setDirectoryPassword(
        *source, password, [page = QPointer(this), name = source->name](bool saved, const QString& error) {
            if (!page)
                return;
            if (saved)
                page->m_statusLabel->setText(tr("The bind password of %1 is in the keychain.").arg(name));
            else
                MessageBox::warning(page, tr("Bind Password"),
                                    tr("The keychain did not keep the password: %1").arg(error));
        });
}

} // namespace keydesk::gui
