// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Error.h"

#include <QString>

namespace keydesk {

struct Group
{
    qint64 id = 0;
    QString name;
    QString description;
    qint64 createdAtMs = 0;
    qint64 memberCount = 0; // filled by list queries
    // The group's own key policy as JSON (core/activation/KeyPolicy); empty: none.
    QString keyPolicy;
    // The directory source that owns the group and its members (0: KeyDesk's own).
    qint64 sourceId = 0;
};

// Empty when the name is acceptable, else what is wrong.
Error validateGroupName(const QString& name);

} // namespace keydesk
