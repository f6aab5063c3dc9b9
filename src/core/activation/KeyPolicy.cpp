// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "KeyPolicy.h"

#include "AuthenticatorNames.h"
#include "DeploymentSettings.h"
#include "EnrollmentConfig.h"
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
    QJsonObject o{{QStringLiteral("deviceBoundOnly"), policy.deviceBoundOnly},
                  {QStringLiteral("authenticators"), listName(policy.list)},
                  {QStringLiteral("aaguids"), aaguids}};
    // Written only when asked for, so policies stored before it existed read back the same.
    if (policy.trustedAttestationOnly)
        o.insert(QStringLiteral("trustedAttestationOnly"), true);
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
            it.key() != QLatin1String("aaguids") && it.key() != QLatin1String("trustedAttestationOnly"))
            return R::failure(Text::tr("a key policy has no field '%1' (fields: deviceBoundOnly, "
                                       "authenticators, aaguids, trustedAttestationOnly)")
                                  .arg(it.key()));
    }
    AuthenticatorPolicy policy;
    const QJsonValue deviceBound = o.value(QStringLiteral("deviceBoundOnly"));
    if (!deviceBound.isUndefined() && !deviceBound.isBool())
        return R::failure(Text::tr("a key policy's deviceBoundOnly must be true or false"));
    policy.deviceBoundOnly = deviceBound.toBool();
    const QJsonValue trusted = o.value(QStringLiteral("trustedAttestationOnly"));
    if (!trusted.isUndefined() && !trusted.isBool())
        return R::failure(Text::tr("a key policy's trustedAttestationOnly must be true or false"));
    policy.trustedAttestationOnly = trusted.toBool();
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
    return policy.deviceBoundOnly || policy.trustedAttestationOnly ||
           policy.list == AuthenticatorPolicy::List::Allow ||
           (policy.list == AuthenticatorPolicy::List::Block && !policy.aaguids.isEmpty());
}

AuthenticatorPolicy strictestOf(const QList<AuthenticatorPolicy>& policies)
{
    AuthenticatorPolicy result;
    std::optional<QList<QByteArray>> allowed; // in the first allow-list's order
    QSet<QByteArray> blocked;
    for (const AuthenticatorPolicy& p : policies) {
        result.deviceBoundOnly = result.deviceBoundOnly || p.deviceBoundOnly;
        result.trustedAttestationOnly = result.trustedAttestationOnly || p.trustedAttestationOnly;
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

Status checkTrustedAttestationHasRoots(Store& store)
{
    auto anchors = EnrollmentConfig::readTrustAnchors(store);
    if (!anchors)
        return Status::failure(anchors.cause());
    if (!anchors->isEmpty())
        return {};
    auto scopes = keyPolicyScopes(store);
    if (!scopes)
        return Status::failure(scopes.cause());
    for (const KeyPolicyScope& scope : scopes.value()) {
        if (!scope.policy.trustedAttestationOnly)
            continue;
        if (!scope.groupId)
            return Status::failure(
                Text::tr("the deployment's key policy takes only keys with a trusted attestation, but no "
                         "trust anchors are set (%1): it would refuse every key")
                    .arg(QLatin1String(EnrollmentConfig::kTrustAnchorsKey)));
        auto group = store.groups().existing(*scope.groupId);
        if (!group)
            return Status::from(group);
        return Status::failure(Text::tr("group '%1' takes only keys with a trusted attestation, but no trust "
                                        "anchors are set (%2): it would refuse every key")
                                   .arg(group->name, QLatin1String(EnrollmentConfig::kTrustAnchorsKey)));
    }
    return {};
}

QString describeKeyPolicy(const AuthenticatorPolicy& policy)
{
    QStringList parts;
    if (policy.deviceBoundOnly)
        parts << Shown::tr("Device-bound keys only");
    if (policy.trustedAttestationOnly)
        parts << Shown::tr("trusted attestation only");
    if (policy.list == AuthenticatorPolicy::List::Allow)
        parts << Shown::tr("allow-list of %1").arg(policy.aaguids.size());
    else if (policy.list == AuthenticatorPolicy::List::Block && !policy.aaguids.isEmpty())
        parts << Shown::tr("block-list of %1").arg(policy.aaguids.size());
    if (parts.isEmpty())
        return Shown::tr("Any authenticator");
    parts.first()[0] = parts.first().at(0).toUpper(); // "Allow-list of 3" when it comes first
    return parts.join(QStringLiteral("; "));
}

} // namespace keydesk
