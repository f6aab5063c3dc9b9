// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "KeyEnrollment.h"

#include "core/keys/KeyLifecycle.h"
#include "core/store/Store.h"

#include <QCoreApplication>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(KeyEnrollment)
};

} // namespace

namespace keydesk {

KeyEnrollment::KeyEnrollment(Store& store, Actor by, EnrollmentConfig config, ActivationLifetimes lifetimes,
                             std::optional<MailIdentity> mail)
    : m_store(store), m_by(std::move(by)), m_config(std::move(config)), m_lifetimes(lifetimes),
      m_mail(std::move(mail))
{}

Error KeyEnrollment::emailUnavailableReason(const User& user)
{
    if (!user.enabled)
        return Text::tr("The user is disabled.");
    if (user.email.trimmed().isEmpty())
        return Text::tr("The user has no email address.");
    return {};
}

QString KeyEnrollment::emailWaitsNote() const
{
    return m_mail ? QString()
                  : QCoreApplication::translate("KeyEnrollment",
                                                "Email is not set up yet: the activation email waits in the "
                                                "outbox and goes out once Email Settings are complete.");
}

IssuedLink KeyEnrollment::linkFor(const SecurityKey& key, const IssuedActivation& issued) const
{
    IssuedLink link;
    link.key = key;
    link.activation = issued.activation;
    link.link = m_config.activationLink(issued.secrets.token);
    link.manualCode = groupManualCode(issued.secrets.manualCode);
    return link;
}

Result<std::optional<qint64>> KeyEnrollment::queueEmail(const User& user, const IssuedActivation& issued,
                                                        Transaction& tx)
{
    ActivationEmailData data;
    data.name = user.displayName;
    data.email = user.email;
    data.link = m_config.activationLink(issued.secrets.token);
    data.manualCode = groupManualCode(issued.secrets.manualCode);
    data.expiresAtMs = issued.activation.expiresAtMs;
    // Rendered by the sender; the Message-ID is fixed now so that every retry carries it.
    // Without SMTP yet, the defaults a workflow uses too; the sender renders with its own identity.
    const MailIdentity identity = m_mail.value_or(MailIdentity{});
    return m_store.outbox().enqueue(activationEmailKey(issued.activation.id), user.email,
                                    activationEmailSubject(identity.language, false), {},
                                    makeMessageId(messageIdDomain(identity)), tx, data.toPayload());
}

Result<IssuedLink> KeyEnrollment::assign(const User& user, const EnrollmentRequest& request)
{
    using R = Result<IssuedLink>;
    if (request.method == ActivationMethod::Email) {
        if (Error why = emailUnavailableReason(user); !why.isEmpty())
            return R::failure(why);
    }
    Transaction tx(m_store.database());
    if (!tx.status())
        return R::failure(tx.status().cause());
    auto assigned = KeyLifecycle(m_store).assign(m_by, user, request.type, request.settings, request.method,
                                                 request.label, m_lifetimes);
    if (!assigned)
        return R::failure(assigned.cause());
    return handOver(linkFor(assigned->key, assigned->issued), user, assigned->issued, tx);
}

Result<IssuedLink> KeyEnrollment::handOver(IssuedLink link, const User& user, const IssuedActivation& issued,
                                           Transaction& tx)
{
    if (link.activation.method == ActivationMethod::Email) {
        auto queued = queueEmail(user, issued, tx);
        if (!queued)
            return Result<IssuedLink>::failure(queued.cause());
        link.outboxId = queued.value();
    }
    if (Status s = tx.commit(); !s)
        return Result<IssuedLink>::failure(s.cause());
    return link;
}

Result<IssuedLink> KeyEnrollment::reissue(qint64 keyId, ActivationMethod method)
{
    using R = Result<IssuedLink>;
    auto row = m_store.keys().findById(keyId);
    if (!row)
        return R::failure(row.cause());
    if (!row.value())
        return R::failure(Error(ErrorCode::KeyNotFound, {QString::number(keyId)}));
    auto user = m_store.users().findById(row.value()->key.userId);
    if (!user)
        return R::failure(user.cause());
    if (!user.value())
        return R::failure(Text::tr("the key's user is gone"));
    if (method == ActivationMethod::Email) {
        if (Error why = emailUnavailableReason(*user.value()); !why.isEmpty())
            return R::failure(why);
    }
    // The new link and its email commit together, or neither does.
    Transaction tx(m_store.database());
    if (!tx.status())
        return R::failure(tx.status().cause());
    auto issued = KeyLifecycle(m_store).reissue(m_by, keyId, method, m_lifetimes);
    if (!issued)
        return R::failure(issued.cause());
    SecurityKey key = row.value()->key;
    key.status = KeyStatus::Pending;
    return handOver(linkFor(key, issued.value()), *user.value(), issued.value(), tx);
}

Result<ActivationLifetimes> loadActivationLifetimes(Store& store)
{
    using R = Result<ActivationLifetimes>;
    ActivationLifetimes lifetimes;
    const struct
    {
        const char* key;
        qint64 unitMs;
        qint64 maxUnits;
        qint64* target;
    } entries[] = {{"activation.now_minutes", 60'000, 24 * 60, &lifetimes.nowMs},
                   {"activation.email_days", 24 * 3'600'000LL, 90, &lifetimes.emailMs}};
    for (const auto& e : entries) {
        auto text = store.setting(QString::fromLatin1(e.key));
        if (!text)
            return R::failure(text.cause());
        if (text->isEmpty())
            continue;
        bool ok = false;
        const qint64 units = text->toLongLong(&ok);
        if (!ok || units < 1 || units > e.maxUnits)
            return R::failure(Text::tr("setting %1: \"%2\" must be a whole number from 1 to %3")
                                  .arg(QLatin1String(e.key), text.value())
                                  .arg(e.maxUnits));
        *e.target = units * e.unitMs;
    }
    return lifetimes;
}

} // namespace keydesk
