// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/domain/Operator.h"

#include <QString>

#include <optional>

namespace keydesk {

// A desk signed in as an operator (docs/operators.md). The bearer secret is never part of it:
// it is shown once, when the session opens, and kept only hashed.
struct OperatorSession
{
    QString id; // public handle: lists and revokes it
    qint64 userId = 0;
    QString email;
    OperatorRole role = OperatorRole::Auditor;
    bool userEnabled = true; // a disabled user's sessions are refused while they stay so
    QString desk;            // the desk's name and address as it gave them at sign-in
    qint64 keyId = 0;        // the key it signed in with; 0 once that key was deleted
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;  // absolute end
    qint64 lastUsedAtMs = 0; // idle timeout counts from here (written at most once a minute)
};

// A script's credential, acting with its operator's role.
struct ApiToken
{
    QString id;
    QString name;
    qint64 userId = 0;
    QString email;
    OperatorRole role = OperatorRole::Auditor;
    bool userEnabled = true; // a disabled user's tokens are refused while they stay so
    qint64 createdAtMs = 0;
    std::optional<qint64> expiresAtMs;
    std::optional<qint64> lastUsedAtMs;
};

// What opening a session or creating a token hands out once: the record and its bearer secret.
struct OpenedSession
{
    OperatorSession session;
    QString secret;
};
struct CreatedToken
{
    ApiToken token;
    QString secret;
};

// A desk's request to sign in, answered by the operator's phone (SignInService).
enum class SignInState
{
    Pending,   // waiting for the phone
    Approved,  // the phone's assertion was verified; the desk has not collected its session yet
    Collected, // the desk has its session
    Failed,    // the assertion was refused (`failure` says why)
};
QString signInStateName(SignInState state); // "pending", "approved", "collected", "failed"
std::optional<SignInState> signInStateFromName(const QString& name);

struct OperatorSignIn
{
    qint64 id = 0;
    int matchNumber = 0; // 10–99, shown by the desk and the phone
    QString desk;        // the desk's name, as it gave it
    QString deskAddress; // where the desk's request came from, as the server saw it
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;
    SignInState state = SignInState::Pending;
    qint64 userId = 0; // once approved
    qint64 keyId = 0;
    QByteArray challenge; // while pending
    QString failure;      // a stored Error, when failed

    bool expired(qint64 nowMs) const { return state == SignInState::Pending && nowMs >= expiresAtMs; }
};

} // namespace keydesk
