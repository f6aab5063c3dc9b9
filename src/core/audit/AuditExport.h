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
    Csv,      // RFC 4180, UTF-8, a header row; times UTC ISO 8601; details as compact JSON
    JsonLines // one auditJson() object a line
};
QString auditExportFormatName(AuditExportFormat format); // "csv", "jsonl"
std::optional<AuditExportFormat> auditExportFormatFromName(const QString& name);
QByteArray auditExportContentType(AuditExportFormat format);

// The header (CSV) and the events, in order. A CSV cell that a spreadsheet would run as a formula
// (it starts with =, +, -, @, a tab or a carriage return) is written with a leading apostrophe.
QByteArray auditExportHead(AuditExportFormat format);
QByteArray auditExportRows(AuditExportFormat format, const QList<AuditEvent>& events);

} // namespace keydesk
