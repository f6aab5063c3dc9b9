// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ScimApi.h"

#include "ScimFailure.h"
#include "ScimFilter.h"
#include "ScimPatch.h"
#include "ScimResources.h"
#include "ScimSchemas.h"
#include "core/store/Store.h"
#include "core/users/DirectoryService.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

namespace keydesk::net::scim {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ScimApi)
};

HttpReply scimJson(int status, const QJsonObject& json)
{
    HttpReply reply =
        HttpReply::content(scimContentType(), QJsonDocument(json).toJson(QJsonDocument::Compact));
    reply.status = status;
    return reply;
}

// A resource's answer, with its version as the ETag header.
HttpReply resourceReply(int status, const QJsonObject& resource)
{
    HttpReply reply = scimJson(status, resource);
    reply.addHeader("ETag", resource.value(QStringLiteral("meta"))
                                .toObject()
                                .value(QStringLiteral("version"))
                                .toString()
                                .toUtf8());
    return reply;
}

ScimFailure storageFailure(const Error& error)
{
    return {500, {}, error.message()};
}

// Whether an If-Match / If-None-Match header names `version` (or is "*").
bool namesVersion(const QByteArray& header, const QString& version)
{
    for (const QByteArray& tag : header.split(',')) {
        const QByteArray t = tag.trimmed();
        if (t == "*" || t == version.toUtf8())
            return true;
    }
    return false;
}

QString queryItem(const QUrlQuery& query, const char* name)
{
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

HttpReply ScimFailure::reply() const
{
    QJsonObject json{{QStringLiteral("schemas"), QJsonArray{kErrorSchema}},
                     {QStringLiteral("status"), QString::number(status)},
                     {QStringLiteral("detail"), detail}};
    if (!scimType.isEmpty())
        json.insert(QStringLiteral("scimType"), scimType);
    return scimJson(status, json);
}

ScimApi::Request ScimApi::Request::from(const QHttpServerRequest& request)
{
    using Method = QHttpServerRequest::Method;
    QByteArray method = "OTHER";
    switch (request.method()) {
    case Method::Get:
    case Method::Head:
        method = "GET";
        break;
    case Method::Post:
        method = "POST";
        break;
    case Method::Put:
        method = "PUT";
        break;
    case Method::Patch:
        method = "PATCH";
        break;
    case Method::Delete:
        method = "DELETE";
        break;
    default:
        break;
    }
    return {method,
            request.url(),
            request.value("content-type"),
            request.body(),
            request.value("authorization"),
            request.value("if-match"),
            request.value("if-none-match")};
}

ScimApi::ScimApi(Store& store, bool tls, QString publicBase, std::function<void()> scopeEntered)
    : m_store(store), m_tls(tls), m_base(publicBase + QStringLiteral("/scim/v2")),
      m_scopeEntered(std::move(scopeEntered))
{}

// One authenticated request of one source.
class ScimApi::Call
{
public:
    Call(ScimApi& api, const Request& request, DirectorySource source)
        : m_api(api), m_store(api.m_store), m_request(request), m_source(std::move(source)),
          m_actor(QStringLiteral("scim %1").arg(m_source.name)), m_scim(m_store.database()),
          m_query(request.url.query(QUrl::FullyEncoded))
    {}

    HttpReply run(const QStringList& parts)
    {
        const QByteArray& method = m_request.method;
        const QString what = parts.value(0);
        const QString id = parts.value(1);
        if (parts.size() > 2 || parts.isEmpty())
            return notFound();
        if (what == QLatin1String("ServiceProviderConfig") && parts.size() == 1)
            return method == "GET" ? scimJson(200, serviceProviderConfig(m_api.m_base)) : notAllowed("GET");
        if (what == QLatin1String("ResourceTypes") || what == QLatin1String("Schemas")) {
            if (method != "GET")
                return notAllowed("GET");
            const QJsonArray all =
                what == QLatin1String("Schemas") ? schemas(m_api.m_base) : resourceTypes(m_api.m_base);
            if (id.isEmpty())
                return scimJson(200, listResponse(all, all.size(), 1));
            for (const QJsonValue& one : all) {
                if (one.toObject().value(QStringLiteral("id")).toString() == id)
                    return scimJson(200, one.toObject());
            }
            return notFound();
        }
        const bool users = what == QLatin1String("Users");
        if (!users && what != QLatin1String("Groups"))
            return notFound();
        const ResourceType type = users ? ResourceType::User : ResourceType::Group;
        if (id.isEmpty()) {
            if (method == "GET")
                return list(type);
            if (method == "POST")
                return withBody([&](const QJsonObject& body) { return create(type, body); });
            return notAllowed("GET, POST");
        }
        if (method == "GET")
            return get(type, id);
        if (method == "PUT" || method == "PATCH")
            return withBody(
                [&](const QJsonObject& body) { return change(type, id, body, method == "PATCH"); });
        if (method == "DELETE")
            return remove(type, id);
        return notAllowed("GET, PUT, PATCH, DELETE");
    }

private:
    ScimFailure missing(const QString& id) const
    {
        return {404,
                {},
                id.isEmpty()
                    ? Text::tr("no such SCIM endpoint")
                    : Text::tr("no resource with id %1 in the directory source %2").arg(id, m_source.name)};
    }
    HttpReply notFound() const { return missing({}).reply(); }

    HttpReply notAllowed(const char* allowed)
    {
        HttpReply reply = ScimFailure{405, {}, Text::tr("use %1 here").arg(QLatin1String(allowed))}.reply();
        reply.addHeader("Allow", allowed);
        return reply;
    }

    template <typename Handle> HttpReply withBody(Handle&& handle)
    {
        const QByteArray type = m_request.contentType.split(';').value(0).trimmed().toLower();
        if (type != "application/scim+json" && type != "application/json")
            return ScimFailure{415, {}, Text::tr("send the body as application/scim+json")}.reply();
        QJsonParseError error{};
        const QJsonDocument body = QJsonDocument::fromJson(m_request.body, &error);
        if (error.error != QJsonParseError::NoError || !body.isObject())
            return ScimFailure{400, QStringLiteral("invalidSyntax"),
                               Text::tr("the body is not a JSON object")}
                .reply();
        return handle(body.object());
    }

    // The resource as stored, or a 404 / 500.
    ScimResult<QJsonObject> current(ResourceType type, const QString& id, bool withMembers)
    {
        if (type == ResourceType::User) {
            auto row = m_scim.user(m_source.id, id);
            if (!row)
                return storageFailure(row.cause());
            if (!row.value())
                return missing(id);
            return userResource(*row.value(), m_api.m_base);
        }
        auto row = m_scim.group(m_source.id, id, withMembers);
        if (!row)
            return storageFailure(row.cause());
        if (!row.value())
            return missing(id);
        return groupResource(*row.value(), m_api.m_base, withMembers);
    }

    bool wantsMembers() const
    {
        const QString only = queryItem(m_query, "attributes").toLower();
        const QString without = queryItem(m_query, "excludedAttributes").toLower();
        if (!only.isEmpty())
            return only.split(u',').contains(QStringLiteral("members"));
        return !without.split(u',').contains(QStringLiteral("members"));
    }

    HttpReply get(ResourceType type, const QString& id)
    {
        auto found = current(type, id, wantsMembers());
        if (auto* failure = std::get_if<ScimFailure>(&found))
            return failure->reply();
        const QJsonObject& resource = std::get<QJsonObject>(found);
        const QString version =
            resource.value(QStringLiteral("meta")).toObject().value(QStringLiteral("version")).toString();
        if (!m_request.ifNoneMatch.isEmpty() && namesVersion(m_request.ifNoneMatch, version)) {
            HttpReply unchanged;
            unchanged.status = 304;
            unchanged.addHeader("ETag", version.toUtf8());
            return unchanged;
        }
        return resourceReply(200, selectAttributes(resource, queryItem(m_query, "attributes"),
                                                   queryItem(m_query, "excludedAttributes")));
    }

    HttpReply list(ResourceType type)
    {
        auto filter = parseFilter(queryItem(m_query, "filter"), type);
        if (auto* failure = std::get_if<ScimFailure>(&filter))
            return failure->reply();
        const auto number = [&](const char* name, qint64 fallback) -> std::optional<qint64> {
            const QString text = queryItem(m_query, name);
            if (text.isEmpty())
                return fallback;
            bool ok = false;
            const qint64 value = text.toLongLong(&ok);
            return ok ? std::optional(value) : std::nullopt;
        };
        const auto startIndex = number("startIndex", 1);
        const auto count = number("count", kMaxResults);
        if (!startIndex || !count)
            return ScimFailure{400, QStringLiteral("invalidValue"),
                               Text::tr("startIndex and count must be integers")}
                .reply();
        // RFC 7644 §3.4.2.4: below 1 is 1; a negative count is 0.
        const qint64 start = std::max<qint64>(*startIndex, 1);
        const int limit = int(std::clamp<qint64>(*count, 0, kMaxResults));
        const auto& condition = std::get<std::optional<ScimCondition>>(filter);
        const QString only = queryItem(m_query, "attributes");
        const QString without = queryItem(m_query, "excludedAttributes");
        QJsonArray resources;
        qint64 total = 0;
        if (type == ResourceType::User) {
            auto page = m_scim.users(m_source.id, condition, start - 1, limit);
            if (!page)
                return storageFailure(page.cause()).reply();
            total = page->total;
            for (const ScimRepository::UserRow& row : page->rows)
                resources.append(selectAttributes(userResource(row, m_api.m_base), only, without));
        } else {
            const bool members = wantsMembers();
            auto page = m_scim.groups(m_source.id, condition, start - 1, limit, members);
            if (!page)
                return storageFailure(page.cause()).reply();
            total = page->total;
            for (const ScimRepository::GroupRow& row : page->rows)
                resources.append(selectAttributes(groupResource(row, m_api.m_base, members), only, without));
        }
        return scimJson(200, listResponse(resources, total, start));
    }

    HttpReply create(ResourceType type, const QJsonObject& body)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto applied = type == ResourceType::User ? keepUser(id, body) : keepGroup(id, body);
        if (auto* failure = std::get_if<ScimFailure>(&applied))
            return failure->reply();
        auto made = current(type, id, true);
        if (auto* failure = std::get_if<ScimFailure>(&made))
            return failure->reply();
        HttpReply reply = resourceReply(201, std::get<QJsonObject>(made));
        reply.addHeader("Location", std::get<QJsonObject>(made)
                                        .value(QStringLiteral("meta"))
                                        .toObject()
                                        .value(QStringLiteral("location"))
                                        .toString()
                                        .toUtf8());
        return reply;
    }

    // A PUT (the body is the resource) or PATCH (the body changes the stored resource).
    HttpReply change(ResourceType type, const QString& id, const QJsonObject& body, bool patch)
    {
        auto stored = current(type, id, true);
        if (auto* failure = std::get_if<ScimFailure>(&stored))
            return failure->reply();
        if (auto refused = preconditionFails(std::get<QJsonObject>(stored)))
            return refused->reply();
        QJsonObject wanted = body;
        if (patch) {
            auto patched = applyPatch(std::get<QJsonObject>(stored), body, type);
            if (auto* failure = std::get_if<ScimFailure>(&patched))
                return failure->reply();
            wanted = std::get<QJsonObject>(patched);
        }
        auto applied = type == ResourceType::User ? keepUser(id, wanted) : keepGroup(id, wanted);
        if (auto* failure = std::get_if<ScimFailure>(&applied))
            return failure->reply();
        auto now = current(type, id, wantsMembers());
        if (auto* failure = std::get_if<ScimFailure>(&now))
            return failure->reply();
        return resourceReply(200, std::get<QJsonObject>(now));
    }

    HttpReply remove(ResourceType type, const QString& id)
    {
        auto stored = current(type, id, false);
        if (auto* failure = std::get_if<ScimFailure>(&stored))
            return failure->reply();
        if (auto refused = preconditionFails(std::get<QJsonObject>(stored)))
            return refused->reply();
        DirectorySnapshot snapshot = newSnapshot();
        (type == ResourceType::User ? snapshot.removedUsers : snapshot.removedGroups) << id;
        auto applied = apply(snapshot);
        if (auto* failure = std::get_if<ScimFailure>(&applied))
            return failure->reply();
        HttpReply gone;
        gone.status = 204;
        return gone;
    }

    std::optional<ScimFailure> preconditionFails(const QJsonObject& stored) const
    {
        const QString version =
            stored.value(QStringLiteral("meta")).toObject().value(QStringLiteral("version")).toString();
        if (m_request.ifMatch.isEmpty() || namesVersion(m_request.ifMatch, version))
            return std::nullopt;
        return ScimFailure{412, {}, Text::tr("the resource has changed: its version is now %1").arg(version)};
    }

    DirectorySnapshot newSnapshot() const
    {
        DirectorySnapshot snapshot;
        snapshot.mode = SyncMode::Incremental;
        snapshot.entriesRead = 1;
        snapshot.startedAtMs = m_store.clock().nowMs();
        return snapshot;
    }

    // The user the resource asks for, kept under `id` through the directory's rules.
    ScimResult<bool> keepUser(const QString& id, const QJsonObject& resource)
    {
        auto entry = userEntryFrom(resource, id);
        if (auto* failure = std::get_if<ScimFailure>(&entry))
            return *failure;
        const DirectoryUserEntry& user = std::get<DirectoryUserEntry>(entry);
        auto holder = m_scim.userNameHolder(m_source.id, user.fields.upn, id);
        if (!holder)
            return storageFailure(holder.cause());
        if (holder.value())
            return ScimFailure{
                409, QStringLiteral("uniqueness"),
                Text::tr("the userName %1 is already the user %2's").arg(user.fields.upn, *holder.value())};
        DirectorySnapshot snapshot = newSnapshot();
        snapshot.users << user;
        return apply(snapshot);
    }

    ScimResult<bool> keepGroup(const QString& id, const QJsonObject& resource)
    {
        auto entry = groupEntryFrom(resource, id);
        if (auto* failure = std::get_if<ScimFailure>(&entry))
            return *failure;
        const DirectoryGroupEntry& group = std::get<DirectoryGroupEntry>(entry);
        auto known = m_scim.existingUsers(m_source.id, group.memberIds);
        if (!known)
            return storageFailure(known.cause());
        for (const QString& member : group.memberIds) {
            if (!known->contains(member))
                return ScimFailure{
                    400, QStringLiteral("invalidValue"),
                    Text::tr("no user with id %1 in the directory source %2").arg(member, m_source.name)};
        }
        DirectorySnapshot snapshot = newSnapshot();
        snapshot.groups << group;
        return apply(snapshot);
    }

    // One run of the source's rules; an entry the rules refuse (an email or group name another
    // holds) is a conflict.
    ScimResult<bool> apply(const DirectorySnapshot& snapshot)
    {
        auto report = DirectorySync(m_store).apply(m_actor, m_source, snapshot, false,
                                                   DirectorySync::Recording::WhenSomethingHappened);
        if (!report)
            return storageFailure(report.cause());
        if (!report->errors.isEmpty())
            return ScimFailure{409, QStringLiteral("uniqueness"), report->errors.constFirst().message};
        if (report->entersScope && m_api.m_scopeEntered)
            m_api.m_scopeEntered();
        return true;
    }

    ScimApi& m_api;
    Store& m_store;
    const Request& m_request;
    const DirectorySource m_source;
    const Actor m_actor;
    ScimRepository m_scim;
    const QUrlQuery m_query;
};

HttpReply ScimApi::dispatch(const Request& request, const QHostAddress& peer)
{
    // Bearer tokens never cross a network in clear.
    if (!m_tls && !peer.isLoopback())
        return ScimFailure{
            403, {}, Text::tr("SCIM is answered over plain HTTP on this machine only; use HTTPS")}
            .reply();
    auto caller = DirectoryService(m_store).scimSourceFor(request.authorization);
    if (!caller)
        return storageFailure(caller.cause()).reply();
    if (!caller->source) {
        HttpReply refused = ScimFailure{401, {}, caller->refusal.message()}.reply();
        refused.addHeader("WWW-Authenticate", "Bearer realm=\"KeyDesk SCIM\"");
        return refused;
    }
    const QStringList parts =
        request.url.path().mid(QStringLiteral("/scim/v2").size()).split(u'/', Qt::SkipEmptyParts);
    Call call(*this, request, *caller->source);
    return call.run(parts);
}

} // namespace keydesk::net::scim
