// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "AuthenticatorData.h"
#include "CheckList.h"
#include "Expectations.h"

#include <optional>

namespace keydesk::webauthn {

// The authenticator data checks both ceremonies share: RpIdHash, UserPresent, UserVerified and
// BackupState (BS without BE; for an assertion also BE unchanged since registration, given as
// storedBackupEligible). False at the first failure.
bool verifyAuthenticatorFlags(const AuthenticatorData& data, const CeremonyExpectations& expected,
                              std::optional<bool> storedBackupEligible, CheckList& checks);

// The Extensions check: with ED, a CBOR map with text keys.
bool verifyExtensions(const AuthenticatorData& data, CheckList& checks);

} // namespace keydesk::webauthn
