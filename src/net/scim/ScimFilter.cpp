// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ScimFilter.h"

#include "ScimSchemas.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace keydesk::net::scim {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ScimApi)
};

ScimFailure invalidFilter(const QString& detail)
{
    return {400, QStringLiteral("invalidFilter"), detail};
}

std::optional<ScimCondition::Attribute> attributeOf(QString path, ResourceType type)
{
    using A = ScimCondition::Attribute;
    // A full name (urn:...:User:userName) is the core schema's attribute.
    const QString core = (type == ResourceType::User ? kUserSchema : kGroupSchema) + u':';
    if (path.startsWith(core, Qt::CaseInsensitive))
        path = path.mid(core.size());
    path = path.toLower();
    if (path == QLatin1String("id"))
        return A::Id;
    if (path == QLatin1String("externalid"))
        return A::ExternalId;
    if (path == QLatin1String("displayname"))
        return A::DisplayName;
    if (type == ResourceType::Group)
        return std::nullopt;
    if (path == QLatin1String("username"))
        return A::UserName;
    // KeyDesk keeps one email, the work one.
    static const QRegularExpression email(
        QStringLiteral(R"(^emails(\[\s*type\s+eq\s+"work"\s*\])?(\.value)?$)"));
    if (email.match(path).hasMatch())
        return A::Email;
    return std::nullopt;
}

} // namespace

ScimResult<std::optional<ScimCondition>> parseFilter(const QString& filter, ResourceType type)
{
    if (filter.trimmed().isEmpty())
        return std::optional<ScimCondition>();
    static const QRegularExpression comparison(QStringLiteral(
        R"(^\s*([A-Za-z][\w:.$-]*(?:\[[^\]]*\])?(?:\.[A-Za-z]\w*)?)\s+([A-Za-z]+)\s+(.+?)\s*$)"));
    const QRegularExpressionMatch match = comparison.match(filter);
    if (!match.hasMatch())
        return invalidFilter(Text::tr("the filter %1 is not one comparison: attribute, operator, value")
                                 .arg(filter.left(200)));
    const QString op = match.captured(2).toLower();
    ScimCondition condition;
    if (op == QLatin1String("eq"))
        condition.match = ScimCondition::Match::Equals;
    else if (op == QLatin1String("co"))
        condition.match = ScimCondition::Match::Contains;
    else if (op == QLatin1String("sw"))
        condition.match = ScimCondition::Match::StartsWith;
    else
        return invalidFilter(Text::tr("the filter operator %1 is not supported; use eq, co or sw").arg(op));
    const auto attribute = attributeOf(match.captured(1), type);
    if (!attribute)
        return invalidFilter(
            type == ResourceType::User
                ? Text::tr("users can be filtered by userName, externalId, emails, displayName or id, not %1")
                      .arg(match.captured(1))
                : Text::tr("groups can be filtered by displayName, externalId or id, not %1")
                      .arg(match.captured(1)));
    condition.attribute = *attribute;
    // The value is JSON: a quoted string (with JSON's escapes).
    const QJsonDocument value =
        QJsonDocument::fromJson(QByteArrayLiteral("[") + match.captured(3).toUtf8() + QByteArrayLiteral("]"));
    if (!value.isArray() || value.array().size() != 1 || !value.array().at(0).isString())
        return invalidFilter(
            Text::tr("the filter value %1 is not a quoted string").arg(match.captured(3).left(200)));
    condition.value = value.array().at(0).toString();
    return std::optional(condition);
}

} // namespace keydesk::net::scim
