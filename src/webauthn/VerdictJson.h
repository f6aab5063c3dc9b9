// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "Verdict.h"

#include <QJsonObject>

namespace keydesk::webauthn {

// {"verified", "error", "detail", "checks": [{name, passed, detail}], "credential": {...}}; byte
// values in base64url. The CLI prints it; the enrollment server returns it.
QJsonObject verdictToJson(const Verdict& verdict);
// Each detail is there twice: "detail", said now in the current language (for API clients and
// the CLI), and "detailCode", the catalogue entry and arguments (base/Error.h toJson).

// What is kept of a verdict: the codes, no sentences ("detail" removed at every level).
QJsonObject verdictForStorage(QJsonObject verdictJson);
// A check's (or a verdict's failure) detail in the reader's language, from its code; the stored
// text for verdicts kept before codes.
QString detailOf(const QJsonObject& checkOrVerdict);

} // namespace keydesk::webauthn
