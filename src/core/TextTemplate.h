// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QHash>
#include <QString>

namespace keydesk {

// Fills the "{{name}}" fields of a template in one pass, so that a value which itself contains
// "{{...}}" (a display name, say) stays as given. Unknown fields are left as they are. Values
// are inserted verbatim: escape them for the target (HTML) first.
QString fillTemplate(const QString& text, const QHash<QString, QString>& values);

} // namespace keydesk
