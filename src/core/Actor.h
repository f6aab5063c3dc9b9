// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "core/domain/Operator.h"
#include "core/domain/Permission.h"

#include <QString>

#include <optional>

namespace keydesk {

// An operator who proved who they are to a team server: by a session (signed in with their
// key) or an API token. `credential` says which, for the audit log: "session 1a2b3c4d5e6f",
// "token nightly-sync".
struct SignedInOperator
{
    qint64 userId = 0;
    QString email;
    OperatorRole role = OperatorRole::Auditor;
    QString credential;
};

// The operator on whose behalf changes are made; recorded in every audit event. Services take it
// explicitly with each call and ask it whether the call is permitted. Two kinds:
// - direct database access (the desk on its own file, `keydesk-cli --actor`, the server's own
//   runtime): a name only, and every permission — whoever can open the database can do anything;
// - a signed-in operator (the admin API): their email, and their role's permissions only.
class Actor
{
public:
    explicit Actor(QString name) : m_name(std::move(name)) {}
    static Actor signedIn(SignedInOperator who);

    // The direct actor's name, or the signed-in operator's email.
    const QString& name() const { return m_name; }
    const std::optional<SignedInOperator>& signedInOperator() const { return m_operator; }

    bool may(Permission permission) const;
    // Fails with ErrorCode::NotPermitted when the actor may not.
    Status check(Permission permission) const;

    // "OS user@host" of the running process.
    static QString defaultName();

private:
    QString m_name;
    std::optional<SignedInOperator> m_operator;
};

} // namespace keydesk
