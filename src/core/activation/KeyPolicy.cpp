// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "KeyPolicy.h"

#include "AuthenticatorNames.h"
#include "DeploymentSettings.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(KeyPolicy)
};

// What lists show, in the reader's language now.
struct Shown
{
    Q_DECLARE_TR_FUNCTIONS(KeyPolicy)
};

} // namespace

namespace keydesk {

using webauthn::AuthenticatorPolicy;

namespace {

QString listName(AuthenticatorPolicy::List list)
{
    switch (list) {
    case AuthenticatorPolicy::List::Allow:
        return QStringLiteral("allow");
    case AuthenticatorPolicy::List::Block:
        return QStringLiteral("block");
    case AuthenticatorPolicy::List::Any:
        break;
    }
    return QStringLiteral("any");
}

} // namespace

QString keyPolicyJson(const AuthenticatorPolicy& policy)
{
    QJsonArray aaguids;
    for (const QByteArray& aaguid : policy.aaguids)
        aaguids.append(formatAaguid(aaguid));
    const QJsonObject o{{QStringLiteral("deviceBoundOnly"), policy.deviceBoundOnly},
                        {QStringLiteral("authenticators"), listName(policy.list)},
                        {QStringLiteral("aaguids"), aaguids}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<AuthenticatorPolicy> keyPolicyFromJson(const QString& json)
{
    using R = Result<AuthenticatorPolicy>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return R::failure(Text::tr("a key policy must be a JSON object"));
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != QLatin1String("deviceBoundOnly") && it.key() != QLatin1String("authenticators") &&
            it.key() != QLatin1String("aaguids"))
            return R::failure(Text::tr("a key policy has no field '%1' (fields: deviceBoundOnly, "
                                       "authenticators, aaguids)")
                                  .arg(it.key()));
    }
    AuthenticatorPolicy policy;
    const QJsonValue deviceBound = o.value(QStringLiteral("deviceBoundOnly"));
    if (!deviceBound.isUndefined() && !deviceBound.isBool())
        return R::failure(Text::tr("a key policy's deviceBoundOnly must be true or false"));
    policy.deviceBoundOnly = deviceBound.toBool();
    const QString list = o.value(QStringLiteral("authenticators")).toString(QStringLiteral("any"));
    if (list == QLatin1String("allow"))
        policy.list = AuthenticatorPolicy::List::Allow;
    else if (list == QLatin1String("block"))
        policy.list = AuthenticatorPolicy::List::Block;
    else if (list != QLatin1String("any"))
        return R::failure(Text::tr("a key policy's authenticators must be any, allow or block"));
    const QJsonValue aaguids = o.value(QStringLiteral("aaguids"));
    if (!aaguids.isUndefined() && !aaguids.isArray())
        return R::failure(Text::tr("a key policy's aaguids must be a list of AAGUIDs"));
    for (const QJsonValue& value : aaguids.toArray()) {
        const std::optional<QByteArray> aaguid = aaguidFromText(value.toString());
        if (!aaguid)
            return R::failure(Text::tr("\"%1\" is not an AAGUID (8-4-4-4-12 hexadecimal digits)")
                                  .arg(value.toVariant().toString()));
        if (!policy.aaguids.contains(*aaguid))
            policy.aaguids << *aaguid;
    }
    if (policy.list == AuthenticatorPolicy::List::Allow && policy.aaguids.isEmpty())
        return R::failure(Text::tr("an allow-list needs at least one AAGUID"));
    return policy;
}

bool refusesAnything(const AuthenticatorPolicy& policy)
{
    return policy.deviceBoundOnly || policy.list == AuthenticatorPolicy::List::Allow ||
           (policy.list == AuthenticatorPolicy::List::Block && !policy.aaguids.isEmpty());
}

AuthenticatorPolicy strictestOf(const QList<AuthenticatorPolicy>& policies)
{
    AuthenticatorPolicy result;
    std::optional<QList<QByteArray>> allowed; // in the first allow-list's order
    QSet<QByteArray> blocked;
    for (const AuthenticatorPolicy& p : policies) {
        result.deviceBoundOnly = result.deviceBoundOnly || p.deviceBoundOnly;
        if (p.list == AuthenticatorPolicy::List::Allow) {
            if (!allowed) {
                allowed = p.aaguids;
            } else {
                allowed->removeIf([&](const QByteArray& a) { return !p.aaguids.contains(a); });
            }
        } else if (p.list == AuthenticatorPolicy::List::Block) {
            for (const QByteArray& a : p.aaguids)
                blocked.insert(a);
        }
    }
    if (allowed) {
        // Possibly empty: groups that allow nothing in common refuse every authenticator.
        result.list = AuthenticatorPolicy::List::Allow;
        allowed->removeIf([&](const QByteArray& a) { return blocked.contains(a); });
        result.aaguids = *allowed;
    } else if (!blocked.isEmpty()) {
        result.list = AuthenticatorPolicy::List::Block;
        for (const AuthenticatorPolicy& p : policies) {
            for (const QByteArray& a : p.aaguids) {
                if (p.list == AuthenticatorPolicy::List::Block && !result.aaguids.contains(a))
                    result.aaguids << a;
            }
        }
    }
    return result;
}

namespace {

// The group's own policy (nullopt: none), or what is wrong with the stored one, naming the group.
Result<std::optional<AuthenticatorPolicy>> ownPolicyOf(const Group& group)
{
    using R = Result<std::optional<AuthenticatorPolicy>>;
    if (group.keyPolicy.isEmpty())
        return std::optional<AuthenticatorPolicy>();
    auto policy = keyPolicyFromJson(group.keyPolicy);
    if (!policy)
        return R::failure(Text::tr("group '%1': %2").arg(group.name, policy.error()));
    return std::optional<AuthenticatorPolicy>(policy.value());
}

} // namespace

Result<std::optional<AuthenticatorPolicy>> keyPolicyForUser(Store& store, qint64 userId)
{
    using R = Result<std::optional<AuthenticatorPolicy>>;
    QList<AuthenticatorPolicy> policies;
    auto deployment = authenticatorPolicy(store);
    if (!deployment)
        return R::failure(deployment.cause());
    if (deployment.value())
        policies << *deployment.value();
    auto groups = store.users().groupsOf(userId);
    if (!groups)
        return R::failure(groups.cause());
    for (const Group& g : groups.value()) {
        auto policy = ownPolicyOf(g);
        if (!policy)
            return R::failure(policy.cause());
        if (policy.value())
            policies << *policy.value();
    }
    const AuthenticatorPolicy strictest = strictestOf(policies);
    return refusesAnything(strictest) ? std::optional<AuthenticatorPolicy>(strictest) : std::nullopt;
}

Result<QList<KeyPolicyScope>> keyPolicyScopes(Store& store)
{
    using R = Result<QList<KeyPolicyScope>>;
    QList<KeyPolicyScope> scopes;
    auto deployment = authenticatorPolicy(store);
    if (!deployment)
        return R::failure(deployment.cause());
    if (deployment.value())
        scopes << KeyPolicyScope{std::nullopt, *deployment.value()};
    auto groups = store.groups().list();
    if (!groups)
        return R::failure(groups.cause());
    for (const Group& g : groups.value()) {
        auto policy = ownPolicyOf(g);
        if (!policy)
            return R::failure(policy.cause());
        if (policy.value() && refusesAnything(*policy.value()))
            scopes << KeyPolicyScope{g.id, *policy.value()};
    }
    return scopes;
}

QString describeKeyPolicy(const AuthenticatorPolicy& policy)
{
    QStringList parts;
    if (policy.deviceBoundOnly)
        parts << Shown::tr("Device-bound keys only");
    if (policy.list == AuthenticatorPolicy::List::Allow)
        parts << Shown::tr("allow-list of %1").arg(policy.aaguids.size());
    else if (policy.list == AuthenticatorPolicy::List::Block && !policy.aaguids.isEmpty())
        parts << Shown::tr("block-list of %1").arg(policy.aaguids.size());
    return parts.isEmpty() ? Shown::tr("Any authenticator") : parts.join(QStringLiteral("; "));
}

} // namespace keydesk
