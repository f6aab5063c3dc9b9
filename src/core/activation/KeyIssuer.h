// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "KeyEnrollment.h"
#include "core/keys/LostPhoneCase.h"

namespace keydesk {

// Assigning a key and (re)issuing its activation as the console's key screens do it: on a
// database the desk opened, KeyEnrollment with this desk's server's links (LocalKeyIssuer); on a
// team desk, the team server's admin API, whose links point at the server
// (net/RemoteChanges.h). Either answers with the link and code to show.
class KeyIssuer
{
public:
    virtual ~KeyIssuer() = default;
    // What the operator should know before an email is queued (it waits for Email Settings);
    // empty when nothing.
    virtual QString emailWaitsNote() const = 0;
    virtual Result<IssuedLink> assign(const User& user, const EnrollmentRequest& request) = 0;
    virtual Result<IssuedLink> reissue(qint64 keyId, ActivationMethod method) = 0;
    // The lost-phone case (core/keys/LostPhoneCase.h), and its undo.
    virtual Result<LostPhoneCase> lostPhone(const User& user, const LostPhoneRequest& request) = 0;
    virtual Result<PhoneFoundOutcome> phoneFound(const User& user, const QString& caseId) = 0;
};

class LocalKeyIssuer : public KeyIssuer
{
public:
    explicit LocalKeyIssuer(KeyEnrollment enrollment) : m_enrollment(std::move(enrollment)) {}
    QString emailWaitsNote() const override { return m_enrollment.emailWaitsNote(); }
    Result<IssuedLink> assign(const User& user, const EnrollmentRequest& request) override
    {
        return m_enrollment.assign(user, request);
    }
    Result<IssuedLink> reissue(qint64 keyId, ActivationMethod method) override
    {
        return m_enrollment.reissue(keyId, method);
    }
    Result<LostPhoneCase> lostPhone(const User& user, const LostPhoneRequest& request) override
    {
        return LostPhoneCases(m_enrollment.store(), m_enrollment.by()).open(user, request, &m_enrollment);
    }
    Result<PhoneFoundOutcome> phoneFound(const User& user, const QString& caseId) override
    {
        return LostPhoneCases(m_enrollment.store(), m_enrollment.by()).phoneFound(user, caseId);
    }

private:
    KeyEnrollment m_enrollment;
};

} // namespace keydesk
