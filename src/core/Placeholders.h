#pragma once

#include <QHash>
#include <QString>

namespace keydesk {

// Replaces "{{name}}" placeholders in one pass, so that a value which itself contains "{{...}}"
// (a display name, say) stays as given. Unknown placeholders are left as they are. Values are
// inserted verbatim: escape them for the target (HTML) first.
QString fillPlaceholders(const QString& text, const QHash<QString, QString>& values);

} // namespace keydesk
