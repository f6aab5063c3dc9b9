// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "OverviewService.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace keydesk {

// The Overview's figures as files: `keydesk-cli reports` and the page's Export… write the same.
enum class ReportFormat
{
    Csv,  // RFC 4180, UTF-8, a header row; times UTC ISO 8601
    Json, // one document
};
std::optional<ReportFormat> reportFormatFromName(const QString& name); // "csv", "json"

// Enabled users by enrollment: all of them, then each group.
struct EnrollmentReport
{
    qint64 asOfMs = 0;
    EnrollmentCounts overall;
    qint64 disabledUsers = 0;
    QList<GroupEnrollment> groups;
};
// Read now through `overview`: every group, or only `onlyGroups`.
Result<EnrollmentReport> readEnrollmentReport(OverviewService& overview, qint64 asOfMs,
                                              const QList<qint64>& onlyGroups = {});
// As CSV or JSON; the PDF is drawn by keydesk_paint (enrollmentReportPdf).
QByteArray enrollmentReportFile(const EnrollmentReport& report, ReportFormat format);

// Keys with their owners (stale keys, expiring links): `kind` names the report in JSON.
QByteArray keyReportFile(const QString& kind, qint64 asOfMs, const QList<KeyListRow>& rows,
                         ReportFormat format);

} // namespace keydesk
