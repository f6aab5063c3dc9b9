// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "TablePrinter.h"

namespace keydesk::cli {

void TablePrinter::print(QTextStream& out) const
{
    QList<qsizetype> widths;
    for (const QString& h : m_headers)
        widths << h.size();
    for (const QStringList& row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    const auto line = [&](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            QString cell = i < cells.size() ? cells[i] : QString();
            cell.replace(u'\n', u' ');
            text += i + 1 < widths.size() ? cell.leftJustified(widths[i]) + QStringLiteral("  ") : cell;
        }
        out << text << '\n';
    };
    line(m_headers);
    for (const QStringList& row : m_rows)
        line(row);
}

} // namespace keydesk::cli
