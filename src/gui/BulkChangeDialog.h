// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/DeskChanges.h"
#include "core/keys/BulkKeyChange.h"

#include <QDialog>
#include <QThread>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace keydesk {
class KeyEnrollment;
}

namespace keydesk::gui {

class BulkKeyWorker;

// A bulk key change under way (All Keys' and All Users' selections): a progress bar, Cancel (the
// batches done stay done, the rest stay as they were), then what changed and every id skipped
// with its reason. Runs on a worker thread with its own connection, or on a team desk through
// the server in parts.
class BulkChangeDialog : public QDialog
{
    Q_OBJECT

public:
    BulkChangeDialog(BulkKeyRequest request, QWidget* parent = nullptr);
    ~BulkChangeDialog() override;

    void startLocal(const QString& databasePath, const Actor& by, std::optional<KeyEnrollment> enrollment);
    void startOnServer(const RemoteChanges& team);
    bool isRunning() const { return m_thread.isRunning() || m_cancelOnServer != nullptr; }
    // Once finished: what it did.
    const std::optional<Result<BulkKeyReport>>& outcome() const { return m_outcome; }

    // "Suspend 1,000 keys": what the change does to how many, as its buttons and title say it.
    static QString actionTitle(BulkKeyAction action);

Q_SIGNALS:
    void finished(); // the database changed: lists read again

protected:
    void reject() override;

private:
    void onProgress(qint64 done, qint64 total);
    void onFinished(const Result<BulkKeyReport>& outcome);
    void cancel();
    QString runningText() const;

    BulkKeyRequest m_request;
    QLabel* m_title = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_problems = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
    QThread m_thread;
    BulkKeyWorker* m_worker = nullptr;
    std::function<void()> m_cancelOnServer;
    std::optional<Result<BulkKeyReport>> m_outcome;
};

} // namespace keydesk::gui
