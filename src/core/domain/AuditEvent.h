// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace keydesk {

// One entry of the append-only audit log: who did what to which object, and when.
struct AuditEvent
{
    qint64 id = 0;
    qint64 atMs = 0;
    QString actor;
    qint64 actorUserId = 0;  // a signed-in operator's user id; 0 for direct database access
    QString actorCredential; // their session or token ("session 1a2b…"), empty otherwise
    QString action;          // e.g. "user.create", "group.add-member"
    QString targetType;      // "user", "group", "import", "database"
    qint64 targetId = 0;
    QString targetLabel; // human name of the target when the event was written
    QJsonObject details;
};

struct AuditQuery
{
    QString actor;  // exact match when not empty
    QString action; // exact match when not empty
    std::optional<qint64> fromMs;
    std::optional<qint64> untilMs; // exclusive
    QString targetType;
    std::optional<qint64> targetId;
    // Contained, in any case, in the actor, action, target's name or details.
    QString text;
};

// Details store times as epoch milliseconds under a key ending in "_at" (or "At" in entries
// written before 0.9); every reader shows them as dates, never as raw numbers.
bool isAuditTimeDetail(const QString& key, const QJsonValue& value);

// The details with every time replaced by formatTime(ms): ISO 8601 for JSON, local for people.
QJsonObject auditDetailsWithTimes(const QJsonObject& details,
                                  const std::function<QString(qint64)>& formatTime);

// "key: value; key: value" for a table cell, times through formatTime; a field change reads
// "field: before → after".
QString describeAuditDetails(const QJsonObject& details, const std::function<QString(qint64)>& formatTime);

} // namespace keydesk
