// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "UserCsvImporter.h"
#include "core/domain/ImportUpload.h"

#include <QJsonObject>

namespace keydesk {

// An import's outcome as JSON, the same for `keydesk-cli users import --json` and the admin API:
// {dry_run, rows, created, updated, unchanged, memberships_added, groups_created, changes}.
QJsonObject importSummaryJson(const UserImportSummary& summary);
UserImportSummary importSummaryFromJson(const QJsonObject& json);

// An upload waiting for its parts: {id, name, size, sha256 (hex), part_bytes, parts, expires_at}.
QJsonObject importUploadJson(const ImportUpload& upload);

} // namespace keydesk
