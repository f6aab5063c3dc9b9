// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace keydesk {

// One entry of the append-only audit log: who did what to which object, and when.
struct AuditEvent
{
    qint64 id = 0;
    qint64 atMs = 0;
    QString actor;
    QString action;     // e.g. "user.create", "group.add-member"
    QString targetType; // "user", "group", "import", "database"
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
};

} // namespace keydesk
