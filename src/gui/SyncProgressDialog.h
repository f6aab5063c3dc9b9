// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace keydesk {
struct SyncProgress;
struct SyncOutcome;
} // namespace keydesk

namespace keydesk::net {
class DeskSync;
}

namespace keydesk::gui {

// A desk's first sync with its team server (docs/team-mode.md): which table is being copied, how
// many rows of how many, and Stop — what was copied stays, and the next connection goes on from
// there. Accepted when the cache is whole; rejected when stopped.
class SyncProgressDialog : public QDialog
{
    Q_OBJECT

public:
    SyncProgressDialog(net::DeskSync& sync, const QString& server, QWidget* parent = nullptr);

    // A synced table as the desk names it ("security_keys": "security keys").
    static QString tableTitle(const QString& table);

private:
    void onProgress(const SyncProgress& progress);
    void onSynced(const SyncOutcome& outcome);
    void onFailed(const QString& why);
    void stop();

    net::DeskSync& m_sync;
    QLabel* m_what;
    QProgressBar* m_bar;
    QLabel* m_problem;
    QPushButton* m_stop;
};

} // namespace keydesk::gui
