// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "Verdict.h"

#include <QJsonObject>

namespace keydesk::webauthn {

// {"verified", "error", "detail", "checks": [{name, passed, detail}], "credential": {...}}; byte
// values in base64url. The CLI prints it; the enrollment server returns it.
QJsonObject verdictToJson(const Verdict& verdict);

} // namespace keydesk::webauthn
