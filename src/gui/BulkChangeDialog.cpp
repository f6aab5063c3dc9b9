// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "BulkChangeDialog.h"

#include "BulkKeyWorker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace keydesk::gui {

namespace {
// Skipped ids listed one per line up to here; a count says the rest.
constexpr int kListedProblems = 200;
} // namespace

QString BulkChangeDialog::actionTitle(BulkKeyAction action)
{
    switch (action) {
    case BulkKeyAction::Suspend:
        return tr("Suspend Keys");
    case BulkKeyAction::Resume:
        return tr("Resume Keys");
    case BulkKeyAction::Revoke:
        return tr("Revoke Keys");
    case BulkKeyAction::ReissueByEmail:
        return tr("Send New Activation Emails");
    case BulkKeyAction::AssignByEmail:
        break;
    }
    return tr("Assign Smartphone Keys by Email");
}

BulkChangeDialog::BulkChangeDialog(BulkKeyRequest request, QWidget* parent)
    : QDialog(parent), m_request(std::move(request))
{
    setObjectName(QStringLiteral("bulkChangeDialog"));
    setWindowTitle(actionTitle(m_request.action));
    resize(560, 220);
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(runningText());
    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("bulkProgressBar"));
    m_progress->setAccessibleName(tr("Progress of the change"));
    m_progress->setRange(0, int(std::max<qsizetype>(m_request.ids.size(), 1)));
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_problems = new QPlainTextEdit;
    m_problems->setObjectName(QStringLiteral("problemsPlainTextEdit"));
    m_problems->setAccessibleName(tr("What was skipped, and why"));
    m_problems->setReadOnly(true);
    m_problems->hide();
    layout->addWidget(m_problems, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_close = new QPushButton(tr("Close"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setEnabled(false);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &BulkChangeDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
}

BulkChangeDialog::~BulkChangeDialog()
{
    if (m_thread.isRunning()) {
        m_worker->cancel();
        m_thread.quit();
        m_thread.wait();
    }
    if (m_cancelOnServer)
        m_cancelOnServer();
}

QString BulkChangeDialog::runningText() const
{
    const QString n = QLocale().toString(m_request.ids.size());
    switch (m_request.action) {
    case BulkKeyAction::Suspend:
        return tr("Suspending %1 keys…").arg(n);
    case BulkKeyAction::Resume:
        return tr("Resuming %1 keys…").arg(n);
    case BulkKeyAction::Revoke:
        return tr("Revoking %1 keys…").arg(n);
    case BulkKeyAction::ReissueByEmail:
        return tr("Sending new activation emails for %1 keys…").arg(n);
    case BulkKeyAction::AssignByEmail:
        break;
    }
    return tr("Assigning smartphone keys by email to %1 users…").arg(n);
}

void BulkChangeDialog::startLocal(const QString& databasePath, const Actor& by,
                                  std::optional<KeyEnrollment> enrollment)
{
    m_worker = new BulkKeyWorker(databasePath, by, m_request, std::move(enrollment));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &BulkKeyWorker::run);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &BulkKeyWorker::progress, this, &BulkChangeDialog::onProgress);
    connect(m_worker, &BulkKeyWorker::finished, this, [this] {
        const Result<BulkKeyReport> outcome = m_worker->outcome();
        m_thread.quit();
        m_thread.wait();
        m_worker = nullptr;
        onFinished(outcome);
    });
    m_thread.start();
}

void BulkChangeDialog::startOnServer(const RemoteChanges& team)
{
    const QPointer<BulkChangeDialog> self(this);
    BulkReportTo report;
    report.progress = [self](qint64 done, qint64 total) {
        if (self)
            self->onProgress(done, total);
    };
    report.done = [self](const Result<BulkKeyReport>& outcome) {
        if (!self)
            return;
        self->m_cancelOnServer = nullptr;
        self->onFinished(outcome);
    };
    m_cancelOnServer = team.changeKeysInBulk(m_request, std::move(report));
}

void BulkChangeDialog::onProgress(qint64 done, qint64 total)
{
    m_progress->setValue(int(done));
    if (m_cancel->isEnabled())
        m_status->setText(tr("%1 of %2 done").arg(QLocale().toString(done), QLocale().toString(total)));
}

void BulkChangeDialog::onFinished(const Result<BulkKeyReport>& outcome)
{
    m_outcome = outcome;
    m_cancel->setEnabled(false);
    m_close->setEnabled(true);
    m_close->setDefault(true);
    m_close->setFocus();
    const QLocale locale;
    if (!outcome) {
        m_title->setText(tr("The change stopped: %1").arg(outcome.error()));
        m_status->setText(tr("The batches before the error are done; the others are as they were."));
    } else {
        const BulkKeyReport& r = outcome.value();
        const QString changed = locale.toString(r.changed);
        const QString skipped = locale.toString(r.skipped.size());
        m_title->setText(
            r.skipped.isEmpty()
                ? tr("%1 changed.").arg(changed)
                : tr("%1 changed, %2 skipped (listed below with the reason).").arg(changed, skipped));
        m_status->setText(r.cancelled ? tr("Cancelled after %1 of %2: those are done, the others are as they "
                                           "were.")
                                            .arg(locale.toString(m_progress->value()),
                                                 locale.toString(m_request.ids.size()))
                                      : tr("Each change is in the audit log."));
        if (!r.cancelled)
            m_progress->setValue(m_progress->maximum());
        if (!r.skipped.isEmpty()) {
            QStringList lines;
            for (qsizetype i = 0; i < std::min<qsizetype>(r.skipped.size(), kListedProblems); ++i)
                lines << r.skipped.at(i).second.message();
            if (r.skipped.size() > kListedProblems)
                lines << tr("… and %1 more.").arg(locale.toString(r.skipped.size() - kListedProblems));
            m_problems->setPlainText(lines.join(u'\n'));
            m_problems->show();
            resize(width(), std::max(height(), 420)); // room for the list
        }
    }
    Q_EMIT finished();
}

void BulkChangeDialog::cancel()
{
    m_cancel->setEnabled(false);
    m_status->setText(tr("Stopping after the batch under way…"));
    if (m_worker)
        m_worker->cancel();
    if (m_cancelOnServer)
        m_cancelOnServer();
}

void BulkChangeDialog::reject()
{
    // Escape while it runs cancels; once it ended, it closes.
    if (isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

} // namespace keydesk::gui
