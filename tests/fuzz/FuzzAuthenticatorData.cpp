// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// libFuzzer: authenticator data (fixed part, attested credential data, COSE key length,
// extensions) and the checks run on it.
#include "webauthn/AuthenticatorChecks.h"
#include "webauthn/AuthenticatorData.h"
#include "webauthn/CoseKey.h"

#include <cstddef>
#include <cstdint>

using namespace keydesk::webauthn;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    keydesk::Error error;
    const auto parsed = parseAuthenticatorData(QByteArrayView(data, qsizetype(size)), &error);
    if (!parsed)
        return 0;
    CeremonyExpectations expected;
    expected.rpId = QStringLiteral("keydesk.example");
    Verdict verdict;
    CheckList checks(verdict);
    verifyAuthenticatorFlags(*parsed, expected, size % 2 == 0, checks);
    verifyExtensions(*parsed, checks);
    if (parsed->hasAttestedCredential)
        parseCoseKey(parsed->credentialPublicKey, &error);
    return 0;
}
