// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "Error.h"

#include <optional>
#include <utility>

namespace keydesk {

// A value or an Error. No exceptions cross Qt code; callers check ok(), and cannot forget to.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    static Result failure(Error error)
    {
        Result r;
        r.m_error = std::move(error);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    // By value: `for (x : f().value())` must not iterate a destroyed temporary.
    T value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    // The failure as data (code and arguments) …
    const Error& cause() const { return m_error; }
    // … and as the reader reads it, in their language.
    QString error() const { return m_error.message(); }

private:
    Result() = default;
    std::optional<T> m_value;
    Error m_error;
};

// Result without a value: success, or an Error.
class [[nodiscard]] Status
{
public:
    Status() = default;
    static Status failure(Error error)
    {
        Status s;
        s.m_failed = true;
        s.m_error = std::move(error);
        return s;
    }
    template <typename T> static Status from(const Result<T>& r)
    {
        return r.ok() ? Status() : failure(r.cause());
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& cause() const { return m_error; }
    QString error() const { return m_error.message(); }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace keydesk
