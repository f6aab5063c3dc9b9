// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "ChangeFeed.h"

#include <QJsonObject>

namespace keydesk {

// The admin API's spelling of ChangeFeed's answers, written by the server and read by desks.
// Readers check the shape and say what is wrong; the rows' values are checked as they are stored.
QJsonObject syncHeadJson(const ChangeFeed::Head& head);
Result<ChangeFeed::Head> syncHeadFromJson(const QJsonObject& json);

QJsonObject changePageJson(const ChangePage& page);
Result<ChangePage> changePageFromJson(const QJsonObject& json);

QJsonObject tablePageJson(const TablePage& page);
Result<TablePage> tablePageFromJson(const QJsonObject& json);

} // namespace keydesk
