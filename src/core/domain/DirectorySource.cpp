// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "DirectorySource.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace {

struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(DirectorySource)
};

} // namespace

namespace keydesk {

QString directoryKindName(DirectoryKind kind)
{
    return kind == DirectoryKind::Ldap ? QStringLiteral("ldap") : QStringLiteral("scim");
}

std::optional<DirectoryKind> directoryKindFromName(const QString& name)
{
    if (name == QLatin1String("ldap"))
        return DirectoryKind::Ldap;
    if (name == QLatin1String("scim"))
        return DirectoryKind::Scim;
    return std::nullopt;
}

QString leaverActionName(LeaverAction action)
{
    return action == LeaverAction::Suspend ? QStringLiteral("suspend") : QStringLiteral("revoke");
}

std::optional<LeaverAction> leaverActionFromName(const QString& name)
{
    if (name == QLatin1String("suspend"))
        return LeaverAction::Suspend;
    if (name == QLatin1String("revoke"))
        return LeaverAction::Revoke;
    return std::nullopt;
}

QString ldapFlavourName(LdapFlavour flavour)
{
    return flavour == LdapFlavour::OpenLdap ? QStringLiteral("openldap") : QStringLiteral("ad");
}

std::optional<LdapFlavour> ldapFlavourFromName(const QString& name)
{
    if (name == QLatin1String("openldap"))
        return LdapFlavour::OpenLdap;
    if (name == QLatin1String("ad"))
        return LdapFlavour::ActiveDirectory;
    return std::nullopt;
}

QString syncModeName(SyncMode mode)
{
    return mode == SyncMode::Full ? QStringLiteral("full") : QStringLiteral("incremental");
}

LdapSourceConfig LdapSourceConfig::defaults(LdapFlavour flavour)
{
    LdapSourceConfig c;
    c.flavour = flavour;
    c.displayNameAttribute = QStringLiteral("displayName");
    c.mailAttribute = QStringLiteral("mail");
    c.groupNameAttribute = QStringLiteral("cn");
    if (flavour == LdapFlavour::ActiveDirectory) {
        // Computers are users to AD; contacts are not users.
        c.userFilter = QStringLiteral("(&(objectClass=user)(!(objectClass=computer)))");
        c.groupFilter = QStringLiteral("(objectClass=group)");
        c.nested = NestedGroups::InChain;
        c.idAttribute = QStringLiteral("objectGUID");
        c.upnAttribute = QStringLiteral("userPrincipalName");
        c.departmentAttribute = QStringLiteral("department");
        c.changeAttribute = QStringLiteral("uSNChanged");
    } else {
        c.userFilter = QStringLiteral("(objectClass=inetOrgPerson)");
        c.groupFilter = QStringLiteral("(objectClass=groupOfNames)");
        c.nested = NestedGroups::Walk;
        c.idAttribute = QStringLiteral("entryUUID");
        // inetOrgPerson has no UPN: KeyDesk's stays as it is.
        c.departmentAttribute = QStringLiteral("departmentNumber");
        // Unlike modifyTimestamp (whole seconds), unique to each change.
        c.changeAttribute = QStringLiteral("entryCSN");
    }
    return c;
}

QJsonObject LdapSourceConfig::toJson() const
{
    return {{QStringLiteral("flavour"), ldapFlavourName(flavour)},
            {QStringLiteral("url"), url},
            {QStringLiteral("startTls"), startTls},
            {QStringLiteral("caFile"), caFile},
            {QStringLiteral("bindDn"), bindDn},
            {QStringLiteral("baseDns"), QJsonArray::fromStringList(baseDns)},
            {QStringLiteral("userFilter"), userFilter},
            {QStringLiteral("groupFilter"), groupFilter},
            {QStringLiteral("nestedGroups"),
             nested == NestedGroups::Walk ? QStringLiteral("walk") : QStringLiteral("in-chain")},
            {QStringLiteral("idAttribute"), idAttribute},
            {QStringLiteral("displayNameAttribute"), displayNameAttribute},
            {QStringLiteral("mailAttribute"), mailAttribute},
            {QStringLiteral("upnAttribute"), upnAttribute},
            {QStringLiteral("departmentAttribute"), departmentAttribute},
            {QStringLiteral("groupNameAttribute"), groupNameAttribute},
            {QStringLiteral("changeAttribute"), changeAttribute},
            {QStringLiteral("pageSize"), pageSize},
            {QStringLiteral("timeoutSeconds"), timeoutSeconds},
            {QStringLiteral("syncMinutes"), syncMinutes},
            {QStringLiteral("fullSyncHours"), fullSyncHours}};
}

Result<LdapSourceConfig> LdapSourceConfig::fromJson(const QJsonObject& json)
{
    using R = Result<LdapSourceConfig>;
    const QJsonValue flavourValue = json.value(QStringLiteral("flavour"));
    const auto flavour = ldapFlavourFromName(flavourValue.toString(QStringLiteral("openldap")));
    if (!flavour || (!flavourValue.isUndefined() && !flavourValue.isString()))
        return R::failure(Text::tr("flavour must be \"openldap\" or \"ad\""));
    LdapSourceConfig c = defaults(*flavour);

    const QList<std::pair<const char*, QString*>> texts = {
        {"url", &c.url},
        {"caFile", &c.caFile},
        {"bindDn", &c.bindDn},
        {"userFilter", &c.userFilter},
        {"groupFilter", &c.groupFilter},
        {"idAttribute", &c.idAttribute},
        {"displayNameAttribute", &c.displayNameAttribute},
        {"mailAttribute", &c.mailAttribute},
        {"upnAttribute", &c.upnAttribute},
        {"departmentAttribute", &c.departmentAttribute},
        {"groupNameAttribute", &c.groupNameAttribute},
        {"changeAttribute", &c.changeAttribute},
    };
    QSet<QString> known{QStringLiteral("flavour"),     QStringLiteral("startTls"),
                        QStringLiteral("baseDns"),     QStringLiteral("nestedGroups"),
                        QStringLiteral("pageSize"),    QStringLiteral("timeoutSeconds"),
                        QStringLiteral("syncMinutes"), QStringLiteral("fullSyncHours")};
    for (const auto& [name, field] : texts) {
        const QString key = QString::fromLatin1(name);
        known.insert(key);
        const QJsonValue value = json.value(key);
        if (value.isUndefined())
            continue;
        if (!value.isString())
            return R::failure(Text::tr("%1 must be text").arg(key));
        *field = value.toString().trimmed();
    }
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return R::failure(Text::tr("\"%1\" is not a setting of an LDAP source").arg(it.key()));
    }
    if (const QJsonValue v = json.value(QStringLiteral("startTls")); !v.isUndefined()) {
        if (!v.isBool())
            return R::failure(Text::tr("startTls must be true or false"));
        c.startTls = v.toBool();
    }
    if (const QJsonValue v = json.value(QStringLiteral("baseDns")); !v.isUndefined()) {
        if (!v.isArray())
            return R::failure(Text::tr("baseDns must be a list of DNs"));
        for (const QJsonValue& dn : v.toArray()) {
            if (!dn.isString())
                return R::failure(Text::tr("baseDns must be a list of DNs"));
            c.baseDns << dn.toString().trimmed();
        }
    }
    if (const QJsonValue v = json.value(QStringLiteral("nestedGroups")); !v.isUndefined()) {
        if (v.toString() == QLatin1String("walk"))
            c.nested = NestedGroups::Walk;
        else if (v.toString() == QLatin1String("in-chain"))
            c.nested = NestedGroups::InChain;
        else
            return R::failure(Text::tr("nestedGroups must be \"walk\" or \"in-chain\""));
    }
    const auto number = [&](const char* name, int min, int max, int& field) -> Status {
        const QJsonValue v = json.value(QString::fromLatin1(name));
        if (v.isUndefined())
            return {};
        const double given = v.toDouble();
        if (!v.isDouble() || given != double(qint64(given)) || given < min || given > max)
            return Status::failure(Text::tr("%1 must be a whole number from %2 to %3")
                                       .arg(QString::fromLatin1(name))
                                       .arg(min)
                                       .arg(max));
        field = int(given);
        return {};
    };
    if (Status s = number("pageSize", 1, kMaxPageSize, c.pageSize); !s)
        return R::failure(s.cause());
    if (Status s = number("timeoutSeconds", 1, 300, c.timeoutSeconds); !s)
        return R::failure(s.cause());
    if (Status s = number("syncMinutes", 0, 1440, c.syncMinutes); !s)
        return R::failure(s.cause());
    if (Status s = number("fullSyncHours", 1, 720, c.fullSyncHours); !s)
        return R::failure(s.cause());
    return c;
}

Status LdapSourceConfig::check() const
{
    if (!url.startsWith(QLatin1String("ldap://")) && !url.startsWith(QLatin1String("ldaps://")))
        return Status::failure(
            Text::tr("\"%1\" is not an LDAP URL (ldap://host:port or ldaps://host:port)").arg(url));
    if (startTls && url.startsWith(QLatin1String("ldaps://")))
        return Status::failure(
            Text::tr("StartTLS is for ldap:// URLs; an ldaps:// URL is TLS from the start"));
    if (bindDn.isEmpty())
        return Status::failure(Text::tr("a bind DN is required"));
    if (baseDns.isEmpty() || baseDns.contains(QString()))
        return Status::failure(Text::tr("at least one base DN is required, and none may be empty"));
    for (const QString* filter : {&userFilter, &groupFilter}) {
        if (!filter->startsWith(u'(') || !filter->endsWith(u')'))
            return Status::failure(
                Text::tr("the filter \"%1\" is not an LDAP filter: it must be in parentheses").arg(*filter));
    }
    if (idAttribute.isEmpty() || mailAttribute.isEmpty() || changeAttribute.isEmpty())
        return Status::failure(Text::tr("the id, mail and change attributes must be named"));
    return {};
}

Error validateSourceName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return Text::tr("a source needs a name");
    if (name != name.trimmed() || name.size() > 64)
        return Text::tr("the source name '%1' has leading or trailing spaces or is longer than 64 characters")
            .arg(name);
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control || c == u'/')
            return Text::tr("the source name '%1' contains '/' or a control character").arg(name);
    }
    return {};
}

} // namespace keydesk
