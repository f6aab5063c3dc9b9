// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace keydesk::cli {

// Plain-text table for terminals: a header row, columns padded to their widest cell.
class TablePrinter
{
public:
    explicit TablePrinter(QStringList headers) : m_headers(std::move(headers)) {}
    void addRow(QStringList cells) { m_rows.append(std::move(cells)); }
    void print(QTextStream& out) const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace keydesk::cli
