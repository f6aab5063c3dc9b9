// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Error.h"

#include <optional>

class QAction;
class QWidget;

namespace keydesk::gui {

// A control that makes a change: enabled when its own rule allows it (`allowed`: a selection, the
// key's state) and the desk may make the change (`refusal` empty: Core::refusal(), the operator's
// role and the server's reach in team mode); otherwise disabled, the desk's reason as its tooltip
// so that the operator sees why. The control's own tooltip comes back when the reason goes.
void gateChange(QWidget* control, bool allowed, const std::optional<Error>& refusal);
void gateChange(QAction* control, bool allowed, const std::optional<Error>& refusal);
// The first refusal of several (a change that needs two permissions, or is a solo desk's only).
std::optional<Error> firstRefusal(std::initializer_list<std::optional<Error>> refusals);

} // namespace keydesk::gui
