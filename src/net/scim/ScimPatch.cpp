// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ScimPatch.h"

#include "ScimResources.h"
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

enum class Op
{
    Add,
    Replace,
    Remove
};

ScimFailure invalidPath(const QString& path)
{
    return {400, QStringLiteral("invalidPath"),
            Text::tr("the path %1 names no attribute KeyDesk knows").arg(path)};
}

// `attr[sub eq "value"].subAttr`, split.
struct Path
{
    QString attribute; // lower case
    QString filterAttribute;
    QString filterValue;
    bool filtered = false;
    QString subAttribute; // lower case
};

ScimResult<Path> parsePath(const QString& text)
{
    static const QRegularExpression shape(
        QStringLiteral(
            R"(^\s*([A-Za-z$][\w$]*)\s*(?:\[\s*([A-Za-z$][\w$]*)\s+eq\s+("(?:[^"\\]|\\.)*")\s*\])?\s*(?:\.\s*([A-Za-z$][\w$]*))?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return ScimFailure{400, QStringLiteral("invalidPath"),
                           Text::tr("the path %1 is not attribute[filter].subAttribute with an eq filter")
                               .arg(text.left(200))};
    Path path;
    path.attribute = m.captured(1).toLower();
    path.subAttribute = m.captured(4).toLower();
    if (!m.captured(2).isEmpty()) {
        path.filtered = true;
        path.filterAttribute = m.captured(2);
        path.filterValue =
            QJsonDocument::fromJson(QByteArrayLiteral("[") + m.captured(3).toUtf8() + QByteArrayLiteral("]"))
                .array()
                .at(0)
                .toString();
    }
    return path;
}

// The key of `name` in `object` as it is spelt there, else `canonical`.
QString keyFor(const QJsonObject& object, const QString& canonical)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(canonical, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return canonical;
}

QJsonArray asArray(const QJsonValue& value)
{
    return value.isArray() ? value.toArray() : QJsonArray{value};
}

bool matches(const QJsonValue& element, const Path& path)
{
    return memberOf(element.toObject(), path.filterAttribute).toVariant().toString() == path.filterValue;
}

// A multi-valued attribute (emails, members) changed by one operation.
ScimResult<QJsonArray> patchList(QJsonArray list, Op op, const Path& path, const QJsonValue& value,
                                 const QString& identity)
{
    if (!path.filtered && path.subAttribute.isEmpty()) {
        if (op == Op::Replace)
            return asArray(value);
        if (op == Op::Add) {
            for (const QJsonValue& v : asArray(value)) {
                const QString id = memberOf(v.toObject(), identity).toVariant().toString();
                const bool present = std::any_of(list.begin(), list.end(), [&](const QJsonValue& e) {
                    return memberOf(e.toObject(), identity).toVariant().toString() == id;
                });
                if (!present)
                    list.append(v);
            }
            return list;
        }
        // remove: those listed in the value, or all of them.
        if (value.isUndefined() || value.isNull())
            return QJsonArray();
        QJsonArray kept;
        const QJsonArray gone = asArray(value);
        for (const QJsonValue& e : std::as_const(list)) {
            const QString id = memberOf(e.toObject(), identity).toVariant().toString();
            if (!std::any_of(gone.begin(), gone.end(), [&](const QJsonValue& g) {
                    return memberOf(g.toObject(), identity).toVariant().toString() == id;
                }))
                kept.append(e);
        }
        return kept;
    }
    if (!path.filtered) // emails.value: every element's
        return ScimFailure{400, QStringLiteral("invalidPath"),
                           Text::tr("%1.%2 needs a filter, such as %1[type eq \"work\"].%2")
                               .arg(path.attribute, path.subAttribute)};
    QJsonArray out;
    bool found = false;
    for (const QJsonValue& e : std::as_const(list)) {
        if (!matches(e, path)) {
            out.append(e);
            continue;
        }
        found = true;
        if (op == Op::Remove && path.subAttribute.isEmpty())
            continue;
        QJsonObject element = e.toObject();
        if (path.subAttribute.isEmpty()) {
            const QJsonObject replacement = value.toObject();
            for (auto it = replacement.begin(); it != replacement.end(); ++it)
                element.insert(keyFor(element, it.key()), it.value());
        } else if (op == Op::Remove) {
            element.remove(keyFor(element, path.subAttribute));
        } else {
            element.insert(keyFor(element, path.subAttribute), value);
        }
        out.append(element);
    }
    if (!found && op != Op::Remove) {
        // emails[type eq "work"].value on a user without a work email: it is made.
        QJsonObject element{{path.filterAttribute, path.filterValue}};
        if (path.subAttribute.isEmpty()) {
            const QJsonObject given = value.toObject();
            for (auto it = given.begin(); it != given.end(); ++it)
                element.insert(it.key(), it.value());
        } else {
            element.insert(path.subAttribute, value);
        }
        out.append(element);
    }
    return out;
}

class Patcher
{
public:
    Patcher(QJsonObject& resource, ResourceType type) : m_resource(resource), m_type(type) {}

    std::optional<ScimFailure> apply(Op op, QString path, const QJsonValue& value)
    {
        // Full names: the core schema's attribute, or the enterprise extension's.
        const QString core = (m_type == ResourceType::User ? kUserSchema : kGroupSchema) + u':';
        if (path.startsWith(core, Qt::CaseInsensitive))
            path = path.mid(core.size());
        if (m_type == ResourceType::User && path.startsWith(kEnterpriseUserSchema, Qt::CaseInsensitive))
            return applyEnterprise(op, path.mid(kEnterpriseUserSchema.size()), value);
        auto parsed = parsePath(path);
        if (auto* failure = std::get_if<ScimFailure>(&parsed))
            return *failure;
        const Path& p = std::get<Path>(parsed);
        if (p.attribute == QLatin1String("id") || p.attribute == QLatin1String("meta") ||
            p.attribute == QLatin1String("schemas"))
            return ScimFailure{400, QStringLiteral("mutability"), Text::tr("%1 cannot be changed").arg(path)};
        if (m_type == ResourceType::User) {
            if (isUnkeptUserAttribute(p.attribute))
                return std::nullopt; // accepted, not kept
            if (p.attribute == QLatin1String("emails"))
                return applyList(QStringLiteral("emails"), op, p, value, QStringLiteral("value"));
            for (const char* simple : {"userName", "displayName", "active", "externalId"}) {
                if (p.attribute == QString::fromLatin1(simple).toLower())
                    return applySimple(QString::fromLatin1(simple), op, p, value, path);
            }
            return invalidPath(path);
        }
        if (p.attribute == QLatin1String("members"))
            return applyList(QStringLiteral("members"), op, p, value, QStringLiteral("value"));
        for (const char* simple : {"displayName", "externalId"}) {
            if (p.attribute == QString::fromLatin1(simple).toLower())
                return applySimple(QString::fromLatin1(simple), op, p, value, path);
        }
        return invalidPath(path);
    }

private:
    std::optional<ScimFailure> applySimple(const QString& canonical, Op op, const Path& p,
                                           const QJsonValue& value, const QString& path)
    {
        if (p.filtered || !p.subAttribute.isEmpty())
            return invalidPath(path);
        const QString key = keyFor(m_resource, canonical);
        if (op == Op::Remove)
            m_resource.remove(key);
        else
            m_resource.insert(key, value);
        return std::nullopt;
    }

    std::optional<ScimFailure> applyList(const QString& canonical, Op op, const Path& p,
                                         const QJsonValue& value, const QString& identity)
    {
        const QString key = keyFor(m_resource, canonical);
        auto changed = patchList(m_resource.value(key).toArray(), op, p, value, identity);
        if (auto* failure = std::get_if<ScimFailure>(&changed))
            return *failure;
        m_resource.insert(key, std::get<QJsonArray>(changed));
        return std::nullopt;
    }

    // ":department", or "" with an object of the extension's attributes.
    std::optional<ScimFailure> applyEnterprise(Op op, const QString& rest, const QJsonValue& value)
    {
        const QString key = keyFor(m_resource, kEnterpriseUserSchema);
        QJsonObject extension = m_resource.value(key).toObject();
        const auto set = [&](const QString& name, const QJsonValue& v) -> std::optional<ScimFailure> {
            if (isUnkeptEnterpriseAttribute(name.toLower()))
                return std::nullopt;
            if (name.compare(QLatin1String("department"), Qt::CaseInsensitive) != 0)
                return invalidPath(kEnterpriseUserSchema + u':' + name);
            if (op == Op::Remove)
                extension.remove(keyFor(extension, QStringLiteral("department")));
            else
                extension.insert(keyFor(extension, QStringLiteral("department")), v);
            return std::nullopt;
        };
        if (rest.startsWith(u':')) {
            if (auto bad = set(rest.mid(1), value))
                return bad;
        } else if (rest.isEmpty() && op == Op::Remove) {
            extension = {};
        } else if (rest.isEmpty() && value.isObject()) {
            const QJsonObject given = value.toObject();
            for (auto it = given.begin(); it != given.end(); ++it) {
                if (auto bad = set(it.key(), it.value()))
                    return bad;
            }
        } else {
            return invalidPath(kEnterpriseUserSchema + rest);
        }
        m_resource.insert(key, extension);
        QJsonArray schemas = memberOf(m_resource, QStringLiteral("schemas")).toArray();
        if (!extension.isEmpty() && !schemas.contains(kEnterpriseUserSchema)) {
            schemas.append(kEnterpriseUserSchema);
            m_resource.insert(QStringLiteral("schemas"), schemas);
        }
        return std::nullopt;
    }

    QJsonObject& m_resource;
    ResourceType m_type;
};

} // namespace

ScimResult<QJsonObject> applyPatch(QJsonObject resource, const QJsonObject& patch, ResourceType type)
{
    const auto invalidSyntax = [](const QString& detail) {
        return ScimFailure{400, QStringLiteral("invalidSyntax"), detail};
    };
    bool patchOp = false;
    for (const QJsonValue& urn : memberOf(patch, QStringLiteral("schemas")).toArray())
        patchOp = patchOp || urn.toString() == kPatchOpSchema;
    if (!patchOp)
        return invalidSyntax(Text::tr("schemas must name %1").arg(kPatchOpSchema));
    const QJsonArray operations = memberOf(patch, QStringLiteral("Operations")).toArray();
    if (operations.isEmpty())
        return invalidSyntax(Text::tr("Operations must list at least one operation"));
    resource.remove(QStringLiteral("meta"));
    Patcher patcher(resource, type);
    for (const QJsonValue& o : operations) {
        const QJsonObject operation = o.toObject();
        const QString name = memberOf(operation, QStringLiteral("op")).toString().toLower();
        Op op = Op::Add;
        if (name == QLatin1String("add"))
            op = Op::Add;
        else if (name == QLatin1String("replace"))
            op = Op::Replace;
        else if (name == QLatin1String("remove"))
            op = Op::Remove;
        else
            return invalidSyntax(Text::tr("op must be add, replace or remove, not %1")
                                     .arg(memberOf(operation, QStringLiteral("op")).toVariant().toString()));
        const QJsonValue path = memberOf(operation, QStringLiteral("path"));
        const QJsonValue value = memberOf(operation, QStringLiteral("value"));
        if (path.isString()) {
            if (op != Op::Remove && value.isUndefined())
                return invalidSyntax(Text::tr("%1 of %2 needs a value").arg(name, path.toString()));
            if (auto bad = patcher.apply(op, path.toString(), value))
                return *bad;
            continue;
        }
        if (op == Op::Remove)
            return ScimFailure{400, QStringLiteral("noTarget"), Text::tr("remove needs a path")};
        if (!value.isObject())
            return invalidSyntax(
                Text::tr("an operation without a path needs an object of attributes as its value"));
        const QJsonObject attributes = value.toObject();
        for (auto it = attributes.begin(); it != attributes.end(); ++it) {
            if (auto bad = patcher.apply(op, it.key(), it.value()))
                return *bad;
        }
    }
    return resource;
}

} // namespace keydesk::net::scim
