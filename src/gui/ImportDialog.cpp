// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ImportDialog.h"
#include "ui_ImportDialog.h"

#include "ImportWorker.h"

#include <QFileInfo>
#include <QLocale>
#include <QPushButton>

namespace keydesk::gui {

ImportDialog::ImportDialog(const QString& databasePath, const QString& actor, const QString& csvPath,
                           QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportDialog>())
{
    m_ui->setupUi(this);
    m_ui->fileLabel->setText(tr("Importing users from %1").arg(QFileInfo(csvPath).fileName()));
    m_ui->statusLabel->setText(tr("Reading the file…"));
    m_ui->problemsPlainTextEdit->hide();
    m_worker = new ImportWorker(databasePath, actor, csvPath);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &ImportWorker::run);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ImportWorker::progress, this, &ImportDialog::onProgress);
    connect(m_worker, &ImportWorker::finished, this, &ImportDialog::onFinished);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        m_worker->cancel();
        m_ui->cancelButton->setEnabled(false);
        m_ui->statusLabel->setText(tr("Cancelling; nothing will be changed…"));
    });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
}

ImportDialog::~ImportDialog()
{
    if (m_thread.isRunning()) {
        m_worker->cancel();
        m_thread.quit();
        m_thread.wait();
    }
}

void ImportDialog::start()
{
    m_thread.start();
}

void ImportDialog::reject()
{
    if (m_thread.isRunning() && m_ui->cancelButton->isEnabled()) {
        m_ui->cancelButton->click();
        return; // closes once the worker has rolled back
    }
    if (!m_thread.isRunning())
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
