// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AssertionExpectations.h"

namespace keydesk {

webauthn::AuthenticationExpectations
assertionExpectations(const EnrollmentConfig& config, const SecurityKey& key, const QByteArray& challenge,
                      const QByteArray& userHandle, bool requireUserVerification)
{
    webauthn::AuthenticationExpectations expected;
    expected.ceremony.challenge = challenge;
    expected.ceremony.rpId = config.rpId;
    expected.ceremony.origins = config.origins;
    expected.ceremony.requireUserVerification = requireUserVerification;
    expected.credential.id = key.credentialId;
    expected.credential.publicKeyCose = key.publicKeyCose;
    expected.credential.signCount = key.signCount;
    expected.credential.backupEligible = key.backupEligible;
    expected.credential.userHandle = userHandle;
    return expected;
}

} // namespace keydesk
