// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QString>

namespace keydesk::gui {

// Light or dark colours for the whole console: "light" and "dark" use the Fusion style with a
// palette of their own (readable on any desktop), "system" leaves the desktop's style and colours.
void applyAppearance(const QString& mode);

} // namespace keydesk::gui
