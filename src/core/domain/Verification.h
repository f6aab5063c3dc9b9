// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace keydesk {

// Where a test-mode authentication ("Verify now") stands.
enum class VerificationState
{
    Pending,  // waiting for the authenticator's assertion
    Verified, // every check passed; the key was stamped verified
    Failed,   // a check failed; the key was left as it was
    Expired,  // nobody answered in time
};
QString verificationStateName(VerificationState state); // "pending", "verified", ...
QString verificationStateDisplayName(VerificationState state);

// One verification as stored: never the link's id in clear, only its hash.
struct Verification
{
    qint64 id = 0;
    qint64 keyId = 0;
    qint64 userId = 0;
    QString startedBy;
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;
    std::optional<qint64> completedAtMs;
    bool finished = false;
    bool verified = false;
    QString failedCheck;              // the verdict's failed check name, when it failed
    QJsonObject verdict;              // keydesk_webauthn's verdict JSON, once finished
    std::optional<quint32> signCount; // the assertion's counter, when the verdict got that far

    VerificationState state(qint64 nowMs) const;
};

// A verification with who it was for, for the console's list of recent ones.
struct VerificationListRow
{
    Verification verification;
    QString userName;
    QString userEmail;
};

// A fresh verification with its link id: the only time the id exists in clear.
struct StartedVerification
{
    Verification verification;
    QString linkId;
};

// A verification found by its link, with what the relying party needs to judge the assertion.
struct VerificationContext
{
    Verification verification;
    QByteArray challenge;  // empty once finished
    QByteArray userHandle; // the user's WebAuthn handle, for the userHandle check
};

// What the relying party concluded, as plain values.
struct VerificationResult
{
    bool verified = false;
    QString failedCheck;
    QJsonObject verdict;
    std::optional<quint32> signCount;
    bool backedUp = false; // the BS flag of the assertion, stored on success
};

enum class VerificationFinish
{
    Recorded,
    AlreadyFinished, // another answer was recorded first
    KeyNotActive,    // the key was suspended or revoked meanwhile; nothing recorded
};

} // namespace keydesk
