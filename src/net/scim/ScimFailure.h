// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "net/HttpReply.h"

#include <QString>

#include <variant>

namespace keydesk::net::scim {

// A refused SCIM request, answered in RFC 7644 §3.12's error format:
// {"schemas": [...Error], "status": "400", "scimType": "invalidFilter", "detail": "..."}.
struct ScimFailure
{
    int status = 400;
    QString scimType; // invalidFilter, invalidValue, invalidPath, uniqueness, ...; empty: none
    QString detail;

    HttpReply reply() const;
};

// A value, or why there is none.
template <typename T> using ScimResult = std::variant<T, ScimFailure>;

inline QByteArray scimContentType()
{
    return QByteArrayLiteral("application/scim+json");
}

} // namespace keydesk::net::scim
