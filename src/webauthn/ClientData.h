// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "CheckList.h"
#include "Expectations.h"
#include "base/Error.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace keydesk::webauthn {

// CollectedClientData (§5.8.1), as the client serialised it.
struct ClientData
{
    QString type;
    QString challenge; // base64url text as sent
    QString origin;
    std::optional<bool> crossOrigin;
    std::optional<QString> topOrigin;
    QByteArray hash; // SHA-256 of the exact bytes
};

constexpr qsizetype kMaxClientDataBytes = 16 * 1024;

// Parses clientDataJSON: a strict JSON object (no member twice) with string type, challenge and
// origin, and when present a boolean crossOrigin and a string topOrigin. Other members are
// checked for syntax, then ignored (§5.8.1 allows them).
std::optional<ClientData> parseClientData(const QByteArray& json, Error* error);

// Runs the Type, Challenge, Origin and CrossOrigin checks; false at the first failure.
bool verifyClientData(const ClientData& data, QStringView expectedType, const CeremonyExpectations& expected,
                      CheckList& checks);

} // namespace keydesk::webauthn
