#include "Group.h"

namespace keydesk {

QString validateGroupName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("group name is required");
    if (name != name.trimmed())
        return QStringLiteral("group name '%1' has leading or trailing spaces").arg(name);
    if (name.size() > 128)
        return QStringLiteral("group name is longer than 128 characters");
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return QStringLiteral("group name contains a control character");
        if (c == u';')
            return QStringLiteral("group name '%1' contains ';', which separates groups in CSV files")
                .arg(name);
    }
    return {};
}

} // namespace keydesk
