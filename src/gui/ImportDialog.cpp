// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ImportDialog.h"
#include "ui_ImportDialog.h"

#include "ImportWorker.h"

#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QPushButton>

namespace keydesk::gui {

ImportDialog::ImportDialog(const QString& csvPath, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportDialog>()), m_csvPath(csvPath)
{
    m_ui->setupUi(this);
    m_ui->fileLabel->setText(tr("Importing users from %1").arg(QFileInfo(csvPath).fileName()));
    m_ui->statusLabel->setText(tr("Reading the file…"));
    m_ui->problemsPlainTextEdit->hide();
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
}

ImportDialog::~ImportDialog()
{
    if (m_thread.isRunning()) {
        m_worker->cancel();
        m_thread.quit();
        m_thread.wait();
    }
    // A file still being sent goes; one the server is importing is its to finish.
    if (m_cancelOnServer)
        m_cancelOnServer();
}

void ImportDialog::startLocal(const QString& databasePath, const QString& actor)
{
    m_worker = new ImportWorker(databasePath, actor, m_csvPath);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &ImportWorker::run);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ImportWorker::progress, this, &ImportDialog::onProgress);
    connect(m_worker, &ImportWorker::finished, this, &ImportDialog::onFinished);
    m_thread.start();
}

void ImportDialog::startOnServer(const RemoteChanges& team)
{
    m_onServer = true;
    m_ui->statusLabel->setText(tr("Sending the file to the server…"));
    const QPointer<ImportDialog> self(this);
    ImportReport report;
    report.sent = [self](qint64 sent, qint64 total) {
        if (!self)
            return;
        self->m_ui->importProgressBar->setMaximum(100);
        self->m_ui->importProgressBar->setValue(int(sent * 100 / std::max<qint64>(total, 1)));
        if (self->m_ui->cancelButton->isEnabled())
            self->m_ui->statusLabel->setText(
                tr("Sending the file to the server: %1 of %2")
                    .arg(QLocale().formattedDataSize(sent), QLocale().formattedDataSize(total)));
    };
    report.importing = [self] {
        if (!self)
            return;
        // The server's import is one transaction: it commits whole or not at all.
        self->m_ui->importProgressBar->setRange(0, 0);
        self->m_ui->cancelButton->setEnabled(false);
        self->m_ui->statusLabel->setText(tr("The server is importing the file…"));
    };
    report.done = [self](const Result<UserImportSummary>& outcome) {
        if (!self)
            return;
        self->m_onServer = false;
        self->m_cancelOnServer = nullptr;
        self->m_ui->importProgressBar->setRange(0, 1);
        self->onFinished(outcome.ok(), outcome ? ImportWorker::summary(outcome.value()) : outcome.error());
    };
    m_cancelOnServer = team.importUsers(m_csvPath, std::move(report));
}

void ImportDialog::cancel()
{
    if (m_worker)
        m_worker->cancel();
    else if (m_cancelOnServer && !m_cancelOnServer())
        return; // the server imports it already
    m_ui->cancelButton->setEnabled(false);
    m_ui->statusLabel->setText(tr("Cancelling; nothing will be changed…"));
}

void ImportDialog::reject()
{
    if (isRunning() && m_ui->cancelButton->isEnabled()) {
        m_ui->cancelButton->click();
        return; // closes once the worker has rolled back
    }
    if (!isRunning())
        QDialog::reject();
}

void ImportDialog::onProgress(qint64 done, qint64 total)
{
    m_ui->importProgressBar->setMaximum(int(std::max<qint64>(total, 1)));
    m_ui->importProgressBar->setValue(int(done));
    if (m_ui->cancelButton->isEnabled())
        m_ui->statusLabel->setText(
            tr("%1 of %2 rows").arg(QLocale().toString(done), QLocale().toString(total)));
}

void ImportDialog::onFinished(bool ok, const QString& message)
{
    m_thread.quit();
    m_thread.wait();
    m_succeeded = ok;
    m_ui->cancelButton->setEnabled(false);
    m_ui->closeButton->setEnabled(true);
    m_ui->closeButton->setDefault(true);
    if (ok) {
        m_ui->importProgressBar->setValue(m_ui->importProgressBar->maximum());
        m_ui->statusLabel->setText(message);
        Q_EMIT imported();
        return;
    }
    m_ui->statusLabel->setText(tr("The file was not imported; nothing was changed."));
    m_ui->problemsPlainTextEdit->setPlainText(message);
    m_ui->problemsPlainTextEdit->show();
}

} // namespace keydesk::gui
