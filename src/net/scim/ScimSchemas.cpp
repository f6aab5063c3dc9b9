// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// The SCIM discovery documents are developer documentation, in English like the admin API's
// OpenAPI description (TestTranslations leaves this file's literals alone).
#include "ScimSchemas.h"

namespace keydesk::net::scim {

namespace {

struct Attribute
{
    const char* name;
    const char* type; // string, boolean, complex, reference, dateTime
    const char* description;
    bool required = false;
    bool multiValued = false;
    const char* mutability = "readWrite";
    const char* returned = "default";
    const char* uniqueness = "none";
    bool caseExact = false;
    QJsonArray subAttributes = {};
    QJsonArray referenceTypes = {};
    QJsonArray canonicalValues = {};
};

QJsonObject toJson(const Attribute& a)
{
    QJsonObject json{{QStringLiteral("name"), QLatin1String(a.name)},
                     {QStringLiteral("type"), QLatin1String(a.type)},
                     {QStringLiteral("description"), QLatin1String(a.description)},
                     {QStringLiteral("required"), a.required},
                     {QStringLiteral("multiValued"), a.multiValued},
                     {QStringLiteral("mutability"), QLatin1String(a.mutability)},
                     {QStringLiteral("returned"), QLatin1String(a.returned)}};
    if (QLatin1String(a.type) != QLatin1String("complex") &&
        QLatin1String(a.type) != QLatin1String("boolean")) {
        json.insert(QStringLiteral("caseExact"), a.caseExact);
        json.insert(QStringLiteral("uniqueness"), QLatin1String(a.uniqueness));
    }
    if (!a.subAttributes.isEmpty())
        json.insert(QStringLiteral("subAttributes"), a.subAttributes);
    if (!a.referenceTypes.isEmpty())
        json.insert(QStringLiteral("referenceTypes"), a.referenceTypes);
    if (!a.canonicalValues.isEmpty())
        json.insert(QStringLiteral("canonicalValues"), a.canonicalValues);
    return json;
}

constexpr const char* kNotKept = "Accepted from the provider's default mappings; KeyDesk does not keep it.";

// Accepted, not kept: a write-only attribute that is never returned.
Attribute unkept(const char* name, const char* type = "string", bool multiValued = false)
{
    Attribute a{name, type, kNotKept};
    a.multiValued = multiValued;
    a.mutability = "writeOnly";
    a.returned = "never";
    return a;
}

const char* const kUnkeptUserStrings[] = {"nickName",          "profileUrl", "title",    "userType",
                                          "preferredLanguage", "locale",     "timezone", "password"};
const char* const kUnkeptUserComplex[] = {"phoneNumbers", "ims",   "photos",          "addresses",
                                          "entitlements", "roles", "x509Certificates"};
const char* const kUnkeptEnterprise[] = {"employeeNumber", "costCenter", "organization", "division"};

QJsonArray userAttributes()
{
    Attribute userName{"userName", "string",
                       "The user's sign-in name (UPN); KeyDesk's UPN. Unique among the source's users.",
                       true};
    userName.uniqueness = "server";
    Attribute name{"name", "complex",
                   "The user's name: makes the display name when displayName is not sent; not kept."};
    name.mutability = "writeOnly";
    name.returned = "never";
    name.subAttributes = {toJson(unkept("formatted")),       toJson(unkept("familyName")),
                          toJson(unkept("givenName")),       toJson(unkept("middleName")),
                          toJson(unkept("honorificPrefix")), toJson(unkept("honorificSuffix"))};
    Attribute emails{"emails", "complex",
                     "The user's email: KeyDesk keeps one, the primary or work one (else userName, when it "
                     "is an email address); activation emails go there.",
                     false, true};
    Attribute value{"value", "string", "The email address."};
    Attribute type{"type", "string", "Always work."};
    type.canonicalValues = {QStringLiteral("work")};
    Attribute primary{"primary", "boolean", "Always true: the one email."};
    emails.subAttributes = {toJson(value), toJson(type), toJson(primary)};
    QJsonArray attributes{toJson(userName), toJson(name),
                          toJson(Attribute{"displayName", "string", "The name KeyDesk shows."}),
                          toJson(Attribute{"active", "boolean",
                                           "false: the user has left; their keys are suspended or revoked, "
                                           "their waiting activations revoked."}),
                          toJson(emails)};
    for (const char* n : kUnkeptUserStrings)
        attributes.append(toJson(unkept(n)));
    for (const char* n : kUnkeptUserComplex)
        attributes.append(toJson(unkept(n, "complex", true)));
    return attributes;
}

QJsonArray enterpriseAttributes()
{
    QJsonArray attributes{
        toJson(Attribute{"department", "string", "The user's department; KeyDesk's department."})};
    for (const char* n : kUnkeptEnterprise)
        attributes.append(toJson(unkept(n)));
    attributes.append(toJson(unkept("manager", "complex")));
    return attributes;
}

QJsonArray groupAttributes()
{
    Attribute displayName{"displayName", "string", "The group's name, unique in KeyDesk.", true};
    displayName.uniqueness = "server";
    Attribute members{"members", "complex",
                      "The group's users (of the same source); groups in groups are not kept.", false, true};
    Attribute value{"value", "string", "The member's id."};
    value.mutability = "immutable";
    value.caseExact = true;
    Attribute ref{"$ref", "reference", "The member's URI."};
    ref.mutability = "immutable";
    ref.referenceTypes = {QStringLiteral("User")};
    Attribute display{"display", "string", "The member's display name."};
    display.mutability = "readOnly";
    members.subAttributes = {toJson(value), toJson(ref), toJson(display)};
    return {toJson(displayName), toJson(members)};
}

QJsonObject schema(const QString& base, const QString& id, const char* name, const char* description,
                   const QJsonArray& attributes)
{
    return {{QStringLiteral("schemas"), QJsonArray{kSchemaSchema}},
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("description"), QLatin1String(description)},
            {QStringLiteral("attributes"), attributes},
            {QStringLiteral("meta"),
             QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Schema")},
                         {QStringLiteral("location"), QString(base + QStringLiteral("/Schemas/") + id)}}}};
}

} // namespace

QJsonObject serviceProviderConfig(const QString& base)
{
    const auto supported = [](bool yes) {
        return QJsonObject{{QStringLiteral("supported"), yes}};
    };
    return {
        {QStringLiteral("schemas"), QJsonArray{kServiceProviderConfigSchema}},
        {QStringLiteral("patch"), supported(true)},
        {QStringLiteral("bulk"), QJsonObject{{QStringLiteral("supported"), false},
                                             {QStringLiteral("maxOperations"), 0},
                                             {QStringLiteral("maxPayloadSize"), 0}}},
        {QStringLiteral("filter"),
         QJsonObject{{QStringLiteral("supported"), true}, {QStringLiteral("maxResults"), kMaxResults}}},
        {QStringLiteral("changePassword"), supported(false)},
        {QStringLiteral("sort"), supported(false)},
        {QStringLiteral("etag"), supported(true)},
        {QStringLiteral("authenticationSchemes"),
         QJsonArray{QJsonObject{
             {QStringLiteral("type"), QStringLiteral("oauthbearertoken")},
             {QStringLiteral("name"), QStringLiteral("Bearer token")},
             {QStringLiteral("description"),
              QStringLiteral("The source's token from `keydesk-cli directory scim-token create --name NAME`, "
                             "sent as Authorization: Bearer.")},
             {QStringLiteral("primary"), true}}}},
        {QStringLiteral("meta"),
         QJsonObject{
             {QStringLiteral("resourceType"), QStringLiteral("ServiceProviderConfig")},
             {QStringLiteral("location"), QString(base + QStringLiteral("/ServiceProviderConfig"))}}}};
}

QJsonArray resourceTypes(const QString& base)
{
    const auto type = [&](const char* id, const char* endpoint, const QString& schemaUrn,
                          const char* description, const QJsonArray& extensions) {
        QJsonObject json{
            {QStringLiteral("schemas"), QJsonArray{kResourceTypeSchema}},
            {QStringLiteral("id"), QLatin1String(id)},
            {QStringLiteral("name"), QLatin1String(id)},
            {QStringLiteral("endpoint"), QLatin1String(endpoint)},
            {QStringLiteral("description"), QLatin1String(description)},
            {QStringLiteral("schema"), schemaUrn},
            {QStringLiteral("meta"),
             QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("ResourceType")},
                         {QStringLiteral("location"),
                          QString(base + QStringLiteral("/ResourceTypes/") + QLatin1String(id))}}}};
        if (!extensions.isEmpty())
            json.insert(QStringLiteral("schemaExtensions"), extensions);
        return json;
    };
    return {type("User", "/Users", kUserSchema, "A person who may hold security keys.",
                 QJsonArray{QJsonObject{{QStringLiteral("schema"), kEnterpriseUserSchema},
                                        {QStringLiteral("required"), false}}}),
            type("Group", "/Groups", kGroupSchema, "A group of users; workflows assign keys to groups.", {})};
}

QJsonArray schemas(const QString& base)
{
    return {schema(base, kUserSchema, "User", "User Account", userAttributes()),
            schema(base, kEnterpriseUserSchema, "EnterpriseUser", "Enterprise User", enterpriseAttributes()),
            schema(base, kGroupSchema, "Group", "Group", groupAttributes())};
}

bool isUnkeptUserAttribute(const QString& lowerName)
{
    if (lowerName == QLatin1String("name"))
        return true;
    for (const char* n : kUnkeptUserStrings)
        if (lowerName == QString::fromLatin1(n).toLower())
            return true;
    for (const char* n : kUnkeptUserComplex)
        if (lowerName == QString::fromLatin1(n).toLower())
            return true;
    return false;
}

bool isUnkeptEnterpriseAttribute(const QString& lowerName)
{
    if (lowerName == QLatin1String("manager"))
        return true;
    for (const char* n : kUnkeptEnterprise)
        if (lowerName == QString::fromLatin1(n).toLower())
            return true;
    return false;
}

} // namespace keydesk::net::scim
