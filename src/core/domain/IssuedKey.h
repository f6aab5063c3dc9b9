// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/activation/ActivationSecrets.h"
#include "core/domain/SecurityKey.h"
#include "core/domain/User.h"

#include <QByteArray>
#include <QStringList>

namespace keydesk {

// The outbox idempotency key of an activation's email: one email per activation, ever.
QString activationEmailKey(qint64 activationId);

// How long a new activation lives when its key settings do not say: settings of the console
// or CLI, handed down as plain values.
struct ActivationLifetimes
{
    qint64 nowMs = 15 * 60 * 1000;
    qint64 emailMs = 7 * 24 * 60 * 60 * 1000LL;
    qint64 forMethod(ActivationMethod method, const KeySettings& settings) const;
};

// A fresh activation with its secrets: the only time the token and code exist in clear.
struct IssuedActivation
{
    Activation activation;
    ActivationSecrets secrets;
};

struct KeyAssignment
{
    SecurityKey key;
    IssuedActivation issued;
};

// An activation found by its token, with everything the enrollment server needs.
struct ActivationContext
{
    Activation activation;
    SecurityKey key;
    User user;
    QByteArray challenge; // of the ceremony in progress; empty if none
    qint64 challengeExpiresAtMs = 0;
};

// The facts of a verified registration that the key keeps.
struct VerifiedCredential
{
    QByteArray id;
    QByteArray publicKeyCose;
    int algorithm = 0;
    QByteArray aaguid;
    quint32 signCount = 0;
    quint8 flags = 0;
    QString attestationFormat;
    QString attestationType;
    QString attestationTrust;
    QStringList transports;
};

enum class CompletionOutcome
{
    Activated,
    ActivationNotLive, // used, superseded or expired meanwhile
    KeyNotPending,     // revoked, suspended or deleted meanwhile
    CredentialInUse,   // this credential is already bound to a key
};

} // namespace keydesk
