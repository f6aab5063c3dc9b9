// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/domain/SecurityKey.h"

#include <QJsonObject>

namespace keydesk {

class AuthenticatorNames;

// A security key and its latest activation as JSON, the same for `keydesk-cli --json` and the
// admin API: the credential (base64url id and COSE key, algorithm, AAGUID and the
// authenticator's name from `names`, flags, attestation) once activated. No secret is part of it.
QJsonObject keyJson(const SecurityKeyRow& row, const AuthenticatorNames& names);

// The same read back from an admin API answer. The credential's names (authenticator, algorithm)
// stay in the JSON; what the JSON leaves out stays default.
SecurityKeyRow keyRowFromJson(const QJsonObject& json);

} // namespace keydesk
