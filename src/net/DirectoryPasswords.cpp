// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "DirectoryPasswords.h"

#include "Keychain.h"
#include "directory/LdapSync.h"

namespace keydesk::net {

QString directoryPasswordKey(const QString& sourceName)
{
    return QStringLiteral("directory-source/") + sourceName.toLower();
}

QString directoryBindPassword(const DirectorySource& source)
{
    if (const QString fromEnvironment = directory::ldapPasswordFromEnvironment(); !fromEnvironment.isEmpty())
        return fromEnvironment;
    return readKeychain(directoryPasswordKey(source.name)).value_or(QString());
}

} // namespace keydesk::net
