// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "KeyQuery.h"

namespace keydesk {

std::optional<KeySortColumn> keySortColumnFromName(const QString& name)
{
    static const std::pair<const char*, KeySortColumn> names[] = {
        {"created", KeySortColumn::Created},    {"user", KeySortColumn::User},
        {"status", KeySortColumn::Status},      {"activated", KeySortColumn::Activated},
        {"last-used", KeySortColumn::LastUsed},
    };
    for (const auto& [spelling, column] : names)
        if (name == QLatin1String(spelling))
            return column;
    return std::nullopt;
}

} // namespace keydesk
