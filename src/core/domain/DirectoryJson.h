// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/domain/AuditEvent.h"
#include "core/domain/Group.h"
#include "core/domain/User.h"
#include "core/domain/WindowsLogon.h"

#include <QJsonArray>
#include <QJsonObject>

namespace keydesk {

// Users, groups and audit events as JSON, the same for `keydesk-cli --json` and the admin API
// (times: jsonTime(), UTC ISO 8601).
QJsonObject userJson(const User& user);
// A row of the All Users list: the user, their groups' names and their keys by status.
QJsonObject userListRowJson(const UserListRow& row);
QJsonObject groupJson(const Group& group);
QJsonObject auditJson(const AuditEvent& event);
QJsonObject windowsLogonJson(const WindowsLogon& logon);

// The same objects read back from an admin API answer (what the JSON leaves out stays default).
User userFromJson(const QJsonObject& json);
UserListRow userListRowFromJson(const QJsonObject& json);
Group groupFromJson(const QJsonObject& json);
AuditEvent auditFromJson(const QJsonObject& json);
WindowsLogon windowsLogonFromJson(const QJsonObject& json);

// A list of row ids (keys, users) as a JSON array of numbers, and back.
QJsonArray idsJson(const QList<qint64>& ids);
QList<qint64> idsFromJson(const QJsonValue& json);

} // namespace keydesk
