#pragma once

#include "Verdict.h"

namespace keydesk::webauthn {

// Appends checks to a verdict; fail() returns false so a verifier can `return list.fail(...)`.
class CheckList
{
public:
    explicit CheckList(Verdict& verdict) : m_verdict(verdict) {}

    bool pass(Check check, QString detail)
    {
        m_verdict.checks.append({check, true, std::move(detail)});
        return true;
    }
    bool fail(Check check, QString detail)
    {
        m_verdict.checks.append({check, false, std::move(detail)});
        return false;
    }
    bool expect(Check check, bool ok, QString passDetail, QString failDetail)
    {
        return ok ? pass(check, std::move(passDetail)) : fail(check, std::move(failDetail));
    }

    Verdict& verdict() { return m_verdict; }

private:
    Verdict& m_verdict;
};

} // namespace keydesk::webauthn
