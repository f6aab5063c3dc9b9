// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// The SCIM 2.0 service provider over real HTTP, driven the way Microsoft Entra ID's provisioning
// drives it: look a user up by filter, create, patch attributes (Entra's capitalised ops, "False"
// as text, value objects of paths), patch group members, disable, delete. Every answer is checked
// against the schemas the server itself publishes at /Schemas (RFC 7643) and the message formats
// of RFC 7644; every refused request changes nothing.
#include "EnrollmentHarness.h"

#include "core/keys/KeyLifecycle.h"
#include "core/reports/OverviewService.h"
#include "core/users/DirectoryService.h"
#include "core/users/GroupService.h"
#include "core/users/UserService.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace keydesk;
using namespace keydesk::test;

namespace {

const QString kUser = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");
const QString kGroup = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group");
const QString kEnterprise = QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
const QString kPatchOp = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp");
const QString kError = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error");
const QString kList = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse");

QJsonObject jsonOf(const EnrollmentHarness::RawReply& reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

// Checks answers against the server's own schema documents: every attribute declared, of its
// declared type and plurality, required ones present, none that is never returned; the common
// attributes (id, externalId, meta) as RFC 7643 §3.1 has them.
class SchemaCheck
{
public:
    void load(const QJsonArray& schemas)
    {
        for (const QJsonValue& s : schemas)
            m_schemas.insert(s.toObject().value(QStringLiteral("id")).toString(), s.toObject());
    }
    bool loaded() const { return m_schemas.size() == 3; }

    // Empty when `resource` is a valid `type` ("User", "Group"), else what is wrong.
    QString resource(const QJsonObject& resource, const QString& type) const
    {
        const QString core = type == QLatin1String("User") ? kUser : kGroup;
        const QJsonArray schemas = resource.value(QStringLiteral("schemas")).toArray();
        if (!schemas.contains(core))
            return QStringLiteral("schemas lacks %1").arg(core);
        if (!resource.value(QStringLiteral("id")).isString() ||
            resource.value(QStringLiteral("id")).toString().isEmpty())
            return QStringLiteral("no id");
        if (resource.contains(QStringLiteral("externalId")) &&
            !resource.value(QStringLiteral("externalId")).isString())
            return QStringLiteral("externalId is not a string");
        const QJsonObject meta = resource.value(QStringLiteral("meta")).toObject();
        if (meta.value(QStringLiteral("resourceType")).toString() != type)
            return QStringLiteral("meta.resourceType is not %1").arg(type);
        for (const char* time : {"created", "lastModified"}) {
            if (!QDateTime::fromString(meta.value(QLatin1String(time)).toString(), Qt::ISODateWithMs)
                     .isValid())
                return QStringLiteral("meta.%1 is not a dateTime").arg(QLatin1String(time));
        }
        if (!meta.value(QStringLiteral("location"))
                 .toString()
                 .endsWith(resource.value(QStringLiteral("id")).toString()))
            return QStringLiteral("meta.location does not end with the id");
        if (!meta.value(QStringLiteral("version")).toString().startsWith(QLatin1String("W/\"")))
            return QStringLiteral("meta.version is not a weak ETag");
        for (auto it = resource.begin(); it != resource.end(); ++it) {
            const QString& key = it.key();
            if (key == QLatin1String("schemas") || key == QLatin1String("id") ||
                key == QLatin1String("externalId") || key == QLatin1String("meta"))
                continue;
            if (m_schemas.contains(key)) { // an extension's attributes
                if (!schemas.contains(key))
                    return QStringLiteral("%1 is present but not in schemas").arg(key);
                if (QString problem = attributes(it.value().toObject(), m_schemas.value(key), key);
                    !problem.isEmpty())
                    return problem;
                continue;
            }
            const QJsonObject definition = attributeOf(m_schemas.value(core), key);
            if (definition.isEmpty())
                return QStringLiteral("%1 is not an attribute of %2").arg(key, core);
            if (QString problem = value(it.value(), definition, key); !problem.isEmpty())
                return problem;
        }
        for (const QJsonValue& a : m_schemas.value(core).value(QStringLiteral("attributes")).toArray()) {
            const QJsonObject definition = a.toObject();
            if (definition.value(QStringLiteral("required")).toBool() &&
                !resource.contains(definition.value(QStringLiteral("name")).toString()))
                return QStringLiteral("required %1 is missing")
                    .arg(definition.value(QStringLiteral("name")).toString());
        }
        return {};
    }

    static QString error(const EnrollmentHarness::RawReply& reply)
    {
        const QJsonObject e = jsonOf(reply);
        if (e.value(QStringLiteral("schemas")).toArray() != QJsonArray{kError})
            return QStringLiteral("schemas is not [Error]");
        if (e.value(QStringLiteral("status")).toString() != QString::number(reply.status))
            return QStringLiteral("status %1 is not the HTTP status %2")
                .arg(e.value(QStringLiteral("status")).toString())
                .arg(reply.status);
        if (!e.value(QStringLiteral("detail")).isString())
            return QStringLiteral("no detail");
        static const QStringList types{QStringLiteral("invalidFilter"), QStringLiteral("tooMany"),
                                       QStringLiteral("uniqueness"),    QStringLiteral("mutability"),
                                       QStringLiteral("invalidSyntax"), QStringLiteral("invalidPath"),
                                       QStringLiteral("noTarget"),      QStringLiteral("invalidValue"),
                                       QStringLiteral("invalidVers"),   QStringLiteral("sensitive")};
        if (e.contains(QStringLiteral("scimType")) &&
            !types.contains(e.value(QStringLiteral("scimType")).toString()))
            return QStringLiteral("scimType %1 is not RFC 7644's")
                .arg(e.value(QStringLiteral("scimType")).toString());
        if (reply.header("Content-Type") != "application/scim+json")
            return QStringLiteral("Content-Type is %1")
                .arg(QString::fromLatin1(reply.header("Content-Type")));
        return {};
    }

    QString list(const QJsonObject& list, const QString& type) const
    {
        if (list.value(QStringLiteral("schemas")).toArray() != QJsonArray{kList})
            return QStringLiteral("schemas is not [ListResponse]");
        const QJsonArray resources = list.value(QStringLiteral("Resources")).toArray();
        if (!list.value(QStringLiteral("totalResults")).isDouble() ||
            !list.value(QStringLiteral("startIndex")).isDouble() ||
            list.value(QStringLiteral("itemsPerPage")).toInt(-1) != resources.size())
            return QStringLiteral("totalResults, startIndex or itemsPerPage is wrong");
        for (const QJsonValue& r : resources) {
            if (QString problem = resource(r.toObject(), type); !problem.isEmpty())
                return problem;
        }
        return {};
    }

private:
    static QJsonObject attributeOf(const QJsonObject& container, const QString& name)
    {
        const QString field = container.contains(QStringLiteral("attributes"))
                                  ? QStringLiteral("attributes")
                                  : QStringLiteral("subAttributes");
        for (const QJsonValue& a : container.value(field).toArray()) {
            if (a.toObject().value(QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
                return a.toObject();
        }
        return {};
    }

    QString attributes(const QJsonObject& object, const QJsonObject& container, const QString& where) const
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonObject definition = attributeOf(container, it.key());
            if (definition.isEmpty())
                return QStringLiteral("%1.%2 is not declared").arg(where, it.key());
            if (QString problem = value(it.value(), definition, where + u'.' + it.key()); !problem.isEmpty())
                return problem;
        }
        return {};
    }

    QString value(const QJsonValue& v, const QJsonObject& definition, const QString& where) const
    {
        if (definition.value(QStringLiteral("returned")).toString() == QLatin1String("never"))
            return QStringLiteral("%1 is returned though declared never returned").arg(where);
        if (definition.value(QStringLiteral("multiValued")).toBool()) {
            if (!v.isArray())
                return QStringLiteral("%1 is multi-valued but not a list").arg(where);
            for (const QJsonValue& one : v.toArray()) {
                if (QString problem = single(one, definition, where); !problem.isEmpty())
                    return problem;
            }
            return {};
        }
        return single(v, definition, where);
    }

    QString single(const QJsonValue& v, const QJsonObject& definition, const QString& where) const
    {
        const QString type = definition.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("string") || type == QLatin1String("reference"))
            return v.isString() ? QString() : QStringLiteral("%1 is not a string").arg(where);
        if (type == QLatin1String("boolean"))
            return v.isBool() ? QString() : QStringLiteral("%1 is not a boolean").arg(where);
        if (type == QLatin1String("complex"))
            return v.isObject() ? attributes(v.toObject(), definition, where)
                                : QStringLiteral("%1 is not complex").arg(where);
        return QStringLiteral("%1 has the unexpected type %2").arg(where, type);
    }

    QHash<QString, QJsonObject> m_schemas;
};

} // namespace

class TestScim : public QObject
{
    Q_OBJECT

    std::unique_ptr<EnrollmentHarness> m_h;
    QString m_token;
    SchemaCheck m_check;
    QStringList m_problems; // answers that broke the format, whatever the test looked at

    using Reply = EnrollmentHarness::RawReply;

    Reply call(const QByteArray& method, const QString& path, const QJsonObject& body = {},
               QList<std::pair<QByteArray, QByteArray>> headers = {}, const QString& token = {})
    {
        headers.append({"Authorization", "Bearer " + (token.isEmpty() ? m_token : token).toLatin1()});
        const Reply reply =
            m_h->request(method, QStringLiteral("/scim/v2") + path,
                         body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                         body.isEmpty() ? QByteArray() : QByteArrayLiteral("application/scim+json"), headers);
        if (const QString problem = checkAnswer(reply, path); !problem.isEmpty())
            m_problems << QStringLiteral("%1 %2: %3").arg(QString::fromLatin1(method), path, problem);
        return reply;
    }

    // Every answer, whatever the test does with it: an error in RFC 7644's format, a resource or
    // list valid by the published schemas, a discovery document of its kind, or no body at all.
    QString checkAnswer(const Reply& reply, const QString& path) const
    {
        if (reply.status == 204 || reply.status == 304)
            return reply.body.isEmpty() ? QString() : QStringLiteral("a body with %1").arg(reply.status);
        if (reply.header("Content-Type") != "application/scim+json")
            return QStringLiteral("Content-Type %1").arg(QString::fromLatin1(reply.header("Content-Type")));
        const QJsonObject json = jsonOf(reply);
        const QJsonArray schemas = json.value(QStringLiteral("schemas")).toArray();
        if (reply.status >= 400)
            return SchemaCheck::error(reply);
        if (!m_check.loaded()) // the /Schemas answer the checks come from
            return schemas == QJsonArray{kList} ? QString() : QStringLiteral("not a ListResponse");
        const QString endpoint = QUrl(path).path().section(u'/', 1, 1);
        if (endpoint == QLatin1String("Users") || endpoint == QLatin1String("Groups")) {
            const QString type =
                endpoint == QLatin1String("Users") ? QStringLiteral("User") : QStringLiteral("Group");
            return schemas == QJsonArray{kList} ? m_check.list(json, type) : m_check.resource(json, type);
        }
        const QString kind = endpoint == QLatin1String("Schemas")         ? QStringLiteral("Schema")
                             : endpoint == QLatin1String("ResourceTypes") ? QStringLiteral("ResourceType")
                                                                          : endpoint;
        const QString urn = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:") + kind;
        const QJsonArray documents = schemas == QJsonArray{kList}
                                         ? json.value(QStringLiteral("Resources")).toArray()
                                         : QJsonArray{json};
        for (const QJsonValue& d : documents) {
            if (d.toObject().value(QStringLiteral("schemas")).toArray() != QJsonArray{urn})
                return QStringLiteral("a document that is not a %1").arg(urn);
            if (d.toObject()
                    .value(QStringLiteral("meta"))
                    .toObject()
                    .value(QStringLiteral("resourceType"))
                    .toString() != kind)
                return QStringLiteral("meta.resourceType is not %1").arg(kind);
        }
        return {};
    }

    static QString filterPath(const QString& endpoint, const QString& filter, const QString& more = {})
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("filter"), QString::fromLatin1(QUrl::toPercentEncoding(filter)));
        return endpoint + u'?' + query.toString(QUrl::FullyEncoded) + more;
    }

    static QJsonObject entraUser(const QString& userName, const QString& given, const QString& family,
                                 const QString& objectId, const QString& department = {})
    {
        QJsonObject user{
            {QStringLiteral("schemas"), QJsonArray{kUser, kEnterprise}},
            {QStringLiteral("externalId"), objectId},
            {QStringLiteral("userName"), userName},
            {QStringLiteral("active"), true},
            {QStringLiteral("displayName"), QString(given + u' ' + family)},
            {QStringLiteral("emails"),
             QJsonArray{QJsonObject{{QStringLiteral("primary"), true},
                                    {QStringLiteral("type"), QStringLiteral("work")},
                                    {QStringLiteral("value"), userName}}}},
            {QStringLiteral("meta"), QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("User")}}},
            {QStringLiteral("name"),
             QJsonObject{{QStringLiteral("formatted"), QString(given + u' ' + family)},
                         {QStringLiteral("familyName"), family},
                         {QStringLiteral("givenName"), given}}},
            {QStringLiteral("title"), QStringLiteral("Engineer")}};
        if (!department.isEmpty())
            user.insert(kEnterprise, QJsonObject{{QStringLiteral("department"), department}});
        return user;
    }

    static QJsonObject patch(const QJsonArray& operations)
    {
        return {{QStringLiteral("schemas"), QJsonArray{kPatchOp}},
                {QStringLiteral("Operations"), operations}};
    }

    static QJsonObject op(const QString& name, const QString& path,
                          const QJsonValue& value = QJsonValue::Undefined)
    {
        QJsonObject o{{QStringLiteral("op"), name}};
        if (!path.isEmpty())
            o.insert(QStringLiteral("path"), path);
        if (!value.isUndefined())
            o.insert(QStringLiteral("value"), value);
        return o;
    }

    // The resource an answer holds, checked against the published schemas.
    QJsonObject resourceOf(const Reply& reply, int status, const QString& type)
    {
        [&] {
            QVERIFY2(reply.status == status, reply.body.constData());
            QCOMPARE(reply.header("Content-Type"), QByteArray("application/scim+json"));
            const QJsonObject resource = jsonOf(reply);
            const QString problem = m_check.resource(resource, type);
            QVERIFY2(problem.isEmpty(), qPrintable(problem + u' ' + QString::fromUtf8(reply.body)));
            QCOMPARE(reply.header("ETag"), resource.value(QStringLiteral("meta"))
                                               .toObject()
                                               .value(QStringLiteral("version"))
                                               .toString()
                                               .toUtf8());
        }();
        return jsonOf(reply);
    }

    // The list an answer holds, checked.
    QJsonObject listOf(const Reply& reply, const QString& type)
    {
        [&] {
            QVERIFY2(reply.status == 200, reply.body.constData());
            const QString problem = m_check.list(jsonOf(reply), type);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }();
        return jsonOf(reply);
    }

    // A refusal in RFC 7644's error format, with this status, scimType and detail.
    static void expectError(const Reply& reply, int status, const QString& scimType, const QString& detail)
    {
        QVERIFY2(reply.status == status, reply.body.constData());
        const QString problem = SchemaCheck::error(reply);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(jsonOf(reply).value(QStringLiteral("scimType")).toString(), scimType);
        QCOMPARE(jsonOf(reply).value(QStringLiteral("detail")).toString(), detail);
    }

    QString everything()
    {
        return m_h->rows() + tableDump((*m_h->store).database(), QStringLiteral("groups")) +
               tableDump((*m_h->store).database(), QStringLiteral("group_members")) +
               tableDump((*m_h->store).database(), QStringLiteral("directory_runs"));
    }

    User userByEmail(const QString& email)
    {
        auto user = (*m_h->store).users().findByEmail(email);
        if (!user || !user.value())
            qFatal("no user %s", qPrintable(email));
        return *user.value();
    }

    QString keyStatus(qint64 keyId)
    {
        return textScalar(
            (*m_h->store).database(),
            QStringLiteral("SELECT status || ': ' || coalesce(status_reason, '') FROM security_keys "
                           "WHERE id = %1")
                .arg(keyId));
    }

private Q_SLOTS:
    void init()
    {
        m_h = std::make_unique<EnrollmentHarness>();
        auto issued = DirectoryService(*m_h->store)
                          .issueScimToken(Actor(QStringLiteral("admin")), QStringLiteral("entra"),
                                          LeaverAction::Suspend);
        QVERIFY2(issued, qPrintable(issued.error()));
        QVERIFY(issued->sourceCreated);
        QVERIFY(issued->token.startsWith(QLatin1String("kdscim_")));
        m_token = issued->token;
        const Reply schemas = call("GET", QStringLiteral("/Schemas"));
        QCOMPARE(schemas.status, 200);
        m_check = {};
        m_check.load(jsonOf(schemas).value(QStringLiteral("Resources")).toArray());
        QVERIFY(m_check.loaded());
    }

    void cleanup()
    {
        m_h.reset();
        const QStringList problems = std::exchange(m_problems, {});
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void discoveryDocuments()
    {
        const QJsonObject config = jsonOf(call("GET", QStringLiteral("/ServiceProviderConfig")));
        QCOMPARE(config.value(QStringLiteral("schemas")).toArray(),
                 QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig")});
        QCOMPARE(config.value(QStringLiteral("patch")).toObject().value(QStringLiteral("supported")).toBool(),
                 true);
        QCOMPARE(config.value(QStringLiteral("bulk")).toObject().value(QStringLiteral("supported")).toBool(),
                 false);
        QCOMPARE(
            config.value(QStringLiteral("filter")).toObject().value(QStringLiteral("maxResults")).toInt(),
            200);
        QCOMPARE(config.value(QStringLiteral("etag")).toObject().value(QStringLiteral("supported")).toBool(),
                 true);
        QCOMPARE(config.value(QStringLiteral("authenticationSchemes"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("type"))
                     .toString(),
                 QStringLiteral("oauthbearertoken"));

        const QJsonObject types = jsonOf(call("GET", QStringLiteral("/ResourceTypes")));
        QCOMPARE(types.value(QStringLiteral("totalResults")).toInt(), 2);
        const QJsonObject user = jsonOf(call("GET", QStringLiteral("/ResourceTypes/User")));
        QCOMPARE(user.value(QStringLiteral("endpoint")).toString(), QStringLiteral("/Users"));
        QCOMPARE(user.value(QStringLiteral("schema")).toString(), kUser);
        QCOMPARE(user.value(QStringLiteral("schemaExtensions"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("schema"))
                     .toString(),
                 kEnterprise);
        // Each schema is one by its own rules: attributes with name, type, plurality, mutability.
        const QJsonObject one = jsonOf(call("GET", QStringLiteral("/Schemas/") + kGroup));
        QCOMPARE(one.value(QStringLiteral("name")).toString(), QStringLiteral("Group"));
        for (const QString& urn : {kUser, kEnterprise, kGroup}) {
            const QJsonObject schema = jsonOf(call("GET", QStringLiteral("/Schemas/") + urn));
            QVERIFY(!schema.value(QStringLiteral("attributes")).toArray().isEmpty());
            for (const QJsonValue& a : schema.value(QStringLiteral("attributes")).toArray()) {
                const QJsonObject attribute = a.toObject();
                for (const char* field :
                     {"name", "type", "multiValued", "required", "mutability", "returned"})
                    QVERIFY2(attribute.contains(QLatin1String(field)),
                             qPrintable(attribute.value(QStringLiteral("name")).toString() + u' ' +
                                        QLatin1String(field)));
            }
        }
        expectError(call("GET", QStringLiteral("/Schemas/urn:nothing")), 404, {},
                    QStringLiteral("no such SCIM endpoint"));
    }

    // What Entra ID's provisioning does, in its order and with its payloads.
    void entraProvisioningCycle()
    {
        // Is she there? (Entra asks before it creates.)
        QJsonObject found =
            listOf(call("GET", filterPath(QStringLiteral("/Users"),
                                          QStringLiteral("userName eq \"ada@corp.example\""))),
                   QStringLiteral("User"));
        QCOMPARE(found.value(QStringLiteral("totalResults")).toInt(), 0);

        const Reply created = call("POST", QStringLiteral("/Users"),
                                   entraUser(QStringLiteral("ada@corp.example"), QStringLiteral("Ada"),
                                             QStringLiteral("Lovelace"), QStringLiteral("7c1e-ada"),
                                             QStringLiteral("Research")));
        const QJsonObject ada = resourceOf(created, 201, QStringLiteral("User"));
        const QString adaId = ada.value(QStringLiteral("id")).toString();
        QCOMPARE(created.header("Location"),
                 QString(m_h->server->config().baseUrl + QStringLiteral("/scim/v2/Users/") + adaId).toUtf8());
        QCOMPARE(ada.value(QStringLiteral("userName")).toString(), QStringLiteral("ada@corp.example"));
        QCOMPARE(ada.value(QStringLiteral("externalId")).toString(), QStringLiteral("7c1e-ada"));
        QCOMPARE(ada.value(kEnterprise).toObject().value(QStringLiteral("department")).toString(),
                 QStringLiteral("Research"));
        QVERIFY(!ada.contains(QStringLiteral("title"))); // accepted, not kept
        User adaUser = userByEmail(QStringLiteral("ada@corp.example"));
        QCOMPARE(adaUser.displayName, QStringLiteral("Ada Lovelace"));
        QCOMPARE(adaUser.upn, QStringLiteral("ada@corp.example"));
        QCOMPARE(adaUser.source, UserSource::Directory);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'user.create' AND ") +
                       jsonFieldIs(QStringLiteral("details"), QStringLiteral("directory_source"),
                                   QStringLiteral("\"entra\""))),
                 1);
        QCOMPARE(textScalar((*m_h->store).database(),
                            QStringLiteral("SELECT actor FROM audit_events WHERE action = 'user.create'")),
                 QStringLiteral("scim entra"));

        // Entra retrying a create that already happened: a conflict, nothing changes.
        const QString before = everything();
        expectError(call("POST", QStringLiteral("/Users"),
                         entraUser(QStringLiteral("ada@corp.example"), QStringLiteral("Ada"),
                                   QStringLiteral("Lovelace"), QStringLiteral("7c1e-ada"))),
                    409, QStringLiteral("uniqueness"),
                    QStringLiteral("the userName ada@corp.example is already the user %1's").arg(adaId));
        QCOMPARE(everything(), before);

        // Found again by each filter Entra and Okta use.
        for (const QString& filter :
             {QStringLiteral("userName eq \"ADA@corp.example\""),
              QStringLiteral("externalId eq \"7c1e-ada\""),
              QStringLiteral("emails[type eq \"work\"].value eq \"ada@corp.example\""),
              QStringLiteral("emails co \"@corp.\""), QStringLiteral("userName sw \"ada\""),
              QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"ada@corp.example\""),
              QStringLiteral("id eq \"%1\"").arg(adaId)}) {
            found = listOf(call("GET", filterPath(QStringLiteral("/Users"), filter)), QStringLiteral("User"));
            QVERIFY2(found.value(QStringLiteral("totalResults")).toInt() == 1, qPrintable(filter));
            QCOMPARE(found.value(QStringLiteral("Resources"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("id"))
                         .toString(),
                     adaId);
        }
        // externalId is case exact (RFC 7643 §3.1).
        found = listOf(
            call("GET", filterPath(QStringLiteral("/Users"), QStringLiteral("externalId eq \"7C1E-ADA\""))),
            QStringLiteral("User"));
        QCOMPARE(found.value(QStringLiteral("totalResults")).toInt(), 0);

        // Entra's attribute update: capitalised ops, a value object of paths, unkept attributes.
        Reply patched = call(
            "PATCH", QStringLiteral("/Users/") + adaId,
            patch(
                {op(QStringLiteral("Replace"), QStringLiteral("emails[type eq \"work\"].value"),
                    QStringLiteral("ada.king@corp.example")),
                 op(QStringLiteral("Replace"), {},
                    QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Ada King")},
                                {QStringLiteral("name.familyName"), QStringLiteral("King")},
                                {kEnterprise + QStringLiteral(":department"), QStringLiteral("Analytics")}}),
                 op(QStringLiteral("Add"), QStringLiteral("phoneNumbers[type eq \"work\"].value"),
                    QStringLiteral("+44 20 7946 0000"))}));
        QJsonObject adaNow = resourceOf(patched, 200, QStringLiteral("User"));
        QCOMPARE(adaNow.value(QStringLiteral("displayName")).toString(), QStringLiteral("Ada King"));
        QCOMPARE(adaNow.value(QStringLiteral("emails"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toString(),
                 QStringLiteral("ada.king@corp.example"));
        adaUser = userByEmail(QStringLiteral("ada.king@corp.example"));
        QCOMPARE(adaUser.department, QStringLiteral("Analytics"));
        QVERIFY(adaNow.value(QStringLiteral("meta")).toObject().value(QStringLiteral("version")) !=
                ada.value(QStringLiteral("meta")).toObject().value(QStringLiteral("version")));

        // A second user, and a group Entra fills by member patches.
        const QString grace =
            resourceOf(call("POST", QStringLiteral("/Users"),
                            entraUser(QStringLiteral("grace@corp.example"), QStringLiteral("Grace"),
                                      QStringLiteral("Hopper"), QStringLiteral("7c1e-grace"))),
                       201, QStringLiteral("User"))
                .value(QStringLiteral("id"))
                .toString();
        const QJsonObject group =
            resourceOf(call("POST", QStringLiteral("/Groups"),
                            {{QStringLiteral("schemas"), QJsonArray{kGroup}},
                             {QStringLiteral("displayName"), QStringLiteral("Engineering")},
                             {QStringLiteral("externalId"), QStringLiteral("g-eng")},
                             {QStringLiteral("members"), QJsonArray()}}),
                       201, QStringLiteral("Group"));
        const QString groupId = group.value(QStringLiteral("id")).toString();
        found = listOf(call("GET", filterPath(QStringLiteral("/Groups"),
                                              QStringLiteral("displayName eq \"engineering\""),
                                              QStringLiteral("&excludedAttributes=members"))),
                       QStringLiteral("Group"));
        QCOMPARE(found.value(QStringLiteral("totalResults")).toInt(), 1);
        QVERIFY(!found.value(QStringLiteral("Resources"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .contains(QStringLiteral("members")));
        resourceOf(call("PATCH", QStringLiteral("/Groups/") + groupId,
                        patch({op(QStringLiteral("Add"), QStringLiteral("members"),
                                  QJsonArray{QJsonObject{{QStringLiteral("value"), adaId}},
                                             QJsonObject{{QStringLiteral("value"), grace}}})})),
                   200, QStringLiteral("Group"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM group_members gm JOIN groups g ON g.id = "
                                      "gm.group_id WHERE g.name = 'Engineering'")),
                 2);
        QJsonObject members = resourceOf(
            call(
                "PATCH", QStringLiteral("/Groups/") + groupId,
                patch({op(QStringLiteral("Remove"), QStringLiteral("members[value eq \"%1\"]").arg(grace))})),
            200, QStringLiteral("Group"));
        QCOMPARE(members.value(QStringLiteral("members")).toArray().size(), 1);
        QCOMPARE(members.value(QStringLiteral("members"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toString(),
                 adaId);
        QCOMPARE(members.value(QStringLiteral("members"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("display"))
                     .toString(),
                 QStringLiteral("Ada King"));

        // Ada holds an active key and a waiting one; Entra disables her ("False", as text).
        const IssuedLink first = m_h->assign(adaUser);
        QVERIFY(m_h->activate(first.link).reply.ok());
        auto waiting = KeyLifecycle(*m_h->store)
                           .assign(Actor(QStringLiteral("helpdesk")), adaUser, KeyType::Smartphone,
                                   KeySettings(), ActivationMethod::Email, {}, ActivationLifetimes());
        QVERIFY2(waiting, qPrintable(waiting.error()));
        adaNow = resourceOf(
            call("PATCH", QStringLiteral("/Users/") + adaId,
                 patch({op(QStringLiteral("Replace"), QStringLiteral("active"), QStringLiteral("False"))})),
            200, QStringLiteral("User"));
        QCOMPARE(adaNow.value(QStringLiteral("active")).toBool(), false);
        const QString reason = QStringLiteral("left the directory source entra (disabled)");
        QCOMPARE(keyStatus(first.key.id), QStringLiteral("suspended: ") + reason);
        QCOMPARE(keyStatus(waiting->key.id), QStringLiteral("revoked: ") + reason);
        // Her waiting link no longer activates anything.
        const phone::PhoneActivation late =
            m_h->activate(m_h->url(QStringLiteral("/a/") + waiting->issued.secrets.token).toString());
        QVERIFY(!late.reply.ok());
        QVERIFY(!late.credential);
        QCOMPARE(keyStatus(waiting->key.id), QStringLiteral("revoked: ") + reason);

        // Deleted: gone for SCIM, kept (disabled, out of the group) in KeyDesk.
        const Reply deleted = call("DELETE", QStringLiteral("/Users/") + adaId);
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.body.isEmpty());
        expectError(call("GET", QStringLiteral("/Users/") + adaId), 404, {},
                    QStringLiteral("no resource with id %1 in the directory source entra").arg(adaId));
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM group_members WHERE user_id = %1").arg(adaUser.id)),
            0);
        QCOMPARE(
            count(QStringLiteral(
                      "SELECT count(*) FROM users WHERE id = %1 AND enabled = 0 AND removed_at IS NOT NULL")
                      .arg(adaUser.id)),
            1);
        found = listOf(call("GET", QStringLiteral("/Users")), QStringLiteral("User"));
        QCOMPARE(found.value(QStringLiteral("totalResults")).toInt(), 1);
        // Her suspended key waits for nobody while she is gone.
        QCOMPARE(OverviewService(*m_h->store).attention()->suspendedOfReturnedUsers, 0);

        // Made again by the provider (a new object): the same KeyDesk user, enabled, keys still
        // suspended for an operator to decide.
        const QJsonObject again =
            resourceOf(call("POST", QStringLiteral("/Users"),
                            entraUser(QStringLiteral("ada.king@corp.example"), QStringLiteral("Ada"),
                                      QStringLiteral("King"), QStringLiteral("9d2f-ada"))),
                       201, QStringLiteral("User"));
        QVERIFY(again.value(QStringLiteral("id")).toString() != adaId);
        QCOMPARE(userByEmail(QStringLiteral("ada.king@corp.example")).id, adaUser.id);
        QCOMPARE(userByEmail(QStringLiteral("ada.king@corp.example")).enabled, true);
        QCOMPARE(keyStatus(first.key.id), QStringLiteral("suspended: ") + reason);
        // The Overview lists it for an operator to decide.
        auto attention = OverviewService(*m_h->store).attention();
        QVERIFY2(attention, qPrintable(attention.error()));
        QCOMPARE(attention->suspendedOfReturnedUsers, 1);
        auto listed = (*m_h->store).keyList().page(OverviewService::suspendedOfReturnedUsersList(), 0, 10);
        QVERIFY2(listed, qPrintable(listed.error()));
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().key.id, first.key.id);

        // The group deleted: 404 for SCIM, its name kept in KeyDesk without members.
        QCOMPARE(call("DELETE", QStringLiteral("/Groups/") + groupId).status, 204);
        QCOMPARE(call("GET", QStringLiteral("/Groups/") + groupId).status, 404);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM groups WHERE name = 'Engineering' AND removed_at IS NOT NULL")),
                 1);
        // Every change above is a recorded run of the source; the lookups are not.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM directory_runs WHERE status = 'completed'")), 10);
        QCOMPARE(count(QStringLiteral("SELECT sum(users_created) FROM directory_runs")), 2);
        QCOMPARE(count(QStringLiteral("SELECT sum(users_removed) FROM directory_runs")), 1);
        QCOMPARE(count(QStringLiteral("SELECT sum(keys_withdrawn) FROM directory_runs")), 2);
    }

    // A PUT is the whole resource: what it leaves out is cleared; a PATCH remove clears too.
    void putReplacesAndRemoveClears()
    {
        const QJsonObject made = resourceOf(
            call("POST", QStringLiteral("/Users"),
                 entraUser(QStringLiteral("ada@corp.example"), QStringLiteral("Ada"),
                           QStringLiteral("Lovelace"), QStringLiteral("e1"), QStringLiteral("Research"))),
            201, QStringLiteral("User"));
        const QString id = made.value(QStringLiteral("id")).toString();
        QJsonObject now = resourceOf(
            call("PATCH", QStringLiteral("/Users/") + id,
                 patch({op(QStringLiteral("remove"), kEnterprise + QStringLiteral(":department"))})),
            200, QStringLiteral("User"));
        QVERIFY(!now.contains(kEnterprise));
        QCOMPARE(userByEmail(QStringLiteral("ada@corp.example")).department, QString());
        QJsonObject whole =
            entraUser(QStringLiteral("ada@corp.example"), QStringLiteral("Ada"), QStringLiteral("King"),
                      QStringLiteral("unused"), QStringLiteral("Analytics"));
        whole.remove(QStringLiteral("externalId"));
        now = resourceOf(call("PUT", QStringLiteral("/Users/") + id, whole), 200, QStringLiteral("User"));
        QVERIFY(!now.contains(QStringLiteral("externalId")));
        QCOMPARE(now.value(QStringLiteral("displayName")).toString(), QStringLiteral("Ada King"));
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM users WHERE scim_external_id IS NULL AND department = "
                                 "'Analytics'")),
            1);
        whole.remove(kEnterprise);
        whole.insert(QStringLiteral("schemas"), QJsonArray{kUser});
        now = resourceOf(call("PUT", QStringLiteral("/Users/") + id, whole), 200, QStringLiteral("User"));
        QVERIFY(!now.contains(kEnterprise));
        QCOMPARE(userByEmail(QStringLiteral("ada@corp.example")).department, QString());
    }

    void pagesAndFilters()
    {
        for (int i = 0; i < 25; ++i)
            QCOMPARE(
                call("POST", QStringLiteral("/Users"),
                     entraUser(QStringLiteral("user%1@corp.example").arg(i, 2, 10, QLatin1Char('0')),
                               QStringLiteral("User"), QString::number(i), QStringLiteral("ext-%1").arg(i)))
                    .status,
                201);
        QStringList seen;
        for (int start = 1; start <= 25; start += 10) {
            const QJsonObject page =
                listOf(call("GET", QStringLiteral("/Users?startIndex=%1&count=10").arg(start)),
                       QStringLiteral("User"));
            QCOMPARE(page.value(QStringLiteral("totalResults")).toInt(), 25);
            QCOMPARE(page.value(QStringLiteral("startIndex")).toInt(), start);
            QCOMPARE(page.value(QStringLiteral("itemsPerPage")).toInt(), start == 21 ? 5 : 10);
            for (const QJsonValue& r : page.value(QStringLiteral("Resources")).toArray())
                seen << r.toObject().value(QStringLiteral("userName")).toString();
        }
        QCOMPARE(seen.size(), 25);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 25);
        QCOMPARE(seen.first(), QStringLiteral("user00@corp.example"));
        // count=0 asks only for the total; startIndex below 1 is 1 (RFC 7644 §3.4.2.4).
        QJsonObject page = listOf(call("GET", QStringLiteral("/Users?count=0")), QStringLiteral("User"));
        QCOMPARE(page.value(QStringLiteral("totalResults")).toInt(), 25);
        QCOMPARE(page.value(QStringLiteral("Resources")).toArray().size(), 0);
        page = listOf(call("GET", QStringLiteral("/Users?startIndex=-4&count=3")), QStringLiteral("User"));
        QCOMPARE(page.value(QStringLiteral("startIndex")).toInt(), 1);
        QCOMPARE(page.value(QStringLiteral("itemsPerPage")).toInt(), 3);
        // co and sw, literally: a % or _ in the value matches only itself.
        page = listOf(call("GET", filterPath(QStringLiteral("/Users"), QStringLiteral("userName co \"r1\""))),
                      QStringLiteral("User"));
        QCOMPARE(page.value(QStringLiteral("totalResults")).toInt(), 10);
        page =
            listOf(call("GET", filterPath(QStringLiteral("/Users"), QStringLiteral("userName sw \"user_\""))),
                   QStringLiteral("User"));
        QCOMPARE(page.value(QStringLiteral("totalResults")).toInt(), 0);
        page = listOf(
            call("GET", filterPath(QStringLiteral("/Users"), QStringLiteral("externalId sw \"ext-2\""))),
            QStringLiteral("User"));
        QCOMPARE(page.value(QStringLiteral("totalResults")).toInt(), 6); // ext-2, ext-20 … ext-24
        page =
            listOf(call("GET", filterPath(QStringLiteral("/Users"), QStringLiteral("externalId co \"T-1\""))),
                   QStringLiteral("User"));
        QCOMPARE(page.value(QStringLiteral("totalResults")).toInt(), 0); // case exact
        page =
            listOf(call("GET", QStringLiteral("/Users?count=2&attributes=userName")), QStringLiteral("User"));
        const QJsonObject slim = page.value(QStringLiteral("Resources")).toArray().at(0).toObject();
        const QStringList slimKeys = slim.keys();
        QCOMPARE(QSet<QString>(slimKeys.begin(), slimKeys.end()),
                 (QSet<QString>{QStringLiteral("id"), QStringLiteral("schemas"), QStringLiteral("meta"),
                                QStringLiteral("userName")}));
    }

    void refusalsChangeNothing()
    {
        const QString ada = jsonOf(call("POST", QStringLiteral("/Users"),
                                        entraUser(QStringLiteral("ada@corp.example"), QStringLiteral("Ada"),
                                                  QStringLiteral("Lovelace"), QStringLiteral("x1"))))
                                .value(QStringLiteral("id"))
                                .toString();
        (void)m_h->addUser(QStringLiteral("Local Bob"), QStringLiteral("bob@corp.example"));
        const QString before = everything();
        const auto refused = [&](const Reply& reply, int status, const QString& scimType,
                                 const QString& detail) {
            expectError(reply, status, scimType, detail);
            QCOMPARE(everything(), before);
        };

        Reply noToken =
            call("GET", QStringLiteral("/Users"), {}, {}, QStringLiteral("kdscim_") + QString(43, u'A'));
        refused(noToken, 401, {}, QStringLiteral("the SCIM token is unknown or was replaced"));
        QCOMPARE(noToken.header("WWW-Authenticate"), QByteArray("Bearer realm=\"KeyDesk SCIM\""));
        refused(m_h->request("GET", QStringLiteral("/scim/v2/Users")), 401, {},
                QStringLiteral("the request has no bearer token"));
        refused(call("GET", QStringLiteral("/Users"), {}, {}, QStringLiteral("kdt_") + QString(43, u'A')),
                401, {}, QStringLiteral("the bearer token is not a KeyDesk SCIM token"));
        refused(m_h->request("POST", QStringLiteral("/scim/v2/Users"), "{", "application/scim+json",
                             {{"Authorization", "Bearer " + m_token.toLatin1()}}),
                400, QStringLiteral("invalidSyntax"), QStringLiteral("the body is not a JSON object"));
        refused(m_h->request("POST", QStringLiteral("/scim/v2/Users"), "{}", "text/plain",
                             {{"Authorization", "Bearer " + m_token.toLatin1()}}),
                415, {}, QStringLiteral("send the body as application/scim+json"));
        QJsonObject odd = entraUser(QStringLiteral("eve@corp.example"), QStringLiteral("Eve"),
                                    QStringLiteral("E"), QStringLiteral("x2"));
        odd.insert(QStringLiteral("favouriteColour"), QStringLiteral("blue"));
        refused(call("POST", QStringLiteral("/Users"), odd), 400, QStringLiteral("invalidSyntax"),
                QStringLiteral("a User has no attribute favouriteColour"));
        QJsonObject noMail = entraUser(QStringLiteral("eve"), QStringLiteral("Eve"), QStringLiteral("E"),
                                       QStringLiteral("x2"));
        noMail.remove(QStringLiteral("emails"));
        refused(
            call("POST", QStringLiteral("/Users"), noMail), 400, QStringLiteral("invalidValue"),
            QStringLiteral(
                "a user needs an email: send emails (type work), or a userName that is an email address"));
        QJsonObject badActive = entraUser(QStringLiteral("eve@corp.example"), QStringLiteral("Eve"),
                                          QStringLiteral("E"), QStringLiteral("x2"));
        badActive.insert(QStringLiteral("active"), QStringLiteral("maybe"));
        refused(call("POST", QStringLiteral("/Users"), badActive), 400, QStringLiteral("invalidValue"),
                QStringLiteral("active must be true or false"));
        QJsonObject noSchema = entraUser(QStringLiteral("eve@corp.example"), QStringLiteral("Eve"),
                                         QStringLiteral("E"), QStringLiteral("x2"));
        noSchema.remove(QStringLiteral("schemas"));
        refused(call("POST", QStringLiteral("/Users"), noSchema), 400, QStringLiteral("invalidSyntax"),
                QStringLiteral("schemas must name ") + kUser);
        // Bob is KeyDesk's own and the provider may take him over; an email another source holds is a
        // conflict.
        refused(call("GET", filterPath(QStringLiteral("/Users"), QStringLiteral("userName gt \"a\""))), 400,
                QStringLiteral("invalidFilter"),
                QStringLiteral("the filter operator gt is not supported; use eq, co or sw"));
        refused(call("GET", filterPath(QStringLiteral("/Users"), QStringLiteral("title eq \"x\""))), 400,
                QStringLiteral("invalidFilter"),
                QStringLiteral(
                    "users can be filtered by userName, externalId, emails, displayName or id, not title"));
        refused(call("GET", filterPath(QStringLiteral("/Users"),
                                       QStringLiteral("userName eq \"a\" and active eq true"))),
                400, QStringLiteral("invalidFilter"),
                QStringLiteral("the filter value \"a\" and active eq true is not a quoted string"));
        refused(call("GET", filterPath(QStringLiteral("/Groups"), QStringLiteral("userName eq \"a\""))), 400,
                QStringLiteral("invalidFilter"),
                QStringLiteral("groups can be filtered by displayName, externalId or id, not userName"));
        refused(call("GET", QStringLiteral("/Users?count=ten")), 400, QStringLiteral("invalidValue"),
                QStringLiteral("startIndex and count must be integers"));
        refused(call("PATCH", QStringLiteral("/Users/") + ada,
                     patch({op(QStringLiteral("replace"), QStringLiteral("shoeSize"), 42)})),
                400, QStringLiteral("invalidPath"),
                QStringLiteral("the path shoeSize names no attribute KeyDesk knows"));
        refused(call("PATCH", QStringLiteral("/Users/") + ada,
                     patch({op(QStringLiteral("move"), QStringLiteral("active"), false)})),
                400, QStringLiteral("invalidSyntax"),
                QStringLiteral("op must be add, replace or remove, not move"));
        refused(call("PATCH", QStringLiteral("/Users/") + ada, patch({op(QStringLiteral("remove"), {})})),
                400, QStringLiteral("noTarget"), QStringLiteral("remove needs a path"));
        refused(call("PATCH", QStringLiteral("/Users/") + ada,
                     patch({op(QStringLiteral("replace"), QStringLiteral("id"), QStringLiteral("x"))})),
                400, QStringLiteral("mutability"), QStringLiteral("id cannot be changed"));
        refused(call("PATCH", QStringLiteral("/Users/") + ada,
                     patch({op(QStringLiteral("remove"), QStringLiteral("userName"))})),
                400, QStringLiteral("invalidValue"), QStringLiteral("userName is required"));
        refused(
            call("PATCH", QStringLiteral("/Users/") + ada, {{QStringLiteral("Operations"), QJsonArray()}}),
            400, QStringLiteral("invalidSyntax"), QStringLiteral("schemas must name ") + kPatchOp);
        refused(call("PUT", QStringLiteral("/Users/nobody"),
                     entraUser(QStringLiteral("x@corp.example"), QStringLiteral("X"), QStringLiteral("Y"),
                               QStringLiteral("z"))),
                404, {}, QStringLiteral("no resource with id nobody in the directory source entra"));
        refused(call("POST", QStringLiteral("/Groups"),
                     {{QStringLiteral("schemas"), QJsonArray{kGroup}},
                      {QStringLiteral("displayName"), QStringLiteral("Ghosts")},
                      {QStringLiteral("members"),
                       QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("nobody")}}}}}),
                400, QStringLiteral("invalidValue"),
                QStringLiteral("no user with id nobody in the directory source entra"));
        const Reply wrongMethod = call("DELETE", QStringLiteral("/Users"));
        refused(wrongMethod, 405, {}, QStringLiteral("use GET, POST here"));
        QCOMPARE(wrongMethod.header("Allow"), QByteArray("GET, POST"));

        // ETags: a stale If-Match is refused; If-None-Match of the current version is 304.
        const Reply current = call("GET", QStringLiteral("/Users/") + ada);
        const QByteArray etag = current.header("ETag");
        refused(
            call("PATCH", QStringLiteral("/Users/") + ada,
                 patch({op(QStringLiteral("replace"), QStringLiteral("displayName"), QStringLiteral("X"))}),
                 {{"If-Match", "W/\"0000\""}}),
            412, {},
            QStringLiteral("the resource has changed: its version is now %1").arg(QString::fromLatin1(etag)));
        QCOMPARE(call("GET", QStringLiteral("/Users/") + ada, {}, {{"If-None-Match", etag}}).status, 304);
        QCOMPARE(call("PATCH", QStringLiteral("/Users/") + ada,
                      patch({op(QStringLiteral("replace"), QStringLiteral("displayName"),
                                QStringLiteral("Ada L."))}),
                      {{"If-Match", etag}})
                     .status,
                 200);

        // A group whose name KeyDesk's own group has is a conflict; so is an email another source holds.
        QVERIFY(
            GroupService(*m_h->store).create(Actor(QStringLiteral("helpdesk")), QStringLiteral("Finance")));
        expectError(
            call("POST", QStringLiteral("/Groups"),
                 {{QStringLiteral("schemas"), QJsonArray{kGroup}},
                  {QStringLiteral("displayName"), QStringLiteral("Finance")}}),
            409, QStringLiteral("uniqueness"),
            QStringLiteral(
                "KeyDesk already has a group named Finance that does not come from this source; rename it "
                "to take the directory's"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM directory_run_errors")),
                 1); // the refusal is on record
    }

    void tokensAndReadOnlyFields()
    {
        const QString ada = jsonOf(call("POST", QStringLiteral("/Users"),
                                        entraUser(QStringLiteral("ada@corp.example"), QStringLiteral("Ada"),
                                                  QStringLiteral("Lovelace"), QStringLiteral("x1"))))
                                .value(QStringLiteral("id"))
                                .toString();
        QVERIFY(!ada.isEmpty());
        // What the provider owns is read-only for operators.
        const User user = userByEmail(QStringLiteral("ada@corp.example"));
        auto edited =
            UserService(*m_h->store)
                .edit(Actor(QStringLiteral("helpdesk")), user.id,
                      UserFields{QStringLiteral("Someone Else"), user.email, user.upn, {}}, std::nullopt);
        QVERIFY(!edited);
        QCOMPARE(edited.error(),
                 QStringLiteral("ada@corp.example comes from the directory source entra: change their "
                                "name, email, UPN, department and state there"));
        // A new token replaces the old one.
        auto again = DirectoryService(*m_h->store)
                         .issueScimToken(Actor(QStringLiteral("admin")), QStringLiteral("ENTRA"),
                                         LeaverAction::Suspend);
        QVERIFY2(again, qPrintable(again.error()));
        QVERIFY(!again->sourceCreated);
        QCOMPARE(again->source.name, QStringLiteral("entra"));
        expectError(call("GET", QStringLiteral("/Users")), 401, {},
                    QStringLiteral("the SCIM token is unknown or was replaced"));
        QCOMPARE(call("GET", QStringLiteral("/Users"), {}, {}, again->token).status, 200);
        // Only the hash is kept.
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM directory_sources WHERE length(token_hash) = 32")), 1);
        QVERIFY(!tableDump((*m_h->store).database(), QStringLiteral("directory_sources"))
                     .contains(again->token.mid(7)));
        // An LDAP source's name cannot get a SCIM token.
        LdapSourceConfig ldap = LdapSourceConfig::defaults(LdapFlavour::OpenLdap);
        ldap.url = QStringLiteral("ldap://127.0.0.1:1");
        ldap.bindDn = QStringLiteral("cn=x");
        ldap.baseDns = {QStringLiteral("dc=example")};
        QVERIFY(DirectoryService(*m_h->store)
                    .addLdapSource(Actor(QStringLiteral("admin")), QStringLiteral("corp"), ldap,
                                   LeaverAction::Suspend));
        auto refused = DirectoryService(*m_h->store)
                           .issueScimToken(Actor(QStringLiteral("admin")), QStringLiteral("corp"),
                                           LeaverAction::Suspend);
        QVERIFY(!refused);
        QCOMPARE(refused.error(),
                 QStringLiteral("the directory source 'corp' is an LDAP source; a SCIM token needs a "
                                "SCIM source of its own name"));
    }

private:
    qint64 count(const QString& sql) { return scalar((*m_h->store).database(), sql); }
};

QTEST_GUILESS_MAIN(TestScim)
#include "TestScim.moc"
