// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace keydesk::net::scim {

// RFC 7643/7644's URNs.
inline const QString kUserSchema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");
inline const QString kGroupSchema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group");
inline const QString kEnterpriseUserSchema =
    QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
inline const QString kListResponseSchema =
    QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse");
inline const QString kPatchOpSchema = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp");
inline const QString kErrorSchema = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error");
inline const QString kServiceProviderConfigSchema =
    QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig");
inline const QString kResourceTypeSchema =
    QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:ResourceType");
inline const QString kSchemaSchema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Schema");

// The most resources one list answer holds (ServiceProviderConfig's filter.maxResults).
constexpr int kMaxResults = 200;

// The discovery documents (RFC 7644 §4), with `base` (".../scim/v2") in their locations: what
// KeyDesk keeps of a User and a Group, which of the core attributes it accepts without keeping
// (so that a provider's default mappings work), and what the service supports.
QJsonObject serviceProviderConfig(const QString& base);
QJsonArray resourceTypes(const QString& base);
QJsonArray schemas(const QString& base);

// Core User attributes a provider may send that KeyDesk accepts and does not keep (lower case),
// and the enterprise extension's.
bool isUnkeptUserAttribute(const QString& lowerName);
bool isUnkeptEnterpriseAttribute(const QString& lowerName);

} // namespace keydesk::net::scim
