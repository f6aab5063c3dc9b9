// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "Expectations.h"
#include "ResponseJson.h"
#include "Verdict.h"

namespace keydesk::webauthn {

// WebAuthn Level 3 §7.2 "Verifying an Authentication Assertion" against one stored credential.
// On success the verdict's credential carries the new sign count and flags to store.
Verdict verifyAuthentication(const QByteArray& authenticationResponseJson,
                             const AuthenticationExpectations& expected);
Verdict verifyAuthentication(const AuthenticationResponse& response,
                             const AuthenticationExpectations& expected);

} // namespace keydesk::webauthn
