// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AttestationFormat.h"

#include <QCoreApplication>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(NoneAttestation)
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
