// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/users/DirectorySync.h"

#include <QDialog>

class QTableWidget;

namespace keydesk::gui {

// What a directory sync did, or (a dry run) would do: every change (entry, action, details) and
// every entry it could not take, with the run's counts above them.
class DirectorySyncReportDialog : public QDialog
{
    Q_OBJECT

public:
    DirectorySyncReportDialog(const QString& sourceName, const DirectorySyncReport& report,
                              QWidget* parent = nullptr);

    QTableWidget* changesTable() const { return m_changes; }
    QTableWidget* errorsTable() const { return m_errors; }

    // How an action reads in the list: "create" -> "create user", "join" -> "join group", …
    static QString actionText(const QString& action);

private:
    QTableWidget* m_changes = nullptr;
    QTableWidget* m_errors = nullptr;
};

} // namespace keydesk::gui
