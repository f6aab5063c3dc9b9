// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// libFuzzer: clientDataJSON parsing and the client data checks.
#include "webauthn/ClientData.h"

#include <cstddef>
#include <cstdint>

using namespace keydesk::webauthn;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    keydesk::Error error;
    const auto parsed = parseClientData(json, &error);
    if (!parsed)
        return 0;
    CeremonyExpectations expected;
    expected.challenge = QByteArray(32, '\x42');
    expected.origins = {QStringLiteral("https://keydesk.example")};
    expected.allowCrossOrigin = size % 2;
    expected.topOrigins = {QStringLiteral("https://portal.example")};
    Verdict verdict;
    CheckList checks(verdict);
    verifyClientData(*parsed, u"webauthn.create", expected, checks);
    return 0;
}
