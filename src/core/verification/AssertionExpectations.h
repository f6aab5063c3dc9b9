// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/activation/EnrollmentConfig.h"
#include "core/domain/SecurityKey.h"
#include "webauthn/Expectations.h"

namespace keydesk {

// What the relying party expects of an assertion by a stored key: this server's RP ID and
// origins, the ceremony's challenge, the key's credential (public key, counter, backup
// eligibility) and the user handle it was made for. Verifications and operators' sign-ins.
webauthn::AuthenticationExpectations
assertionExpectations(const EnrollmentConfig& config, const SecurityKey& key, const QByteArray& challenge,
                      const QByteArray& userHandle, bool requireUserVerification);

} // namespace keydesk
