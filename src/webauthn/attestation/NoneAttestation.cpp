// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AttestationFormat.h"

#include <QCoreApplication>

namespace {

// What this file says about a ceremony: catalogue entries and arguments, translated when read
// (base/Error.h), so a stored verdict holds no sentences.
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(NoneAttestation)
};

} // namespace

namespace keydesk::webauthn {

// §8.7: the statement is an empty map; nothing is attested.
std::optional<AttestationOutcome> verifyNoneAttestation(const AttestationInput& input, CheckList& checks)
{
    if (!input.statement.empty())
        return statementFailure(checks, Text::tr("attestation \"none\" must have an empty attStmt"));
    checks.pass(Check::AttestationStatement, Text::tr("no attestation (format none)"));
    return AttestationOutcome{AttestationType::None, {}};
}

} // namespace keydesk::webauthn
