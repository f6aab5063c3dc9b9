// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "SyncProgressDialog.h"

#include "net/DeskSync.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace keydesk::gui {

QString SyncProgressDialog::tableTitle(const QString& table)
{
    static const QHash<QString, const char*> kTitles{
        {QStringLiteral("users"), QT_TR_NOOP("users")},
        {QStringLiteral("groups"), QT_TR_NOOP("groups")},
        {QStringLiteral("group_members"), QT_TR_NOOP("group members")},
        {QStringLiteral("workflows"), QT_TR_NOOP("workflows")},
        {QStringLiteral("workflow_groups"), QT_TR_NOOP("workflows' groups")},
        {QStringLiteral("workflow_runs"), QT_TR_NOOP("workflow runs")},
        {QStringLiteral("workflow_run_users"), QT_TR_NOOP("workflow runs' users")},
        {QStringLiteral("security_keys"), QT_TR_NOOP("security keys")},
        {QStringLiteral("activations"), QT_TR_NOOP("activations")},
        {QStringLiteral("verifications"), QT_TR_NOOP("verifications")},
        {QStringLiteral("windows_logons"), QT_TR_NOOP("Windows logon arrangements")},
        {QStringLiteral("operators"), QT_TR_NOOP("operators")},
        {QStringLiteral("outbox"), QT_TR_NOOP("outbox")},
        {QStringLiteral("audit_events"), QT_TR_NOOP("audit log")},
    };
    const auto it = kTitles.constFind(table);
    return it == kTitles.cend() ? table : tr(*it);
}

SyncProgressDialog::SyncProgressDialog(net::DeskSync& sync, const QString& server, QWidget* parent)
    : QDialog(parent), m_sync(sync)
{
    setWindowTitle(tr("Copying from %1").arg(server));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("This desk keeps its own copy of what it shows, so that it stays quick and "
                                "readable when the network is not. The first copy takes a while; you can "
                                "stop it, and the next connection goes on where it stopped."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_what = new QLabel(tr("Asking the server what there is…"));
    layout->addWidget(m_what);
    m_bar = new QProgressBar;
    m_bar->setRange(0, 0); // busy until the counts are in
    layout->addWidget(m_bar);
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox;
    m_stop = buttons->addButton(tr("Stop"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &SyncProgressDialog::stop);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());

    connect(&sync, &net::DeskSync::progressed, this, &SyncProgressDialog::onProgress);
    connect(&sync, &net::DeskSync::synced, this, &SyncProgressDialog::onSynced);
    connect(&sync, &net::DeskSync::failed, this, &SyncProgressDialog::onFailed);
}

void SyncProgressDialog::onProgress(const SyncProgress& progress)
{
    m_problem->hide();
    const QLocale locale;
    if (progress.table.isEmpty()) {
        m_what->setText(
            tr("Applying the changes made meanwhile: %1 rows").arg(locale.toString(progress.changes)));
        return;
    }
    // QProgressBar counts in int: a million-row copy in thousands would do, rows keep it exact.
    m_bar->setRange(0, int(std::min<qint64>(progress.total, std::numeric_limits<int>::max())));
    m_bar->setValue(int(std::min<qint64>(progress.copied, m_bar->maximum())));
    m_what->setText(tr("Copying %1: %2 of %3 rows")
                        .arg(tableTitle(progress.table), locale.toString(progress.copied),
                             locale.toString(progress.total)));
}

void SyncProgressDialog::onSynced(const SyncOutcome& outcome)
{
    if (outcome.cancelled || m_sync.stopped()) {
        reject();
        return;
    }
    accept();
}

void SyncProgressDialog::onFailed(const QString& why)
{
    m_problem->setText(m_sync.link() == net::DeskSync::Link::SignedOut
                           ? tr("The server refused: %1").arg(why)
                           : tr("%1 — trying again in a moment.").arg(why));
    m_problem->show();
}

void SyncProgressDialog::stop()
{
    const bool wasRunning = m_sync.running();
    m_sync.stop();
    if (!wasRunning) {
        reject();
        return;
    }
    // The page under way is stored first; onSynced closes the dialog.
    m_stop->setEnabled(false);
    m_what->setText(tr("Stopping after this page…"));
}

} // namespace keydesk::gui
