// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ScimResources.h"

#include "ScimSchemas.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>

namespace keydesk::net::scim {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ScimApi)
};

ScimFailure invalidValue(const QString& detail)
{
    return {400, QStringLiteral("invalidValue"), detail};
}

QString timestamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// Adds meta, with the version made from the rest.
QJsonObject withMeta(QJsonObject resource, const char* type, const QString& location, qint64 createdMs,
                     qint64 modifiedMs)
{
    const QByteArray digest = QCryptographicHash::hash(QJsonDocument(resource).toJson(QJsonDocument::Compact),
                                                       QCryptographicHash::Sha256);
    resource.insert(
        QStringLiteral("meta"),
        QJsonObject{{QStringLiteral("resourceType"), QLatin1String(type)},
                    {QStringLiteral("created"), timestamp(createdMs)},
                    {QStringLiteral("lastModified"), timestamp(modifiedMs)},
                    {QStringLiteral("location"), location},
                    {QStringLiteral("version"),
                     QStringLiteral("W/\"%1\"").arg(QString::fromLatin1(digest.left(12).toHex()))}});
    return resource;
}

bool schemasName(const QJsonObject& resource, const QString& urn)
{
    for (const QJsonValue& v : memberOf(resource, QStringLiteral("schemas")).toArray()) {
        if (v.toString().compare(urn, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Refuses members that are not attributes of the resource's schemas.
std::optional<ScimFailure> unknownMembers(const QJsonObject& resource, const QStringList& known,
                                          bool (*unkept)(const QString&), const char* type)
{
    for (auto it = resource.begin(); it != resource.end(); ++it) {
        const QString name = it.key().toLower();
        if (known.contains(name) || (unkept && unkept(name)))
            continue;
        return ScimFailure{400, QStringLiteral("invalidSyntax"),
                           Text::tr("a %1 has no attribute %2").arg(QLatin1String(type), it.key())};
    }
    return std::nullopt;
}

// A text attribute: absent gives `fallback`; present, it must be a string.
std::optional<ScimFailure> textOf(const QJsonObject& object, const QString& name, QString& out)
{
    const QJsonValue value = memberOf(object, name);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString())
        return invalidValue(Text::tr("%1 must be a string").arg(name));
    out = value.toString();
    return std::nullopt;
}

std::optional<QString> chosenEmail(const QJsonArray& emails)
{
    std::optional<QString> primary, work, first;
    for (const QJsonValue& e : emails) {
        const QJsonObject email = e.toObject();
        const QString value = memberOf(email, QStringLiteral("value")).toString();
        if (value.isEmpty())
            continue;
        if (!first)
            first = value;
        if (!primary && memberOf(email, QStringLiteral("primary")).toBool())
            primary = value;
        if (!work && memberOf(email, QStringLiteral("type"))
                             .toString()
                             .compare(QLatin1String("work"), Qt::CaseInsensitive) == 0)
            work = value;
    }
    return primary ? primary : work ? work : first;
}

} // namespace

QJsonValue memberOf(const QJsonObject& object, const QString& name)
{
    const auto exact = object.constFind(name);
    if (exact != object.constEnd())
        return exact.value();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

QJsonObject userResource(const ScimRepository::UserRow& row, const QString& base)
{
    const User& u = row.user;
    QJsonArray schemas{kUserSchema};
    QJsonObject json{
        {QStringLiteral("id"), u.externalId},
        {QStringLiteral("userName"), u.upn},
        {QStringLiteral("displayName"), u.displayName},
        {QStringLiteral("active"), u.enabled},
        {QStringLiteral("emails"), QJsonArray{QJsonObject{{QStringLiteral("value"), u.email},
                                                          {QStringLiteral("type"), QStringLiteral("work")},
                                                          {QStringLiteral("primary"), true}}}}};
    if (!row.scimExternalId.isEmpty())
        json.insert(QStringLiteral("externalId"), row.scimExternalId);
    if (!u.department.isEmpty()) {
        schemas.append(kEnterpriseUserSchema);
        json.insert(kEnterpriseUserSchema, QJsonObject{{QStringLiteral("department"), u.department}});
    }
    json.insert(QStringLiteral("schemas"), schemas);
    return withMeta(json, "User", base + QStringLiteral("/Users/") + u.externalId, u.createdAtMs,
                    u.updatedAtMs);
}

QJsonObject groupResource(const ScimRepository::GroupRow& row, const QString& base, bool withMembers)
{
    QJsonObject json{{QStringLiteral("schemas"), QJsonArray{kGroupSchema}},
                     {QStringLiteral("id"), row.id},
                     {QStringLiteral("displayName"), row.group.name}};
    if (!row.scimExternalId.isEmpty())
        json.insert(QStringLiteral("externalId"), row.scimExternalId);
    if (withMembers) {
        QJsonArray members;
        for (const ScimRepository::Member& m : row.members)
            members.append(
                QJsonObject{{QStringLiteral("value"), m.id},
                            {QStringLiteral("display"), m.display},
                            {QStringLiteral("$ref"), QString(base + QStringLiteral("/Users/") + m.id)}});
        json.insert(QStringLiteral("members"), members);
    }
    // Groups keep no change time of their own: lastModified is when the group was made.
    return withMeta(json, "Group", base + QStringLiteral("/Groups/") + row.id, row.group.createdAtMs,
                    row.group.createdAtMs);
}

ScimResult<DirectoryUserEntry> userEntryFrom(const QJsonObject& resource, const QString& id)
{
    if (!schemasName(resource, kUserSchema))
        return ScimFailure{400, QStringLiteral("invalidSyntax"),
                           Text::tr("schemas must name %1").arg(kUserSchema)};
    static const QStringList known{
        QStringLiteral("schemas"), QStringLiteral("id"),       QStringLiteral("externalid"),
        QStringLiteral("meta"),    QStringLiteral("username"), QStringLiteral("displayname"),
        QStringLiteral("active"),  QStringLiteral("emails"),   kEnterpriseUserSchema.toLower()};
    if (auto unknown = unknownMembers(resource, known, &isUnkeptUserAttribute, "User"))
        return *unknown;
    DirectoryUserEntry entry;
    entry.externalId = id;
    QString userName, displayName, externalId;
    for (const auto& [name, out] : {std::pair{QStringLiteral("userName"), &userName},
                                    std::pair{QStringLiteral("displayName"), &displayName},
                                    std::pair{QStringLiteral("externalId"), &externalId}}) {
        if (auto bad = textOf(resource, name, *out))
            return *bad;
    }
    if (userName.trimmed().isEmpty())
        return invalidValue(Text::tr("userName is required"));
    const QJsonValue emails = memberOf(resource, QStringLiteral("emails"));
    if (!emails.isUndefined() && !emails.isNull() && !emails.isArray())
        return invalidValue(Text::tr("emails must be a list"));
    std::optional<QString> email = chosenEmail(emails.toArray());
    if (!email && userName.contains(u'@'))
        email = userName;
    if (!email)
        return invalidValue(
            Text::tr("a user needs an email: send emails (type work), or a userName that is an "
                     "email address"));
    if (displayName.trimmed().isEmpty()) {
        const QJsonObject name = memberOf(resource, QStringLiteral("name")).toObject();
        displayName = memberOf(name, QStringLiteral("formatted")).toString();
        if (displayName.trimmed().isEmpty())
            displayName = QStringList{memberOf(name, QStringLiteral("givenName")).toString(),
                                      memberOf(name, QStringLiteral("familyName")).toString()}
                              .join(u' ')
                              .trimmed();
        if (displayName.isEmpty())
            displayName = userName;
    }
    const QJsonValue active = memberOf(resource, QStringLiteral("active"));
    if (active.isBool()) {
        entry.enabled = active.toBool();
    } else if (active.isString() &&
               (active.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ||
                active.toString().compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)) {
        // Entra ID has sent "True" and "False" as text.
        entry.enabled = active.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    } else if (!active.isUndefined() && !active.isNull()) {
        return invalidValue(Text::tr("active must be true or false"));
    }
    QString department;
    const QJsonValue enterprise = memberOf(resource, kEnterpriseUserSchema);
    if (!enterprise.isUndefined() && !enterprise.isNull()) {
        if (!enterprise.isObject())
            return invalidValue(Text::tr("%1 must be an object").arg(kEnterpriseUserSchema));
        const QJsonObject extension = enterprise.toObject();
        for (auto it = extension.begin(); it != extension.end(); ++it) {
            if (it.key().compare(QLatin1String("department"), Qt::CaseInsensitive) != 0 &&
                !isUnkeptEnterpriseAttribute(it.key().toLower()))
                return ScimFailure{
                    400, QStringLiteral("invalidSyntax"),
                    Text::tr("a %1 has no attribute %2").arg(QStringLiteral("EnterpriseUser"), it.key())};
        }
        if (auto bad = textOf(extension, QStringLiteral("department"), department))
            return *bad;
    }
    // Empty, not null: a department the resource leaves out is cleared (a null field keeps
    // KeyDesk's, as for an LDAP source that does not map it).
    entry.fields = UserFields{displayName.trimmed(), email->trimmed(), userName.trimmed(),
                              department.isNull() ? QString(QLatin1String("")) : department.trimmed()};
    if (Error problem = validateUserFields(entry.fields); !problem.isEmpty())
        return invalidValue(problem.message());
    entry.scimExternalId = externalId;
    return entry;
}

ScimResult<DirectoryGroupEntry> groupEntryFrom(const QJsonObject& resource, const QString& id)
{
    if (!schemasName(resource, kGroupSchema))
        return ScimFailure{400, QStringLiteral("invalidSyntax"),
                           Text::tr("schemas must name %1").arg(kGroupSchema)};
    static const QStringList known{QStringLiteral("schemas"),     QStringLiteral("id"),
                                   QStringLiteral("externalid"),  QStringLiteral("meta"),
                                   QStringLiteral("displayname"), QStringLiteral("members")};
    if (auto unknown = unknownMembers(resource, known, nullptr, "Group"))
        return *unknown;
    DirectoryGroupEntry entry;
    entry.externalId = id;
    QString externalId;
    if (auto bad = textOf(resource, QStringLiteral("displayName"), entry.name))
        return *bad;
    if (auto bad = textOf(resource, QStringLiteral("externalId"), externalId))
        return *bad;
    if (entry.name.trimmed().isEmpty())
        return invalidValue(Text::tr("displayName is required"));
    if (Error problem = validateGroupName(entry.name.trimmed()); !problem.isEmpty())
        return invalidValue(problem.message());
    const QJsonValue members = memberOf(resource, QStringLiteral("members"));
    if (!members.isUndefined() && !members.isNull() && !members.isArray())
        return invalidValue(Text::tr("members must be a list"));
    for (const QJsonValue& m : members.toArray()) {
        const QJsonValue value = memberOf(m.toObject(), QStringLiteral("value"));
        if (!value.isString() || value.toString().isEmpty())
            return invalidValue(Text::tr("each member needs a value: the user's id"));
        if (!entry.memberIds.contains(value.toString()))
            entry.memberIds << value.toString();
    }
    entry.scimExternalId = externalId;
    return entry;
}

QJsonObject listResponse(const QJsonArray& resources, qint64 total, qint64 startIndex)
{
    return {{QStringLiteral("schemas"), QJsonArray{kListResponseSchema}},
            {QStringLiteral("totalResults"), total},
            {QStringLiteral("startIndex"), startIndex},
            {QStringLiteral("itemsPerPage"), resources.size()},
            {QStringLiteral("Resources"), resources}};
}

QJsonObject selectAttributes(const QJsonObject& resource, const QString& attributes,
                             const QString& excludedAttributes)
{
    const auto names = [](const QString& list) {
        QStringList out;
        for (const QString& name : list.split(u',', Qt::SkipEmptyParts))
            out << name.trimmed().toLower();
        return out;
    };
    const QStringList only = names(attributes);
    const QStringList without = names(excludedAttributes);
    if (only.isEmpty() && without.isEmpty())
        return resource;
    QJsonObject selected;
    for (auto it = resource.begin(); it != resource.end(); ++it) {
        const QString name = it.key().toLower();
        const bool always =
            name == QLatin1String("id") || name == QLatin1String("schemas") || name == QLatin1String("meta");
        if (always || (only.isEmpty() ? !without.contains(name) : only.contains(name)))
            selected.insert(it.key(), it.value());
    }
    return selected;
}

} // namespace keydesk::net::scim
