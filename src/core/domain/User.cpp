// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "User.h"

#include "EmailAddress.h"

#include <QCoreApplication>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(User)
};

} // namespace

namespace keydesk {

QString userSourceName(UserSource source)
{
    switch (source) {
    case UserSource::Manual:
        return QStringLiteral("manual");
    case UserSource::Csv:
        return QStringLiteral("csv");
    case UserSource::Directory:
        return QStringLiteral("directory");
    case UserSource::Demo:
        return QStringLiteral("demo");
    }
    return QStringLiteral("manual");
}

UserSource userSourceFromName(const QString& name)
{
    if (name == u"csv")
        return UserSource::Csv;
    if (name == u"directory")
        return UserSource::Directory;
    if (name == u"demo")
        return UserSource::Demo;
    return UserSource::Manual;
}

Error validateUserFields(const UserFields& fields)
{
    const int maxLength = 256;
    if (fields.displayName.trimmed().isEmpty())
        return Text::tr("display name is required");
    if (fields.displayName.size() > maxLength)
        return Text::tr("display name is longer than %1 characters").arg(maxLength);
    if (Error problem = EmailAddress::problem(fields.email); !problem.isEmpty())
        return problem;
    if (!fields.upn.isEmpty() && !EmailAddress::problem(fields.upn).isEmpty())
        return Text::tr("UPN '%1' is not of the form name@domain").arg(fields.upn);
    if (fields.department.size() > maxLength)
        return Text::tr("department is longer than %1 characters").arg(maxLength);
    for (const QString* text : {&fields.displayName, &fields.email, &fields.upn, &fields.department}) {
        for (QChar c : *text) {
            if (c.category() == QChar::Other_Control)
                return Text::tr("control characters are not allowed");
        }
    }
    return {};
}

} // namespace keydesk
