// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "core/domain/SecurityKey.h"
#include "core/domain/User.h"
#include "core/domain/Verification.h"

#include <QString>

class QWidget;

namespace keydesk::gui {

class KeyServices;

// The receipt of a finished verification, with the key as it is now (stamped verified when the
// check passed) — the same for a verification just made and one reopened from the list. A team
// desk's is the team server's (its relying party made the checks); it fails when the server
// cannot give it.
Result<QString> verificationReceiptFor(KeyServices& services, const User& user, const SecurityKey& key,
                                       const Verification& verification);
// Saves a receipt (the file dialog of saveReceiptAs), or says why there is none.
void saveReceipt(QWidget* parent, const Result<QString>& html, qint64 id);

// Writes a receipt's HTML to `path`: as a PDF (one A4 page, through Qt's print support) when the
// name ends in ".pdf", else as the HTML itself. Atomic: a failed export leaves no half file.
Status exportReceipt(const QString& html, const QString& path);

// Export Receipt…: asks where (PDF or HTML, named after verification `id`), writes, says a failure.
void saveReceiptAs(QWidget* parent, const QString& html, qint64 id);

} // namespace keydesk::gui
