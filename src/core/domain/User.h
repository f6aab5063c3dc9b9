// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Error.h"

#include <QString>
#include <QStringList>

namespace keydesk {

enum class UserSource
{
    Manual,
    Csv,
    Directory,
    Demo
};

QString userSourceName(UserSource source);
UserSource userSourceFromName(const QString& name);

struct User
{
    qint64 id = 0;
    QString externalId;
    QString displayName;
    QString email;
    QString upn;
    QString department;
    bool enabled = true;
    UserSource source = UserSource::Manual;
    // The directory source that owns the user's synced fields (0: none; source is Directory).
    qint64 sourceId = 0;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

// The editable part of a user, as typed by an operator or read from a file.
struct UserFields
{
    QString displayName;
    QString email;
    QString upn;
    QString department;
};

// Summary of a user's security keys for list views.
struct KeySummary
{
    int active = 0;
    int pending = 0;
    int other = 0;
};

// One row of the All Users list: the user plus what the list shows about it.
struct UserListRow
{
    User user;
    QStringList groups;
    KeySummary keys;
};

// Checks an operator's input; returns an empty string when valid, else what is wrong.
Error validateUserFields(const UserFields& fields);

} // namespace keydesk
