// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// libFuzzer: a whole registration whose attestation object is the input: CBOR, authenticator
// data, COSE key, every attestation statement format, certificate chains.
#include "webauthn/RegistrationVerifier.h"

#include <QCryptographicHash>

#include <cstddef>
#include <cstdint>

using namespace keydesk::webauthn;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QByteArray clientData = QByteArrayLiteral(
        R"({"type":"webauthn.create","challenge":"QkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkI","origin":"https://keydesk.example","crossOrigin":false})");
    RegistrationResponse response;
    response.attestationObject = QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
    response.clientDataJson = clientData;
    // Take the credential id from where it would be, so parsing gets past the id check.
    if (size > 55) {
        const size_t idLength = std::min<size_t>(size_t(data[size / 2]) % 64, size);
        response.id = response.rawId = response.attestationObject.right(qsizetype(idLength));
    }
    RegistrationExpectations expected;
    expected.ceremony.challenge = QByteArray(32, 'B');
    expected.ceremony.rpId = QStringLiteral("keydesk.example");
    expected.ceremony.origins = {QStringLiteral("https://keydesk.example")};
    verifyRegistration(response, expected);
    return 0;
}
