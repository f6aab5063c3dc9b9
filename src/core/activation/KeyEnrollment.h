// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "EnrollmentConfig.h"
#include "core/Actor.h"
#include "core/domain/IssuedKey.h"
#include "core/domain/SecurityKey.h"
#include "core/mail/ActivationEmail.h"

#include <optional>

namespace keydesk {

class Store;
class Transaction;

struct EnrollmentRequest
{
    KeyType type = KeyType::Smartphone;
    KeySettings settings;
    ActivationMethod method = ActivationMethod::Now;
    QString label;
};

// An activation ready to hand over: the link and code exist in clear only here.
struct IssuedLink
{
    SecurityKey key;
    Activation activation;
    QString link;
    QString manualCode;             // grouped 4-4
    std::optional<qint64> outboxId; // the queued activation email, for the email method
};

// Assigning keys and (re)issuing their activations, as the wizard and `keydesk-cli keys` do it:
// for the email method the activation email is queued in the outbox in the same transaction,
// so a key never exists without its email, nor an email without its key.
class KeyEnrollment
{
public:
    // `mail` unset: SMTP is not configured yet. Activation emails are queued all the same (as a
    // workflow's are): the outbox keeps them until Email Settings are complete.
    // `by`: the operator the keys are assigned and re-issued for (audited as).
    KeyEnrollment(Store& store, Actor by, EnrollmentConfig config, ActivationLifetimes lifetimes,
                  std::optional<MailIdentity> mail);

    // Why the email method cannot be used for this user (disabled, no address); empty when it can.
    static Error emailUnavailableReason(const User& user);
    // What the operator should know before queueing: email is not set up yet, so it will wait.
    QString emailWaitsNote() const;

    Result<IssuedLink> assign(const User& user, const EnrollmentRequest& request);
    Result<IssuedLink> reissue(qint64 keyId, ActivationMethod method);

    const EnrollmentConfig& config() const { return m_config; }
    Store& store() const { return m_store; }
    const Actor& by() const { return m_by; }
    // The same settings on another connection (a worker thread's).
    KeyEnrollment on(Store& store) const { return KeyEnrollment(store, m_by, m_config, m_lifetimes, m_mail); }

private:
    Result<std::optional<qint64>> queueEmail(const User& user, const IssuedActivation& issued,
                                             Transaction& tx);
    IssuedLink linkFor(const SecurityKey& key, const IssuedActivation& issued) const;
    // Queues the email for the email method, then commits `tx`.
    Result<IssuedLink> handOver(IssuedLink link, const User& user, const IssuedActivation& issued,
                                Transaction& tx);

    Store& m_store;
    Actor m_by;
    EnrollmentConfig m_config;
    ActivationLifetimes m_lifetimes;
    std::optional<MailIdentity> m_mail;
};

// Activation lifetimes from the database's settings ("activation.now_minutes", default 15, and
// "activation.email_days", default 7); a bad value is an error naming the setting.
Result<ActivationLifetimes> loadActivationLifetimes(Store& store);

} // namespace keydesk
