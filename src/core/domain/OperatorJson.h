// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/domain/Operator.h"
#include "core/domain/OperatorAccess.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace keydesk {

// Operators, sessions and tokens as JSON, the same for `keydesk-cli --json` and the admin API.
// Times are UTC ISO 8601 with milliseconds; a secret is never part of any of them.
QString jsonTime(qint64 ms);
QJsonObject operatorJson(const Operator& op);
QJsonObject sessionJson(const OperatorSession& session);
QJsonObject tokenJson(const ApiToken& token);

// The same objects read back (an admin API answer on the CLI's side): what the JSON leaves out
// stays default. jsonTimeMs() reads jsonTime()'s text; 0 when the value is not one.
qint64 jsonTimeMs(const QJsonValue& value);
// A time that may be absent: null in JSON, nullopt read back.
QJsonValue jsonOptionalTime(const std::optional<qint64>& ms);
std::optional<qint64> jsonOptionalTimeMs(const QJsonValue& value);
Operator operatorFromJson(const QJsonObject& json);
OperatorSession sessionFromJson(const QJsonObject& json);
ApiToken tokenFromJson(const QJsonObject& json);

} // namespace keydesk
