// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "core/domain/KeyQuery.h"
#include "webauthn/Expectations.h"

#include <QList>
#include <QString>

#include <optional>

namespace keydesk {

class Store;

// Key policies beyond the deployment's (DeploymentSettings' authenticatorPolicy): a group's own,
// kept with the group as JSON, and the one policy a user's keys must pass — the deployment's and
// those of all their groups together, the strictest of each part winning.

// {"deviceBoundOnly": bool, "authenticators": "any"|"allow"|"block", "aaguids": ["<uuid>", ...],
//  "trustedAttestationOnly": bool (written only when true)}
QString keyPolicyJson(const webauthn::AuthenticatorPolicy& policy);
// The policy in `json`, or what is wrong with it; an allow-list of nothing is refused (it would
// refuse every phone).
Result<webauthn::AuthenticatorPolicy> keyPolicyFromJson(const QString& json);

// Whether it refuses anything at all (any authenticator, synced ones too, refuses nothing).
bool refusesAnything(const webauthn::AuthenticatorPolicy& policy);

// One policy refusing what any of `policies` refuses: device-bound if one is; allowed only what
// every allow-list allows; blocked what any block-list blocks.
webauthn::AuthenticatorPolicy strictestOf(const QList<webauthn::AuthenticatorPolicy>& policies);

// The policy `userId`'s new keys must pass; nullopt when none refuses anything.
Result<std::optional<webauthn::AuthenticatorPolicy>> keyPolicyForUser(Store& store, qint64 userId);

// Every policy in force and whose keys it covers (the deployment's: everyone's), for the
// Overview's count of active keys that break one.
Result<QList<KeyPolicyScope>> keyPolicyScopes(Store& store);

// Refused when a policy in force takes only keys with a trusted attestation while no trust
// anchors are set (attestation.trust_anchors): it would refuse every key. Checked whenever either
// changes, inside the change's transaction.
Status checkTrustedAttestationHasRoots(Store& store);

// For lists: "Device-bound keys only; allow-list of 3", "Any authenticator".
QString describeKeyPolicy(const webauthn::AuthenticatorPolicy& policy);

} // namespace keydesk
