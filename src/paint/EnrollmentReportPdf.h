// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "core/reports/ReportExport.h"

#include <QByteArray>

namespace keydesk::paint {

// The enrollment report as an A4 PDF in the application's language and direction: a ring chart
// of all enabled users with the table of its numbers, then every group as a row of a table with
// its own bar, over as many pages as the groups take (one row each, so never more than a page
// per group), each page numbered. Text needs fonts, so a QGuiApplication must exist (the offscreen
// platform will do); without one this fails with a sentence saying so.
Result<QByteArray> enrollmentReportPdf(const EnrollmentReport& report);

} // namespace keydesk::paint
