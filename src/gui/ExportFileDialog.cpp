// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ExportFileDialog.h"

#include <QCoreApplication>
#include <QFileDialog>

namespace keydesk::gui {

std::optional<ExportFile> askCsvOrJsonFile(QWidget* parent, const QString& title)
{
    const QString csv = QCoreApplication::translate("ExportFileDialog", "CSV (*.csv)");
    const QString json = QCoreApplication::translate("ExportFileDialog", "JSON (*.json)");
    QString chosen;
    const QString path =
        QFileDialog::getSaveFileName(parent, title, QString(), csv + QStringLiteral(";;") + json, &chosen);
    if (path.isEmpty())
        return std::nullopt;
    return ExportFile{path, chosen == json};
}

} // namespace keydesk::gui
