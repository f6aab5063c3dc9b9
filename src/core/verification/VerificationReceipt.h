// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/domain/SecurityKey.h"
#include "core/domain/User.h"
#include "core/domain/Verification.h"

#include <QDateTime>
#include <QString>

namespace keydesk {

// What a verification receipt states, for the user's file.
struct ReceiptFacts
{
    User user;
    SecurityKey key;
    Verification verification;
    QString authenticator; // the authenticator's name (from its AAGUID)
    QString relyingPartyId;
    QDateTime issuedAt; // when the receipt was made
};

// A one-page HTML receipt: who, which key, when, the verdict and every check with its detail.
// Self-contained (no external resources); QTextDocument renders it for PDF, and it opens in any
// browser as it is.
QString verificationReceiptHtml(const ReceiptFacts& facts);

} // namespace keydesk
