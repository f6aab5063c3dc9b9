// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/Result.h"

#include <QString>

namespace keydesk::gui {

// Writes a receipt's HTML to `path`: as a PDF (one A4 page, through Qt's print support) when the
// name ends in ".pdf", else as the HTML itself. Atomic: a failed export leaves no half file.
Status exportReceipt(const QString& html, const QString& path);

} // namespace keydesk::gui
