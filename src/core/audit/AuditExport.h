// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/domain/AuditEvent.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace keydesk {

enum class AuditExportFormat
{
    Csv,       // RFC 4180, UTF-8, a header row; times UTC ISO 8601; details as compact JSON
    JsonLines, // one auditJson() object a line
    Json,      // one array of auditJson() objects
};
QString auditExportFormatName(AuditExportFormat format); // "csv", "jsonl", "json"
std::optional<AuditExportFormat> auditExportFormatFromName(const QString& name);
QByteArray auditExportContentType(AuditExportFormat format);

// The header (CSV) and the events, in order. A CSV cell that a spreadsheet would run as a formula
// (it starts with =, +, -, @, a tab or a carriage return) is written with a leading apostrophe.
QByteArray auditExportHead(AuditExportFormat format);
QByteArray auditExportRows(AuditExportFormat format, const QList<AuditEvent>& events);
// Ends a file of head and rows (closes JSON's array).
void auditExportEnd(AuditExportFormat format, QByteArray& file);

} // namespace keydesk
