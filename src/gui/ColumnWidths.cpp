// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ColumnWidths.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace keydesk::gui {

void setColumnWidths(QTableView* view, std::initializer_list<std::pair<int, int>> widths)
{
    QHeaderView* header = view->horizontalHeader();
    for (const auto& [column, width] : widths)
        view->setColumnWidth(column, std::max(width, header->sectionSizeHint(column)));
}

} // namespace keydesk::gui
