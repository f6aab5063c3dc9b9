// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/domain/Verification.h"

#include <QJsonObject>

namespace keydesk {

// A verification (test-mode sign-in) as JSON, the same for `keydesk-cli --json` and the admin
// API: its state at `nowMs`, who started it, and once answered the verdict with every check.
QJsonObject verificationJson(const Verification& verification, qint64 nowMs);

} // namespace keydesk
