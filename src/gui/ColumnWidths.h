// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <initializer_list>
#include <utility>

class QTableView;

namespace keydesk::gui {

// Sets each {column, width}, but never narrower than the column's header text in the language in
// use: a German or Persian header is not clipped because English fitted.
void setColumnWidths(QTableView* view, std::initializer_list<std::pair<int, int>> widths);

} // namespace keydesk::gui
