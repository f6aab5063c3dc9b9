// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "LostPhoneCase.h"

#include "KeyLifecycle.h"
#include "core/ServiceCall.h"
#include "core/activation/DeploymentSettings.h"
#include "core/audit/AuditTrail.h"
#include "core/domain/DirectoryJson.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace keydesk {

namespace {

struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(LostPhoneCases)
};

const QString kLostAction = QStringLiteral("key.lost-phone");
const QString kFoundAction = QStringLiteral("key.phone-found");

// The user's newest event of `action`, if any.
Result<std::optional<AuditEvent>> newestOf(Store& store, const QString& action, qint64 userId)
{
    AuditQuery query;
    query.action = action;
    query.targetType = QStringLiteral("user");
    query.targetId = userId;
    auto events = AuditTrail(store).page(query, 0, 1);
    if (!events)
        return Result<std::optional<AuditEvent>>::failure(events.cause());
    return events->isEmpty() ? std::nullopt : std::optional<AuditEvent>(events->first());
}

} // namespace

QString lostPhoneWithdrawalName(LostPhoneWithdrawal w)
{
    return w == LostPhoneWithdrawal::Suspend ? QStringLiteral("suspend") : QStringLiteral("revoke");
}

std::optional<LostPhoneWithdrawal> lostPhoneWithdrawalFromName(const QString& name)
{
    if (name == QLatin1String("suspend"))
        return LostPhoneWithdrawal::Suspend;
    if (name == QLatin1String("revoke"))
        return LostPhoneWithdrawal::Revoke;
    return std::nullopt;
}

Result<LostPhoneCase> LostPhoneCases::open(const User& user, const LostPhoneRequest& request,
                                           KeyEnrollment* enrollment)
{
    using R = Result<LostPhoneCase>;
    if (Status allowed = m_by.check(Permission::HandleKeys); !allowed)
        return R::failure(allowed.cause());
    const QString reason = request.reason.trimmed();
    if (reason.isEmpty())
        return R::failure(Text::tr("a reason is required for a lost-phone case"));
    if (request.replacement && !enrollment)
        return R::failure(Text::tr("issuing activation links needs the enrollment server's settings"));
    auto keys = KeyLifecycle(m_store).listForUser(user.id);
    if (!keys)
        return R::failure(keys.cause());
    LostPhoneCase c;
    c.withdrawal = request.withdrawal;
    c.reason = reason;
    for (const SecurityKeyRow& row : keys.value()) {
        if (row.key.type != KeyType::Smartphone)
            continue;
        const KeyStatus s = row.key.status;
        if (s == KeyStatus::Active ||
            (s == KeyStatus::Suspended && c.withdrawal == LostPhoneWithdrawal::Revoke))
            c.withdrawnKeys << row.key.id;
        else if (s == KeyStatus::Pending)
            c.cancelledKeys << row.key.id;
    }
    if (c.withdrawnKeys.isEmpty() && c.cancelledKeys.isEmpty())
        return R::failure(
            Text::tr("%1 has no smartphone key that could be on the lost phone").arg(user.email));
    c.caseId = QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, u'0');
    c.atMs = m_store.clock().nowMs();
    return serviceCall(m_store, m_by, Permission::HandleKeys, [&]() -> R {
        KeyLifecycle lifecycle(m_store);
        for (qint64 id : c.withdrawnKeys) {
            const Status s = c.withdrawal == LostPhoneWithdrawal::Suspend
                                 ? lifecycle.suspend(m_by, id, reason)
                                 : lifecycle.revoke(m_by, id, reason);
            if (!s)
                return R::failure(s.cause());
        }
        // A link waiting on the phone (an email, an open page) must not activate for whoever has it.
        for (qint64 id : c.cancelledKeys) {
            if (Status s = lifecycle.revoke(m_by, id, reason); !s)
                return R::failure(s.cause());
        }
        if (request.replacement) {
            auto defaults = defaultKeySettings(m_store);
            if (!defaults)
                return R::failure(defaults.cause());
            EnrollmentRequest replacement;
            replacement.type = KeyType::Smartphone;
            replacement.settings = defaults.value();
            replacement.method = *request.replacement;
            auto issued = enrollment->assign(user, replacement);
            if (!issued)
                return R::failure(issued.cause());
            c.replacementKeyId = issued->key.id;
            c.replacement = issued.value();
        }
        QJsonObject details{{QStringLiteral("case_id"), c.caseId},
                            {QStringLiteral("reason"), reason},
                            {QStringLiteral("withdrawal"), lostPhoneWithdrawalName(c.withdrawal)},
                            {QStringLiteral("key_ids"), idsJson(c.withdrawnKeys)},
                            {QStringLiteral("cancelled_key_ids"), idsJson(c.cancelledKeys)}};
        if (c.replacementKeyId) {
            details.insert(QStringLiteral("replacement_key_id"), *c.replacementKeyId);
            details.insert(QStringLiteral("replacement_method"), activationMethodName(*request.replacement));
        }
        if (Status s =
                m_store.audit().append(kLostAction, QStringLiteral("user"), user.id, user.email, details);
            !s)
            return R::failure(s.cause());
        return c;
    });
}

Result<std::optional<LostPhoneCase>> LostPhoneCases::undoableCaseOf(qint64 userId)
{
    using R = Result<std::optional<LostPhoneCase>>;
    auto lost = newestOf(m_store, kLostAction, userId);
    if (!lost)
        return R::failure(lost.cause());
    if (!lost.value())
        return std::optional<LostPhoneCase>();
    const QJsonObject d = lost.value()->details;
    LostPhoneCase c;
    c.caseId = d.value(QStringLiteral("case_id")).toString();
    c.atMs = lost.value()->atMs;
    c.reason = d.value(QStringLiteral("reason")).toString();
    c.withdrawal = lostPhoneWithdrawalFromName(d.value(QStringLiteral("withdrawal")).toString())
                       .value_or(LostPhoneWithdrawal::Revoke);
    c.withdrawnKeys = idsFromJson(d.value(QStringLiteral("key_ids")));
    c.cancelledKeys = idsFromJson(d.value(QStringLiteral("cancelled_key_ids")));
    if (const QJsonValue r = d.value(QStringLiteral("replacement_key_id")); r.isDouble())
        c.replacementKeyId = r.toInteger();
    // Revoked keys stay revoked: only a suspending case has something to undo.
    if (c.withdrawal != LostPhoneWithdrawal::Suspend)
        return std::optional<LostPhoneCase>();
    auto found = newestOf(m_store, kFoundAction, userId);
    if (!found)
        return R::failure(found.cause());
    if (found.value() && found.value()->details.value(QStringLiteral("case_id")).toString() == c.caseId)
        return std::optional<LostPhoneCase>();
    return std::optional<LostPhoneCase>(c);
}

Result<PhoneFoundOutcome> LostPhoneCases::phoneFound(const User& user, const QString& caseId)
{
    using R = Result<PhoneFoundOutcome>;
    if (Status allowed = m_by.check(Permission::HandleKeys); !allowed)
        return R::failure(allowed.cause());
    auto open = undoableCaseOf(user.id);
    if (!open)
        return R::failure(open.cause());
    if (!open.value() || open.value()->caseId != caseId)
        return R::failure(Text::tr("%1 has no lost-phone case %2 to undo").arg(user.email, caseId));
    const LostPhoneCase& c = *open.value();
    return serviceCall(m_store, m_by, Permission::HandleKeys, [&]() -> R {
        KeyLifecycle lifecycle(m_store);
        PhoneFoundOutcome outcome;
        for (qint64 id : c.withdrawnKeys) {
            auto row = lifecycle.findById(id);
            if (!row)
                return R::failure(row.cause());
            // A key revoked or deleted since stays as it is.
            if (!row.value() || row.value()->key.status != KeyStatus::Suspended)
                continue;
            if (Status s = lifecycle.resume(m_by, id); !s)
                return R::failure(s.cause());
            outcome.resumedKeys << id;
        }
        if (c.replacementKeyId) {
            auto row = lifecycle.findById(*c.replacementKeyId);
            if (!row)
                return R::failure(row.cause());
            if (row.value() && row.value()->key.status == KeyStatus::Active) {
                outcome.replacementKept = true;
            } else if (row.value() && row.value()->key.status != KeyStatus::Revoked) {
                const QString why = Text::tr("the phone was found (case %1)").arg(c.caseId).message();
                if (Status s = lifecycle.revoke(m_by, *c.replacementKeyId, why); !s)
                    return R::failure(s.cause());
                outcome.revokedReplacement = c.replacementKeyId;
            }
        }
        QJsonObject details{{QStringLiteral("case_id"), c.caseId},
                            {QStringLiteral("resumed_key_ids"), idsJson(outcome.resumedKeys)},
                            {QStringLiteral("replacement_kept"), outcome.replacementKept}};
        if (outcome.revokedReplacement)
            details.insert(QStringLiteral("revoked_replacement_key_id"), *outcome.revokedReplacement);
        if (Status s =
                m_store.audit().append(kFoundAction, QStringLiteral("user"), user.id, user.email, details);
            !s)
            return R::failure(s.cause());
        return outcome;
    });
}

} // namespace keydesk
