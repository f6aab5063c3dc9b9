// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace keydesk::gui {

// Where to save a list (All Keys' selection, the Audit Log's filtered view) and as what: the
// file the operator chose, and whether the JSON filter was the one chosen (CSV otherwise).
struct ExportFile
{
    QString path;
    bool json = false;
};
std::optional<ExportFile> askCsvOrJsonFile(QWidget* parent, const QString& title);

} // namespace keydesk::gui
