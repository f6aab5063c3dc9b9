// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QDialog>
#include <QThread>

#include <memory>

namespace Ui {
class ImportDialog;
}

namespace keydesk::gui {

class ImportWorker;

// Imports a CSV file on a worker thread: progress bar, cancel, and the outcome or every
// problem found. Nothing is changed unless the whole file goes in.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const QString& databasePath, const QString& actor, const QString& csvPath,
                 QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Starts the worker; the dialog stays open to show the result.
    void start();
    bool succeeded() const { return m_succeeded; }
    bool isRunning() const { return m_thread.isRunning(); }

Q_SIGNALS:
    void imported();

protected:
    void reject() override;

private:
    void onProgress(qint64 done, qint64 total);
    void onFinished(bool ok, const QString& message);

    std::unique_ptr<Ui::ImportDialog> m_ui;
    QThread m_thread;
    ImportWorker* m_worker = nullptr;
    bool m_succeeded = false;
};

} // namespace keydesk::gui
