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
    QString desk;     // the desk's name and address as it gave them at sign-in
    qint64 keyId = 0; // the key it signed in with; 0 once that key was deleted
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

} // namespace keydesk
