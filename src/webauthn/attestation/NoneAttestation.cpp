#include "AttestationFormat.h"

namespace keydesk::webauthn {

// §8.7: the statement is an empty map; nothing is attested.
std::optional<AttestationOutcome> verifyNoneAttestation(const AttestationInput& input, CheckList& checks)
{
    if (!input.statement.empty())
        return statementFailure(checks, QStringLiteral("attestation \"none\" must have an empty attStmt"));
    checks.pass(Check::AttestationStatement, QStringLiteral("no attestation (format none)"));
    return AttestationOutcome{AttestationType::None, {}};
}

} // namespace keydesk::webauthn
