// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/DeskChanges.h"

#include <QDialog>
#include <QThread>

#include <memory>

namespace Ui {
class ImportDialog;
}

namespace keydesk::gui {

class ImportWorker;

// Imports a CSV file into the open database on a worker thread, or on a team desk through the
// server: progress bar, cancel, and the outcome or every problem found. Nothing is changed unless
// the whole file goes in.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(const QString& csvPath, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // The dialog stays open to show the result.
    void startLocal(const QString& databasePath, const QString& actor);
    void startOnServer(const RemoteChanges& team);
    bool succeeded() const { return m_succeeded; }
    bool isRunning() const { return m_thread.isRunning() || m_onServer; }

Q_SIGNALS:
    void imported();

protected:
    void reject() override;

private:
    void onProgress(qint64 done, qint64 total);
    void onFinished(bool ok, const QString& message);
    void cancel();

    std::unique_ptr<Ui::ImportDialog> m_ui;
    QString m_csvPath;
    QThread m_thread;
    ImportWorker* m_worker = nullptr;
    // A team desk's import: cancels while the file is being sent; false once the server imports.
    std::function<bool()> m_cancelOnServer;
    bool m_onServer = false;
    bool m_succeeded = false;
};

} // namespace keydesk::gui
