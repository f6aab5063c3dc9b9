// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "Expectations.h"
#include "ResponseJson.h"
#include "Verdict.h"

namespace keydesk::webauthn {

// WebAuthn Level 3 §7.1 "Registering a New Credential": bytes in, verdict out. Thread-safe and
// free of side effects; storing the credential is the caller's business.
Verdict verifyRegistration(const QByteArray& registrationResponseJson,
                           const RegistrationExpectations& expected);
Verdict verifyRegistration(const RegistrationResponse& response, const RegistrationExpectations& expected);

} // namespace keydesk::webauthn
