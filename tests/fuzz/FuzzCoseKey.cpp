// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// libFuzzer: COSE_Key decoding, key construction and a signature check with the result.
#include "webauthn/CoseKey.h"
#include "webauthn/Signature.h"

#include <cstddef>
#include <cstdint>

using namespace keydesk::webauthn;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // The first byte splits the input: key bytes, then a signature to check.
    if (size < 1)
        return 0;
    const size_t keyLength = std::min<size_t>(data[0], size - 1);
    keydesk::Error error;
    const auto key = parseCoseKey(QByteArrayView(data + 1, qsizetype(keyLength)), &error);
    if (!key)
        return 0;
    const QByteArrayView signature(data + 1 + keyLength, qsizetype(size - 1 - keyLength));
    verifySignature(key->algorithm, key->key.get(), QByteArrayView("fuzz"), signature);
    return 0;
}
