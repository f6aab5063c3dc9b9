// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "Group.h"

#include <QCoreApplication>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(Group)
};

} // namespace

namespace keydesk {

Error validateGroupName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return Text::tr("group name is required");
    if (name != name.trimmed())
        return Text::tr("group name '%1' has leading or trailing spaces").arg(name);
    if (name.size() > 128)
        return Text::tr("group name is longer than 128 characters");
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return Text::tr("group name contains a control character");
        if (c == u';')
            return Text::tr("group name '%1' contains ';', which separates groups in CSV files").arg(name);
    }
    return {};
}

} // namespace keydesk
