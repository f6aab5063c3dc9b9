// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "DirectorySource.h"

#include <QJsonObject>

namespace keydesk {

// Directory sources and runs as the admin API sends them and keydesk-cli reads them back.
QJsonObject directorySourceJson(const DirectorySource& source);
DirectorySource directorySourceFromJson(const QJsonObject& json);
QJsonObject directoryRunJson(const DirectoryRun& run);
DirectoryRun directoryRunFromJson(const QJsonObject& json);

} // namespace keydesk
