// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "core/Actor.h"
#include "core/activation/KeyEnrollment.h"

#include <QList>

#include <optional>

namespace keydesk {

class Store;

// What happens to the keys that may be on the lost phone.
enum class LostPhoneWithdrawal
{
    Suspend, // active keys suspended: undone if the phone is found
    Revoke,  // active and suspended keys revoked for good
};
QString lostPhoneWithdrawalName(LostPhoneWithdrawal w); // "suspend", "revoke"
std::optional<LostPhoneWithdrawal> lostPhoneWithdrawalFromName(const QString& name);

struct LostPhoneRequest
{
    LostPhoneWithdrawal withdrawal = LostPhoneWithdrawal::Suspend;
    QString reason;                              // required
    std::optional<ActivationMethod> replacement; // a new smartphone key: now, email; none: later
};

// One lost-phone case: what it withdrew and the replacement it issued.
struct LostPhoneCase
{
    QString caseId; // 16 hex digits, in every one of its audit events
    qint64 atMs = 0;
    LostPhoneWithdrawal withdrawal = LostPhoneWithdrawal::Suspend;
    QString reason;
    QList<qint64> withdrawnKeys; // suspended or revoked active (and suspended) keys
    QList<qint64> cancelledKeys; // pending smartphone keys revoked: their links may be on the phone
    std::optional<qint64> replacementKeyId;
    std::optional<IssuedLink> replacement; // as issued (the link and code, once)
};

struct PhoneFoundOutcome
{
    QList<qint64> resumedKeys;
    std::optional<qint64> revokedReplacement; // the replacement, still waiting for activation
    bool replacementKept = false;             // the replacement was activated already: it stays
};

// The lost-phone case of User Details > Security Keys: every smartphone key of the user that may
// be on the phone is withdrawn, a replacement is issued, and it is all one transaction and one
// case in the audit log (`key.lost-phone`, with the reason), beside each key's own event. If the
// phone is found, the latest suspending case is undone (`key.phone-found`): its keys resume and a
// replacement still waiting for activation is revoked.
class LostPhoneCases
{
public:
    LostPhoneCases(Store& store, Actor by) : m_store(store), m_by(std::move(by)) {}

    // `enrollment`: for the replacement (its links and mail identity).
    Result<LostPhoneCase> open(const User& user, const LostPhoneRequest& request, KeyEnrollment* enrollment);
    // The user's latest case that suspended keys and is not undone; none when there is none.
    Result<std::optional<LostPhoneCase>> undoableCaseOf(qint64 userId);
    Result<PhoneFoundOutcome> phoneFound(const User& user, const QString& caseId);

private:
    Store& m_store;
    Actor m_by;
};

} // namespace keydesk
