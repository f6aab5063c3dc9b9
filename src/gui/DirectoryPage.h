// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/domain/DirectorySource.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace keydesk::gui {

class KeyServices;

// Where users come from besides the console: the directory sources (LDAP / Active Directory that
// KeyDesk reads, identity providers that push over SCIM), each with its last run; a source's runs
// with their counts, and a run's entry errors. Sync Now (changes since the last run), Full Sync
// (finds deletions) and Dry Run (lists what would change) for an LDAP source; its bind password
// goes to the keychain (docs/directory.md).
class DirectoryPage : public QWidget
{
    Q_OBJECT

public:
    explicit DirectoryPage(KeyServices& services, QWidget* parent = nullptr);

    void reload();
    // Selects the source of that id (if listed).
    void selectSource(qint64 sourceId);
    // The source selected, if any.
    std::optional<DirectorySource> selectedSource() const;

    // A run's counts as one line: "2 created, 1 updated, …", or "failed: why".
    static QString runResult(const DirectoryRun& run);

Q_SIGNALS:
    // A sync asked from this page ended (`message` is what the status line says).
    void syncFinished(bool ok, const QString& message);

private:
    void showRuns();
    void showErrors();
    void updateButtons();
    void sync(SyncMode mode, bool dryRun);
    void askBindPassword();

    KeyServices& m_services;
    QList<DirectorySource> m_sources;
    QList<DirectoryRun> m_runs;
    QTableWidget* m_sourcesTable = nullptr;
    QTableWidget* m_runsTable = nullptr;
    QTableWidget* m_errorsTable = nullptr;
    QPushButton* m_syncButton = nullptr;
    QPushButton* m_fullSyncButton = nullptr;
    QPushButton* m_dryRunButton = nullptr;
    QPushButton* m_passwordButton = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    bool m_syncing = false;
    QTimer m_poll;
};

} // namespace keydesk::gui
