// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "Verdict.h"

#include <type_traits>
#include <utility>

namespace keydesk::webauthn {

// Appends checks to a verdict; fail() returns false so a verifier can `return list.fail(...)`.
class CheckList
{
public:
    explicit CheckList(Verdict& verdict) : m_verdict(verdict) {}

    bool pass(Check check, Error detail)
    {
        m_verdict.checks.append({check, true, std::move(detail)});
        return true;
    }
    bool fail(Check check, Error detail)
    {
        m_verdict.checks.append({check, false, std::move(detail)});
        return false;
    }
    // Plain data (a digest, a flag list, a name) rather than a sentence.
    bool pass(Check check, QString data) { return pass(check, Error::text(std::move(data))); }
    bool fail(Check check, QString data) { return fail(check, Error::text(std::move(data))); }
    // Records the outcome of one check. The details may be strings or callables returning one;
    // callables are only run for the outcome that happened, which keeps the hot path cheap.
    template <typename Pass, typename Fail>
    bool expect(Check check, bool ok, Pass&& passDetail, Fail&& failDetail)
    {
        return ok ? pass(check, text(std::forward<Pass>(passDetail)))
                  : fail(check, text(std::forward<Fail>(failDetail)));
    }

    Verdict& verdict() { return m_verdict; }

private:
    template <typename T> static Error text(T&& detail)
    {
        if constexpr (std::is_invocable_v<T>)
            return text(detail());
        else if constexpr (std::is_same_v<std::decay_t<T>, Error>)
            return std::forward<T>(detail);
        else
            return Error::text(QString(std::forward<T>(detail)));
    }

    Verdict& m_verdict;
};

} // namespace keydesk::webauthn
