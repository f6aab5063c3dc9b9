// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// libFuzzer: RegistrationResponseJSON and AuthenticationResponseJSON parsing end to end.
#include "webauthn/AuthenticationVerifier.h"
#include "webauthn/RegistrationVerifier.h"

#include <cstddef>
#include <cstdint>

using namespace keydesk::webauthn;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    RegistrationExpectations registration;
    registration.ceremony.challenge = QByteArray(32, 'B');
    registration.ceremony.rpId = QStringLiteral("keydesk.example");
    registration.ceremony.origins = {QStringLiteral("https://keydesk.example")};
    verifyRegistration(json, registration);
    AuthenticationExpectations authentication;
    authentication.ceremony = registration.ceremony;
    // An ES256 key, so assertions that get far enough reach the signature check.
    authentication.credential.publicKeyCose = QByteArray::fromBase64(
        "pQECAyYgASFYIK_voW-XypstI-uGzLZAmNINuQhWBi6yScM6m2cvJt9hIlggkwpWuHovymYzSwNFir-"
        "HlxfBLMaO1zKQry4mZHlrkiA",
        QByteArray::Base64UrlEncoding);
    authentication.credential.id = QByteArray(32, '\x01');
    verifyAuthentication(json, authentication);
    return 0;
}
