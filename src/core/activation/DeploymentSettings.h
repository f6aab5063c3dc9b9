// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/Actor.h"

#include "base/Result.h"
#include "core/domain/SecurityKey.h"
#include "webauthn/Expectations.h"

#include <QList>
#include <QString>

#include <optional>

namespace keydesk {

class Store;

// The database settings an operator may change with `keydesk-cli settings set`: where phones
// reach the server, the relying party, and activation lifetimes. Each value is checked before
// it is written; an empty value means "the default".
struct DeploymentSetting
{
    QString key;
    QString description;
    QString defaultText;
};
QList<DeploymentSetting> deploymentSettings();

inline constexpr char kWorkflowIntervalKey[] = "workflows.interval_minutes";
// How often enabled workflows run while a console or `serve` is running (default 15 minutes).
Result<int> workflowIntervalMinutes(Store& store);

inline constexpr char kStaleKeyDaysKey[] = "overview.stale_key_days";
// After how many days without use or verification the Overview lists an active key as stale
// (default 90).
Result<int> staleKeyDays(Store& store);

inline constexpr char kDefaultUserVerificationKey[] = "keys.user_verification";
inline constexpr char kDefaultAttestationKey[] = "keys.attestation";
// The key settings a new key starts from (the wizards' defaults, `keys assign` without options):
// user verification required unless "preferred", attestation policy none unless set.
Result<KeySettings> defaultKeySettings(Store& store);

inline constexpr char kPolicyDeviceBoundKey[] = "policy.device_bound_only";
inline constexpr char kPolicyAuthenticatorsKey[] = "policy.authenticators";
inline constexpr char kPolicyAaguidsKey[] = "policy.aaguids";
inline constexpr char kPolicyTrustedAttestationKey[] = "policy.trusted_attestation_only";
// The deployment's key policy, checked by the relying party at every activation: device-bound
// keys only (true/false, default false), which authenticators — any (the default), allow or
// block — with the AAGUIDs the list names (space-separated), and trusted attestation only
// (true/false, default false). None when it asks for nothing.
Result<std::optional<webauthn::AuthenticatorPolicy>> authenticatorPolicy(Store& store);

// Checks `value` for `key` against the others as they are stored, then writes it, audited as
// `by`'s (who needs manage-settings).
Status setDeploymentSetting(Store& store, const Actor& by, const QString& key, const QString& value);

// Several settings at once, all or none, in one transaction, each checked against the others
// as they will be; on a refusal `refusedKey` names the setting refused.
Status setDeploymentSettings(Store& store, const Actor& by, const QList<std::pair<QString, QString>>& changes,
                             QString* refusedKey);

} // namespace keydesk
